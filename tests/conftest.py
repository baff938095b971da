"""Shared fixtures: the built graph (once per session) and the source articles."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from kg.paths import ROOT, corpus_dir

KG = str(Path(sys.executable).parent / "kg")
ARTIFACTS = ROOT / "tests" / "artifacts"


@pytest.fixture(scope="session")
def corpus() -> Path:
    folder = corpus_dir()
    if folder is None:
        pytest.fail("the source articles are missing: put them in ../shared/seeds or set KG_CORPUS_DIR")
    return folder


@pytest.fixture(scope="session")
def built(tmp_path_factory, corpus) -> Path:
    """`kg build --corpus` into a fresh folder, as a user runs it."""
    out = tmp_path_factory.mktemp("graph")
    result = subprocess.run([KG, "build", "--corpus", str(corpus), "--out", str(out)], capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return out


@pytest.fixture(scope="session")
def store(built):
    from kg.store.sparql import SparqlStore

    return SparqlStore.from_trig(built / "kg.trig")


def run_kg(*args, env_graph: Path | None = None, input_text: str | None = None):
    env = dict(os.environ)
    if env_graph is not None:
        env["KG_GRAPH_DIR"] = str(env_graph)
    return subprocess.run([KG, *args], capture_output=True, text=True, env=env, input=input_text)
