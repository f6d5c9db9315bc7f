# modelarts-openapi: `make` (set up, validate, check drift, summary) and `make test` (the whole suite).
SHELL := /bin/bash
.DEFAULT_GOAL := all

PYTHON ?= python3
# Python keeps compiled modules (__pycache__/, ignored by git) even where the environment says not to: without them
# every interpreter the suite starts compiles its imports again (the contract suite's start-up, each CLI run, each
# pytest worker's collection: 10 s -> 5.5 s), and pytest rewrites every test module's asserts again.
unexport PYTHONDONTWRITEBYTECODE
VENV := .venv
PY := $(VENV)/bin/python
INSTALLED := $(VENV)/.installed
MANUAL := spec/manual/modelarts-api-excerpt.txt
DOC ?= $(MANUAL)
# The English edition, whole (spec/manual/editions/README.md), and its transcription, which the spec covers too.
EDITION := spec/manual/editions/en-2025-08-26-full
EDITION_TABLES := spec/doc-tables-en.json
# Publishing, spec lint, TypeScript proof (README "Publishing")
PUBLISHED ?= generated/spec
NPM_DIR := tools/npm
NPM_BIN := $(NPM_DIR)/node_modules/.bin
NPM_STAMP := $(NPM_DIR)/node_modules/.installed
CHROMIUM ?= /usr/bin/chromium
# Go and Java for the Go end-to-end test (openapi-generator-cli runs its bundled jar on Java 17)
GO ?= /usr/lib/go-1.19/bin/go
export GO
# Redocly lints the bundles: the source spec is a root and part files (`x-parts`, spec/README.md) that only our
# loader merges; read alone, the root has no operations. The bundles are that merged document, unchanged.
LINT_SPECS ?= $(PUBLISHED)/modelarts.yaml $(PUBLISHED)/modelarts.json
TS_SPEC ?= $(PUBLISHED)/modelarts.json
TS_USAGE ?= tools/typescript/usage.ts
export REDOCLY_TELEMETRY := off
export REDOCLY_SUPPRESS_UPDATE_NOTICE := true

.PHONY: all venv validate transcribe draft drift evidence summary test test-fast test-install lint typecheck pytest check-generated format clean mock bench-mock

# `make`: check the spec, regenerate what derives from it, run the contract suite against the built-in mock.
all: validate drift generate publish summary contract

# The development environment: the five products installed editable, the generator's and test tools, every
# version pinned by tools/constraints.txt (committed output depends on them). Rebuilt when any of these change.
# Python 3.11 builds it (the generation environment); the products themselves support 3.11-3.13 (make test-install).
PROJECTS := spec/pyproject.toml core/pyproject.toml generated/modelarts-client/pyproject.toml mock_server/pyproject.toml contract_tests/pyproject.toml
PIP := $(PY) -m pip --quiet --disable-pip-version-check
# (Not on the generated client's pyproject.toml: every `make generate` rewrites it.)
$(INSTALLED): tools/constraints.txt tools/dev-requirements.txt $(filter-out generated/%,$(PROJECTS))
	@$(PYTHON) -c 'import sys; sys.exit(0 if sys.version_info[:2] == (3, 11) else "Python 3.11 is required, found " + sys.version)'
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -c tools/constraints.txt setuptools
	$(PIP) install --no-build-isolation -c tools/constraints.txt -r tools/dev-requirements.txt
	@touch $@

venv: $(INSTALLED)

validate: $(INSTALLED)
	$(PY) -m generator validate spec/modelarts.yaml

transcribe: $(INSTALLED)
	$(PY) -m generator transcribe $(DOC) -o spec/doc-tables.yaml
	$(PY) -m generator transcribe $(EDITION) -o $(EDITION_TABLES)

# What the English edition documents and the spec lacks, drafted as OpenAPI into build/draft/ (docs/drafting.md).
draft: $(INSTALLED)
	@mkdir -p build
	@rm -rf build/draft
	$(PY) -m generator draft $(EDITION) -o build/draft

drift: $(INSTALLED)
	$(PY) -m generator drift $(DOC)

# What real clients read and other editions document (spec/evidence/), covered by the spec; also part of validate.
evidence: $(INSTALLED)
	$(PY) -m generator evidence

summary: $(INSTALLED)
	@$(PY) -m generator summary

