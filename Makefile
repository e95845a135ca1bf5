# make run    : the console in training mode (embedded backend and simulator)
# make test   : the whole test suite
# make lint   : ruff, mypy, import-linter
# make bench  : benchmarks, writes docs/performance.md and benchmarks/results.json
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed

.PHONY: run server test lint bench screenshots translations clean

$(STAMP): pyproject.toml scripts/system-deps.sh
	bash scripts/system-deps.sh
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip
	$(BIN)/python -m pip install -q -e ".[test,lint]"
	# Bytecode for the console, as a wheel install leaves it: with PYTHONDONTWRITEBYTECODE
	# set (CI sets it) every console and backend process would compile it from source.
	$(BIN)/python -m compileall -q console >/dev/null
	touch $(STAMP)

# The compiled catalogues (.qm), built from resources/translations/*.ts (never committed).
QM := resources/translations/advocate_console_en.qm resources/translations/advocate_console_es.qm
$(QM): $(STAMP) resources/translations/advocate_console_en.ts resources/translations/advocate_console_es.ts
	$(BIN)/python -m console.app.i18n build

# Refresh the .ts catalogues from the code (keeps every translation already made).
translations: $(STAMP)
	$(BIN)/python scripts/translations.py update

run: $(STAMP) $(QM)
	$(BIN)/advocate-console $(ARGS)

server: $(STAMP)
	$(BIN)/advocate-console-server --demo --simulate $(ARGS)

test: $(STAMP) $(QM)
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
