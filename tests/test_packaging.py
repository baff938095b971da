"""The package stands on its own: built as a wheel and installed into a fresh virtual environment, `kg`
finds its ontology, seeds, queries and evaluation set from any folder; the code has no import cycles
and passes the linters the project runs."""

import os
import subprocess
import sys
import sysconfig
from pathlib import Path

import pytest

from tests import ROOT

BIN = Path(sys.executable).parent


@pytest.fixture(scope="module")
def installed(tmp_path_factory) -> Path:
    """A fresh virtual environment with the project's wheel; its dependencies come from the test one."""
    tmp = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q",
                    "-w", str(tmp / "dist")], check=True, capture_output=True, cwd=tmp)
    venv = tmp / "venv"
    subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(venv)], check=True)
    site = next((venv / "lib").glob("python3.*")) / "site-packages"
    (site / "dependencies.pth").write_text(sysconfig.get_paths()["purelib"] + "\n", encoding="utf-8")
    wheel = next((tmp / "dist").glob("*.whl"))
    subprocess.run([sys.executable, "-m", "pip", "--python", str(venv / "bin" / "python"), "install", "--no-deps",
                    "--no-index", "-q", str(wheel)], check=True, capture_output=True)
    return venv


def _kg(venv: Path, *args, cwd: Path, env: dict | None = None):
    return subprocess.run([str(venv / "bin" / "kg"), *args], capture_output=True, text=True, cwd=cwd,
                          env={**os.environ, "KG_CORPUS_DIR": "", **(env or {})})


def test_kg_works_from_any_folder(installed, tmp_path):
    where = subprocess.run([str(installed / "bin" / "python"), "-c", "import kg, kg.paths as p; print(kg.__file__); "
                            "print(p.ONTOLOGY_DIR, p.SEEDS_DIR, p.QUERIES_DIR, p.EVAL_DIR)"],
                           capture_output=True, text=True, cwd=tmp_path)
    module, ontology, seeds, queries, evaluation = where.stdout.split()
    assert module.startswith(str(installed))
    assert (Path(ontology) / "kg.ttl").is_file() and (Path(seeds) / "registry").is_dir()
    assert list(Path(queries).glob("*.rq")) and list(Path(evaluation).glob("gold/*.yaml"))
    built = _kg(installed, "build", "--out", "graph", cwd=tmp_path)
    assert built.returncode == 0, built.stderr
    rows = _kg(installed, "sparql", "SELECT ?n WHERE { ?d eli:id_local ?n } ORDER BY ?n LIMIT 2", "--format", "csv",
               cwd=tmp_path, env={"KG_GRAPH_DIR": "graph"})
    assert rows.returncode == 0 and rows.stdout.splitlines()[:2] == ["n", "03/CT-TTg"], rows.stderr
    picture = _kg(installed, "export", "--format", "svg", "--focus", "ubqg-chuyen-doi-so", "--out", "c.svg", cwd=tmp_path,
                  env={"KG_GRAPH_DIR": "graph"})
    assert picture.returncode == 0 and "Ủy ban Quốc gia" in (tmp_path / "c.svg").read_text(encoding="utf-8")


def test_the_layers_have_no_import_cycles():
    result = subprocess.run([str(BIN / "lint-imports"), "--config", str(ROOT / ".importlinter")],
                            capture_output=True, text=True, cwd=ROOT)
    assert result.returncode == 0, result.stdout[-3000:]


def test_ruff_and_mypy_pass():
    ruff = subprocess.run([str(BIN / "ruff"), "check", "kg", "tests", "bench", "app_streamlit.py"], capture_output=True,
                          text=True, cwd=ROOT)
    assert ruff.returncode == 0, ruff.stdout[-3000:]
    mypy = subprocess.run([str(BIN / "mypy"), "kg", "bench", "app_streamlit.py"], capture_output=True, text=True, cwd=ROOT)
    assert mypy.returncode == 0, mypy.stdout[-3000:]
