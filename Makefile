# Space Cooperation Atlas — the two quick-start commands are `make run` and `make test`.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
SUDO   := $(shell [ "$$(id -u)" = "0" ] || echo sudo)
PYTEST_ARGS ?= -n auto

.PHONY: run test serve install install-dev chromium wrk gettext messages migrate data lint vendor bench clean

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

$(VENV)/.installed: requirements.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt -c constraints.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt constraints.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt -c constraints.txt
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

## Debian's Chromium drives the browser tests (Playwright cannot download its own browser here).
chromium:
	@[ -x /usr/bin/chromium ] || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq chromium >/dev/null; }

## Debian's gettext compiles the interface translations (locale/*/LC_MESSAGES/django.po -> .mo).
gettext:
	@command -v msgfmt >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq gettext >/dev/null; }

messages: install gettext
	$(BIN)/python manage.py compilemessages --ignore=$(VENV) >/dev/null

migrate: install messages
	$(BIN)/python manage.py migrate --noinput

data: migrate
	$(BIN)/python manage.py load_atlas

## Serve the site with the demo data on SQLite at http://127.0.0.1:8000/
run: data
	$(BIN)/python manage.py runserver 127.0.0.1:8000

## Run the whole test suite (unit, API, admin, browser, schemathesis).
test: install-dev chromium messages
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest $(PYTEST_ARGS)

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

## Re-vendor the front-end libraries from npm into static/vendor/ (needs node + npm).
vendor:
	bash scripts/vendor_static.sh

## Debian's wrk measures throughput (scripts/throughput.py).
wrk:
	@command -v wrk >/dev/null || { $(SUDO) apt-get update -qq && $(SUDO) apt-get install -y -qq wrk >/dev/null; }

## The latency tables (scripts/benchmark.py), then throughput as a share of a static file, cache warm
## and cold (scripts/throughput.py; e.g. THROUGHPUT_ARGS="--database-url postgres://… --redis-url redis://…/5").
THROUGHPUT_ARGS ?=
bench: install wrk
	$(BIN)/python scripts/benchmark.py
	$(BIN)/python scripts/throughput.py $(THROUGHPUT_ARGS)

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles node_modules test-output
