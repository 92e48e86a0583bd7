# Two commands on a fresh machine:  `make app` (install, build the sample datasets, start the app)
# and `make test` (install, run every test). See README.md.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
DATA ?= data/processed

.PHONY: help app data test lint evaluate bench
help:
	@echo "make app       install into $(VENV), build $(DATA) from data/raw when missing or stale, start the app"
	@echo "make test      install test tools into $(VENV) and run the whole test suite"
	@echo "make data      build $(DATA) from data/raw when missing or stale"
	@echo "make evaluate  quality of each extractor on the gold sets, tune and test splits (stored in data/cache)"
	@echo "make lint      ruff"

$(BIN)/activate:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

$(VENV)/.app-installed: requirements.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.dev-installed: requirements.txt requirements-dev.txt | $(BIN)/activate
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.app-installed

data: $(VENV)/.app-installed
	@$(BIN)/python -m pipeline status --out $(DATA) || $(BIN)/python -m pipeline build --out $(DATA)
	@$(BIN)/python -m pipeline evaluate --if-stale

app: data
	$(BIN)/streamlit run app.py -- --data $(DATA)

test: $(VENV)/.dev-installed
	$(BIN)/python -m pytest

evaluate: $(VENV)/.app-installed
	$(BIN)/python -m pipeline evaluate

lint: $(VENV)/.dev-installed
	$(BIN)/ruff check .
