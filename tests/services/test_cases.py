"""Case services: every modality end to end, one transaction per call, audit, roles, closing."""

from __future__ import annotations

import logging
from dataclasses import FrozenInstanceError, replace
from datetime import date

import pytest
from case_samples import NAME, OPENED, TODAY, audit_trail, beneficiary, exactly, new_case, snapshot

from mpi_desktop.domain.enums import (
    AggressionKind,
    CaseStatus,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
)
from mpi_desktop.domain.errors import ConflictError, NotFoundError, PermissionDenied, ValidationError
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput, PersonInput, ReferralInput, RiskInput
from mpi_desktop.security import audit
from mpi_desktop.services import case_records, cases
from mpi_desktop.storage.models import Case

AGGRESSION = AggressionInput(date(2024, 1, 10), AggressionKind.THREAT, context="Protesta", alcaldia="Tlalpan")
RISK = RiskInput(date(2024, 1, 20), RiskLevel.HIGH, summary="Riesgo alto por amenazas reiteradas.")


# --- Creating and reading -------------------------------------------------------------------

MODALITIES = [
    (Modality.INCORPORATION, Procedure.ORDINARY, Profile.DEFENDER, Identity.WOMAN),
    (Modality.INCORPORATION, Procedure.EXTRAORDINARY, Profile.JOURNALIST, Identity.MAN),
    (Modality.ATTENTION, None, Profile.DEFENDER, Identity.LGBTTTI),
    (Modality.FEDERAL_COLLABORATION, None, Profile.JOURNALIST, Identity.COLLECTIVE),
]


@pytest.mark.parametrize(("modality", "procedure", "profile", "identity"), MODALITIES)
def test_each_modality_end_to_end(db, caseworker, modality, procedure, profile, identity):
    persons = (beneficiary(phone="+52 (55) 1234-5678", curp="boxw310820hnerxn09"),)
    if identity is Identity.COLLECTIVE:
        persons += (beneficiary(full_name="Luis Gómez", identity=PersonIdentity.MAN, phone=None, email=None),)
    data = new_case(modality, profile=profile, identity=identity, procedure=procedure, persons=persons)

    created = cases.create_case(db, caseworker, data, aggression=AGGRESSION, risk=RISK, today=TODAY)

    assert created.folio == "MPI-2024-0001"
    assert (created.modality, created.procedure, created.profile, created.identity) == (
        modality,
        procedure,
        profile,
        identity,
    )
    assert created.status is CaseStatus.OPEN and created.closed_on is None
    assert created.persons[0].phone == "5512345678" and created.persons[0].curp == "BOXW310820HNERXN09"
    assert len(created.persons) == len(persons)
    assert [a.kind for a in created.aggressions] == [AggressionKind.THREAT]
    assert [r.level for r in created.risk_assessments] == [RiskLevel.HIGH]
    assert created.last_activity_on == date(2024, 1, 20)  # the risk assessment, after the opening
    assert cases.get_case(db, caseworker, created.id) == created
    assert cases.find_case_by_folio(db, caseworker, " mpi-2024-0001 ") == created
    assert cases.count_cases(db, caseworker)[modality] == 1


def test_a_case_file_is_a_frozen_copy_not_a_database_row(db, caseworker, filed):
    file = cases.get_case(db, caseworker, filed.case_id)
    assert not isinstance(file, Case)
    with pytest.raises(FrozenInstanceError):
        file.persons[0].full_name = "otro"  # type: ignore[misc]
    assert isinstance(file.persons, tuple) and file.referrals[0].institution == "Fiscalía General"


def test_unknown_cases_are_not_found(db, caseworker):
    with pytest.raises(NotFoundError, match=exactly("No se encontró el caso.")):
        cases.get_case(db, caseworker, "00000000-0000-0000-0000-000000000000")
    with pytest.raises(NotFoundError, match=exactly("No existe un caso con ese folio.")):
        cases.find_case_by_folio(db, caseworker, "MPI-2024-9999")


