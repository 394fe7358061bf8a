"""The import wizard, as an administrator uses it: file, columns, dry run, import, result."""

from __future__ import annotations

import csv
import threading

from gui_support import ADMIN, open_window, wait_idle
from PySide6.QtWidgets import QComboBox, QPushButton, QWizard
from sqlalchemy import func, select

from mpi_desktop.storage.models import Case, Person

HEADER = ["Folio", "Perfil", "Identidad", "Modalidad", "Alta", "Nombre"]
ROWS = [
    ["12/2019", "Periodista", "Mujer", "Atención", "05/03/2019", "Nombre Ficticio Uno"],
    ["13/2019", "Defensora", "Hombre", "Atención", "20/01/2020", "Nombre Ficticio Dos"],
    ["14/2019", "Astronauta", "Hombre", "Atención", "20/01/2020", "Nombre Ficticio Tres"],
]


def write(path):
    with path.open("w", newline="", encoding="utf-8") as handle:
        csv.writer(handle).writerows([HEADER, *ROWS])
    return str(path)


def counts(qtbot, jobs):
    answer = []

    def count(ws):
        with ws.db.session() as session:
            return (
                session.scalar(select(func.count()).select_from(Case)),
                session.scalar(select(func.count()).select_from(Person)),
            )

    jobs.run(count, answer.append)
    qtbot.waitUntil(lambda: bool(answer), timeout=10_000)
    return answer[0]


def test_the_wizard_maps_plans_and_imports_only_the_accepted_rows(qtbot, jobs, installation, tmp_path):
    window = open_window(qtbot, jobs, installation, ADMIN)
    admin = window.show_area("Administración")
    button = next(b for b in admin.findChildren(QPushButton) if b.text() == "Importar registros anteriores…")
    assert button.isVisible()
    wizard = admin.import_legacy()
    next_button = wizard.button(QWizard.WizardButton.NextButton)

    wizard.file_page.read(write(tmp_path / "casos.csv"))
    wait_idle(qtbot, jobs)
    assert "«casos» (Casos)" in wizard.file_page.status.text()
    wizard.next()

    page = wizard.mapping_page
    assert "Falta la columna obligatoria «Fecha de apertura»" in page.problems.text()
    assert not next_button.isEnabled()
    combo: QComboBox = page.table.cellWidget(HEADER.index("Alta"), 2)
    combo.setCurrentIndex(combo.findData("opened_on"))
    assert page.problems.text() == "" and next_button.isEnabled()
    wizard.next()

    dry = wizard.dry_run_page
    wait_idle(qtbot, jobs)
    assert "Se crearían — Casos: 2, Personas: 2. Filas rechazadas: 1." in dry.summary.text()
    assert dry.table.rowCount() == 1
    assert [dry.table.item(0, c).text() for c in range(3)] == ["casos", "4", "Perfil"]
    assert dry.table.item(0, 3).text().startswith("No es una opción reconocida")
    assert counts(qtbot, jobs) == (0, 0), "the dry run wrote something"
    commit = wizard.button(QWizard.WizardButton.CommitButton)
    assert commit.text() == "&Importar"
    assert dry.accepted_only.isVisible() and not commit.isEnabled()
    dry.accepted_only.setChecked(True)
    assert commit.isEnabled()
    wizard.next()

    wait_idle(qtbot, jobs)
    result = wizard.import_page.result.text()
    assert "Se crearon — Casos: 2, Personas: 2" in result and "12/2019 → MPI-2019-0001" in result
    assert wizard.button(QWizard.WizardButton.FinishButton).isEnabled()
    assert counts(qtbot, jobs) == (2, 2)


def test_a_cancelled_import_leaves_nothing(qtbot, jobs, installation, tmp_path):
    window = open_window(qtbot, jobs, installation, ADMIN)
    wizard = window.show_area("Administración").import_legacy()
    wizard.file_page.read(write(tmp_path / "casos.csv"))
    wait_idle(qtbot, jobs)
    wizard.next()
    page = wizard.mapping_page
    page.table.cellWidget(HEADER.index("Alta"), 2).setCurrentIndex(
        page.table.cellWidget(HEADER.index("Alta"), 2).findData("opened_on")
    )
    wizard.next()
    wait_idle(qtbot, jobs)
    wizard.dry_run_page.accepted_only.setChecked(True)
    gate = threading.Event()
    jobs.run(lambda ws: gate.wait(10))  # holds the worker, so the import is still queued at the click
    wizard.next()
    assert not wizard.button(QWizard.WizardButton.BackButton).isEnabled()
    assert not wizard.button(QWizard.WizardButton.CancelButton).isEnabled()
    wizard.import_page.cancel.click()
    gate.set()
    wait_idle(qtbot, jobs)
    assert "Operación cancelada. No se importó nada." in wizard.import_page.result.text()
    assert counts(qtbot, jobs) == (0, 0)