# `make test`: everything. `make test-fast`: unit and golden tests only (no browser, npm, subprocess suites or
# wheel installs), for the inner loop. pytest spreads independent tests over both cores (pytest-xdist).
PYCODE := spec/modelarts_spec core/modelarts_core generator mock_server/modelarts_mock contract_tests/modelarts_contract tests bench tools
test: lint typecheck check-generated pytest contract
# Its contract run is repeatable, like the tests' Hypothesis profile: a red CI means a change broke something, not a
# lucky draw. `make contract` alone draws new cases every time (its seed printed, to repeat a failure).
test: CONTRACT_ARGS += --seed 1

test-fast: $(INSTALLED)
	$(PY) -m pytest -q -m "not slow" -n 2

# The wheels installed outside the checkout on Python 3.11, 3.12 and 3.13 (part of `make test`).
test-install: $(INSTALLED)
	$(PY) -m pytest -q -n 2 tests/install

lint: $(INSTALLED)
	$(VENV)/bin/ruff format --check $(PYCODE)
	$(VENV)/bin/ruff check $(PYCODE)

typecheck: $(INSTALLED)
	$(VENV)/bin/mypy

pytest: $(INSTALLED) $(NPM_STAMP) chromium golang java
	$(PY) -m pytest -q -n 2 --dist loadgroup

# Committed derived files must equal a fresh derivation.
check-generated: $(INSTALLED) check-published check-client check-figures
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m generator transcribe $(MANUAL) -o "$$tmp/doc-tables.yaml" 2>/dev/null && \
	$(PY) -m generator transcribe $(EDITION) -o "$$tmp/doc-tables-en.json" 2>/dev/null && \
	if ! diff -u spec/doc-tables.yaml "$$tmp/doc-tables.yaml"; then \
	  echo "spec/doc-tables.yaml is stale: run 'make transcribe'" >&2; exit 1; fi && \
	if ! cmp -s $(EDITION_TABLES) "$$tmp/doc-tables-en.json"; then diff -u $(EDITION_TABLES) "$$tmp/doc-tables-en.json" | head -40; \
	  echo "$(EDITION_TABLES) is stale: run 'make transcribe'" >&2; exit 1; fi && \
	if ! $(PY) tools/sdk_operations.py --check; then exit 1; fi

# --- Publishing (README "Publishing"): bundles + HTML reference, spec lint, TypeScript proof, doc update.

.PHONY: publish check-published npm-tools chromium lint-spec check-typescript reference-screenshot update
.PHONY: golang java check-typescript-e2e check-go
.PHONY: update-drift update-adopt update-validate update-generate update-publish update-changelog

# npm tools live in tools/npm (exact versions, package-lock.json), never installed globally.
$(NPM_STAMP): $(NPM_DIR)/package.json $(NPM_DIR)/package-lock.json
	cd $(NPM_DIR) && npm ci --no-audit --no-fund --loglevel=error
	@touch $@

npm-tools: $(NPM_STAMP)

# Debian's chromium for the HTML reference test (playwright-core drives it; no browser is downloaded).
chromium:
	@test -x $(CHROMIUM) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }

# Debian's Go 1.19 builds the Go client openapi-generator makes (tests/publish/test_go_e2e.py); Java runs the generator.
golang:
	@test -x $(GO) || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq golang-1.19-go >/dev/null; }

java:
	@command -v java >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq openjdk-17-jre-headless >/dev/null; }

# Other languages end to end (README "Publishing"): generated clients call the mock with a token and with AK/SK,
# and their signers, written from generated/spec/signing.md, pass every published vector.
check-typescript-e2e: $(INSTALLED) $(NPM_STAMP)
	$(PY) -m pytest -q tests/publish/test_typescript_e2e.py

check-go: $(INSTALLED) golang java
	$(PY) -m pytest -q tests/publish/test_go_e2e.py

publish: $(INSTALLED)
	$(PY) -m generator publish -o $(PUBLISHED)

check-published: $(INSTALLED)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	if ! $(PY) -m generator publish -o "$$tmp/spec" 2>"$$tmp/log"; then cat "$$tmp/log" >&2; exit 1; fi && \
	if ! diff -ru $(PUBLISHED) "$$tmp/spec" >"$$tmp/diff"; then \
	  head -40 "$$tmp/diff"; echo "$(PUBLISHED) is stale: run 'make publish'" >&2; exit 1; fi

