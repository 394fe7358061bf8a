"""The records of a case file: persons, aggressions, risk assessments, follow-ups, referrals."""

from __future__ import annotations

from datetime import date

import pytest
from case_samples import OPENED, TODAY, audit_trail, beneficiary, exactly, new_case, snapshot
from sqlalchemy import String, select

from mpi_desktop.domain.enums import AggressionKind, Identity, PersonIdentity, PersonRole, ReferralStatus, RiskLevel
from mpi_desktop.domain.errors import NotFoundError, ValidationError
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput, PersonInput, ReferralInput, RiskInput
from mpi_desktop.domain.validation import INDIVIDUAL_NEEDS_ONE, MAX_LENGTHS
from mpi_desktop.security import audit
from mpi_desktop.services import cases
from mpi_desktop.storage.models import Aggression, Case, Person, Referral

# --- Persons -------------------------------------------------------------------------------


def test_family_members_join_and_are_audited(db, caseworker, filed):
    sister = cases.add_person(
        db,
        caseworker,
        filed.case_id,
        PersonInput(PersonRole.FAMILY, " Rosa  López ", PersonIdentity.WOMAN),
        today=TODAY,
    )
    assert sister.full_name == "Rosa López"
    file = cases.get_case(db, caseworker, filed.case_id)
    assert [p.role for p in file.persons] == [PersonRole.BENEFICIARY, PersonRole.FAMILY]
    created = [e for e in audit_trail(db) if e.entity == "person" and e.entity_id == sister.id]
    assert [(e.action, e.detail) for e in created] == [("create", f"Familiar en el caso {filed.folio}")]


def test_an_individual_case_takes_no_second_beneficiary(db, caseworker, filed):
    with pytest.raises(ValidationError) as caught:
        cases.add_person(db, caseworker, filed.case_id, beneficiary(full_name="Otra Persona"), today=TODAY)
    assert caught.value.problems == {"role": INDIVIDUAL_NEEDS_ONE}


def test_a_collective_grows_freely(db, caseworker):
    file = cases.create_case(
        db, caseworker, new_case(identity=Identity.COLLECTIVE, collective_name="Colectivo Tierra"), today=TODAY
    )
    for name in ("Luis Gómez", "Marta Ruiz"):
        cases.add_person(db, caseworker, file.id, beneficiary(full_name=name), today=TODAY)
    assert len(cases.get_case(db, caseworker, file.id).persons) == 3


def test_update_person_normalises_and_audits_each_field(db, caseworker, filed):
    before = len(audit_trail(db))
    person = cases.update_person(
        db, caseworker, filed.person_id, phone="+52 55 8765 4321", organisation=" Red  Nacional ", today=TODAY
    )
    assert (person.phone, person.organisation) == ("5587654321", "Red Nacional")
    entries = [(e.action, e.entity, e.entity_id, e.field, e.old_value, e.new_value) for e in audit_trail(db)[before:]]
    assert entries == [
        ("update", "person", filed.person_id, "phone", "5512345678", "5587654321"),
        ("update", "person", filed.person_id, "organisation", None, "Red Nacional"),
    ]
    assert cases.get_case(db, caseworker, filed.case_id).persons == (person,)


def test_update_person_is_validated(db, caseworker, filed):
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        cases.update_person(db, caseworker, filed.person_id, phone="12", full_name="", today=TODAY)
    assert caught.value.problems == {
        "full_name": "El nombre completo es obligatorio.",
        "phone": "El teléfono debe tener 10 dígitos.",
    }
    with pytest.raises(ValidationError) as caught:
        cases.update_person(db, caseworker, filed.person_id, role=PersonRole.FAMILY, today=TODAY)
    assert caught.value.problems == {"role": INDIVIDUAL_NEEDS_ONE}
    with pytest.raises(TypeError):
        cases.update_person(db, caseworker, filed.person_id, case_id="otro")
    assert snapshot(db) == before


def test_removing_a_person_leaves_a_tombstone(db, caseworker, filed):
    linked = cases.add_person(
        db, caseworker, filed.case_id, PersonInput(PersonRole.LINKED, "Juan Ríos", PersonIdentity.MAN), today=TODAY
    )
    cases.remove_person(db, caseworker, linked.id, "Registrada por error.")
    assert [p.id for p in cases.get_case(db, caseworker, filed.case_id).persons] == [filed.person_id]
    with db.session() as session:
        assert session.get(Person, linked.id).deleted_at is not None
    deleted = [e for e in audit_trail(db) if e.action == "delete"]
    assert [(e.entity, e.entity_id, e.detail) for e in deleted] == [
        ("person", linked.id, "Motivo: Registrada por error.")
    ]
    with pytest.raises(NotFoundError, match=exactly("No se encontró el registro.")):
        cases.update_person(db, caseworker, linked.id, notes="x")


