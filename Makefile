# The two commands that do everything on a fresh machine with Python 3.11 and make:
#   make demo   - venv, install, build the seeds, query, export GraphML
#   make test   - the whole test suite
PYTHON ?= python3
VENV   ?= .venv
BIN     = $(VENV)/bin
STORE  ?= debate-kg-store
OUT    ?= out

.PHONY: demo test install lint typecheck bench clean

$(BIN)/debate-kg: pyproject.toml
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

test: install
	$(BIN)/python -m pytest -q

lint: install
	$(BIN)/ruff check graph ontology exporters tests benchmarks
	$(BIN)/ruff format --check graph ontology exporters tests benchmarks

typecheck: install
	$(BIN)/mypy

bench: install
	$(BIN)/python -m benchmarks.run

clean:
	rm -rf $(VENV) $(STORE) $(OUT) .pytest_cache .mypy_cache .ruff_cache *.egg-info
