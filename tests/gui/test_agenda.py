"""The "Monitoreo" area: "Llamadas de hoy" lists due and overdue calls; Enter on a row logs the
call in a few keystrokes; an incident can be recorded as an aggression in the same step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from gui_support import ADMIN, CASEWORKER, PASSPHRASE, STATISTICS, open_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import CallOutcome, Identity, MeasureStatus, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.domain.plan_inputs import CallInput, MeasureInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.services import cases, catalogue, measures, monitoring, workspace

NOW = datetime.now(UTC)
TODAY = NOW.astimezone(MEXICO_CITY).date()


@pytest.fixture(autouse=True)
def yes_to_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def monitored(ws, name: str) -> str:
    data = CaseInput(
        Profile.DEFENDER,
        Identity.WOMAN,
        Modality.ATTENTION,
        opened_on=TODAY - timedelta(days=40),
        persons=(PersonInput(PersonRole.BENEFICIARY, name, PersonIdentity.WOMAN, phone="5533334444"),),
    )
    case_id = cases.create_case(ws.db, ws.actor, data).id
    phone = next(i.id for i in catalogue.list_items(ws.db, ws.actor) if i.name == TELEPHONE_MONITORING)
    measures.add_measure(
        ws.db, ws.actor, case_id, MeasureInput(phone, TODAY - timedelta(days=30), status=MeasureStatus.IMPLEMENTED)
    )
    return case_id


@pytest.fixture
def agenda_cases(installation) -> dict[str, str]:
    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        overdue, due, later = monitored(ws, "Ana Vencida"), monitored(ws, "Berta Hoy"), monitored(ws, "Carla Después")
        for case_id, next_due in ((overdue, NOW - timedelta(days=2)), (due, NOW), (later, NOW + timedelta(days=3))):
            person = cases.get_case(ws.db, ws.actor, case_id).persons[0].id
            data = CallInput(next_due - timedelta(days=7), CallOutcome.CONTACTED, person, next_call_due=next_due)
            monitoring.log_call(ws.db, ws.actor, case_id, data)
        return {"overdue": overdue, "due": due, "later": later}
    finally:
        ws.close()


def shown(qtbot, window):
    area = window.show_area("Monitoreo")
    qtbot.waitUntil(lambda: area.table.rowCount() > 0, timeout=10_000)
    return area


def test_the_agenda_lists_due_and_overdue_calls(qtbot, jobs, installation, agenda_cases):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    area = shown(qtbot, window)
    rows = [[area.table.item(r, c).text() for c in (0, 4, 5)] for r in range(area.table.rowCount())]
    assert rows == [["Vencida", "Ana Vencida", "5533334444"], ["Hoy", "Berta Hoy", "5533334444"]]
    assert area.count.text() == "2 pendientes, 1 vencidas"


def test_enter_logs_the_call_and_the_row_goes(qtbot, jobs, installation, agenda_cases):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    area = shown(qtbot, window)
    area.table.selectRow(0)
    area.table.setFocus()
    qtbot.keyClick(area.table, Qt.Key.Key_Return)
    dialog = area.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.outcome.currentData() == CallOutcome.CONTACTED.value
    assert dialog.fields.editors["person_id"].currentText() == "Ana Vencida"
    qtbot.keyClicks(dialog.fields.editors["wellbeing"], "Tranquila")
    qtbot.keyClick(dialog.fields.editors["wellbeing"], Qt.Key.Key_Return)  # Enter saves
    qtbot.waitUntil(lambda: area.table.rowCount() == 1, timeout=10_000)
    assert area.table.item(0, 4).text() == "Berta Hoy"

    answer = []
    jobs.run(lambda ws: monitoring.list_calls(ws.db, ws.actor, agenda_cases["overdue"]), answer.append)
    wait_idle(qtbot, jobs)
    latest = answer[0][0]
    assert (latest.outcome, latest.wellbeing) == (CallOutcome.CONTACTED, "Tranquila")
    jobs.run(lambda ws: measures.list_measures(ws.db, ws.actor, agenda_cases["overdue"]), answer.append)
    wait_idle(qtbot, jobs)
    assert answer[1][0].actions_total == 2  # the first call and this one


def test_an_incident_is_recorded_as_an_aggression_in_the_same_step(qtbot, jobs, installation, agenda_cases):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    area = shown(qtbot, window)
    area.table.selectRow(1)
    dialog = area.log_selected()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData(CallOutcome.INCIDENT_REPORTED.value))
    assert dialog.as_follow_up.isVisible() and not dialog.fields.editors["aggression.kind"].isVisible()
    dialog.as_aggression.setChecked(True)
    assert dialog.fields.editors["aggression.kind"].isVisible()
    dialog.fields.editors["aggression.description"].setPlainText("Le siguieron al salir de la redacción.")
    dialog.save()
    qtbot.waitUntil(lambda: area.table.rowCount() == 1, timeout=10_000)
    answer = []
    jobs.run(lambda ws: cases.get_case(ws.db, ws.actor, agenda_cases["due"]), answer.append)
    wait_idle(qtbot, jobs)
    assert [a.description for a in answer[0].aggressions] == ["Le siguieron al salir de la redacción."]


def test_the_areas_by_role(qtbot, jobs, installation):
    caseworker = open_window(qtbot, jobs, installation, CASEWORKER)
    assert {"Planes y medidas", "Monitoreo"} <= set(caseworker.area_titles())
    assert caseworker.show_area("Planes y medidas").catalogue is None
    caseworker.close()


def test_statistics_sees_neither_area(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, STATISTICS)
    assert not {"Planes y medidas", "Monitoreo"} & set(window.area_titles())


def test_administrators_edit_the_catalogue(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, ADMIN)
    editor = window.show_area("Planes y medidas").catalogue
    qtbot.waitUntil(lambda: editor.table.rowCount() > 0, timeout=10_000)
    before = editor.table.rowCount()
    editor.category.setCurrentIndex(1)
    editor.name.setText("Botón de pánico")  # QTest types ASCII only
    qtbot.keyClick(editor.name, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: editor.table.rowCount() == before + 1, timeout=10_000)
    names = [editor.table.item(r, 1).text() for r in range(editor.table.rowCount())]
    editor.table.selectRow(names.index("Botón de pánico"))
    assert editor.delete.isEnabled()
    editor.delete_selected()
    qtbot.waitUntil(lambda: editor.table.rowCount() == before, timeout=10_000)