lint-spec: $(NPM_STAMP)
	$(NPM_BIN)/redocly lint --config tools/redocly.yaml --format stylish $(LINT_SPECS) 2>&1 | grep -vF -e '║' -e '╔' -e '╚'; exit $${PIPESTATUS[0]}

check-typescript: $(NPM_STAMP)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(NPM_BIN)/openapi-typescript $(TS_SPEC) -o "$$tmp/modelarts.d.ts" --silent && \
	cp $(TS_USAGE) "$$tmp/usage.ts" && cp tools/typescript/tsconfig.json "$$tmp/" && \
	$(CURDIR)/$(NPM_BIN)/tsc -p "$$tmp/tsconfig.json" && echo "TypeScript types from $(TS_SPEC) compile with $(TS_USAGE)"

# Figures in the docs come from commands (docs/decisions/0026-figures-from-commands.md): `make figures` rewrites
# every <!-- figures:SET.KEY --> block of the tracked Markdown files; `make check-figures` (in check-generated)
# fails on a stale one. Computed sets (spec, wheels) are recomputed; measured ones are read from bench/results/.
# The `make update` walk-through (15 s) is checked by tests/publish/test_publish_update.py, which runs it anyway.
.PHONY: figures check-figures bench-build bench-reference
figures: $(INSTALLED)
	$(PY) -m tools.figures update

check-figures: $(INSTALLED)
	@$(PY) -m tools.figures check --skip walkthrough

# Wall times of make, make test, make test-fast and make test-install on a fresh clone of HEAD, with test counts
# (bench/build_times.py, several minutes), recorded in bench/results/build-times.json for `make figures`.
bench-build: $(INSTALLED)
	$(PY) -m bench.build_times

# The HTML reference's load time in chromium against Redoc's page of the same specs (bench/reference_load.py).
bench-reference: $(INSTALLED) $(NPM_STAMP) chromium
	$(PY) -m bench.reference_load

reference-screenshot: $(NPM_STAMP) chromium
	@mkdir -p docs && SCREENSHOT_AT='#op-ShowOsConfig' node $(NPM_DIR)/scripts/check-reference.cjs $(PUBLISHED)/index.html docs/reference-screenshot.png >/dev/null

# New manual edition: `make update DOC=new.txt` reports drift and stops if the spec needs editing; after
# editing the spec (spec/modelarts.yaml or the part file that holds the entry, spec/parts/),
# `make update DOC=new.txt STEP=apply` runs adopt, validate, generate, publish, changelog.
# Any one step: STEP=drift|adopt|validate|generate|publish|changelog.
STEP ?=
UPDATE_BASE ?= HEAD
UPDATE_DIR := build/update
UPDATE_APPLY := adopt validate generate publish changelog

update: $(INSTALLED)
	@case "$(STEP)" in \
	  "") if $(MAKE) --no-print-directory update-drift; then $(MAKE) --no-print-directory $(addprefix update-,$(UPDATE_APPLY)); \
	      else echo "next: edit the spec (spec/modelarts.yaml and its parts) for the drift above, then: make update DOC=$(DOC) STEP=apply" >&2; exit 1; fi ;; \
	  apply) $(MAKE) --no-print-directory $(addprefix update-,$(UPDATE_APPLY)) ;; \
	  drift|adopt|validate|generate|publish|changelog) $(MAKE) --no-print-directory update-$(STEP) ;; \
	  *) echo "unknown STEP '$(STEP)': one of drift, apply, $(UPDATE_APPLY)" >&2; exit 2 ;; \
	esac

update-drift: $(INSTALLED)
	$(PY) -m generator drift $(DOC)

# The new edition becomes the manual the spec is checked against (check-generated re-transcribes it).
update-adopt: $(INSTALLED)
	@cmp -s $(DOC) $(MANUAL) || cp $(DOC) $(MANUAL)
	$(PY) -m generator transcribe $(MANUAL) -o spec/doc-tables.yaml

update-validate: validate
update-generate: generate
update-publish: publish

# What changed since the spec committed at UPDATE_BASE; also written to build/update/changelog.txt. The spec's
# YAML files of UPDATE_BASE (the root and any part files it lists) are taken out whole, so the diff reads both merged.
update-changelog: $(INSTALLED)
	@rm -rf $(UPDATE_DIR)/previous && mkdir -p $(UPDATE_DIR)/previous && git archive $(UPDATE_BASE) -- 'spec/*.yaml' | tar -x -C $(UPDATE_DIR)/previous
	set -o pipefail; $(PY) -m generator diff $(UPDATE_DIR)/previous/spec/modelarts.yaml spec/modelarts.yaml | tee $(UPDATE_DIR)/changelog.txt

