"""The history of a case file: the audit log of the case and its records, in Spanish, newest first."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from case_samples import OPENED, TODAY, audit_trail, new_case, snapshot

from mpi_desktop.domain.enums import PersonIdentity, PersonRole, Profile, ReferralStatus
from mpi_desktop.domain.errors import NotFoundError, PermissionDenied
from mpi_desktop.domain.inputs import FollowUpInput, PersonInput
from mpi_desktop.domain.validation import MEXICO_CITY
from mpi_desktop.services import cases
from mpi_desktop.services.history import HISTORY_READ, case_history, field_label
from mpi_desktop.storage.models import Case, Person


def changes(entries):
    """(action, record, field, old, new) of the entries that change a field."""
    return [(e.action_label, e.record_label, e.field_label, e.old, e.new) for e in entries if e.field_label]


def test_creation_of_the_case_and_its_records(db, caseworker, filed):
    entries = case_history(db, caseworker, filed.case_id)
    created = [(e.action_label, e.record_label, e.record_name) for e in entries if e.action_label == "Creación"]
    # Newest first: the referral was filed after the case and its beneficiary.
    assert created == [
        ("Creación", "Canalización", "Fiscalía General"),
        ("Creación", "Persona", "Ana Pérez López"),
        ("Creación", "Caso", filed.folio),
    ]
    case_entry = entries[-1]
    assert case_entry.username == "lucia"
    assert case_entry.detail == f"Caso {filed.folio} abierto: Atención o canalización"
    assert case_entry.at.tzinfo is MEXICO_CITY


def test_a_changed_field_shows_old_and_new_in_words(db, caseworker, filed):
    cases.update_case(
        db,
        caseworker,
        filed.case_id,
        alcaldia="tlalpan",
        profile=Profile.JOURNALIST,
        opened_on=OPENED - timedelta(days=5),
        today=TODAY,
    )
    found = changes(case_history(db, caseworker, filed.case_id))
    assert set(found) == {
        (
            "Cambio",
            "Caso",
            "Perfil",
            "Persona defensora de derechos humanos",
            "Persona periodista o colaboradora periodística",
        ),
        ("Cambio", "Caso", "Fecha de apertura", "15/01/2024", "10/01/2024"),
        ("Cambio", "Caso", "Alcaldía", "Coyoacán", "Tlalpan"),
    }


def test_closing_and_reopening_with_their_reasons(db, caseworker, filed):
    cases.close_case(db, caseworker, filed.case_id, "Concluyó el riesgo", date(2024, 2, 20), today=TODAY)
    cases.reopen_case(db, caseworker, filed.case_id, "Nuevas amenazas")
    entries = case_history(db, caseworker, filed.case_id)
    reopened, closed = entries[0], entries[1]
    assert (reopened.action_label, reopened.field_label, reopened.old, reopened.new) == (
        "Reapertura",
        "Estado del caso",
        "Cerrado",
        "Abierto",
    )
    assert reopened.detail == "Reabierto (había sido cerrado el 20/02/2024). Motivo: Nuevas amenazas"
    assert (closed.action_label, closed.old, closed.new) == ("Cierre", "Abierto", "Cerrado")
    assert closed.detail == "Cerrado el 20/02/2024. Motivo: Concluyó el riesgo"


def test_person_changes_and_removal(db, caseworker, filed):
    cases.update_person(db, caseworker, filed.person_id, phone="55 8765 4321", today=TODAY)
    sister = cases.add_person(
        db, caseworker, filed.case_id, PersonInput(PersonRole.FAMILY, "Rosa López", PersonIdentity.WOMAN), today=TODAY
    )
    cases.update_person(db, caseworker, sister.id, role=PersonRole.LINKED, today=TODAY)
    cases.remove_person(db, caseworker, sister.id, "Registrada por error")
    entries = case_history(db, caseworker, filed.case_id)
    removal = entries[0]
    assert (removal.action_label, removal.record_label, removal.record_name, removal.detail) == (
        "Baja",
        "Persona",
        "Rosa López",
        "Motivo: Registrada por error",
    )
    assert changes(entries) == [
        ("Cambio", "Persona", "Tipo de persona", "Familiar", "Persona vinculada"),
        ("Cambio", "Persona", "Teléfono", "5512345678", "5587654321"),
    ]
    assert {e.record_name for e in entries if e.field_label == "Teléfono"} == {"Ana Pérez López"}


def test_referral_status_and_dated_records(db, caseworker, filed):
    cases.update_referral_status(db, caseworker, filed.referral_id, ReferralStatus.ACCEPTED)
    cases.add_follow_up(db, caseworker, filed.case_id, FollowUpInput(date(2024, 2, 1), "Llamada"), today=TODAY)
    entries = case_history(db, caseworker, filed.case_id)
    assert (entries[0].action_label, entries[0].record_label, entries[0].record_name) == (
        "Creación",
        "Seguimiento",
        "01/02/2024",
    )
    assert changes(entries) == [("Cambio", "Canalización", "Estado de la canalización", "Enviada", "Aceptada")]


def test_newest_first_and_nothing_from_other_cases(db, caseworker, filed):
    other = cases.create_case(db, caseworker, new_case(), today=TODAY)
    cases.update_case(db, caseworker, other.id, alcaldia="Iztapalapa", today=TODAY)
    cases.update_case(db, caseworker, filed.case_id, summary="Nuevo resumen", today=TODAY)
    entries = case_history(db, caseworker, filed.case_id)
    assert entries[0].field_label == "Resumen"
    assert all(entries[i].at >= entries[i + 1].at for i in range(len(entries) - 1))
    assert "Iztapalapa" not in {e.new for e in entries}
    assert {e.record_name for e in entries if e.record_label == "Caso"} == {filed.folio}


def test_reading_the_history_is_audited_as_a_consultation(db, caseworker, filed):
    first = case_history(db, caseworker, filed.case_id)
    last = audit_trail(db)[-1]
    assert (last.action, last.entity, last.entity_id, last.detail) == ("read", "case", filed.case_id, HISTORY_READ)
    assert HISTORY_READ not in {e.detail for e in first}  # the list shows what came before this look
    again = case_history(db, caseworker, filed.case_id)
    assert (again[0].action_label, again[0].detail, again[0].username) == ("Consulta", HISTORY_READ, "lucia")


def test_statistics_cannot_read_a_history_and_nothing_is_written(db, statistician, filed):
    before = snapshot(db)
    with pytest.raises(PermissionDenied):
        case_history(db, statistician, filed.case_id)
    assert snapshot(db) == before


def test_an_unknown_case_is_not_found(db, caseworker):
    with pytest.raises(NotFoundError):
        case_history(db, caseworker, "no-existe")


def test_field_labels_are_spanish_without_article():
    assert field_label(Person, "phone") == "Teléfono"
    assert field_label(Person, "curp") == "CURP"
    assert field_label(Case, "opened_on") == "Fecha de apertura"
    assert field_label(Case, "collective_name") == "Nombre del colectivo u organización"
    assert field_label(Case, "identity") == "Identidad del caso"
    assert field_label(Person, "identity") == "Identidad"
