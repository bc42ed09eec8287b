# The two commands: `make run` and `make test`. Both create .venv when missing and install.
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed-stamp

.PHONY: run test lint screenshots translations clean bench

$(STAMP): pyproject.toml
	test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --disable-pip-version-check -e '.[test]'
	touch $(STAMP)

run: $(STAMP)
	$(VENV)/bin/fremskudt $(ARGS)

test: $(STAMP)
	$(VENV)/bin/ruff check .
	QT_QPA_PLATFORM=offscreen $(PY) -m pytest -n auto --dist load --cov=app --cov-report=term:skip-covered $(PYTEST_ARGS)

# Benchmarks against their floors (issue 22), not part of `make test`: the 25,000-citizen
# office is built once into ~/.cache/fremskudt-bench (FREMSKUDT_BENCH_CACHE), then reused.
bench: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) -m benchmarks.bench $(BENCH_ARGS)

screenshots: $(STAMP)
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py
	QT_QPA_PLATFORM=offscreen $(PY) scripts/screenshots.py --lang en

translations: $(STAMP)
	$(PY) scripts/translations.py update

lint: $(STAMP)
	$(VENV)/bin/ruff check .

clean:
	rm -rf $(VENV) build dist *.egg-info
