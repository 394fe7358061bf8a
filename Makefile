# Two targets a person needs (README Quick start): `make run` and `make test`.
# Everything else here is what those two stand on.
PYTHON ?= python3
VENV   := .venv
BIN    := $(VENV)/bin
STAMP  := $(VENV)/.installed
DEMO   := $(CURDIR)/.demo
# Debian packages Qt needs to draw (offscreen or on a screen), Xvfb for screenshots,
# poppler-utils to look at PDFs as pictures.
APT_PACKAGES := libegl1 libgl1 libxkbcommon0 libxkbcommon-x11-0 libfontconfig1 libdbus-1-3 \
                libglib2.0-0 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 \
                libxcb-render-util0 libxcb-randr0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 \
                fonts-dejavu-core xvfb poppler-utils

.PHONY: setup system-deps run demo test lint bench forms screenshots bundle clean

system-deps:
	@missing=""; for p in $(APT_PACKAGES); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -n "$$missing" ]; then \
	  echo "Instalando paquetes del sistema:$$missing"; \
	  if [ "$$(id -u)" = 0 ]; then SUDO=""; else SUDO=sudo; fi; \
	  $$SUDO apt-get update -qq && DEBIAN_FRONTEND=noninteractive $$SUDO apt-get install -y -qq $$missing >/dev/null; \
	fi

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install -q --upgrade pip
	$(BIN)/pip install -q -e '.[dev]'
	touch $(STAMP)

setup: system-deps $(STAMP)

# Opens the program on a demo database (created on first use; credentials are printed).
# The demo is rebuilt when the schema sources change (it holds only fictitious data).
run: setup
	@want=$$(cat mpi_desktop/storage/migrations/versions/*.py | sha256sum | cut -c1-16); \
	if [ -d $(DEMO) ] && [ "$$(cat $(DEMO)/.esquema 2>/dev/null)" != "$$want" ]; then \
	  echo "El esquema cambió: se vuelve a crear la base de demostración"; rm -rf $(DEMO); fi; \
	MPI_DESKTOP_HOME=$(DEMO) $(BIN)/mpi-desktop demo --if-missing && echo $$want > $(DEMO)/.esquema
	@echo "Base de demostración: usuarios admin, lucia, estadistica; frase de acceso «demostracion-mpi-cdmx»"
	MPI_DESKTOP_HOME=$(DEMO) MPI_DESKTOP_USER=lucia $(BIN)/mpi-desktop

lint: setup
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

# The Qt tests run in a process of their own: pytest-qt processing leftover Qt events inside
# later, non-GUI tests crashed the interpreter now and then. Root cause not found; not reproduced in a
# combined run (tests/gui + tests/services, -X faulthandler). Hazards of that kind removed: the idle
# watcher's application-wide event filter now lives only while a session is open; clipboard data
# created from Python is cleared before interpreter shutdown (Qt deleting it then segfaults); no
# Python slot on aboutToQuit (after the smoke test's quit it stopped later queued signals).
test: setup
	$(BIN)/ruff check .
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest --ignore=tests/gui
	QT_QPA_PLATFORM=offscreen $(BIN)/python -m pytest tests/gui

# Recompile the Qt Designer sources in ui/ into mpi_desktop/gui/forms/ (a test fails when they are stale).
forms: setup
	$(BIN)/python -m mpi_desktop.gui.forms.build

# Screenshots of the real program (fictitious demo data) for the README, under a virtual screen.
screenshots: setup
	QT_QPA_PLATFORM=xcb xvfb-run -a -s '-screen 0 1400x900x24' $(BIN)/python docs/screenshots.py

# The one-folder desktop bundle (build.spec) in dist/mpi-desktop/, then its smoke test: the
# bundled program creates the demo database, checks it, writes an informe and a backup,
# verifies the backup and opens every area of the GUI offscreen. See docs/bundle.md.
bundle: setup
	$(BIN)/pip install -q -e '.[dev,bundle]'
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	bash .ci/bundle-smoke dist/mpi-desktop/mpi-desktop

bench: setup
	$(BIN)/python -m bench.report

clean:
	rm -rf $(VENV) $(DEMO) .pytest_cache .ruff_cache .hypothesis
