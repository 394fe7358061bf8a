"""Measures of every category with or without a plan, their actions, status changes, and the
month grid that writes a whole month in one transaction — or nothing."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import TODAY, audit_trail
from plan_samples import item_id, monitoring, open_case, plan_input, snapshot

from mpi_desktop.domain.catalogue import MEASURE_CATALOGUE, TELEPHONE_MONITORING
from mpi_desktop.domain.enums import MeasureCategory, MeasureStatus, Modality
from mpi_desktop.domain.errors import ConflictError, ValidationError
from mpi_desktop.domain.plan_inputs import ActionInput, MeasureInput
from mpi_desktop.domain.plan_validation import ENDS_BEFORE_START, GRID_QUANTITY
from mpi_desktop.domain.validation import QUANTITY
from mpi_desktop.services import cases, catalogue, history, measures, month_grid, plans

PATROLS = "Rondines bitacorados (Código águila)"
PSYCHOLOGY = "Atención psicológica"


def add(db, actor, case_id, name=PATROLS, starts_on=date(2024, 1, 20), **overrides):
    data = MeasureInput(item_id(db, actor, name), starts_on, institution="SSC", **overrides)
    return measures.add_measure(db, actor, case_id, data)


@pytest.mark.parametrize("modality", list(Modality))
def test_every_catalogue_item_takes_measures_and_actions_in_every_modality(db, caseworker, modality):
    case_id = open_case(db, caseworker, modality)
    items = [i for i in catalogue.list_items(db, caseworker) if i.name != TELEPHONE_MONITORING]
    assert {i.category for i in items} == set(MeasureCategory)
    for number, item in enumerate(items, start=1):
        measure = measures.add_measure(db, caseworker, case_id, MeasureInput(item.id, date(2024, 1, 20)))
        measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 2, 1), number), today=TODAY)
    shown = measures.list_measures(db, caseworker, case_id)
    assert len(shown) == len(MEASURE_CATALOGUE) - 1
    assert {m.category for m in shown} == set(MeasureCategory)
    assert sum(m.actions_total for m in shown) == sum(range(1, len(items) + 1))
    assert all(m.plan_id is None for m in shown)  # no plan: attention, collaboration, or not approved yet
    assert cases.get_case(db, caseworker, case_id).last_activity_on == date(2024, 2, 1)


def test_an_action_records_its_quantity_and_is_audited(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    patrols = add(db, caseworker, case_id)
    measures.record_action(db, caseworker, patrols.id, ActionInput(date(2024, 2, 1), 90, "Febrero"), today=TODAY)
    measures.record_action(db, caseworker, patrols.id, ActionInput(date(2024, 2, 15), "30"), today=TODAY)

    (shown,) = measures.list_measures(db, caseworker, case_id)
    assert (shown.actions_total, shown.last_action_on) == (120, date(2024, 2, 15))
    assert [(a.acted_on, a.quantity) for a in measures.list_actions(db, caseworker, patrols.id)] == [
        (date(2024, 2, 15), 30),
        (date(2024, 2, 1), 90),
    ]
    detail = [e.detail for e in audit_trail(db) if e.entity == "measure_action"]
    assert detail[0].startswith(f"Acción de «{PATROLS}» (90) del 2024-02-01")
    records = {(e.record_label, e.record_name) for e in history.case_history(db, caseworker, case_id)}
    assert ("Acción de medida", f"{PATROLS}, 01/02/2024") in records


def test_status_changes_are_audited_and_concluding_sets_the_end(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measure = add(db, caseworker, case_id)
    implemented = measures.set_measure_status(db, caseworker, measure.id, MeasureStatus.IMPLEMENTED, today=TODAY)
    assert implemented.status is MeasureStatus.IMPLEMENTED
    concluded = measures.set_measure_status(db, caseworker, measure.id, MeasureStatus.CONCLUDED, today=TODAY)
    assert (concluded.status, concluded.ends_on) == (MeasureStatus.CONCLUDED, TODAY)
    changed = [(e.field, e.old_value, e.new_value) for e in audit_trail(db) if e.entity == "measure"]
    assert ("status", "requested", "implemented") in changed
    assert ("status", "implemented", "concluded") in changed
    updated = measures.update_measure(db, caseworker, measure.id, institution="C5 CDMX", notes="Turno nocturno")
    assert (updated.institution, updated.notes) == ("C5 CDMX", "Turno nocturno")


def test_invalid_measures_and_actions_write_nothing(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measure = add(db, caseworker, case_id, ends_on=date(2024, 2, 20))
    before = snapshot(db)

    with pytest.raises(ValidationError) as error:
        add(db, caseworker, case_id, starts_on=date(2024, 2, 10), ends_on=date(2024, 2, 1))
    assert error.value.problems == {"ends_on": ENDS_BEFORE_START}
    with pytest.raises(ValidationError, match="anterior a la fecha de apertura del caso"):
        add(db, caseworker, case_id, starts_on=date(2023, 12, 1))
    with pytest.raises(ValidationError, match="concluida requiere fecha de término"):
        add(db, caseworker, case_id, status=MeasureStatus.CONCLUDED)
    for quantity in (0, -3, "", "dos", 1.5):
        with pytest.raises(ValidationError) as error:
            measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 2, 1), quantity), today=TODAY)
        assert error.value.problems == {"quantity": QUANTITY}
    with pytest.raises(ValidationError, match="no puede ser futura"):
        measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 3, 1), 1), today=TODAY)
    with pytest.raises(ValidationError, match="posterior al término de la medida"):
        measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 2, 21), 1), today=TODAY)
    with pytest.raises(ValidationError, match="anterior al inicio de la medida"):
        measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 1, 19), 1), today=TODAY)
    assert snapshot(db) == before


def test_no_measure_or_action_on_a_closed_case(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measure = add(db, caseworker, case_id)
    cases.close_case(db, caseworker, case_id, "Sin riesgo.", date(2024, 2, 20), today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="El caso está cerrado"):
        add(db, caseworker, case_id)
    with pytest.raises(ConflictError, match="El caso está cerrado"):
        measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 2, 1), 3), today=TODAY)
    with pytest.raises(ConflictError, match="El caso está cerrado"):
        measures.set_measure_status(db, caseworker, measure.id, MeasureStatus.IMPLEMENTED)
    with pytest.raises(ConflictError, match="El caso está cerrado"):
        month_grid.save_month_grid(db, caseworker, case_id, 2024, 2, {(measure.id, 1): 4}, today=TODAY)
    assert snapshot(db) == before


def test_retired_items_are_not_offered_and_calls_are_the_monitoring_actions(db, caseworker, admin):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    catalogue.set_retired(db, admin, item_id(db, admin, PSYCHOLOGY))
    before = snapshot(db)
    with pytest.raises(ValidationError, match="retirada del catálogo"):
        add(db, caseworker, case_id, name=PSYCHOLOGY)
    monitoring_id = monitoring(db, caseworker, case_id)
    before = snapshot(db)
    with pytest.raises(ConflictError, match="son sus llamadas"):
        measures.record_action(db, caseworker, monitoring_id, ActionInput(date(2024, 2, 1), 1), today=TODAY)
    assert snapshot(db) == before


def test_dates_cannot_move_past_recorded_actions(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    measure = add(db, caseworker, case_id)
    measures.record_action(db, caseworker, measure.id, ActionInput(date(2024, 2, 10), 2), today=TODAY)
    with pytest.raises(ValidationError, match="fuera de esas fechas"):
        measures.update_measure(db, caseworker, measure.id, ends_on=date(2024, 2, 5))
    with pytest.raises(ValidationError, match="fuera de esas fechas"):
        measures.update_measure(db, caseworker, measure.id, starts_on=date(2024, 2, 11))


def test_month_grid_reads_and_writes_a_month_in_one_go(db, caseworker):
    case_id = open_case(db, caseworker)
    plans.create_plan(db, caseworker, case_id, plan_input(), today=TODAY)
    patrols = add(db, caseworker, case_id, status=MeasureStatus.IMPLEMENTED)
    psychology = add(db, caseworker, case_id, name=PSYCHOLOGY, starts_on=date(2024, 2, 10))
    ended = add(db, caseworker, case_id, name="Números de emergencia", ends_on=date(2024, 1, 31))
    phone = monitoring(db, caseworker, case_id)
    measures.record_action(db, caseworker, patrols.id, ActionInput(date(2024, 2, 3), 4), today=TODAY)

    grid = month_grid.month_grid(db, caseworker, case_id, 2024, 2, today=TODAY)
    assert (grid.days, grid.editable) == (29, True)
    by_id = {row.measure_id: row for row in grid.rows}
    assert set(by_id) == {patrols.id, psychology.id, phone}  # the measure that ended in January is not active
    assert ended.id not in by_id
    assert by_id[patrols.id].quantities[2] == 4
    assert by_id[psychology.id].problems[8] == "La fecha de la acción no puede ser anterior al inicio de la medida."
    assert by_id[psychology.id].problems[9] is None
    assert by_id[phone].locked

    saved = month_grid.save_month_grid(
        db,
        caseworker,
        case_id,
        2024,
        2,
        {(patrols.id, 3): 0, (patrols.id, 5): "3", (patrols.id, 6): 3, (psychology.id, 12): 1},
        today=TODAY,
    )
    rows = {row.measure_id: row.quantities for row in saved.rows}
    assert (rows[patrols.id][2], rows[patrols.id][4], rows[patrols.id][5]) == (0, 3, 3)
    assert rows[psychology.id][11] == 1
    shown = {m.id: m.actions_total for m in measures.list_measures(db, caseworker, case_id)}
    assert (shown[patrols.id], shown[psychology.id]) == (6, 1)

    # Changing a day replaces its total; several actions on one day become one.
    measures.record_action(db, caseworker, patrols.id, ActionInput(date(2024, 2, 5), 2), today=TODAY)
    again = month_grid.save_month_grid(db, caseworker, case_id, 2024, 2, {(patrols.id, 5): 7}, today=TODAY)
    assert {r.measure_id: r.quantities for r in again.rows}[patrols.id][4] == 7
    assert len([a for a in measures.list_actions(db, caseworker, patrols.id) if a.acted_on == date(2024, 2, 5)]) == 1


def test_month_grid_with_one_bad_cell_writes_nothing(db, caseworker):
    case_id = open_case(db, caseworker, Modality.ATTENTION)
    patrols = add(db, caseworker, case_id)
    phone = monitoring(db, caseworker, case_id)
    before = snapshot(db)
    with pytest.raises(ValidationError) as error:
        month_grid.save_month_grid(
            db,
            caseworker,
            case_id,
            2024,
            2,
            {(patrols.id, 1): 5, (patrols.id, 2): -1, (patrols.id, 29): "x", (phone, 3): 1, (patrols.id, 30): 1},
            today=TODAY,
        )
    assert error.value.problems == {
        f"{patrols.id}:2": GRID_QUANTITY,
        f"{patrols.id}:29": GRID_QUANTITY,
        f"{phone}:3": measures.CALLS_ARE_ACTIONS,
        f"{patrols.id}:30": month_grid.NOT_IN_MONTH,
    }
    with pytest.raises(ValidationError, match="no puede ser futura"):
        month_grid.save_month_grid(db, caseworker, case_id, 2024, 3, {(patrols.id, 1): 1}, today=TODAY)
    assert snapshot(db) == before
