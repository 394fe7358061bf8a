"""Editing and removing the dated records of a case: aggressions, risk assessments, follow-ups, referrals."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import pytest
from case_samples import OPENED, TODAY, audit_trail, exactly, new_case, snapshot

from mpi_desktop.domain.enums import AggressionKind, ReferralStatus, RiskLevel
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput, ReferralInput, RiskInput
from mpi_desktop.security import audit
from mpi_desktop.services import case_list, cases, history
from mpi_desktop.storage.models import Aggression, FollowUp, Referral, RiskAssessment


@dataclass(frozen=True)
class Records:
    case_id: str
    aggression: str
    risk: str
    follow_up: str
    referral: str


@pytest.fixture
def records(db, caseworker) -> Records:
    """An open case with one record of each dated kind; its last activity is the referral's day."""
    file = cases.create_case(
        db,
        caseworker,
        new_case(),
        aggression=AggressionInput(date(2024, 1, 10), AggressionKind.THREAT, context="Protesta"),
        risk=RiskInput(date(2024, 1, 16), RiskLevel.HIGH, "Amenazas reiteradas."),
        today=TODAY,
    )
    note = cases.add_follow_up(db, caseworker, file.id, FollowUpInput(date(2024, 2, 1), "Llamada."), today=TODAY)
    sent = cases.add_referral(db, caseworker, file.id, ReferralInput("Fiscalía", date(2024, 2, 5)), today=TODAY)
    return Records(file.id, file.aggressions[0].id, file.risk_assessments[0].id, note.id, sent.id)


def changes_since(db, before: int) -> list[tuple]:
    return [(e.action, e.entity, e.field, e.old_value, e.new_value, e.detail) for e in audit_trail(db)[before:]]


def last_activity(db, actor, case_id) -> date:
    return cases.get_case(db, actor, case_id).last_activity_on


# --- Updating ------------------------------------------------------------------------------


def test_an_aggression_is_edited_field_by_field_old_to_new(db, caseworker, records):
    before = len(audit_trail(db))
    changed = cases.update_aggression(
        db, caseworker, records.aggression, kind="digital", alcaldia="iztapalapa", context="Protesta", today=TODAY
    )
    assert (changed.kind, changed.alcaldia, changed.context) == (AggressionKind.DIGITAL, "Iztapalapa", "Protesta")
    assert changes_since(db, before) == [
        ("update", "aggression", "kind", "threat", "digital", None),
        ("update", "aggression", "alcaldia", None, "Iztapalapa", None),
    ]
    assert cases.get_case(db, caseworker, records.case_id).aggressions == (changed,)


def test_each_kind_can_be_edited_and_the_history_says_what_changed(db, caseworker, records):
    cases.update_risk_assessment(db, caseworker, records.risk, level=RiskLevel.EXTREME, today=TODAY)
    cases.update_follow_up(db, caseworker, records.follow_up, text="  Visita domiciliaria. ", today=TODAY)
    cases.update_referral(db, caseworker, records.referral, status="accepted", notes="Cita el lunes", today=TODAY)
    lines = {
        (e.record_label, e.field_label, e.old, e.new)
        for e in history.case_history(db, caseworker, records.case_id)
        if e.action_label == "Cambio"
    }
    assert lines == {
        ("Evaluación de riesgo", "Nivel de riesgo", "Alto", "Extraordinario"),
        ("Seguimiento", "Texto del seguimiento", "Llamada.", "Visita domiciliaria."),
        ("Canalización", "Estado de la canalización", "Enviada", "Aceptada"),
        ("Canalización", "Notas", None, "Cita el lunes"),
    }


def test_an_edit_that_changes_nothing_writes_nothing(db, caseworker, records):
    before = snapshot(db)
    cases.update_follow_up(db, caseworker, records.follow_up, text="Llamada.", noted_on="2024-02-01", today=TODAY)
    assert snapshot(db) == before


def test_the_author_of_a_follow_up_stays_when_another_person_edits_it(db, caseworker, admin, records):
    edited = cases.update_follow_up(db, admin, records.follow_up, text="Corregida.", today=TODAY)
    assert edited.author_id == caseworker.user_id
    with pytest.raises(TypeError):
        cases.update_follow_up(db, caseworker, records.follow_up, author_id=admin.user_id, today=TODAY)


@pytest.mark.parametrize(
    ("update", "record", "changes", "problems"),
    [
        ("update_aggression", "aggression", {"occurred_on": date(2024, 3, 1)}, {
            "occurred_on": "La fecha de la agresión no puede ser futura."
        }),
        ("update_aggression", "aggression", {"alcaldia": "Springfield"}, {
            "alcaldia": "La alcaldía debe ser una de las 16 alcaldías de la Ciudad de México."
        }),
        ("update_risk_assessment", "risk", {"level": "enorme"}, {
            "level": "El nivel de riesgo no es una opción válida."
        }),
        ("update_follow_up", "follow_up", {"text": "  ", "noted_on": date(2024, 1, 14)}, {
            "noted_on": "La fecha del seguimiento no puede ser anterior a la fecha de apertura del caso.",
            "text": "El texto del seguimiento es obligatorio.",
        }),
        ("update_referral", "referral", {"institution": ""}, {"institution": "La institución es obligatoria."}),
    ],
)  # fmt: skip
def test_a_bad_edit_says_why_beside_each_field_and_changes_nothing(
    db, caseworker, records, update, record, changes, problems
):
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        getattr(cases, update)(db, caseworker, getattr(records, record), today=TODAY, **changes)
    assert caught.value.problems == problems
    assert snapshot(db) == before


