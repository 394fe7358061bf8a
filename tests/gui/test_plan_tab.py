"""The "Plan y medidas" tab: the plan and its versions, measures by category, actions with a
clear message for a bad quantity, the month grid typed by keyboard, and re-evaluation."""

from __future__ import annotations

from datetime import timedelta

import pytest
from gui_support import CASEWORKER, PASSPHRASE, open_window, wait_idle
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from mpi_desktop.domain.catalogue import TELEPHONE_MONITORING
from mpi_desktop.domain.enums import (
    Identity,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
)
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.domain.plan_inputs import ActionInput, MeasureInput, PlanInput
from mpi_desktop.domain.validation import QUANTITY, mexico_city_today
from mpi_desktop.gui.case_file import CaseFileWidget
from mpi_desktop.services import cases, catalogue, measures, plans, workspace

TODAY = mexico_city_today()
OPENED = TODAY - timedelta(days=60)
PATROLS = "Rondines bitacorados (Código águila)"


@pytest.fixture(autouse=True)
def yes_to_questions(monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *args, **kwargs: QMessageBox.StandardButton.Yes)


def new_case(ws, modality: Modality) -> str:
    data = CaseInput(
        Profile.JOURNALIST,
        Identity.WOMAN,
        modality,
        procedure=Procedure.ORDINARY if modality is Modality.INCORPORATION else None,
        opened_on=OPENED,
        persons=(PersonInput(PersonRole.BENEFICIARY, "Rosa Díaz Cruz", PersonIdentity.WOMAN, phone="5511112222"),),
    )
    return cases.create_case(ws.db, ws.actor, data).id


def item(ws, name: str) -> str:
    return next(i.id for i in catalogue.list_items(ws.db, ws.actor) if i.name == name)


@pytest.fixture
def planned(installation) -> tuple[str, str]:
    """An incorporated case with a plan, patrols (40 actions) and telephone monitoring; and an attention case."""
    ws = workspace.unlock(installation, CASEWORKER, PASSPHRASE, store=None)
    try:
        case_id = new_case(ws, Modality.INCORPORATION)
        plan = PlanInput(OPENED + timedelta(days=5), 7, next_review_on=TODAY + timedelta(days=90))
        plans.create_plan(ws.db, ws.actor, case_id, plan)
        patrols = measures.add_measure(
            ws.db, ws.actor, case_id, MeasureInput(item(ws, PATROLS), OPENED + timedelta(days=6), "SSC")
        )
        measures.record_action(ws.db, ws.actor, patrols.id, ActionInput(OPENED + timedelta(days=7), 40))
        measures.add_measure(
            ws.db,
            ws.actor,
            case_id,
            MeasureInput(item(ws, TELEPHONE_MONITORING), OPENED, "MPI", status=MeasureStatus.IMPLEMENTED),
        )
        return case_id, new_case(ws, Modality.ATTENTION)
    finally:
        ws.close()


def plan_tab(qtbot, window, case_id: str) -> CaseFileWidget:
    widget = window.show_area("Casos").open_case(case_id)
    qtbot.waitUntil(lambda: widget.file is not None, timeout=10_000)
    widget.tabs.setCurrentWidget(widget.plan)
    qtbot.waitUntil(lambda: widget.plan.overview is not None and not widget.plan.loading, timeout=10_000)
    return widget


def column(table, index: int) -> list[str]:
    return [table.item(row, index).text() for row in range(table.rowCount())]


def type_in_cell(qtbot, table, row: int, column: int, text: str) -> None:
    """As a person does: the first key opens the cell's editor, the rest go to it, Tab leaves it."""
    table.setCurrentCell(row, column)
    qtbot.keyClick(table, text[0])
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, text[1:])
    qtbot.keyClick(editor, Qt.Key.Key_Tab)


def reloaded(qtbot, widget: CaseFileWidget, jobs) -> None:
    wait_idle(qtbot, jobs)
    qtbot.waitUntil(lambda: not widget.plan.loading and not widget.plan.stale, timeout=10_000)


def test_the_tab_shows_the_plan_measures_and_calls(qtbot, jobs, installation, planned):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = plan_tab(qtbot, window, planned[0])
    tab = widget.plan
    assert "versión 1" in tab.summary.text() and "n.º 7 del Consejo de Evaluación de Medidas" in tab.summary.text()
    assert widget.tabs.tabText(widget.tabs.indexOf(tab)) == "Plan y &medidas"
    assert column(tab.measures, 0) == [TELEPHONE_MONITORING, PATROLS]
    assert column(tab.measures, 6) == ["0", "40"]
    assert column(tab.measures, 8) == ["Versión 1", "Versión 1"]
    assert tab.reevaluate.isVisible() and not tab.new_plan.isVisible()
    # The monitoring measure takes calls, not typed actions.
    tab.measures.selectRow(0)
    assert not tab.action_button.isEnabled()
    tab.measures.selectRow(1)
    assert tab.action_button.isEnabled()


