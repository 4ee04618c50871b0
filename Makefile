# Two commands: `make demo` (set up, scan the bundled sample, write out/report.html) and `make test`.
VENV ?= .venv
STAMP := $(VENV)/.installed
# Offline models for development machines without internet (see README); a user's machine lets
# ultralytics download its standard weights instead.
EXPOSURE_MODELS ?= $(abspath $(wildcard ../shared/models))
export EXPOSURE_MODELS

.PHONY: demo test install clean sample notebook notebook-run

install: $(STAMP)

$(STAMP): pyproject.toml scripts/install.sh
	bash scripts/install.sh $(VENV)
	touch $@

NOTEBOOK := $(VENV)/.notebook

$(NOTEBOOK): $(STAMP)
	$(VENV)/bin/python -m pip install --quiet --disable-pip-version-check -e ".[notebook]"
	touch $@

demo: $(STAMP) $(NOTEBOOK)
	$(VENV)/bin/exposure scan sample_data/facebook-grace --out out
	@echo "open out/report.html in a browser; \`make notebook\` opens the notebook"

notebook: $(NOTEBOOK)  # JupyterLab on the tour of the sample (EXPOSURE_MODELS is passed on)
	$(VENV)/bin/jupyter lab notebooks/explore.ipynb

notebook-run: $(NOTEBOOK)  # run it without a browser: build/explore.ipynb, with its outputs
	$(VENV)/bin/jupyter nbconvert --to notebook --execute notebooks/explore.ipynb --output-dir build

test: $(STAMP)
	$(VENV)/bin/python -m pytest

sample: $(STAMP)  # rebuild sample_data/ (byte-identical for the same inputs)
	$(VENV)/bin/python -m scripts.make_sample_data

clean:
	rm -rf out .pytest_cache
