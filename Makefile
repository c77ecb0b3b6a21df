# Chronik — the two commands: `make demo` and `make test`.
PYTHON ?= python3.11
VENV   ?= .venv
BIN    := $(VENV)/bin
DB     ?= demo.duckdb

.PHONY: demo test lint install install-dev clean train-de

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e .
	@touch $@

$(VENV)/.installed-dev: $(BIN)/python pyproject.toml
	$(BIN)/pip install --quiet -e '.[dev]'
	@touch $@ $(VENV)/.installed

install: $(VENV)/.installed

install-dev: $(VENV)/.installed-dev

demo: install
	rm -f $(DB) $(DB).wal
	$(BIN)/chronik run examples --db $(DB)
	$(BIN)/chronik articles --db $(DB)
	$(BIN)/chronik events --db $(DB) --limit 30
	$(BIN)/chronik actors lookup "Kremlchef" --date 2021-04-13
	$(BIN)/chronik actors lookup "der designierte US-Präsident" --date 2024-11-11

test: install-dev
	$(BIN)/python -m pytest

lint: install-dev
	$(BIN)/ruff check src tests scripts benchmarks training
	$(BIN)/ruff format --check src tests scripts benchmarks training

# Rebuild the German models (not part of CI): the NER model from ../shared/data/ner-de (about 45 minutes on 2 cores)
# and the STTS tagger from ../shared/data/ud-german (+ HanTa silver tags; about 20 minutes).
train-de: install-dev
	$(BIN)/python training/train_de_ner.py
	$(BIN)/python training/train_de_tagger.py

clean:
	rm -rf $(VENV) demo.duckdb demo.duckdb.wal .pytest_cache