def test_problems_of_case_aggression_and_risk_come_in_one_error(db, caseworker):
    with pytest.raises(ValidationError) as caught:
        cases.create_case(
            db,
            caseworker,
            new_case(opened_on=date(2024, 3, 1)),
            aggression=AggressionInput(date(2024, 3, 1), AggressionKind.VERBAL),
            risk=RiskInput(TODAY, None),
            today=TODAY,
        )
    assert caught.value.problems == {
        "opened_on": "La fecha de apertura no puede ser futura.",
        "aggression.occurred_on": "La fecha de la agresión no puede ser futura.",
        "risk.level": "El nivel de riesgo es obligatorio.",
    }


# --- Nothing half-written ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "bad",
    [
        new_case(opened_on=date(2030, 1, 1)),
        new_case(persons=(beneficiary(phone="55 12"),)),
        new_case(Modality.INCORPORATION, procedure=None),
        new_case(identity=Identity.COLLECTIVE),
    ],
)
def test_a_validation_error_writes_nothing(db, caseworker, bad):
    before = snapshot(db)
    with pytest.raises(ValidationError):
        cases.create_case(db, caseworker, bad, aggression=AGGRESSION, today=TODAY)
    assert snapshot(db) == before


def test_a_refused_change_writes_nothing(db, caseworker, filed):
    before = snapshot(db)
    with pytest.raises(ValidationError):
        cases.update_case(db, caseworker, filed.case_id, summary="ok", opened_on=date(2030, 1, 1), today=TODAY)
    with pytest.raises(ValidationError):
        cases.add_person(db, caseworker, filed.case_id, beneficiary(full_name="Segunda"), today=TODAY)
    with pytest.raises(ValidationError):
        cases.close_case(db, caseworker, filed.case_id, "", TODAY, today=TODAY)
    assert snapshot(db) == before


def test_a_permission_denied_writes_nothing(db, statistician, filed):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        cases.create_case(db, statistician, new_case(), aggression=AGGRESSION, risk=RISK, today=TODAY)
    with pytest.raises(PermissionDenied):
        cases.get_case(db, statistician, filed.case_id)
    assert snapshot(db) == before


def test_an_error_midway_rolls_back_everything(db, caseworker, monkeypatch):
    before = snapshot(db)
    calls = []

    def failing_record(*args, **kwargs):
        calls.append(kwargs.get("entity"))
        if len(calls) == 3:  # after the case and its first person were written and audited
            raise RuntimeError("disco lleno")
        return audit.record(*args, **kwargs)

    monkeypatch.setattr(cases, "record", failing_record)
    monkeypatch.setattr(case_records, "record", failing_record)
    data = new_case(persons=(beneficiary(), beneficiary(role=PersonRole.FAMILY, full_name="Rosa López")))
    with pytest.raises(RuntimeError):
        cases.create_case(db, caseworker, data, aggression=AGGRESSION, risk=RISK, today=TODAY)
    assert calls == ["case", "person", "person"]
    assert snapshot(db) == before
    monkeypatch.undo()
    assert cases.create_case(db, caseworker, data, today=TODAY).folio == "MPI-2024-0001"
    with db.session() as session:
        assert audit.verify(session).ok


# --- Audit -------------------------------------------------------------------------------------


def test_creation_is_audited_per_record(db, caseworker):
    file = cases.create_case(db, caseworker, new_case(), aggression=AGGRESSION, risk=RISK, today=TODAY)
    trail = audit_trail(db)
    assert [(e.action, e.entity) for e in trail] == [
        ("create", "case"),
        ("create", "person"),
        ("create", "aggression"),
        ("create", "risk_assessment"),
    ]
    assert trail[0].entity_id == file.id and trail[1].entity_id == file.persons[0].id
    assert {e.username for e in trail} == {"lucia"} and {e.user_id for e in trail} == {caseworker.user_id}
    assert trail[0].detail == "Caso MPI-2024-0001 abierto: Atención o canalización"


def test_every_reading_of_a_case_file_is_audited(db, caseworker, filed):
    before = len(audit_trail(db))
    cases.get_case(db, caseworker, filed.case_id)
    cases.find_case_by_folio(db, caseworker, filed.folio)
    reads = audit_trail(db)[before:]
    assert [(e.action, e.entity, e.entity_id) for e in reads] == [("read", "case", filed.case_id)] * 2


