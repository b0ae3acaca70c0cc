# The two quick-start commands:  `make run`  and  `make test`.
PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
PLUGINS := $(patsubst %/pyproject.toml,%,$(wildcard plugins/*/pyproject.toml))

.PHONY: setup run test lint fuzz docs bench clean

setup: $(VENV)/.installed

$(VENV)/.installed: pyproject.toml $(wildcard plugins/*/pyproject.toml)
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e ".[dask,parquet,test,docs,lint]" $(foreach plugin,$(PLUGINS),-e "$(plugin)[test]")
	touch $@

run: setup  ## set everything up and analyze the seed article
	$(BIN)/newscore analyze seeds/putin-sco-wagner.txt

test: setup  ## set everything up and run every test (core and plugins)
	$(BIN)/python -m pytest

lint: setup  ## ruff and mypy over the core, the plugins, tests, benchmarks and scripts (config in pyproject.toml)
	$(BIN)/ruff check src tests plugins benchmarks scripts fuzz docs/examples
	$(BIN)/mypy

bench: setup  ## run the benchmarks (15–30 min) and rewrite the figures in docs/generated/ and README.md
	$(BIN)/python benchmarks/run.py

docs: setup  ## build the documentation site into site/ (warnings are errors)
	NO_MKDOCS_2_WARNING=1 $(BIN)/mkdocs build --strict

clean:
	rm -rf $(VENV) .pytest_cache .hypothesis
