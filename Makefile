# Two entry points, both self-contained: `make demo` and `make test`.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: demo test install clean bench bench-speed eval

$(STAMP): pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	touch $(STAMP)

install: $(STAMP)

## demo: ingest the bundled sample corpus into the default SQLite database, summarise it, then serve the web app
demo: $(STAMP)
	$(BIN)/kipu demo

## test: run the whole test suite
test: $(STAMP)
	$(BIN)/python -m pytest $(PYTEST_ARGS)

## eval: score the extractor on the development gold files
eval: $(STAMP)
	$(BIN)/kipu eval ../shared/eval/dev/seeds.jsonl ../shared/eval/dev/news.jsonl

## bench: score the extractor on the third-party datasets in ../shared/eval/data
bench: $(STAMP)
	$(BIN)/python benchmarks/eval_external.py

## bench-speed: extraction throughput vs the spaCy baseline, then ingest/Dask scale figures (needs postgresql)
bench-speed: $(STAMP)
	$(BIN)/python -m pip install --quiet -e '.[dev,bench]'
	$(BIN)/python benchmarks/bench_extract.py --profile
	$(BIN)/python benchmarks/bench_scale.py

clean:
	rm -rf $(VENV) build *.egg-info src/*.egg-info