def test_an_update_audits_each_changed_field_old_to_new(db, caseworker, filed):
    before = len(audit_trail(db))
    file = cases.update_case(
        db,
        caseworker,
        filed.case_id,
        modality=Modality.INCORPORATION,
        procedure=Procedure.EXTRAORDINARY,
        alcaldia="tlalpan",
        summary=new_case().summary,  # unchanged: not audited
        today=TODAY,
    )
    assert (file.modality, file.procedure, file.alcaldia) == (
        Modality.INCORPORATION,
        Procedure.EXTRAORDINARY,
        "Tlalpan",
    )
    changes = [(e.action, e.entity, e.entity_id, e.field, e.old_value, e.new_value) for e in audit_trail(db)[before:]]
    assert changes == [
        ("update", "case", filed.case_id, "modality", "attention", "incorporation"),
        ("update", "case", filed.case_id, "procedure", None, "extraordinary"),
        ("update", "case", filed.case_id, "alcaldia", "Coyoacán", "Tlalpan"),
    ]
    assert cases.get_case(db, caseworker, filed.case_id) == file


def test_an_update_without_changes_writes_nothing(db, caseworker, filed):
    before = snapshot(db)
    cases.update_case(db, caseworker, filed.case_id, alcaldia="Coyoacán", today=TODAY)
    assert snapshot(db) == before


def test_update_case_is_validated_as_a_whole(db, caseworker, filed):
    with pytest.raises(ValidationError) as caught:
        cases.update_case(db, caseworker, filed.case_id, modality=Modality.INCORPORATION, today=TODAY)
    assert caught.value.problems == {
        "procedure": "El procedimiento (ordinario o extraordinario) es obligatorio en una incorporación."
    }
    with pytest.raises(ValidationError) as caught:
        cases.update_case(db, caseworker, filed.case_id, identity=Identity.COLLECTIVE, today=TODAY)
    assert set(caught.value.problems) == {"persons"}
    collective = cases.update_case(
        db, caseworker, filed.case_id, identity=Identity.COLLECTIVE, collective_name="Red de Defensoras", today=TODAY
    )
    assert collective.collective_name == "Red de Defensoras"


def test_update_case_cannot_touch_folio_or_status(db, caseworker, filed):
    for field, value in (("folio", "X-1"), ("status", CaseStatus.CLOSED), ("closed_on", TODAY), ("persons", ())):
        with pytest.raises(TypeError):
            cases.update_case(db, caseworker, filed.case_id, **{field: value})


def test_the_opening_cannot_move_after_recorded_follow_ups_or_referrals(db, caseworker, filed):
    with pytest.raises(ValidationError) as caught:
        cases.update_case(db, caseworker, filed.case_id, opened_on=date(2024, 2, 1), today=TODAY)
    assert caught.value.problems == {
        "opened_on": "La fecha de apertura no puede ser posterior a seguimientos o canalizaciones ya registrados."
    }
    earlier = cases.update_case(db, caseworker, filed.case_id, opened_on=date(2024, 1, 2), today=TODAY)
    assert earlier.opened_on == date(2024, 1, 2) and earlier.last_activity_on == OPENED  # the referral


# --- Closing and reopening -------------------------------------------------------------------


def test_close_and_reopen_are_audited_with_their_reasons(db, caseworker, filed):
    before = len(audit_trail(db))
    closed = cases.close_case(db, caseworker, filed.case_id, "Cesó el riesgo.", date(2024, 2, 20), today=TODAY)
    assert (closed.status, closed.closed_on, closed.close_reason) == (
        CaseStatus.CLOSED,
        date(2024, 2, 20),
        "Cesó el riesgo.",
    )
    reopened = cases.reopen_case(db, caseworker, filed.case_id, "Nuevas amenazas.")
    assert (reopened.status, reopened.closed_on, reopened.close_reason) == (CaseStatus.OPEN, None, None)
    entries = [(e.action, e.field, e.old_value, e.new_value, e.detail) for e in audit_trail(db)[before:]]
    assert entries == [
        ("close", "status", "open", "closed", "Cerrado el 2024-02-20. Motivo: Cesó el riesgo."),
        (
            "reopen",
            "status",
            "closed",
            "open",
            "Reabierto (había sido cerrado el 2024-02-20). Motivo: Nuevas amenazas.",
        ),
    ]


