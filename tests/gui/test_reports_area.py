"""The Informes area as the statistics user works it: pick the bimester, see the Cuadros, choose
sections, save and print the PDF, export the XLSX — aggregates only, never a name."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from gui_support import ADMIN, CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle
from openpyxl import load_workbook
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QCheckBox

from mpi_desktop.domain.periods import Period
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.reports_area import NO_SECTION, ReportsArea, default_file_name
from mpi_desktop.reports.statistics import Section
from mpi_desktop.services import workspace
from tests.reports.seed_fixture import build_seed


@pytest.fixture
def names(installation) -> list[str]:
    """The seed informe's data in the installation; the names of the fictitious people in it."""
    ws = workspace.unlock(installation, ADMIN, PASSPHRASE, store=None)
    try:
        return build_seed(ws.db).person_names
    finally:
        ws.close()


def informes(qtbot, jobs, installation, username: str = STATISTICS) -> ReportsArea:
    window = open_window(qtbot, jobs, installation, username)
    area = window.show_area("Informes")
    assert isinstance(area, ReportsArea)
    wait_idle(qtbot, jobs)
    area.window_ = window  # qtbot holds the window weakly: the area keeps it alive for the test
    return area


def choose_seed_bimester(qtbot, jobs, area: ReportsArea) -> None:
    area.picker.choose("bimester", 2024, 1)
    qtbot.waitUntil(lambda: area.preview.tables and area.preview.tables[0].cutoff.year == 2024, timeout=10_000)
    wait_idle(qtbot, jobs)


def row_texts(area: ReportsArea, row: int) -> list[str]:
    return [area.preview.cell(row, column) for column in range(area.preview.model.columnCount())]


def test_every_role_sees_informes_and_it_opens_on_the_current_bimester(qtbot, jobs, installation):
    area = informes(qtbot, jobs, installation, CASEWORKER)
    current = Period.current_bimester(mexico_city_today())
    assert area.picker.summary.text() == f"{current.label} · corte al {current.cutoff_label}"
    assert area.preview.list.count() == 8  # all four sections: Cuadros 1 to 8
    admin_area = informes(qtbot, jobs, installation, ADMIN)
    assert admin_area.picker.period() == current


def test_the_preview_shows_the_seeds_cuadros(qtbot, jobs, installation, names):
    area = informes(qtbot, jobs, installation)
    choose_seed_bimester(qtbot, jobs, area)
    assert area.picker.summary.text() == "enero–febrero de 2024 · corte al 29 de febrero de 2024"
    titles = [area.preview.list.item(i).text() for i in range(area.preview.list.count())]
    assert titles[2] == "Cuadro 3. Casos atendidos por el MPI CDMX, enero–febrero de 2024."
    area.preview.list.setCurrentRow(2)
    assert area.preview.title.text() == "CUADRO 3. CASOS ATENDIDOS POR EL MPI CDMX, ENERO–FEBRERO DE 2024."
    model = area.preview.model
    assert model.headerData(1, Qt.Orientation.Horizontal) == "Mujeres"
    assert model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) == (
        "Número de casos vinculados a personas defensoras de derechos humanos · Mujeres"
    )
    assert row_texts(area, 0)[1:] == ["-"] * 11
    assert row_texts(area, 1) == [
        "Seguimiento a casos incorporados",
        "1",
        "-",
        "-",
        "2",
        "3",
        "-",
        "1",
        "-",
        "-",
        "1",
        "4",
    ]
    assert row_texts(area, 6) == ["Totales", "17", "3", "2", "10", "32", "4", "14", "-", "3", "21", "53"]
    assert "*Corte con fecha al 29 de febrero de 2024." in area.preview.notes.text()
    area.preview.list.setCurrentRow(5)
    totals = row_texts(area, area.preview.model.rowCount() - 1)
    assert totals == ["Totales", "", "127", "3,217"]
    shown = " ".join(
        area.preview.cell(r, c)
        for r in range(area.preview.model.rowCount())
        for c in range(area.preview.model.columnCount())
    )
    assert not any(name in shown for name in names)


