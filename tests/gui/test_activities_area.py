"""The "Talleres y capacitaciones" and "Sesiones y actividades" areas as people use them."""

from __future__ import annotations

from datetime import date

import pytest
from gui_support import CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle
from PySide6.QtWidgets import QApplication

from mpi_desktop.domain.activity_inputs import WorkshopAudience, WorkshopInput, WorkshopSessionInput
from mpi_desktop.domain.enums import GoverningBody, PersonIdentity, ThematicAxis
from mpi_desktop.gui.activity_dialogs import (
    GoverningSessionDialog,
    TrainingDialog,
    WorkshopDialog,
    WorkshopSessionDialog,
)
from mpi_desktop.services import attendance, governance, trainings, workshops, workspace
from mpi_desktop.services.attendance import Target


def seed_workshop(paths) -> None:
    ws = workspace.unlock(paths, CASEWORKER, PASSPHRASE, store=None)
    try:
        data = WorkshopInput("Taller de autoprotección", WorkshopAudience.COLLECTIVE, "Colectivo de defensoras")
        view = workshops.create_workshop(ws.db, ws.actor, data)
        held = workshops.add_session(ws.db, ws.actor, view.id, WorkshopSessionInput(date(2024, 2, 8), 3))
        attendance.set_headcount(ws.db, ws.actor, Target.session(held.id), {PersonIdentity.WOMAN: 26})
    finally:
        ws.close()


def dialog_of(kind):
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible())


def cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


@pytest.fixture
def caseworker_area(qtbot, jobs, installation):
    seed_workshop(installation)
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    area = window.show_area("Talleres y capacitaciones")  # an area loads when first shown
    wait_idle(qtbot, jobs)
    return area


def test_both_areas_are_in_the_navigation(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    assert {"Talleres y capacitaciones", "Sesiones y actividades"} <= set(window.area_titles())


def test_the_workshop_list_shows_sessions_hours_and_totals(qtbot, jobs, caseworker_area):
    tab = caseworker_area.workshops
    assert cells(tab.workshops, 0) == ["Taller de autoprotección"]
    assert [tab.workshops.item(0, c).text() for c in (2, 3, 4, 8)] == ["1", "3", "26", "26"]
    assert cells(tab.sessions, 2) == ["Solo conteo por identidad"]


def test_a_new_workshop_and_session_through_their_dialogs(qtbot, jobs, caseworker_area):
    tab = caseworker_area.workshops
    tab.new_button.click()
    dialog = dialog_of(WorkshopDialog)
    assert not dialog.fields.editors["case_id"].isEnabled()  # a collective's workshop has no folio
    dialog.fields.editors["directed_to"].setText("")
    dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert dialog.fields.errors["directed_to"].text() == "El campo «Dirigido a» es obligatorio."
    dialog.fields.editors["directed_to"].setText("Red de periodistas")
    dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert "Red de periodistas" in cells(tab.workshops, 1)

    tab.workshops.selectRow(cells(tab.workshops, 1).index("Red de periodistas"))
    tab.add_session_button.click()
    session_dialog = dialog_of(WorkshopSessionDialog)
    session_dialog.fields.editors["hours"].setText("13")
    session_dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert "no mayor que 12" in session_dialog.fields.errors["hours"].text()
    session_dialog.fields.editors["hours"].setText("2,5")
    session_dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert cells(tab.sessions, 1) == ["2.5"] and cells(tab.sessions, 2) == ["Sin asistencia registrada"]


def test_attendance_opens_from_a_session_and_the_list_follows_it(qtbot, jobs, caseworker_area):
    tab = caseworker_area.workshops
    tab.workshops.selectRow(0)
    tab.sessions.selectRow(0)
    screen = tab.open_attendance()
    wait_idle(qtbot, jobs)
    assert screen.totals.text()["woman"] == 26 and screen.count_mode.isChecked()
    list(screen.spins.values())[1].setValue(19)
    screen.save_counts_button.click()
    wait_idle(qtbot, jobs)
    assert tab.workshops.item(0, 8).text() == "45"


def test_a_training_with_several_dates_through_its_dialog(qtbot, jobs, caseworker_area):
    tab = caseworker_area.trainings
    tab.new_button.click()
    dialog = dialog_of(TrainingDialog)
    editors = dialog.fields.editors
    editors["title"].setText("Seminario virtual «Seguridad digital»")
    editors["dates"].setText("27/02/2024, 13/02/2024; 20/02/2024")
    editors["axis"].setCurrentIndex(editors["axis"].findData(ThematicAxis.AXIS_3_3.value))
    editors["partner"].setText("Social TIC")
    dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert cells(tab.table, 1) == ["13/02/2024, 20/02/2024, 27/02/2024"]
    assert cells(tab.table, 3) == ["3.3"] and cells(tab.table, 4) == ["Social TIC"]

    tab.table.selectRow(0)
    tab.edit_button.click()
    again = dialog_of(TrainingDialog)
    again.fields.editors["dates"].setText("31/02/2024")
    again.save_button.click()
    wait_idle(qtbot, jobs)
    assert again.fields.errors["dates"].text() == "La fecha no es una fecha válida."


def test_statistics_users_see_totals_and_no_way_to_names(qtbot, jobs, installation):
    seed_workshop(installation)
    window = open_window(qtbot, jobs, installation, STATISTICS)
    area = window.show_area("Talleres y capacitaciones")
    wait_idle(qtbot, jobs)
    tab = area.workshops
    assert tab.workshops.item(0, 8).text() == "26"
    assert not tab.new_button.isVisible() and not tab.attendance_button.isVisible()
    tab.sessions.selectRow(0)
    assert tab.open_attendance() is None
    sessions = window.show_area("Sesiones y actividades").sessions
    assert not sessions.new_button.isVisible()


def test_governing_sessions_show_their_name_topics_and_approved_plans(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    wait_idle(qtbot, jobs)
    tab = window.show_area("Sesiones y actividades").sessions
    tab.filter.setCurrentIndex(tab.filter.findData(GoverningBody.JUNTA_DE_GOBIERNO.value))
    wait_idle(qtbot, jobs)
    tab.new_button.click()
    dialog = dialog_of(GoverningSessionDialog)
    assert dialog.fields.editors["body"].currentData() == GoverningBody.JUNTA_DE_GOBIERNO.value
    dialog.fields.editors["kind"].setCurrentIndex(1)
    dialog.fields.editors["topics"].setPlainText("Toma de protesta de la Persona Consejera.")
    dialog.save_button.click()
    wait_idle(qtbot, jobs)
    assert cells(tab.table, 1) == ["Primera Sesión Extraordinaria"]
    assert "Toma de protesta" in tab.detail.toPlainText()

    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        assert [s.title for s in governance.list_sessions(ws.db, ws.actor)] == ["Primera Sesión Extraordinaria"]
        assert trainings.list_trainings(ws.db, ws.actor) == []
    finally:
        ws.close()
