"""Forms are compiled from ui/*.ui and committed; a stale or hand-edited one fails here (`make forms`)."""

from __future__ import annotations

import pytest

from mpi_desktop.gui.forms import build

UI_FILES = sorted(build.UI_DIR.glob("*.ui"))


def test_there_are_designer_sources():
    assert UI_FILES


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.name)
def test_compiled_form_matches_its_designer_source(ui_file):
    compiled = build.target(ui_file)
    assert compiled.exists(), f"{compiled.name} is missing: run `make forms`"
    assert compiled.read_text(encoding="utf-8") == build.compile_form(ui_file), (
        f"{compiled.name} is stale or was edited by hand: change {ui_file.name} and run `make forms`"
    )


def test_every_compiled_form_has_a_source():
    sources = {build.target(ui_file).name for ui_file in UI_FILES}
    compiled = {path.name for path in build.FORMS_DIR.glob("ui_*.py")}
    assert compiled <= sources, f"forms without a .ui source: {sorted(compiled - sources)}"
