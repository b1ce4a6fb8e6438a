# Two commands on a fresh machine (Python >= 3.11 and make): `make run` and `make test`.
# Both create .venv on first use and install the project with its dev extras into it; the stamp
# file keeps later runs from installing again until pyproject.toml changes.

PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
PYTEST_ARGS ?=

.PHONY: run test lint ruff mypy bench

run: $(STAMP)  ## the main job on the sample corpus: reports into reports/
	$(BIN)/qda run transcripts/ --codebook codebooks/ejo-implementation.yaml --out reports/

test: $(STAMP)  ## the test suite (pytest's exit code 5, no tests selected, is not a failure)
	$(BIN)/python -m pytest -q $(PYTEST_ARGS) || [ $$? -eq 5 ]

lint: ruff mypy  ## ruff and mypy

ruff: $(STAMP)  ## the linter, with the settings in pyproject.toml ([tool.ruff]); part of .ci/run
	$(BIN)/ruff check qda tests bench tools

mypy: $(STAMP)  ## the type checker, with the settings in pyproject.toml ([tool.mypy]); part of .ci/run
	$(BIN)/mypy qda

bench: $(STAMP)  ## start-up times of the CLI (medians of 10)
	$(BIN)/python bench/startup.py

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(STAMP): pyproject.toml | $(BIN)/python
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	touch $@
