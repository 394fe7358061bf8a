"""Printing the plan summary from the case file: the button and Ctrl+P, the period, saving the
PDF where the person chose, "Imprimir…" opening it in the viewer, and errors shown in the dialog."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from gui_support import CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QFileDialog

from mpi_desktop.gui.case_file import CaseFileWidget
from mpi_desktop.gui.plan_print import PlanPrintDialog
from mpi_desktop.services import workspace
from mpi_desktop.services.plan_summary import PERIOD_REVERSED, default_period
from tests.reports.plan_print_samples import PATROLS, Sample, incorporated_case

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs pdftotext (poppler-utils)")


@pytest.fixture
def sample(installation) -> Sample:
    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        return incorporated_case(ws.db, ws.actor)
    finally:
        ws.close()


@pytest.fixture
def chosen(monkeypatch, tmp_path) -> list[str]:
    """The save dialog answers with a file in tmp_path and notes the name it suggested."""
    suggested: list[str] = []

    def answer(parent, caption, directory, filters):
        suggested.append(directory)
        return str(tmp_path / "salida" / "resumen"), "PDF (*.pdf)"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", answer)
    return suggested


def open_case(qtbot, window, case_id: str) -> CaseFileWidget:
    widget = window.show_area("Casos").open_case(case_id)
    qtbot.waitUntil(lambda: widget.file is not None, timeout=10_000)
    return widget


def pdf_text(path: Path) -> str:
    raw = subprocess.run(["pdftotext", "-raw", str(path), "-"], capture_output=True, text=True, check=True).stdout
    return " ".join(raw.split())


def february(dialog: PlanPrintDialog) -> None:
    dialog.start.setDate(QDate(2024, 2, 1))
    dialog.end.setDate(QDate(2024, 2, 29))


def test_ctrl_p_opens_the_dialog_with_the_last_two_months(qtbot, jobs, installation, sample):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = open_case(qtbot, window, sample.case_id)
    assert widget.print_button.isEnabled() and widget.print_button.text() == "Imprimir resumen del plan"
    window.activateWindow()
    widget.tabs.setFocus()
    qtbot.keyClick(widget.tabs, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    dialog = widget.findChild(PlanPrintDialog)
    assert dialog is not None and dialog.isVisible()
    period = default_period()
    assert (dialog.start.date(), dialog.end.date()) == (
        QDate(period.start.year, period.start.month, period.start.day),
        QDate(period.end.year, period.end.month, period.end.day),
    )
    assert sample.folio in dialog.windowTitle()


def test_save_writes_the_confidential_pdf_for_the_period_and_the_history_shows_the_print(
    qtbot, jobs, installation, sample, chosen, tmp_path
):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = open_case(qtbot, window, sample.case_id)
    qtbot.mouseClick(widget.print_button, Qt.MouseButton.LeftButton)
    dialog = widget.findChild(PlanPrintDialog)
    february(dialog)
    with qtbot.waitSignal(dialog.saved, timeout=20_000) as saved:
        qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "salida" / "resumen.pdf"  # ".pdf" added to the name typed without it
    assert saved.args == [str(out)]
    assert Path(chosen[0]).name == f"resumen-{sample.folio}.pdf"  # the name suggested comes from the folio
    text = pdf_text(out)
    assert "CONFIDENCIAL — impreso por Lucía Pérez (lucia)" in text
    assert "Periodo del 1 de febrero de 2024 al 29 de febrero de 2024" in text
    assert f"{PATROLS} Implementada" in text and "Totales 5 medidas 215 306" in text
    assert dialog.message.text() == f"Guardado en {out}."
    assert dialog.save_button.isEnabled()
    widget.tabs.setCurrentWidget(widget.history)
    table = widget.history.table
    qtbot.waitUntil(lambda: not widget.history.loading and table.rowCount() > 0, timeout=10_000)
    actions = [table.item(row, 2).text() for row in range(table.rowCount())]
    assert actions.count("Impresión") == 1


def test_print_saves_then_opens_the_pdf_in_the_viewer(qtbot, jobs, installation, sample, chosen, tmp_path):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = open_case(qtbot, window, sample.case_id)
    dialog = widget.print_plan()
    opened: list[Path] = []
    dialog.viewer = lambda path: opened.append(path) or True
    with qtbot.waitSignal(dialog.saved, timeout=20_000):
        qtbot.mouseClick(dialog.print_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "salida" / "resumen.pdf"
    assert opened == [out] and out.read_bytes().startswith(b"%PDF-")
    assert "abierto en el visor de PDF" in dialog.message.text()


def test_a_reversed_period_is_explained_and_nothing_is_written(qtbot, jobs, installation, sample, chosen, tmp_path):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = open_case(qtbot, window, sample.case_id)
    dialog = widget.print_plan()
    dialog.start.setDate(QDate(2024, 2, 10))
    dialog.end.setDate(QDate(2024, 2, 1))
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text() == PERIOD_REVERSED, timeout=10_000)
    assert not (tmp_path / "salida").exists()
    assert dialog.save_button.isEnabled()


def test_cancelling_the_file_dialog_does_nothing(qtbot, jobs, installation, sample, monkeypatch, tmp_path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args: ("", ""))
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = open_case(qtbot, window, sample.case_id)
    dialog = widget.print_plan()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    wait_idle(qtbot, jobs)
    assert dialog.message.isHidden() and jobs.pending() == 0


def test_a_statistics_user_is_refused_in_the_dialog(qtbot, jobs, installation, sample, chosen, tmp_path):
    open_window(qtbot, jobs, installation, STATISTICS)
    dialog = PlanPrintDialog(jobs, sample.case_id, sample.folio)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.mouseClick(dialog.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.text().startswith("Su rol no permite"), timeout=10_000)
    assert not (tmp_path / "salida").exists()