def test_the_sole_beneficiary_cannot_be_removed(db, caseworker, filed):
    with pytest.raises(ValidationError) as caught:
        cases.remove_person(db, caseworker, filed.person_id, "Ya no participa.")
    assert caught.value.problems == {"role": INDIVIDUAL_NEEDS_ONE}
    with pytest.raises(ValidationError, match=exactly("El motivo es obligatorio.")):
        cases.remove_person(db, caseworker, filed.person_id, " ")


# --- Dated records and last activity --------------------------------------------------------


def test_last_activity_follows_the_latest_dated_record(db, caseworker, filed):
    def last() -> date:
        return cases.get_case(db, caseworker, filed.case_id).last_activity_on

    assert last() == OPENED  # the referral of the fixture is dated the opening day
    cases.add_aggression(db, caseworker, filed.case_id, AggressionInput(date(2023, 12, 1), AggressionKind.DIGITAL))
    assert last() == OPENED  # an aggression before the opening is not later activity
    cases.add_risk_assessment(
        db, caseworker, filed.case_id, RiskInput(date(2024, 1, 20), RiskLevel.MEDIUM), today=TODAY
    )
    assert last() == date(2024, 1, 20)
    cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(date(2024, 2, 10), "Llamada."), today=TODAY)
    assert last() == date(2024, 2, 10)
    cases.add_referral(db, caseworker, filed.case_id, ReferralInput("DIF", date(2024, 2, 12)), today=TODAY)
    assert last() == date(2024, 2, 12)
    cases.add_aggression(db, caseworker, filed.case_id, AggressionInput(TODAY, AggressionKind.PHYSICAL), today=TODAY)
    assert last() == TODAY
    cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(date(2024, 2, 1), "Nota tardía."), today=TODAY)
    assert last() == TODAY  # an older record never moves it back


def test_records_are_returned_audited_and_kept_in_the_file(db, caseworker, filed):
    before = len(audit_trail(db))
    aggression = cases.add_aggression(
        db, caseworker, filed.case_id, AggressionInput(TODAY, AggressionKind.THREAT, alcaldia="iztapalapa"), today=TODAY
    )
    risk = cases.add_risk_assessment(db, caseworker, filed.case_id, RiskInput(TODAY, RiskLevel.EXTREME), today=TODAY)
    note = cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(TODAY, "Visita domiciliaria."), today=TODAY)
    referral = cases.add_referral(db, caseworker, filed.case_id, ReferralInput("CEAVI", TODAY), today=TODAY)
    assert aggression.alcaldia == "Iztapalapa" and note.author_id == caseworker.user_id
    assert referral.status is ReferralStatus.SENT
    file = cases.get_case(db, caseworker, filed.case_id)
    assert file.aggressions == (aggression,) and file.risk_assessments == (risk,) and file.follow_ups == (note,)
    assert file.referrals[-1] == referral
    created = [(e.action, e.entity, e.entity_id) for e in audit_trail(db)[before:] if e.action == "create"]
    assert created == [
        ("create", "aggression", aggression.id),
        ("create", "risk_assessment", risk.id),
        ("create", "follow_up", note.id),
        ("create", "referral", referral.id),
    ]


def test_follow_ups_and_referrals_cannot_predate_the_case(db, caseworker, filed):
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(date(2024, 1, 14), "x"), today=TODAY)
    assert caught.value.problems == {
        "noted_on": "La fecha del seguimiento no puede ser anterior a la fecha de apertura del caso."
    }
    with pytest.raises(ValidationError) as caught:
        cases.add_referral(db, caseworker, filed.case_id, ReferralInput("DIF", date(2024, 1, 1)), today=TODAY)
    assert caught.value.problems == {
        "referred_on": "La fecha de canalización no puede ser anterior a la fecha de apertura del caso."
    }
    assert snapshot(db) == before


