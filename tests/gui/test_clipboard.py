"""Copied personal data: marked secret for clipboard managers, cleared after 30 s (if still ours) and on lock."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import CASEWORKER, PASSPHRASE, open_window, wait_idle
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMenu, QMessageBox

from mpi_desktop.domain.enums import Identity, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.inputs import CaseInput, FollowUpInput, PersonInput
from mpi_desktop.gui.clipboard import (
    CLEAR_AFTER_MS,
    KDE_HINT,
    WINDOWS_FORMAT,
    CopyGuard,
    secret_mime_data,
    secure_clipboard,
)
from mpi_desktop.services import cases, workspace

NAME = "Ana Pérez López"
PHONE = "5512345678"


@pytest.fixture(autouse=True)
def empty_clipboard(qapp):
    """Each test starts and ends with nothing on the clipboard and no countdown running."""
    QGuiApplication.clipboard().clear()
    yield
    secure_clipboard().timer.stop()
    QGuiApplication.clipboard().clear()


@pytest.fixture(autouse=True)
def no_blocking_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)


@pytest.fixture
def case_id(installation) -> str:
    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        data = CaseInput(
            Profile.DEFENDER,
            Identity.WOMAN,
            Modality.ATTENTION,
            opened_on=date(2024, 1, 15),
            persons=(PersonInput(PersonRole.BENEFICIARY, NAME, PersonIdentity.WOMAN, phone=PHONE),),
        )
        file = cases.create_case(ws.db, ws.actor, data)
        cases.add_follow_up(ws.db, ws.actor, file.id, FollowUpInput(date(2024, 1, 20), "Llamada de seguimiento"))
        return file.id
    finally:
        ws.close()


@pytest.fixture
def window(qtbot, jobs, installation, case_id):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    wait_idle(qtbot, jobs)
    return window


def clipboard_text() -> str:
    return QGuiApplication.clipboard().text()


def is_marked_secret() -> bool:
    data = QGuiApplication.clipboard().mimeData()
    return data is not None and bytes(data.data(KDE_HINT)) == b"secret"


def press_copy(qtbot, widget) -> None:
    widget.setFocus()
    qtbot.keyClick(widget, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)


def run_out_the_clock() -> None:
    """What the 30-second countdown does when it ends (no test waits 30 seconds)."""
    timer = secure_clipboard().timer
    assert timer.isActive() and timer.interval() == CLEAR_AFTER_MS == 30_000
    timer.stop()
    timer.timeout.emit()


def menu_copy(guarded_widget, at: QPoint | None = None) -> QMenu:
    menu = guarded_widget.findChild(CopyGuard).menu(at)
    (copy,) = [a for a in menu.actions() if a.objectName() == "secure-edit-copy"]
    assert copy.text().startswith("&Copiar")
    copy.trigger()
    return menu


# --- The case list -------------------------------------------------------------------------


def test_ctrl_c_on_a_case_list_cell_copies_it_marked_secret_and_clears_it_after_30_seconds(qtbot, window):
    table = window.show_area("Casos").list.table
    window.activateWindow()
    table.setCurrentIndex(table.model().index(0, 1))  # the name column
    press_copy(qtbot, table)
    assert clipboard_text() == NAME
    assert is_marked_secret()  # Qt's own copy of the view would have put it there unmarked
    run_out_the_clock()
    assert clipboard_text() == ""


def test_the_context_menu_copies_the_cell_under_the_pointer(qtbot, window):
    table = window.show_area("Casos").list.table
    folio_cell = table.visualRect(table.model().index(0, 0)).center()
    menu_copy(table, folio_cell)
    assert clipboard_text().startswith("MPI-") and is_marked_secret()


def test_what_the_person_copied_later_elsewhere_is_left_alone(qtbot, window):
    table = window.show_area("Casos").list.table
    table.setCurrentIndex(table.model().index(0, 1))
    window.activateWindow()
    press_copy(qtbot, table)
    QGuiApplication.clipboard().setText("texto de otro programa")
    run_out_the_clock()
    assert clipboard_text() == "texto de otro programa"


def test_locking_clears_what_was_copied(qtbot, jobs, window):
    table = window.show_area("Casos").list.table
    table.setCurrentIndex(table.model().index(0, 1))
    window.activateWindow()
    press_copy(qtbot, table)
    assert clipboard_text() == NAME
    window.lock()
    assert clipboard_text() == ""
    assert not secure_clipboard().timer.isActive()
    wait_idle(qtbot, jobs)


# --- The case file -------------------------------------------------------------------------


@pytest.fixture
def case_file(qtbot, window, case_id):
    widget = window.show_area("Casos").open_case(case_id)
    qtbot.waitUntil(lambda: widget.file is not None, timeout=10_000)
    return widget


def test_a_field_of_the_case_file_copies_securely(qtbot, window, case_file):
    folio = case_file.summary.folio
    menu_copy(folio)
    assert clipboard_text() == case_file.file.folio and is_marked_secret()
    QGuiApplication.clipboard().clear()
    table = case_file.persons.table
    case_file.tabs.setCurrentWidget(case_file.persons)
    table.setCurrentCell(0, 3)  # the phone
    window.activateWindow()
    press_copy(qtbot, table)
    assert clipboard_text() == PHONE and is_marked_secret()
    assert secure_clipboard().timer.isActive()


def test_the_history_and_record_tables_copy_securely(qtbot, window, case_file):
    case_file.tabs.setCurrentWidget(case_file.follow_ups)
    menu_copy(case_file.follow_ups.table, case_file.follow_ups.table.visualRect(
        case_file.follow_ups.table.model().index(0, 1)).center())  # fmt: skip
    assert clipboard_text() == "Llamada de seguimiento" and is_marked_secret()


def test_an_editor_copies_and_cuts_securely_with_a_spanish_menu(qtbot, window, case_file):
    case_file.tabs.setCurrentWidget(case_file.persons)
    case_file.persons.table.selectRow(0)
    case_file.open_dialog("person", case_file.file.persons[0])
    dialog = case_file.dialogs[-1]
    phone = dialog.fields.editors["phone"]
    dialog.activateWindow()
    qtbot.waitUntil(lambda: dialog.isActiveWindow())
    phone.selectAll()
    press_copy(qtbot, phone)
    assert clipboard_text() == PHONE and is_marked_secret()
    QGuiApplication.clipboard().clear()

    phone.selectAll()
    qtbot.keyClick(phone, Qt.Key.Key_X, Qt.KeyboardModifier.ControlModifier)
    assert clipboard_text() == PHONE and is_marked_secret() and phone.text() == ""
    phone.setText(PHONE)

    name = dialog.fields.editors["full_name"]
    name.selectAll()
    menu = name.findChild(CopyGuard).menu()
    texts = [a.text() for a in menu.actions() if a.text()]
    assert texts == [
        "&Deshacer\tCtrl+Z",
        "&Rehacer\tCtrl+Y",
        "Cor&tar\tCtrl+X",
        "&Copiar\tCtrl+C",
        "&Pegar\tCtrl+V",
        "&Eliminar",
        "&Seleccionar todo\tCtrl+A",
    ]
    next(a for a in menu.actions() if a.objectName() == "secure-edit-copy").trigger()
    assert clipboard_text() == NAME and is_marked_secret()
    dialog.reject()


# --- The marks -----------------------------------------------------------------------------


def test_windows_gets_its_own_exclusion_formats():
    data = secret_mime_data("MPI-2024-0001", platform="win32")
    assert data.text() == "MPI-2024-0001"
    assert bytes(data.data(KDE_HINT)) == b"secret"
    assert bytes(data.data(WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"))) == b"\x00\x00\x00\x00"
    assert bytes(data.data(WINDOWS_FORMAT.format("CanUploadToCloudClipboard"))) == b"\x00\x00\x00\x00"
    assert data.hasFormat(WINDOWS_FORMAT.format("ExcludeClipboardContentFromMonitorProcessing"))
    assert not secret_mime_data("x", platform="linux").hasFormat(WINDOWS_FORMAT.format("CanIncludeInClipboardHistory"))
