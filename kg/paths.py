"""Where the project's files are, and the settings that move them."""

import os
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
ONTOLOGY_DIR = ROOT / "ontology"
SEEDS_DIR = ROOT / "seeds"
DEFAULT_OUT = Path("out")


def corpus_dir() -> Path | None:
    """The folder of source article texts: `KG_CORPUS_DIR`, else `../shared/seeds` beside the project."""
    configured = os.environ.get("KG_CORPUS_DIR")
    if configured:
        return Path(configured)
    beside = ROOT.parent / "shared" / "seeds"
    return beside if beside.is_dir() else None


def graph_dir() -> Path:
    """The built graph's folder: `KG_GRAPH_DIR`, else `out/`."""
    return Path(os.environ.get("KG_GRAPH_DIR", DEFAULT_OUT))