@pytest.mark.parametrize(
    ("add", "data", "field", "message"),
    [
        (
            "add_aggression",
            AggressionInput(date(2024, 3, 1), AggressionKind.THREAT),
            "occurred_on",
            "La fecha de la agresión no puede ser futura.",
        ),
        (
            "add_risk_assessment",
            RiskInput(date(2024, 3, 1), RiskLevel.LOW),
            "assessed_on",
            "La fecha de la evaluación de riesgo no puede ser futura.",
        ),
        (
            "add_follow_up",
            FollowUpInput(date(2024, 3, 1), "x"),
            "noted_on",
            "La fecha del seguimiento no puede ser futura.",
        ),
        (
            "add_referral",
            ReferralInput("DIF", date(2024, 3, 1)),
            "referred_on",
            "La fecha de canalización no puede ser futura.",
        ),
    ],
)
def test_dated_records_cannot_be_in_the_future(db, caseworker, filed, add, data, field, message):
    before = snapshot(db)
    with pytest.raises(ValidationError) as caught:
        getattr(cases, add)(db, caseworker, filed.case_id, data, today=TODAY)
    assert caught.value.problems == {field: message}
    assert snapshot(db) == before


def test_referral_status_changes_are_audited(db, caseworker, filed):
    before = len(audit_trail(db))
    accepted = cases.update_referral_status(db, caseworker, filed.referral_id, ReferralStatus.ACCEPTED)
    attended = cases.update_referral_status(
        db, caseworker, filed.referral_id, "attended", notes="Atendida por la Fiscalía."
    )
    assert accepted.status is ReferralStatus.ACCEPTED
    assert (attended.status, attended.notes) == (ReferralStatus.ATTENDED, "Atendida por la Fiscalía.")
    cases.update_referral_status(db, caseworker, filed.referral_id, ReferralStatus.ATTENDED)  # no change, no entry
    entries = [(e.field, e.old_value, e.new_value) for e in audit_trail(db)[before:]]
    assert entries == [
        ("status", "sent", "accepted"),
        ("status", "accepted", "attended"),
        ("notes", None, "Atendida por la Fiscalía."),
    ]
    with pytest.raises(ValidationError) as caught:
        cases.update_referral_status(db, caseworker, filed.referral_id, "lost")
    assert caught.value.problems == {"status": "El estado de la canalización no es una opción válida."}


def test_records_of_unknown_cases_are_not_found(db, caseworker):
    with pytest.raises(NotFoundError, match=exactly("No se encontró el caso.")):
        cases.add_follow_up(db, caseworker, "no-such-case", FollowUpInput(TODAY, "x"), today=TODAY)
    with pytest.raises(NotFoundError, match=exactly("No se encontró el registro.")):
        cases.update_referral_status(db, caseworker, "no-such-referral", ReferralStatus.REJECTED)


def test_the_audit_chain_holds_after_a_day_of_work(db, caseworker, filed):
    cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(TODAY, "Llamada."), today=TODAY)
    cases.update_person(db, caseworker, filed.person_id, notes="Prefiere contacto por la tarde.", today=TODAY)
    cases.close_case(db, caseworker, filed.case_id, "Concluido.", TODAY, today=TODAY)
    cases.reopen_case(db, caseworker, filed.case_id, "Nuevos hechos.")
    with db.session() as session:
        report = audit.verify(session)
    assert report.ok, report.describe()


# --- The domain's text limits are the columns' sizes ------------------------------------------


@pytest.mark.parametrize(
    ("model", "field"),
    [
        (Person, "full_name"),
        (Person, "curp"),
        (Person, "phone"),
        (Person, "email"),
        (Person, "address"),
        (Person, "organisation"),
        (Case, "collective_name"),
        (Case, "alcaldia"),
        (Aggression, "context"),
        (Aggression, "alcaldia"),
        (Referral, "institution"),
    ],
)
def test_validation_limits_match_the_column_sizes(model, field):
    column = model.__table__.c[field]
    assert isinstance(column.type, String)
    assert MAX_LENGTHS[field] == column.type.length


def test_folio_column_holds_the_longest_folio():
    assert Case.__table__.c["folio"].type.length >= len("ABCDEFGHIJ-2024-99999")


def test_deleted_records_stay_in_the_database(db, caseworker, filed):
    linked = cases.add_person(db, caseworker, filed.case_id, beneficiary(role=PersonRole.LINKED), today=TODAY)
    cases.remove_person(db, caseworker, linked.id, "Duplicada.")
    with db.session() as session:
        assert len(session.scalars(select(Person.id)).all()) == 2
