# DanVan — two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install install-dev lint typecheck format migrate demo bench check-runtime clean

# Two stamps: the product (requirements.txt, what `make run` needs) and the development tools on
# top of it (requirements-dev.txt, what `make test` needs). Each reinstalls when its file changes.
RUNTIME := $(VENV)/.runtime-installed
DEV := $(VENV)/.dev-installed

$(RUNTIME): requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("DanVan cần Python 3.11 trở lên / needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $@

$(DEV): $(RUNTIME) requirements-dev.txt
	$(BIN)/python -m pip install --quiet -r requirements-dev.txt
	@touch $@

install: $(RUNTIME)

install-dev: $(DEV)

migrate: install
	$(BIN)/danvan migrate --noinput

demo: migrate
	$(BIN)/danvan demo load

# The web server and, beside it, the background-job worker (`danvan qcluster`, decision 0042):
# the worker starts first, in the background, and a trap stops it when the server stops.
run: demo
	@echo ""
	@echo "DanVan đang chạy tại http://$(HOST):$(PORT)/  (Ctrl+C để dừng)"
	@$(BIN)/danvan qcluster & worker=$$!; \
	trap 'kill $$worker 2>/dev/null; wait $$worker 2>/dev/null' EXIT INT TERM; \
	$(BIN)/danvan runserver $(HOST):$(PORT)

lint: $(DEV)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

# mypy (django-stubs and its plugin) on the services, selectors and value modules; the list of
# files is `[tool.mypy] files` in pyproject.toml.
typecheck: $(DEV)
	$(BIN)/mypy

format: $(DEV)
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint typecheck
	$(BIN)/python -m pytest $(PYTEST_ARGS)

# The benchmark's DuckDB reference is a development tool (requirements-dev.txt).
bench: $(DEV)
	$(BIN)/danvan bench

# CI: a fresh venv from requirements.txt alone imports every danvan module, passes
# `danvan check` and holds no test, lint or type-checking tool.
RUNTIME_VENV ?= /tmp/danvan-runtime-venv
check-runtime:
	rm -rf $(RUNTIME_VENV)
	$(PYTHON) -m venv $(RUNTIME_VENV)
	$(RUNTIME_VENV)/bin/python -m pip install --quiet -r requirements.txt
	$(RUNTIME_VENV)/bin/python -m pip install --quiet --no-deps -e .
	$(RUNTIME_VENV)/bin/python .ci/runtime_check.py
	$(RUNTIME_VENV)/bin/danvan check
	rm -rf $(RUNTIME_VENV)

clean:
	rm -rf $(VENV) var/test-*.sqlite3 .pytest_cache .ruff_cache .mypy_cache
