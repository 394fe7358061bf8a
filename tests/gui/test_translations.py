"""Translations: every GUI text is in the es_MX catalogue, the compiled files are current, and the
program speaks English when asked (docs/translations.md)."""

from __future__ import annotations

import ast
import re
import shutil
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from gui_support import ADMIN, open_window
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from mpi_desktop.gui import app, enum_strings_build, translations
from mpi_desktop.gui.i18n import DEFAULT_LANGUAGE, LANGUAGES, install_translator, language, tr

GUI = Path(translations.__file__).resolve().parent
SPANISH_AREAS = ["Inicio", "Casos", "Planes y medidas", "Monitoreo", "Talleres y capacitaciones"]
ENGLISH_AREAS = ["Home", "Cases", "Plans and measures", "Monitoring", "Workshops and trainings"]


def messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {
        (context.findtext("name") or "", message.findtext("source") or ""): message
        for context in root.iter("context")
        for message in context.iter("message")
    }


def finished(message: ET.Element) -> bool:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return False
    forms = [form.text for form in translation.iter("numerusform")]
    return all(forms) if forms else bool(translation.text)


def test_every_gui_text_has_a_finished_spanish_translation(tmp_path):
    """Running lupdate over today's sources adds nothing the committed es_MX catalogue lacks."""
    committed = translations.ts_path(DEFAULT_LANGUAGE)
    fresh = translations.ts_path(DEFAULT_LANGUAGE, tmp_path)
    shutil.copy(committed, fresh)
    translations.lupdate([fresh])
    found = messages(fresh)
    assert len(found) > 500  # the scan saw the GUI (a broken scan must not pass by finding nothing)
    missing = sorted(source for (_context, source), message in found.items() if not finished(message))
    assert missing == [], "Textos sin traducción es_MX: python -m mpi_desktop.gui.translations"


def test_the_english_catalogue_has_every_text_and_few_left_untranslated():
    spanish, english = messages(translations.ts_path("es_MX")), messages(translations.ts_path("en"))
    assert set(english) == set(spanish)
    untranslated = [source for (_context, source), message in english.items() if not finished(message)]
    assert len(untranslated) <= len(english) // 20, untranslated[:20]


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogues_are_current(tmp_path, lang):
    fresh = tmp_path / "fresh.qm"
    translations.lrelease(translations.ts_path(lang), fresh)
    assert translations.qm_path(lang).read_bytes() == fresh.read_bytes(), "python -m mpi_desktop.gui.translations"


def test_enum_strings_are_current():
    assert (GUI / "enum_strings.py").read_text(encoding="utf-8") == enum_strings_build.source()


def test_english_is_chosen_by_the_environment_and_spanish_is_the_default(monkeypatch):
    monkeypatch.delenv("MPI_DESKTOP_LANG", raising=False)
    assert language() == "es_MX"
    monkeypatch.setenv("MPI_DESKTOP_LANG", "en")
    assert language() == "en"
    monkeypatch.setenv("MPI_DESKTOP_LANG", "es_MX")
    assert language() == "es_MX"


def test_the_navigation_speaks_the_chosen_language(qtbot, jobs, installation, monkeypatch):
    monkeypatch.setenv("MPI_DESKTOP_LANG", "en")
    qapp = app.make_application()
    try:
        english = open_window(qtbot, jobs, installation, ADMIN)
        assert english.area_titles()[:5] == ENGLISH_AREAS
        assert [english.nav.item(row).text() for row in range(5)] == ENGLISH_AREAS
        buttons = {button.text() for button in english.findChildren(QPushButton)}
        assert "&Refresh" in buttons and "&Actualizar" not in buttons
        english.close()
    finally:
        monkeypatch.delenv("MPI_DESKTOP_LANG")
        app.make_application()
    spanish = open_window(qtbot, jobs, installation, ADMIN)
    assert spanish.area_titles()[:5] == SPANISH_AREAS
    assert qapp is QApplication.instance()


def test_qt_standard_buttons_are_spanish_by_default(qapp):
    install_translator(qapp)
    assert QApplication.translate("QPlatformTheme", "&Yes") == "&Sí"
    assert tr("Lista de casos") == "Lista de casos"


