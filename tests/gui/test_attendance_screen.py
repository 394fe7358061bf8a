"""The attendance screen as a caseworker uses it in a room: keyboard only, totals in view,
duplicates refused beside the field, counts without names, and a list imported with a preview."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import CASEWORKER, PASSPHRASE, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mpi_desktop.domain.activity_inputs import WorkshopAudience, WorkshopInput, WorkshopSessionInput
from mpi_desktop.domain.activity_validation import DUPLICATE_PARTICIPANT
from mpi_desktop.gui.attendance import NO_IDENTITY, AttendanceScreen
from mpi_desktop.services import attendance, workshops, workspace
from mpi_desktop.services.attendance import Target, Totals


def make_session(paths) -> Target:
    ws = workspace.unlock(paths, CASEWORKER, PASSPHRASE, store=None)
    try:
        data = WorkshopInput("Taller de autoprotección", WorkshopAudience.COLLECTIVE, "Colectivo de defensoras")
        view = workshops.create_workshop(ws.db, ws.actor, data)
        held = workshops.add_session(ws.db, ws.actor, view.id, WorkshopSessionInput(date(2024, 2, 8), 3))
        return Target.session(held.id)
    finally:
        ws.close()


def saved_sheet(paths, target: Target):
    ws = workspace.unlock(paths, CASEWORKER, PASSPHRASE, store=None)
    try:
        return attendance.sheet(ws.db, ws.actor, target)
    finally:
        ws.close()


@pytest.fixture
def screen(qtbot, jobs, installation):
    target = make_session(installation)
    opened = []
    jobs.open(lambda: workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None), opened.append)
    qtbot.waitUntil(lambda: bool(opened), timeout=10_000)
    widget = AttendanceScreen(jobs, target, "Taller de autoprotección — sesión del 08/02/2024")
    qtbot.addWidget(widget)
    widget.show()
    wait_idle(qtbot, jobs)
    widget.paths, widget.jobs_ = installation, jobs
    return widget


def type_person(qtbot, screen, name: str, key: str) -> None:
    """What the caseworker does: name, Tab, one key, Enter. (QTest types ASCII only: accented
    letters go in as one text insertion, as an input method would deliver them.)"""
    if name.isascii():
        qtbot.keyClicks(screen.name_edit, name)
    else:
        screen.name_edit.setFocus()
        screen.name_edit.insert(name)
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Tab)
    assert screen.focusWidget() is screen.identity_edit
    qtbot.keyClicks(screen.identity_edit, key)
    qtbot.keyClick(screen.identity_edit, Qt.Key.Key_Return)


def test_keyboard_only_entry_adds_people_and_keeps_the_totals_in_view(qtbot, jobs, screen):
    people = [("Ana Pérez", "m"), ("Juan Díaz", "H"), ("Alex Reyes", "l"), ("Rosa Cruz", "M"), ("Sam Flores", "n")]
    for name, key in people:
        type_person(qtbot, screen, name, key)
        assert screen.focusWidget() is screen.name_edit and screen.name_edit.text() == ""
    wait_idle(qtbot, jobs)
    assert screen.focusWidget() is screen.name_edit  # the answers never take the cursor away
    assert screen.totals.text() == {"woman": 2, "man": 1, "lgbttti": 1, "undisclosed": 1, "total": 5}
    assert screen.table.rowCount() == 5
    saved = saved_sheet(screen.paths, screen.target)
    assert saved.totals == Totals(women=2, men=1, lgbttti=1, undisclosed=1)


def test_a_duplicate_is_refused_beside_the_name_and_nothing_is_sent(qtbot, jobs, screen):
    type_person(qtbot, screen, "José Núñez", "h")
    wait_idle(qtbot, jobs)
    type_person(qtbot, screen, "jose nunez", "h")
    assert screen.name_error.text() == DUPLICATE_PARTICIPANT
    assert screen.name_edit.text() == "jose nunez"  # kept, to correct it
    assert jobs.pending() == 0
    assert saved_sheet(screen.paths, screen.target).totals.total == 1


def test_enter_without_an_identity_asks_for_one_key(qtbot, screen):
    qtbot.keyClicks(screen.name_edit, "Ana Perez")
    qtbot.keyClick(screen.name_edit, Qt.Key.Key_Return)
    assert screen.identity_error.text() == NO_IDENTITY
    assert screen.focusWidget() is screen.identity_edit
    qtbot.keyClicks(screen.identity_edit, "x")  # not an identity key: nothing chosen
    assert screen.identity_edit.identity is None


def test_headcount_mode_saves_counts_and_locks_the_named_mode(qtbot, jobs, screen):
    screen.count_mode.click()
    assert screen.panels.currentIndex() == 1
    screen.spins[next(iter(screen.spins))].setValue(26)
    list(screen.spins.values())[1].setValue(19)
    screen.save_counts_button.click()
    wait_idle(qtbot, jobs)
    assert screen.totals.text()["total"] == 45
    assert not screen.named_mode.isEnabled() and not screen.import_button.isEnabled()
    sheet = saved_sheet(screen.paths, screen.target)
    assert sheet.totals == Totals(women=26, men=19) and sheet.participants == ()


def test_removing_a_participant_asks_first(qtbot, jobs, screen, monkeypatch):
    type_person(qtbot, screen, "Ana Perez", "m")
    wait_idle(qtbot, jobs)
    screen.table.selectRow(0)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    screen.remove_button.click()
    wait_idle(qtbot, jobs)
    assert screen.table.rowCount() == 0 and screen.totals.text()["total"] == 0


def test_an_imported_list_shows_a_preview_and_cancel_writes_nothing(qtbot, jobs, screen, tmp_path):
    path = tmp_path / "lista.csv"
    path.write_text("Nombre;Identidad\nAna Pérez;M\nJuan Díaz;H\n;M\nRosa;X\n", encoding="utf-8")
    screen.import_file(str(path))
    wait_idle(qtbot, jobs)
    dialog = screen.preview_dialog
    assert dialog.accepted_table.rowCount() == 2 and dialog.rejected_table.rowCount() == 2
    assert dialog.rejected_table.item(0, 3).text() == "Falta el nombre."
    dialog.findChild(type(dialog.import_button), "cancelImport").click()
    wait_idle(qtbot, jobs)
    assert saved_sheet(screen.paths, screen.target).totals.total == 0
    assert "no se guardó nada" in screen.status.text()

    screen.import_file(str(path))
    wait_idle(qtbot, jobs)
    screen.preview_dialog.import_button.click()
    wait_idle(qtbot, jobs)
    assert screen.totals.text()["total"] == 2 and screen.table.rowCount() == 2
    assert saved_sheet(screen.paths, screen.target).totals == Totals(women=1, men=1)