# The generated client (generated/modelarts-client): regenerate, or check the committed copy is fresh.
.PHONY: generate check-client bench-client bench-import
CLIENT_DIR ?= generated/modelarts-client
generate: $(INSTALLED)
	$(PY) -m generator generate

check-client: $(INSTALLED)
	@tmp=$$(mktemp -d) && trap 'rm -rf "$$tmp"' EXIT && \
	$(PY) -m generator generate -o "$$tmp/modelarts-client" && \
	if ! diff -ru --exclude=__pycache__ --exclude='*.egg-info' $(CLIENT_DIR) "$$tmp/modelarts-client"; then \
	  echo "$(CLIENT_DIR) is stale or edited by hand: run 'make generate'" >&2; exit 1; fi

bench-client: $(INSTALLED)
	$(PY) -m bench.client_show_pool

bench-import: $(INSTALLED)
	$(PY) -m bench.client_import

# The contract suite (contract_tests/README.md): schemathesis and the generated client against the mock
# in-process (default), the mock on a socket (TARGET=socket) or a real ModelArts (BASE_URL=https://…, with
# credentials and resource ids from the environment). PROFILE=smoke|standard|full: cases per operation (the
# default standard keeps every operation within a budget; full is the deep run). JUnit XML in build/contract/junit.xml.
# MOCK_STATEFUL_GAPS: creates the built-in mock answers without keeping what they make (mock_server/README.md), left out
# of the stateful phase against it, the summary naming them; tests/contract/test_contract_stateful.py fails once the mock
# keeps one of them, so that it leaves this list.
.PHONY: contract
TARGET ?=
BASE_URL ?=
PROFILE ?=
CONTRACT_ARGS ?=
MOCK_STATEFUL_GAPS ?= CreateTrainingJobV1 CreateImage CreateLabels
contract: $(INSTALLED)
	@mkdir -p build/contract
	$(VENV)/bin/modelarts-contract -q --junit-xml build/contract/junit.xml --json-report build/contract/report.json \
	  $(if $(TARGET),--target $(TARGET)) $(if $(BASE_URL),--base-url $(BASE_URL)) $(if $(PROFILE),--profile $(PROFILE)) \
	  $(if $(BASE_URL),,$(foreach op,$(MOCK_STATEFUL_GAPS),--exclude-from-stateful $(op))) $(CONTRACT_ARGS)

format: $(INSTALLED)
	$(VENV)/bin/ruff format $(PYCODE)
	$(VENV)/bin/ruff check --fix $(PYCODE)

# The fake ModelArts on a loopback port (mock_server/README.md), serving the source spec (validated first, as
# every spec the mock is given); e.g. make mock MOCK_ARGS="--token T".
MOCK_PORT ?= 8080
MOCK_ARGS ?= --no-auth --validate-responses
mock: $(INSTALLED)
	$(VENV)/bin/modelarts-mock --spec spec/modelarts.yaml --host 127.0.0.1 --port $(MOCK_PORT) $(MOCK_ARGS)

# Requests/s of the mock vs bare Starlette and Prism in one run (installs wrk and Prism if missing).
bench-mock: $(INSTALLED)
	$(PY) bench/mock_throughput.py --record

# The contract suite's length per profile on synthetic specs: the committed spec with its writes, and copies (bench/contract_scale.py).
.PHONY: bench-contract
bench-contract: $(INSTALLED)
	$(PY) -m bench.contract_scale

# validate, generate, publish and mock start-up on synthetic specs of 15, 150 and 1,500 operations (bench/scale.py);
# e.g. make bench-scale SCALE_ARGS="--share-components".
.PHONY: bench-scale
SCALE_ARGS ?=
bench-scale: $(INSTALLED)
	$(PY) -m bench.scale $(SCALE_ARGS)

# The products as wheels in dist/: modelarts-spec (the spec and the library that reads it), modelarts-client,
# modelarts-mock, modelarts-contract (tools/build_wheels.py: from copies, nothing written into the checkout).
.PHONY: dist
DIST ?= dist
dist: $(INSTALLED)
	@rm -rf $(DIST)
	$(PY) tools/build_wheels.py $(DIST)

clean:
	rm -rf $(VENV) .pytest_cache .mypy_cache .ruff_cache $(DIST)
