# The two commands: `make run` and `make test`. Both set themselves up first.
PY ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out
CORPUS ?= $(firstword $(KG_CORPUS_DIR) $(wildcard ../shared/seeds))

.PHONY: setup build run test eval bench browser clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml
	$(PY) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e ".[test,bench]"
	touch $@

build: setup
	$(BIN)/kg build --out $(OUT) $(if $(CORPUS),--corpus $(CORPUS))

run: build
	KG_GRAPH_DIR=$(OUT) $(BIN)/streamlit run app_streamlit.py --server.address 127.0.0.1 --server.port 8501 \
		--server.headless true --browser.gatherUsageStats false

# headless Chromium for the end-to-end tests: Debian's package, never a browser download
browser:
	@command -v chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

test: setup browser
	$(BIN)/pytest -q

eval: setup
	$(BIN)/python -m kg.evaluation

bench: setup
	$(BIN)/python -m bench

clean:
	rm -rf $(OUT) .pytest_cache tests/artifacts
