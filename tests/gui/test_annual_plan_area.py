"""The Plan Anual area: the plan tree with its quarters, typing a value, the PDF, and the
Mapeo de agresiones register."""

from __future__ import annotations

from pathlib import Path

import openpyxl
from gui_support import CASEWORKER, STATISTICS, open_window, wait_idle
from PySide6.QtCore import QDate

from mpi_desktop.domain.annual_plan import MappingContext
from mpi_desktop.gui.annual_plan_area import AnnualPlanArea


def show_area(qtbot, jobs, installation, username: str) -> AnnualPlanArea:
    window = open_window(qtbot, jobs, installation, username)
    titles = window.area_titles()
    assert "Plan Anual" in titles
    if "Informes" in titles:
        assert titles.index("Plan Anual") < titles.index("Informes")
    window.nav.setCurrentRow(titles.index("Plan Anual"))
    area = window.findChild(AnnualPlanArea)
    qtbot.waitUntil(lambda: area.tree.topLevelItemCount() == 6, timeout=10_000)
    wait_idle(qtbot, jobs)
    area.window_ = window  # qtbot holds the window weakly: the area keeps it alive for the test
    return area


def test_the_plan_tree_shows_programs_and_a_typed_value_updates_its_quarter(qtbot, jobs, installation) -> None:
    area = show_area(qtbot, jobs, installation, STATISTICS)
    assert area.year.currentText() == "2025"
    assert area.tree.topLevelItem(0).text(0).startswith("1. Atención integral")
    area.cut.setDate(QDate(2025, 4, 1))
    area.refresh()
    wait_idle(qtbot, jobs)

    leaf = area.tree.find_indicator("5.3")
    area.tree.setCurrentItem(leaf)
    assert area.details.toPlainText().startswith("5.3 Número de sesiones ordinarias y extraordinarias")
    assert "Fuente de información: Actas de las sesiones." in area.details.toPlainText()
    assert area.value_form.isVisible() and area.save_value.isEnabled()
    area.quarter.setCurrentIndex(0)
    area.value.setText("1")
    area.note.setText("Acta de la primera sesión")
    area.save_value.click()
    wait_idle(qtbot, jobs)
    leaf = area.tree.find_indicator("5.3")
    assert leaf.text(2) == "1 (25 %)"
    assert leaf.text(7) == "En tiempo"
    assert "capturado por estadistica" in area.details.toPlainText()

    area.value.setText("-3")
    area.save_value.click()
    wait_idle(qtbot, jobs)
    assert "mayor o igual a cero" in area.message.text()

    junta = area.tree.find_indicator("1.1.1")
    area.tree.setCurrentItem(junta)
    assert not area.save_value.isEnabled()  # counted from the records, not typed
    assert area.meta.text() == "4"


def test_the_avance_pdf_is_saved_from_the_area(qtbot, jobs, installation, tmp_path: Path) -> None:
    area = show_area(qtbot, jobs, installation, STATISTICS)
    out = tmp_path / "avance.pdf"
    area.save_pdf(out)
    wait_idle(qtbot, jobs)
    assert out.read_bytes().startswith(b"%PDF")
    assert str(out) in area.message.text()


def test_caseworkers_register_findings_but_do_not_edit_the_plan(qtbot, jobs, installation, tmp_path: Path) -> None:
    area = show_area(qtbot, jobs, installation, CASEWORKER)
    assert not area.copy_button.isVisible()
    area.tree.setCurrentItem(area.tree.find_indicator("5.3"))
    assert not area.value_form.isVisible()

    register = area.mapping
    area.tabs.setCurrentWidget(register)
    register.source.setText("https://noticias.example.mx/nota")
    register.context.setCurrentIndex(register.context.findData(MappingContext.PROTEST))
    register.register()
    wait_idle(qtbot, jobs)
    assert "protesta o movilización" in register.problems.text()
    assert register.table.rowCount() == 0

    register.protest.setText("Marcha 8M")
    register.alcaldia.setCurrentIndex(register.alcaldia.findData("Tlalpan"))
    register.contacted.setChecked(True)
    register.register()
    wait_idle(qtbot, jobs)
    assert register.problems.text() == ""
    assert register.table.rowCount() == 1 and register.table.item(0, 5).text() == "Tlalpan"
    assert "1.4 Registros de hallazgos: 1" in register.counts.text()
    assert "1.5.1 En protestas: 1" in register.counts.text()

    out = tmp_path / "mapeo.xlsx"
    register.export(out)
    wait_idle(qtbot, jobs)
    values = [c.value for row in openpyxl.load_workbook(out)["Agregados"].iter_rows() for c in row if c.value]
    assert "Tlalpan" in values and not any("example" in str(v) or "Marcha" in str(v) for v in values)


def test_statistics_sees_the_counts_of_the_register_only(qtbot, jobs, installation) -> None:
    area = show_area(qtbot, jobs, installation, STATISTICS)
    area.tabs.setCurrentWidget(area.mapping)
    wait_idle(qtbot, jobs)
    assert not area.mapping.form.isVisible() and not area.mapping.table.isVisible()
    assert "1.4 Registros de hallazgos: 0" in area.mapping.counts.text()
    assert area.mapping.message.text() == ""  # nothing was refused: it never asked for the register
