"""Where the project's files are, and the settings that move them.

Packaged data (ontology, seeds, evaluation set, queries) is found through `importlib.resources`, so an
installed `kg` works from any folder; the article texts and the built graph are the user's and come
from settings.
"""

import os
from importlib.resources import files
from pathlib import Path

PACKAGE_DIR = Path(str(files("kg")))
DATA_DIR = PACKAGE_DIR / "data"
ONTOLOGY_DIR = DATA_DIR / "ontology"
SEEDS_DIR = DATA_DIR / "seeds"
EVAL_DIR = DATA_DIR / "eval"
QUERIES_DIR = PACKAGE_DIR / "queries"
DEFAULT_OUT = Path("out")


def corpus_dir() -> Path | None:
    """The folder of source article texts: `KG_CORPUS_DIR`, else `../shared/seeds` beside a checkout."""
    configured = os.environ.get("KG_CORPUS_DIR")
    if configured:
        return Path(configured)
    beside = PACKAGE_DIR.parent.parent / "shared" / "seeds"
    return beside if beside.is_dir() else None


def seeds_dir() -> Path:
    """The curated seeds: `KG_SEEDS_DIR` (a registry and facts of one's own), else the packaged ones."""
    configured = os.environ.get("KG_SEEDS_DIR")
    return Path(configured) if configured else SEEDS_DIR


def graph_dir() -> Path:
    """The built graph's folder: `KG_GRAPH_DIR`, else `out/`."""
    return Path(os.environ.get("KG_GRAPH_DIR", DEFAULT_OUT))