def test_a_measure_is_added_from_the_catalogue_by_category_and_an_action_recorded(qtbot, jobs, installation, planned):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = plan_tab(qtbot, window, planned[0])
    tab = widget.plan
    tab.measures.setFocus()
    qtbot.keyClick(tab.measures, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialogs[-1]
    dialog.category.setCurrentIndex(dialog.category.findData(MeasureCategory.SOCIAL.value))
    offered = [dialog.item.itemText(i) for i in range(dialog.item.count())]
    assert offered[:2] == ["Apoyo de canasta alimentaria y no alimentaria", "Atención psicológica"]
    dialog.item.setCurrentIndex(1)
    dialog.fields.editors["institution"].setText("Secretaría de Inclusión y Bienestar Social")
    dialog.save()
    reloaded(qtbot, widget, jobs)
    assert "Atención psicológica" in column(tab.measures, 0)

    row = column(tab.measures, 0).index("Atención psicológica")
    tab.measures.selectRow(row)
    window.activateWindow()  # the measure dialog was the active window until it closed
    tab.measures.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is tab.measures, timeout=5_000)
    qtbot.keyClick(tab.measures, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    action = tab.dialogs[-1]
    action.fields.editors["quantity"].setText("0")
    action.save()
    wait_idle(qtbot, jobs)
    assert action.isVisible()
    assert action.fields.errors["quantity"].text() == QUANTITY
    action.fields.editors["quantity"].setText("30")
    action.save()
    reloaded(qtbot, widget, jobs)
    row = column(tab.measures, 0).index("Atención psicológica")
    assert tab.measures.item(row, 6).text() == "30"
    assert widget.summary.last_activity.text() == TODAY.strftime("%d/%m/%Y")


def test_the_month_grid_saves_a_month_typed_by_keyboard_or_nothing(qtbot, jobs, installation, planned):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = plan_tab(qtbot, window, planned[0])
    grid = widget.plan.open_grid()
    qtbot.waitUntil(lambda: grid.grid is not None, timeout=10_000)
    names = [grid.table.verticalHeaderItem(r).text() for r in range(grid.table.rowCount())]
    patrols_row = next(r for r, name in enumerate(names) if name.startswith("Rondines"))
    phone_row = next(r for r, name in enumerate(names) if name.startswith("Monitoreo"))
    day = TODAY.day - 1
    assert not grid.table.item(phone_row, day).flags() & Qt.ItemFlag.ItemIsEditable
    if day + 1 < grid.grid.days:
        assert not grid.table.item(patrols_row, day + 1).flags() & Qt.ItemFlag.ItemIsEditable  # tomorrow

    grid.table.setFocus()
    type_in_cell(qtbot, grid.table, patrols_row, day, "xx")
    grid.save()
    wait_idle(qtbot, jobs)
    assert grid.message.text().startswith("No se guardó nada")
    assert grid.isVisible()

    others = sum(q for d, q in enumerate(grid.grid.rows[patrols_row].quantities) if d != day)
    type_in_cell(qtbot, grid.table, patrols_row, day, "12")
    assert grid.table.item(patrols_row, grid.grid.days).text() == str(others + 12)
    qtbot.keyClick(grid.table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: grid.message.text() == "Acciones del mes guardadas.", timeout=10_000)
    reloaded(qtbot, widget, jobs)
    row = column(widget.plan.measures, 0).index(PATROLS)
    assert widget.plan.measures.item(row, 6).text() == "52"


def test_reevaluation_keeps_the_earlier_version_readable(qtbot, jobs, installation, planned):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = plan_tab(qtbot, window, planned[0])
    tab = widget.plan
    dialog = tab.open_plan_dialog(reevaluate=True)
    dialog.fields.editors["session_number"].setText("12")
    patrols = next(r for r in range(dialog.conclude.count()) if dialog.conclude.item(r).text().startswith("Rondines"))
    dialog.conclude.item(patrols).setCheckState(Qt.CheckState.Checked)
    dialog.save()
    reloaded(qtbot, widget, jobs)
    assert "versión 2" in tab.summary.text() and "1 versión anterior" in tab.summary.text()
    versions = [tab.version.itemText(i) for i in range(tab.version.count())]
    assert versions[1].startswith("Versión 2 (vigente")
    assert versions[2].startswith("Versión 1 (sustituida") and versions[2].endswith("2 medidas")
    tab.version.setCurrentIndex(2)
    assert column(tab.measures, 5) == ["Implementada", "Concluida"]


def test_no_plan_for_attention_cases_and_nothing_to_change_in_a_closed_case(qtbot, jobs, installation, planned):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    widget = plan_tab(qtbot, window, planned[1])
    tab = widget.plan
    assert "no lleva plan de protección" in tab.summary.text()
    assert not tab.new_plan.isVisible() and not tab.reevaluate.isVisible()
    assert tab.add_button.isEnabled()

    closing = widget.open_dialog("close")
    closing.fields.editors["reason"].setPlainText("Concluyó el riesgo.")
    closing.save()
    qtbot.waitUntil(lambda: widget.file.status.value == "closed", timeout=10_000)
    reloaded(qtbot, widget, jobs)
    assert not tab.add_button.isEnabled() and not tab.call_button.isEnabled()
    assert tab.add_measure() is None
