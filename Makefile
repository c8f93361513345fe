# Set-up and checks. `make run` and `make test` are the two commands of the README.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: venv install run test lint typecheck check clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

install: $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'

venv: install

# The main job on the embedded defaults: ingest the bundled sample articles into the SQLite
# database ($$MARSAD_HOME/marsad.db), print a summary, then serve the API and the map.
run: install
	$(BIN)/marsad ingest --samples
	$(BIN)/marsad serve

# The whole test suite (../shared material is used when present, skipped with a reason otherwise).
test: install
	MARSAD_SHARED=$(SHARED) $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests

typecheck: install
	$(BIN)/mypy src/marsad

check: test lint typecheck

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
