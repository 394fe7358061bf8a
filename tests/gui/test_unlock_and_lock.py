"""First run, unlocking, and locking: the doors of the program."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import ADMIN, CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QAbstractItemView, QApplication, QDialog, QLabel, QLineEdit, QPlainTextEdit

from mpi_desktop.domain.enums import Identity, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.gui.first_run import FirstRunWizard
from mpi_desktop.gui.main_window import MainWindow
from mpi_desktop.gui.recovery import RecoveryCodeDialog
from mpi_desktop.gui.unlock import UnlockDialog
from mpi_desktop.services import cases, workspace

SECRET_NAME = "Xóchitl Nájera Quintana"

# The navigation of the GUI issue, in its order; an administrator sees all of it.
ALL_AREAS = [
    "Inicio",
    "Casos",
    "Planes y medidas",
    "Monitoreo",
    "Talleres y capacitaciones",
    "Sesiones y actividades",
    "Plan Anual",
    "Informes",
    "Respaldos",
    "Administración",
]
AGGREGATE_AREAS = ["Inicio", "Talleres y capacitaciones", "Sesiones y actividades", "Plan Anual", "Informes"]


def test_first_run_wizard_creates_the_database_and_opens_the_main_window(qtbot, jobs, isolated_home, monkeypatch):
    shown_codes: list[str] = []

    def fake_exec(dialog: RecoveryCodeDialog) -> int:
        shown_codes.append(dialog.code)
        assert not dialog.buttons.buttons()[0].isEnabled()  # cannot continue before confirming
        dialog.saved.setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(RecoveryCodeDialog, "exec", fake_exec)
    wizard = FirstRunWizard(jobs, isolated_home)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.admin
    page.user.setText("directora")
    page.name.setText("Directora General")
    page.passphrase.setText("una frase larga y segura")
    page.repeat.setText("otra frase distinta")
    wizard.accept()
    assert "no coinciden" in page.error.text()
    page.repeat.setText("una frase larga y segura")
    wizard.accept()
    qtbot.waitUntil(lambda: wizard.workspace is not None, timeout=15_000)
    assert isolated_home.database.exists()
    assert len(shown_codes) == 1 and len(shown_codes[0]) == 35
    window = MainWindow(jobs, isolated_home, wizard.workspace)
    qtbot.addWidget(window)
    assert window.area_titles() == ALL_AREAS
    assert "directora · Administración" in window.user_label.text()


def test_caseworker_sees_everything_but_administration(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    assert window.area_titles() == [title for title in ALL_AREAS if title != "Administración"]


def test_unlock_window_says_what_is_wrong_and_clears_the_passphrase(qtbot, jobs, installation):
    dialog = UnlockDialog(jobs, installation, username=CASEWORKER)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.ui.passphraseEdit.setText("no es la frase correcta")
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.ui.errorLabel.isVisible(), timeout=10_000)
    assert dialog.ui.errorLabel.text() == "La frase de acceso no es correcta."
    assert dialog.ui.passphraseEdit.text() == ""
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    qtbot.mouseClick(dialog.ui.unlockButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.result() == QDialog.DialogCode.Accepted, timeout=10_000)
    assert dialog.workspace.actor.username == CASEWORKER


def test_after_repeated_failures_the_button_waits(qtbot, jobs, installation):
    dialog = UnlockDialog(jobs, installation, username=CASEWORKER)
    qtbot.addWidget(dialog)
    for _ in range(3):
        dialog.ui.passphraseEdit.setText("equivocada otra vez")
        dialog.try_unlock()
        wait_idle(qtbot, jobs)
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.try_unlock()
    wait_idle(qtbot, jobs)
    assert "Espere" in dialog.ui.errorLabel.text()
    assert not dialog.ui.unlockButton.isEnabled()


def test_caps_lock_warning(qtbot, jobs, installation):
    dialog = UnlockDialog(jobs, installation)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.ui.capsLockLabel.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "A")  # an upper-case letter without Shift
    assert dialog.ui.capsLockLabel.isVisible()
    qtbot.keyClicks(dialog.ui.passphraseEdit, "a")
    assert not dialog.ui.capsLockLabel.isVisible()


def test_statistics_role_sees_no_case_area(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, STATISTICS)
    # Aggregates only: no area that shows a name (cases, plans, calls) and no backups.
    assert window.area_titles() == AGGREGATE_AREAS
    wait_idle(qtbot, jobs)
    summary = window.areas[0][1].text.toPlainText()
    assert "Incorporación" in summary and "estadistica (Estadística)" in summary


def test_areas_load_when_first_shown_and_the_case_list_at_once(qtbot, jobs, installation):
    """One worker serves every area: nothing but the case list and Inicio may queue work at unlock,
    or a search would wait behind the agenda and the workshop lists of a large database."""
    window = open_window(qtbot, jobs, installation, ADMIN)
    wait_idle(qtbot, jobs)
    admin_table = window.areas[ALL_AREAS.index("Administración")][1].table
    assert admin_table.rowCount() == 0  # not loaded: never shown
    window.show_area("Administración")
    wait_idle(qtbot, jobs)
    assert admin_table.rowCount() == 3


def test_administrator_sees_administration(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, ADMIN)
    assert window.area_titles() == ALL_AREAS
    table = window.show_area("Administración").table  # an area loads when first shown
    wait_idle(qtbot, jobs)
    assert sorted(table.item(row, 0).text() for row in range(table.rowCount())) == [ADMIN, STATISTICS, CASEWORKER]


@pytest.fixture
def filed_case(installation):
    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        data = CaseInput(
            Profile.JOURNALIST,
            Identity.WOMAN,
            Modality.ATTENTION,
            opened_on=date(2024, 2, 1),
            persons=(PersonInput(PersonRole.BENEFICIARY, SECRET_NAME, PersonIdentity.WOMAN),),
        )
        return cases.create_case(ws.db, ws.actor, data)
    finally:
        ws.close()


def visible_texts() -> str:
    """Everything a passer-by could read in the program's visible windows."""
    texts = []
    for window in QApplication.topLevelWidgets():
        if not window.isVisible():
            continue
        texts.append(window.windowTitle())
        texts += [label.text() for label in window.findChildren(QLabel) if label.isVisible()]
        texts += [edit.text() for edit in window.findChildren(QLineEdit) if edit.isVisible()]
        texts += [edit.toPlainText() for edit in window.findChildren(QPlainTextEdit) if edit.isVisible()]
        for view in window.findChildren(QAbstractItemView):
            model = view.model()
            if model is None or not view.isVisible():
                continue
            for row in range(model.rowCount(QModelIndex())):
                column = 0
                while (index := model.index(row, column)).isValid():  # list models hide columnCount
                    texts.append(str(index.data()))
                    column += 1
    return "\n".join(texts)


