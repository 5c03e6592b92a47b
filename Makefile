# Two commands do all the set-up on a fresh machine (see README):
#   make demo   install everything, then scan a bundled sample chat into out/report.html
#   make test   install everything, then run the test suite (what CI runs)
# CPU PyTorch must be installed before anything that depends on torch, or pip pulls a
# multi-gigabyte CUDA build.

PYTHON ?= python3
VENV   ?= .venv
BIN    := $(VENV)/bin
TORCH  := torch==2.13.0
CONFORMANCE ?= ../shared/conformance/whatsapp
export HF_HUB_OFFLINE := 1
export TRANSFORMERS_OFFLINE := 1

.PHONY: install demo test lint bench conformance eval evaluate browser screenshots model

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)

$(VENV)/.deps: pyproject.toml | $(BIN)/python
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q $(TORCH)
	$(BIN)/pip install -q -e '.[test]'
	touch $@

# An editable install: the venv's chat-audit is always the code in this folder, with no
# reinstall on each run (tests/test_packaging.py builds the wheel and checks that every module,
# template and data file is inside it).
install: $(VENV)/.deps

demo: install
	mkdir -p out
	$(BIN)/chat-audit scan sample_exports/nursing_cohort_android.txt -o out/report.html --force
	@echo "Open out/report.html in a browser."

# The browser test needs Debian's chromium (never a downloaded browser).
browser:
	@command -v chromium >/dev/null 2>&1 || { \
	  if [ "$$(id -u)" = 0 ]; then apt-get update -qq && apt-get install -y -qq chromium >/dev/null; \
	  else echo "note: chromium is not installed; the browser test will be skipped"; fi; }

# The README's pictures of the demo report (desktop and a 390 px phone), with Debian's chromium
# and its colour emoji font, so the chat's emoji show as they do on a phone.
screenshots: install browser
	@dpkg -s fonts-noto-color-emoji >/dev/null 2>&1 || { [ "$$(id -u)" = 0 ] && \
	  apt-get install -y -qq fonts-noto-color-emoji >/dev/null; } || true
	mkdir -p out
	$(BIN)/chat-audit scan sample_exports/nursing_cohort_android.txt -o out/report.html --force -q
	$(BIN)/python scripts/screenshots.py out/report.html --out docs

conformance: install
	@if [ -d "$(CONFORMANCE)" ]; then $(BIN)/python scripts/conformance.py "$(CONFORMANCE)"; \
	else echo "conformance folder $(CONFORMANCE) not found; skipped"; fi

# Conformance first, so pytest's summary is the last line CI prints.
test: install browser
	$(MAKE) --no-print-directory lint
	$(MAKE) --no-print-directory conformance
	$(BIN)/pytest -q

# ruff, then the layer contract in pyproject.toml (import-linter): cli > app > reports >
# detectors > scoring > parse > core.
lint: $(VENV)/.deps
	$(BIN)/lint-imports --no-cache
	$(BIN)/ruff check audit detectors reports scripts benchmarks tests
	$(BIN)/ruff format --check audit detectors reports scripts benchmarks tests

# The long evaluation, never run by CI: dev chats, the blind test set (evaluation/test) and the
# external sets in ../shared/eval, offline. Writes docs/evaluation.md, the README's "How well it
# works" section and evaluation/results.json.
# chat-audit's own classifier, rebuilt from training/corpus (deterministic: the same corpus
# gives the same bytes; tests/scoring/test_classifier.py checks the shipped file is current).
model: install
	$(BIN)/python training/train.py

eval: install
	$(BIN)/python scripts/evaluate.py --write

evaluate: eval
