# Two commands on a fresh machine: `make run` and `make test`. Both create .venv from the
# pinned lock file when it is missing or older than the lock.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed

.PHONY: run test lab lint lock clean

$(STAMP): requirements.lock pyproject.toml
	test -x $(BIN)/python || $(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --disable-pip-version-check -r requirements.lock
	$(BIN)/python -m pip install --quiet --disable-pip-version-check --no-deps --no-build-isolation -e .
	touch $(STAMP)

run: $(STAMP)
	@$(BIN)/dossier run

test: $(STAMP)
	$(BIN)/ruff check lib tests bench
	$(BIN)/python -m pytest -q

# lab/overrides.json turns off the news pop-up (see lab/README.md); the kernels start in notebooks/.
lab: $(STAMP)
	$(BIN)/jupyter lab --LabApp.app_settings_dir=$(CURDIR)/lab $(if $(filter 0,$(shell id -u)),--allow-root) notebooks/

# Re-resolve every dependency from pyproject.toml into a fresh environment and pin it.
lock:
	rm -rf .lock-venv && $(PYTHON) -m venv .lock-venv
	.lock-venv/bin/python -m pip install --quiet 'setuptools>=68' -e '.[test,lab]'
	.lock-venv/bin/python -m pip freeze --all --exclude-editable | grep -v -e '^dossier' -e '^pip==' > requirements.lock
	rm -rf .lock-venv

clean:
	rm -rf $(VENV) .cache