def test_locking_hides_all_personal_data_and_asks_to_unlock(qtbot, jobs, installation, filed_case):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    window.show_area("Casos")
    wait_idle(qtbot, jobs)
    assert SECRET_NAME in visible_texts()
    qtbot.keyClick(window, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(getattr(window, "unlock_dialog", None), UnlockDialog), timeout=10_000)
    assert not window.isVisible()
    assert SECRET_NAME not in visible_texts()
    assert window.jobs._worker.workspace is None  # the key and the database are gone
    # The same person comes back: everything is there again.
    dialog = window.unlock_dialog
    dialog.ui.passphraseEdit.setText(PASSPHRASE)
    dialog.try_unlock()
    qtbot.waitUntil(lambda: window.isVisible(), timeout=10_000)
    window.show_area("Casos")
    wait_idle(qtbot, jobs)
    assert SECRET_NAME in visible_texts()


def test_idle_time_locks(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    wait_idle(qtbot, jobs)  # the saved setting has been read and applied
    window.idle.set_minutes(0.002)  # ~0.1 s
    window.idle.start()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)
    assert not window.isVisible()


def test_waking_from_sleep_locks(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    window.idle._wall -= 3600  # as if the wall clock had jumped an hour while the laptop slept
    window.idle._check_clock()
    qtbot.waitUntil(lambda: window.is_locked, timeout=5_000)


class FakeForm:
    """Stands for any unsaved form: what it holds must survive the lock."""

    def __init__(self) -> None:
        self.restored: dict | None = None


def test_unsaved_input_becomes_a_draft_and_comes_back_after_unlock(qtbot, jobs, installation, monkeypatch):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    typed = {"summary": "Amenazas por mensajes; pide medidas", "opened_on": "2024-02-10"}
    monkeypatch.setattr(window, "collect_drafts", lambda: [("intake", "Nuevo caso (sin guardar)", typed)])
    restored: list[dict] = []
    window.lock()
    qtbot.waitUntil(lambda: isinstance(getattr(window, "unlock_dialog", None), UnlockDialog), timeout=10_000)
    monkeypatch.setattr(
        "mpi_desktop.gui.main_window.QMessageBox.question",
        lambda *args, **kwargs: __import__("PySide6.QtWidgets", fromlist=["x"]).QMessageBox.StandardButton.Yes,
    )
    original_after = window._after_unlock

    def after(ws):
        original_after(ws)
        window.draft_handlers["intake"] = restored.append

    monkeypatch.setattr(window, "_after_unlock", after)
    window.unlock_dialog.accepted.disconnect()
    window.unlock_dialog.accepted.connect(lambda: after(window.unlock_dialog.workspace))
    window.unlock_dialog.ui.passphraseEdit.setText(PASSPHRASE)
    window.unlock_dialog.try_unlock()
    qtbot.waitUntil(lambda: bool(restored), timeout=10_000)
    assert restored == [typed]
    # Offered once: the draft is gone afterwards.
    wait_idle(qtbot, jobs)
    restored.clear()
    window.offer_drafts()
    wait_idle(qtbot, jobs)
    assert restored == []


def test_the_idle_time_chosen_by_administration_is_used(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, ADMIN)
    wait_idle(qtbot, jobs)
    assert window.idle._timer.interval() == 5 * 60_000
    admin = window.show_area("Administración")
    admin.idle_minutes.setValue(12)
    admin.save_idle_minutes()
    wait_idle(qtbot, jobs)
    assert "12 minutos" in admin.message.text()
    assert window.idle._timer.interval() == 12 * 60_000
    # A new session reads it back from the database.
    again = open_window(qtbot, jobs, installation, CASEWORKER)
    wait_idle(qtbot, jobs)
    assert again.idle._timer.interval() == 12 * 60_000
