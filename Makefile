# DanVan — two commands on a fresh clone: `make run` and `make test`.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
HOST ?= 127.0.0.1
PORT ?= 8000

.PHONY: run test install lint format migrate demo bench clean

$(BIN)/danvan: requirements.txt pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit("DanVan cần Python 3.11 trở lên / needs Python 3.11+") if sys.version_info < (3, 11) else None'
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -r requirements.txt
	$(BIN)/python -m pip install --quiet --no-deps -e .
	@touch $(BIN)/danvan

install: $(BIN)/danvan

migrate: install
	$(BIN)/danvan migrate --noinput

demo: migrate
	$(BIN)/danvan demo load

run: demo
	@echo ""
	@echo "DanVan đang chạy tại http://$(HOST):$(PORT)/  (Ctrl+C để dừng)"
	$(BIN)/danvan runserver $(HOST):$(PORT)

lint: install
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

format: install
	$(BIN)/ruff format .
	$(BIN)/ruff check --fix .

test: lint
	$(BIN)/python -m pytest $(PYTEST_ARGS)

bench: install
	$(BIN)/danvan bench

clean:
	rm -rf $(VENV) var/test-*.sqlite3 .pytest_cache .ruff_cache
