# make run    : the console in training mode (embedded backend and simulator)
# make test   : the whole test suite
# make lint   : ruff, mypy, import-linter
# make bench  : benchmarks, writes docs/performance.md and benchmarks/results.json
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run server test lint bench screenshots clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,lint]"
	touch $(STAMP)

run: $(STAMP)
	$(BIN)/advocate-console $(ARGS)

server: $(STAMP)
	$(BIN)/advocate-console-server --demo --simulate $(ARGS)

test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

lint: $(STAMP)
	$(BIN)/ruff check console tests benchmarks scripts
	$(BIN)/ruff format --check console tests benchmarks scripts
	$(BIN)/mypy
	$(BIN)/lint-imports

bench: $(STAMP)
	$(BIN)/python -m benchmarks

screenshots: $(STAMP)
	$(BIN)/python scripts/screenshots.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