def test_closing_a_closed_case_is_a_conflict(db, caseworker, filed):
    cases.close_case(db, caseworker, filed.case_id, "Concluido.", TODAY, today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match=exactly("El caso ya está cerrado.")):
        cases.close_case(db, caseworker, filed.case_id, "Otra vez.", TODAY, today=TODAY)
    assert snapshot(db) == before


def test_reopening_an_open_case_is_a_conflict(db, caseworker, filed):
    with pytest.raises(ConflictError, match=exactly("El caso ya está abierto.")):
        cases.reopen_case(db, caseworker, filed.case_id, "Sin motivo real.")


def test_closing_and_reopening_need_a_reason_and_a_sound_date(db, caseworker, filed):
    with pytest.raises(ValidationError) as caught:
        cases.close_case(db, caseworker, filed.case_id, "  ", date(2023, 12, 1), today=TODAY)
    assert caught.value.problems == {
        "reason": "El motivo es obligatorio.",
        "closed_on": "La fecha de cierre no puede ser anterior a la fecha de apertura.",
    }
    cases.close_case(db, caseworker, filed.case_id, "Concluido.", TODAY, today=TODAY)
    with pytest.raises(ValidationError, match=exactly("El motivo es obligatorio.")):
        cases.reopen_case(db, caseworker, filed.case_id, "")


CLOSED_MESSAGE = exactly("El caso está cerrado; reábralo para registrar cambios.")

CHANGES = {
    "update_case": lambda db, a, f: cases.update_case(db, a, f.case_id, summary="Nuevo resumen.", today=TODAY),
    "add_person": lambda db, a, f: cases.add_person(
        db, a, f.case_id, PersonInput(PersonRole.FAMILY, "Rosa", PersonIdentity.WOMAN), today=TODAY
    ),
    "update_person": lambda db, a, f: cases.update_person(db, a, f.person_id, phone="5587654321", today=TODAY),
    "remove_person": lambda db, a, f: cases.remove_person(db, a, f.person_id, "Registrada por error."),
    "add_aggression": lambda db, a, f: cases.add_aggression(db, a, f.case_id, AGGRESSION, today=TODAY),
    "add_risk_assessment": lambda db, a, f: cases.add_risk_assessment(db, a, f.case_id, RISK, today=TODAY),
    "add_follow_up": lambda db, a, f: cases.add_follow_up(
        db, a, f.case_id, FollowUpInput(TODAY, "Llamada."), today=TODAY
    ),
    "add_referral": lambda db, a, f: cases.add_referral(db, a, f.case_id, ReferralInput("DIF", TODAY), today=TODAY),
    "update_referral_status": lambda db, a, f: cases.update_referral_status(
        db, a, f.referral_id, ReferralStatus.ATTENDED
    ),
}


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_a_closed_case_refuses_every_change(db, caseworker, filed, change):
    cases.close_case(db, caseworker, filed.case_id, "Concluido.", TODAY, today=TODAY)
    before = snapshot(db)
    with pytest.raises(ConflictError, match=CLOSED_MESSAGE):
        CHANGES[change](db, caseworker, filed)
    assert snapshot(db) == before


@pytest.mark.parametrize("change", sorted(CHANGES))
def test_an_open_case_accepts_every_change(db, caseworker, filed, change):
    if change in {"update_person", "remove_person"}:  # the sole beneficiary cannot leave an individual case
        cases.add_person(db, caseworker, filed.case_id, beneficiary(role=PersonRole.FAMILY), today=TODAY)
        filed = replace(filed, person_id=cases.get_case(db, caseworker, filed.case_id).persons[1].id)
    before = len(audit_trail(db))
    CHANGES[change](db, caseworker, filed)
    assert len(audit_trail(db)) == before + 1