def test_moving_a_date_moves_the_last_activity_both_ways(db, caseworker, records):
    assert last_activity(db, caseworker, records.case_id) == date(2024, 2, 5)
    cases.update_follow_up(db, caseworker, records.follow_up, noted_on=date(2024, 2, 20), today=TODAY)
    assert last_activity(db, caseworker, records.case_id) == date(2024, 2, 20)
    cases.update_follow_up(db, caseworker, records.follow_up, noted_on=date(2024, 1, 20), today=TODAY)
    assert last_activity(db, caseworker, records.case_id) == date(2024, 2, 5)


# --- Removing ------------------------------------------------------------------------------

REMOVALS = [
    ("remove_aggression", "aggression", "aggressions", Aggression),
    ("remove_risk_assessment", "risk", "risk_assessments", RiskAssessment),
    ("remove_follow_up", "follow_up", "follow_ups", FollowUp),
    ("remove_referral", "referral", "referrals", Referral),
]


@pytest.mark.parametrize(("remove", "record", "collection", "model"), REMOVALS)
def test_a_removed_record_leaves_the_file_but_stays_as_an_audited_tombstone(
    db, caseworker, records, remove, record, collection, model
):
    record_id = getattr(records, record)
    before = len(audit_trail(db))
    getattr(cases, remove)(db, caseworker, record_id, "  Registrado por error. ")
    assert getattr(cases.get_case(db, caseworker, records.case_id), collection) == ()
    entity = model.__tablename__.removesuffix("s")
    assert changes_since(db, before)[0] == ("delete", entity, None, None, None, "Motivo: Registrado por error.")
    with db.session() as session:
        assert session.get(model, record_id).deleted_at is not None  # the row stays (DESIGN.md §7)
        assert audit.verify(session).ok
    with pytest.raises(NotFoundError, match=exactly("No se encontró el registro.")):
        getattr(cases, remove)(db, caseworker, record_id, "Otra vez.")
    history_lines = [(e.action_label, e.detail) for e in history.case_history(db, caseworker, records.case_id)]
    assert ("Baja", "Motivo: Registrado por error.") in history_lines


@pytest.mark.parametrize(("remove", "record", "collection", "model"), REMOVALS)
def test_a_removal_needs_a_reason(db, caseworker, records, remove, record, collection, model):
    before = snapshot(db)
    with pytest.raises(ValidationError, match=exactly("El motivo es obligatorio.")):
        getattr(cases, remove)(db, caseworker, getattr(records, record), " \n ")
    assert snapshot(db) == before


def test_a_removed_record_no_longer_counts_as_activity_of_the_case(db, caseworker, records):
    """Removing the latest records moves the last activity back, in the file and in the case list."""
    cases.remove_referral(db, caseworker, records.referral, "Duplicada.")
    assert last_activity(db, caseworker, records.case_id) == date(2024, 2, 1)
    cases.remove_follow_up(db, caseworker, records.follow_up, "Duplicado.")
    cases.remove_risk_assessment(db, caseworker, records.risk, "Duplicada.")
    assert last_activity(db, caseworker, records.case_id) == OPENED  # the aggression predates the opening
    (row,) = case_list.fetch_page(db, caseworker, case_list.CaseFilter()).rows
    assert row.last_activity_on == OPENED
    with pytest.raises(NotFoundError):
        cases.update_referral_status(db, caseworker, records.referral, ReferralStatus.ACCEPTED)


# --- A closed case -------------------------------------------------------------------------

EDITS = {
    "update_aggression": lambda db, a, r: cases.update_aggression(db, a, r.aggression, context="Mitin", today=TODAY),
    "update_risk_assessment": lambda db, a, r: cases.update_risk_assessment(db, a, r.risk, level="low", today=TODAY),
    "update_follow_up": lambda db, a, r: cases.update_follow_up(db, a, r.follow_up, text="Otra.", today=TODAY),
    "update_referral": lambda db, a, r: cases.update_referral(db, a, r.referral, institution="DIF", today=TODAY),
    **{
        remove: (lambda db, a, r, remove=remove, record=record: getattr(cases, remove)(db, a, getattr(r, record), "X"))
        for remove, record, _collection, _model in REMOVALS
    },
}


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_a_closed_case_refuses_edits_and_removals(db, caseworker, records, edit):
    cases.close_case(db, caseworker, records.case_id, "Concluido.", TODAY, today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match=exactly("El caso está cerrado; reábralo para registrar cambios.")):
        EDITS[edit](db, caseworker, records)
    assert snapshot(db) == before


@pytest.mark.parametrize("edit", sorted(EDITS))
def test_an_open_case_takes_each_edit_and_removal_with_one_audit_entry(db, caseworker, records, edit):
    before = len(audit_trail(db))
    EDITS[edit](db, caseworker, records)
    assert len(audit_trail(db)) == before + 1
