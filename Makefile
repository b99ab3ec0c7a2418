# The two commands that do everything on a fresh machine with Python >= 3.11 and make:
#   make demo   - venv, install, build the seeds, query, export GraphML
#   make test   - the whole test suite
# The commands land in .venv/bin, not on your PATH: run .venv/bin/debate-kg, or
# `. .venv/bin/activate` first.  Another interpreter: make PYTHON=python3.12 demo
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE  ?= debate-kg-store
OUT    ?= out

# Exits 0 when the interpreter it runs under is Python 3.11 or newer.
AT_LEAST_311 = -c 'import sys; sys.exit(sys.version_info < (3, 11))'

.PHONY: demo test install lint typecheck bench model clean FORCE

# A $(VENV) whose python is missing, broken or older than 3.11 (left by an earlier
# run with another interpreter) is made again, however new its files are.
ifneq ($(shell $(BIN)/python $(AT_LEAST_311) >/dev/null 2>&1 && echo ok),ok)
$(BIN)/debate-kg: FORCE
endif

$(BIN)/debate-kg: pyproject.toml
	@$(PYTHON) $(AT_LEAST_311) >/dev/null 2>&1 || { \
	  found=$$(command -v $(PYTHON) >/dev/null 2>&1 && $(PYTHON) --version 2>&1 | head -n 1); \
	  echo "error: debate-kg needs Python 3.11 or newer; PYTHON=$(PYTHON) is $${found:-missing or not working}." >&2; \
	  echo "       Install Python 3.11+ and run e.g.: make PYTHON=python3.11 $(or $(MAKECMDGOALS),install)" >&2; \
	  exit 1; }
	@if [ -e $(VENV) ] && ! $(BIN)/python $(AT_LEAST_311) >/dev/null 2>&1; then \
	  echo "$(VENV) was not made by Python >= 3.11 (or is broken): making it again"; \
	  rm -rf $(VENV); \
	fi
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[dev]'
	@touch $@

install: $(BIN)/debate-kg

demo: install
	rm -rf $(STORE)
	$(BIN)/debate-kg build seeds/ --store $(STORE)
	$(BIN)/debate-kg query --store $(STORE) --named speeches-in-order
	mkdir -p $(OUT)
	$(BIN)/debate-kg export --store $(STORE) --format graphml -o $(OUT)/debate-kg.graphml
	@echo "GraphML written to $(OUT)/debate-kg.graphml"
	@echo "debate-kg is not on your PATH: run $(BIN)/debate-kg --help, or '. $(BIN)/activate' first"

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check graph ontology exporters tests benchmarks
	$(BIN)/ruff format --check graph ontology exporters tests benchmarks

typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks.run

# Retrain the commitment sentence model (graph/data/commitment_model.tsv) from the
# development gold; scikit-learn is needed for this step only.
model: install
	$(BIN)/python -m pip install --quiet -e '.[train]'
	$(BIN)/python -m graph.evaluate.commitment_model_training

clean:
	rm -rf $(VENV) $(STORE) $(OUT) .pytest_cache .mypy_cache .ruff_cache *.egg-info