# --- Roles: the statistics user gets counts, never names -------------------------------------

PERSONAL_DATA = {
    **CHANGES,
    "create_case": lambda db, a, f: cases.create_case(db, a, new_case(), today=TODAY),
    "get_case": lambda db, a, f: cases.get_case(db, a, f.case_id),
    "find_case_by_folio": lambda db, a, f: cases.find_case_by_folio(db, a, f.folio),
    "close_case": lambda db, a, f: cases.close_case(db, a, f.case_id, "Concluido.", TODAY, today=TODAY),
    "reopen_case": lambda db, a, f: cases.reopen_case(db, a, f.case_id, "Nuevas amenazas."),
    # The edits and removals of dated records (closed and open cases: tests/services/test_case_events.py).
    "update_referral": lambda db, a, f: cases.update_referral(db, a, f.referral_id, institution="DIF", today=TODAY),
    "remove_referral": lambda db, a, f: cases.remove_referral(db, a, f.referral_id, "Registrada por error."),
    **{
        f"update_{kind}": (lambda db, a, f, name=f"update_{kind}": getattr(cases, name)(db, a, "x", today=TODAY))
        for kind in ("aggression", "risk_assessment", "follow_up")
    },
    **{
        f"remove_{kind}": (lambda db, a, f, name=f"remove_{kind}": getattr(cases, name)(db, a, "x", "Motivo."))
        for kind in ("aggression", "risk_assessment", "follow_up")
    },
}


def test_every_public_case_function_is_checked_against_the_statistics_role():
    functions = {name for name in cases.__all__ if not isinstance(getattr(cases, name), type)}
    assert functions - {"count_cases"} == set(PERSONAL_DATA)


@pytest.mark.parametrize("function", sorted(PERSONAL_DATA))
def test_the_statistics_role_is_denied_every_personal_data_function(db, statistician, filed, function):
    before = snapshot(db)
    with pytest.raises(PermissionDenied) as caught:
        PERSONAL_DATA[function](db, statistician, filed)
    assert str(caught.value) in {
        "Su rol no permite modificar casos.",
        "Su rol no permite consultar datos personales de los casos.",
    }
    assert snapshot(db) == before


def test_the_statistics_role_gets_counts_by_modality(db, caseworker, statistician, filed):
    cases.create_case(db, caseworker, new_case(Modality.INCORPORATION), today=TODAY)
    cases.create_case(db, caseworker, new_case(Modality.INCORPORATION), today=TODAY)
    before = snapshot(db)
    counts = cases.count_cases(db, statistician)
    assert counts == {Modality.INCORPORATION: 2, Modality.ATTENTION: 1, Modality.FEDERAL_COLLABORATION: 0}
    assert all(type(n) is int for n in counts.values())
    assert snapshot(db) == before  # aggregates are not a reading of a case file


def test_the_administrator_may_work_on_cases(db, admin):
    assert cases.create_case(db, admin, new_case(), today=TODAY).persons[0].full_name == NAME


# --- No personal data in messages or logs -----------------------------------------------------


def test_messages_and_logs_carry_no_personal_data(db, caseworker, filed, caplog):
    caplog.set_level(logging.DEBUG)
    problems = []
    for attempt in (
        lambda: cases.add_person(db, caseworker, filed.case_id, beneficiary(phone="55 98"), today=TODAY),
        lambda: cases.add_person(db, caseworker, filed.case_id, beneficiary(), today=TODAY),
        lambda: cases.update_person(db, caseworker, filed.person_id, curp="PELA801301MDFRPN01", today=TODAY),
        lambda: cases.find_case_by_folio(db, caseworker, NAME),
    ):
        with pytest.raises((ValidationError, NotFoundError)) as caught:
            attempt()
        problems.append(str(caught.value))
    text = " ".join(problems) + caplog.text
    for secret in (NAME, "Ana", "5512345678", "55 98", "PELA800101", "ana@example.org"):
        assert secret.casefold() not in text.casefold()
