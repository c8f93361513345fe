# Set-up and checks. `make run` and `make test` are the two commands of the README; `make test-all`
# (what CI runs) adds the slow suites, `make services` starts what the service tests need.
PY ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
SHARED ?= ../shared

.PHONY: venv install run test test-all services services-stop lint typecheck check clean

$(BIN)/python:
	$(PY) -m venv $(VENV)
	$(BIN)/pip install -q -U pip

# The editable install is redone only when pyproject.toml changes (source edits need none).
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q -e '.[dev]'
	touch $@

install: $(VENV)/.installed

venv: install

# The main job on the embedded defaults: ingest the bundled sample articles into the SQLite
# database ($$MARSAD_HOME/marsad.db), print a summary, then serve the API and the map.
run: install
	$(BIN)/marsad ingest --samples
	$(BIN)/marsad serve

# The test suite without the slow suites (marked `slow`: the whole-corpus runs, the crash and
# worker runs, the browser and schemathesis suites): a few minutes on 2 cores. ../shared material
# is used when present; tests that need it, PostgreSQL or Chromium skip with the reason otherwise.
test: install
	MARSAD_SHARED=$(SHARED) $(BIN)/python -m pytest -m "not slow"

# Every test, the slow suites included (CI: .ci/run).
test-all: install
	MARSAD_SHARED=$(SHARED) $(BIN)/python -m pytest

# PostgreSQL (a throwaway cluster on 127.0.0.1:54329) and Chromium for the tests that need them,
# from Debian's packages (installed with apt-get when missing: needs root or sudo). Idempotent.
services:
	bash .ci/postgres.sh
	bash .ci/browser.sh

services-stop:
	bash .ci/postgres.sh stop

lint: install
	$(BIN)/ruff check src tests

typecheck: install
	$(BIN)/mypy src/marsad

check: test lint typecheck

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