def test_sections_choose_the_cuadros_and_none_is_refused(qtbot, jobs, installation, names, tmp_path):
    area = informes(qtbot, jobs, installation)
    choose_seed_bimester(qtbot, jobs, area)
    area.sections[Section.GOVERNING].setChecked(False)
    area.findChild(QCheckBox, "section4").setChecked(False)  # 4. Vinculación interinstitucional
    qtbot.waitUntil(lambda: area.preview.list.count() == 6, timeout=10_000)
    assert area.preview.list.item(0).text().startswith("Cuadro 3.")
    for box in area.sections.values():
        box.setChecked(False)
    qtbot.waitUntil(lambda: area.message.text() == NO_SECTION, timeout=10_000)
    assert area.preview.list.count() == 0
    asked: list[str] = []
    area.ask_path = lambda *args: asked.append(args[0]) or tmp_path / "x.pdf"
    area.pdf_button.click()
    assert not asked and not (tmp_path / "x.pdf").exists()


@pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")
def test_save_and_print_the_pdf(qtbot, jobs, installation, names, tmp_path):
    area = informes(qtbot, jobs, installation)
    choose_seed_bimester(qtbot, jobs, area)
    assert default_file_name(area.picker.period(), ".pdf") == "informe-2024-01-01_2024-02-29.pdf"
    area.ask_path = lambda caption, suggested, _filter: tmp_path / "informe-bimestral"  # the suffix is added
    opened: list[Path] = []
    area.viewer = lambda path: opened.append(path) or True
    area.print_button.click()
    qtbot.waitUntil(lambda: "abierto en el visor" in area.message.text(), timeout=20_000)
    out = tmp_path / "informe-bimestral.pdf"
    assert opened == [out]
    assert area.progress.isHidden() and area.pdf_button.isEnabled()
    text = re.sub(
        r"\s+", " ", subprocess.run(["pdftotext", "-raw", str(out), "-"], capture_output=True, text=True).stdout
    )
    assert "Totales 17 3 2 10 32 4 14 - 3 21 53" in text
    assert not any(name in text for name in names)


def test_export_the_cuadros_to_xlsx(qtbot, jobs, installation, names, tmp_path):
    area = informes(qtbot, jobs, installation)
    choose_seed_bimester(qtbot, jobs, area)
    area.ask_path = lambda *_args: tmp_path / "cuadros.xlsx"
    area.xlsx_button.click()
    qtbot.waitUntil(lambda: "Cuadros exportados" in area.message.text(), timeout=20_000)
    assert area.message.text() == f"8 Cuadros exportados a {tmp_path / 'cuadros.xlsx'}."
    book = load_workbook(tmp_path / "cuadros.xlsx")
    assert book.sheetnames[1:] == [f"Cuadro {n}" for n in range(1, 9)]
    cells = " ".join(str(v) for sheet in book for row in sheet.iter_rows(values_only=True) for v in row if v)
    assert not any(name in cells for name in names)


def test_quarters_years_and_a_reversed_range(qtbot, jobs, installation):
    area = informes(qtbot, jobs, installation)
    area.picker.choose("quarter", 2024, 2)
    assert area.picker.number.currentText() == "2. abril–junio"
    assert area.picker.period() == Period.quarter(2024, 2)
    area.picker.choose("year", 2023)
    assert area.picker.period() == Period.year(2023)
    area.picker.choose("range")
    assert area.picker.start.isVisible() and not area.picker.number.isVisible()
    area.picker.start.setDate(QDate(2024, 3, 10))
    area.picker.end.setDate(QDate(2024, 3, 1))
    assert area.picker.summary.text() == "La fecha inicial del periodo debe ser anterior o igual a la final."
    qtbot.waitUntil(lambda: "anterior o igual" in area.message.text(), timeout=10_000)
    area.picker.end.setDate(QDate(2024, 4, 15))
    assert area.picker.summary.text() == "10 de marzo – 15 de abril de 2024 · corte al 15 de abril de 2024"
