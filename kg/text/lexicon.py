"""The lexicon: the words the text and extraction rules read (`seeds/lexicon/*.yaml`), one file per topic."""

import re
from functools import cache

from kg.paths import SEEDS_DIR
from kg.yamlfile import read_yaml, without_lines

LEXICON_DIR = SEEDS_DIR / "lexicon"


@cache
def lexicon(name: str) -> dict:
    """The sections of `seeds/lexicon/<name>.yaml`."""
    return without_lines(read_yaml(LEXICON_DIR / f"{name}.yaml"))


def alternatives(words) -> str:
    """A regular-expression alternation of words, the longest first (so "sau khi" wins over "sau"); the space between
    two words matches any run of spaces and line breaks, as a hard-wrapped text writes it."""
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))
