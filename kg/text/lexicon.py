"""The lexicon: the words the text and extraction rules read (`seeds/lexicon/*.yaml`), one file per topic."""

from functools import cache

from kg.paths import SEEDS_DIR
from kg.yamlfile import read_yaml, without_lines

LEXICON_DIR = SEEDS_DIR / "lexicon"


@cache
def lexicon(name: str) -> dict:
    """The sections of `seeds/lexicon/<name>.yaml`."""
    return without_lines(read_yaml(LEXICON_DIR / f"{name}.yaml"))
