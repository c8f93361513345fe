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

# The main job on the embedded defaults (bundled sample articles).
run: install
	$(BIN)/marsad extract src/marsad/data/samples -o out/articles.jsonl
	@echo "articles written to out/articles.jsonl"

# The whole test suite (../shared material is used when present, skipped with a reason otherwise).
test: install
	MARSAD_SHARED=$(SHARED) $(BIN)/python -m pytest

lint: install
	$(BIN)/ruff check src tests benchmarks

typecheck: install
	$(BIN)/mypy src/marsad

check: test lint typecheck

clean:
	rm -rf $(VENV) out .pytest_cache .mypy_cache .ruff_cache