# --- No text left out of tr ------------------------------------------------------------------
# Where a literal reaches the screen: Qt's text setters and constructors of widgets with text.
TEXT_CALLS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setPlaceholderText",
    "setTitle", "setSubTitle", "setButtonText", "setLabelText", "setHtml", "setTabText", "addTab",
    "insertTab", "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "setHeaderLabels", "addRow",
    "addItem", "addItems", "addButton", "addAction", "addMenu", "showMessage", "setSuffix", "setPrefix",
    "setSpecialValueText", "information", "warning", "critical", "question", "about",
    "getSaveFileName", "getOpenFileName", "getExistingDirectory", "getText", "make_table",
    "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction", "QToolButton",
    "QMenu", "QListWidgetItem", "QTreeWidgetItem", "QCommandLinkButton", "show_error", "_show",
}  # fmt: skip
TEXT_KEYWORDS = {"text", "title", "windowTitle", "toolTip", "placeholderText", "statusTip", "suffix", "prefix"}
WORDS = re.compile(r"[A-Za-zÁÉÍÓÚÑáéíóúñü]{2,}")
WRAPPERS = {"tr", "QT_TR_NOOP", "enum_label", "translate", "strftime", "day_text", "get"}
FIRST_ARGUMENT_ONLY = {"make_table"}  # the second is the object name
NOT_UI = {
    "Taller de autoprotección",  # a default *value* of a workshop's title: data for the Spanish informe
    "MPI-2024-0001",  # a folio, as typed
    "XXXXX-XXXXX-XXXXX-XXXXX-XXXXX-XXXXX",  # the shape of a recovery code
    " (Ctrl+S)",  # a shortcut
}


def call_name(call: ast.Call) -> str:
    func = call.func
    return func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""


def logged(call: ast.Call) -> bool:
    """log.warning(…) and friends: logs stay English (and carry no personal data)."""
    owner = call.func.value if isinstance(call.func, ast.Attribute) else None
    return isinstance(owner, ast.Name) and "log" in owner.id.lower()


def untranslated_literals(tree: ast.AST) -> list[tuple[int, str]]:
    """Literals with words inside an argument of a text call, not inside tr() (or a wrapper)."""
    found: list[tuple[int, str]] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Call) and call_name(node) in WRAPPERS:
            return
        if isinstance(node, ast.Subscript):  # a key, not a text
            visit(node.value)
            return
        if isinstance(node, ast.Constant) and isinstance(node.value, str):
            if WORDS.search(node.value) and node.value not in NOT_UI:
                found.append((node.lineno, node.value))
            return
        if isinstance(node, ast.JoinedStr):
            text = "".join(v.value for v in node.values if isinstance(v, ast.Constant))
            if WORDS.search(text):
                found.append((node.lineno, text))
            for value in node.values:
                if isinstance(value, ast.FormattedValue):
                    visit(value.value)
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or logged(node):
            continue
        name = call_name(node)
        if name in TEXT_CALLS:
            for arg in node.args[:1] if name in FIRST_ARGUMENT_ONLY else node.args:
                visit(arg)
        for keyword in node.keywords:
            if keyword.arg in TEXT_KEYWORDS:
                visit(keyword.value)
    return found


def test_the_scan_finds_a_text_left_out():
    sample = ast.parse('QLabel("Hola")\nw.setText(f"Casos: {n}")\nw.setText(tr("Bien"))\nQLabel(objectName="x")')
    assert [line for line, _text in untranslated_literals(sample)] == [1, 2]


def test_no_gui_module_shows_a_literal_outside_tr():
    modules = [p for p in sorted(GUI.glob("*.py")) if p.name not in ("enum_strings.py",)]
    assert len(modules) > 30
    left = [
        f"{path.name}:{line}: {text!r}"
        for path in modules
        for line, text in untranslated_literals(ast.parse(path.read_text(encoding="utf-8")))
    ]
    assert left == []


def test_a_widget_built_after_the_translator_shows_english(qapp, monkeypatch):
    install_translator(qapp, "en")
    try:
        assert QLabel(tr("Lista de casos")).text() == "Case list"
    finally:
        install_translator(qapp, "es_MX")
