# modelarts-openapi: `make` (set up, validate, check drift, summary) and `make test` (the whole suite).
SHELL := /bin/bash
.DEFAULT_GOAL := all

PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
MANUAL := spec/manual/modelarts-api-excerpt.txt
DOC ?= $(MANUAL)

.PHONY: all venv validate transcribe drift summary test lint typecheck pytest check-generated format clean mock bench-mock

all: validate drift summary

# The venv is rebuilt when pyproject.toml (the pinned tool versions) changes.
$(INSTALLED): pyproject.toml
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version)'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[dev]'
	@touch $@

venv: $(INSTALLED)

validate: $(INSTALLED)
	$(PY) -m generator validate spec/modelarts.yaml

transcribe: $(INSTALLED)
	$(PY) -m generator transcribe $(DOC) -o spec/doc-tables.yaml

drift: $(INSTALLED)
	$(PY) -m generator drift $(DOC)

summary: $(INSTALLED)
	@$(PY) -m generator summary

test: lint typecheck check-generated pytest

lint: $(INSTALLED)
	$(VENV)/bin/ruff format --check generator tests mock_server bench contract_tests
	$(VENV)/bin/ruff check generator tests mock_server bench contract_tests

typecheck: $(INSTALLED)
	$(VENV)/bin/mypy

pytest: $(INSTALLED)
	$(PY) -m pytest -q

# Committed derived files must equal a fresh derivation.
check-generated: $(INSTALLED) check-client
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m generator transcribe $(MANUAL) -o "$$tmp/doc-tables.yaml" 2>/dev/null && \
	if ! diff -u spec/doc-tables.yaml "$$tmp/doc-tables.yaml"; then \
	  echo "spec/doc-tables.yaml is stale: run 'make transcribe'" >&2; exit 1; fi

# The generated client (generated/modelarts-client): regenerate, or check the committed copy is fresh.
.PHONY: generate check-client bench-client
CLIENT_DIR ?= generated/modelarts-client
generate: $(INSTALLED)
	$(PY) -m generator generate

check-client: $(INSTALLED)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m generator generate -o "$$tmp/modelarts-client" && \
	if ! diff -ru --exclude=__pycache__ $(CLIENT_DIR) "$$tmp/modelarts-client"; then \
	  echo "$(CLIENT_DIR) is stale or edited by hand: run 'make generate'" >&2; exit 1; fi

bench-client: $(INSTALLED)
	PYTHONPATH=generated/modelarts-client $(PY) -m bench.client_show_pool

format: $(INSTALLED)
	$(VENV)/bin/ruff format generator tests mock_server bench contract_tests
	$(VENV)/bin/ruff check --fix generator tests mock_server bench contract_tests

# The fake ModelArts on a loopback port (mock_server/README.md); e.g. make mock MOCK_ARGS="--token T".
MOCK_PORT ?= 8080
MOCK_ARGS ?= --no-auth --validate-responses
mock: $(INSTALLED)
	$(PY) -m mock_server --host 127.0.0.1 --port $(MOCK_PORT) $(MOCK_ARGS)

# Requests/s of the mock vs bare Starlette and Prism in one run (installs wrk and Prism if missing).
bench-mock: $(INSTALLED)
	$(PY) bench/mock_throughput.py

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache
