"""The persons of a case file, and the shared steps of every case service.

The dated records (aggressions, risk assessments, follow-ups, referrals) live in case_events.
Also the read-only views every case service returns: frozen dataclasses copied out of the
session, so nothing lazy-loads after the transaction ends and the GUI never holds ORM rows.
Every public function is one transaction: permission, validation, state checks, the change
and its audit entries commit together or not at all.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date, datetime
from typing import Any, TypeVar

from sqlalchemy import func, select
from sqlalchemy.orm import Session

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
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.inputs import PersonInput
from mpi_desktop.domain.text import fold
from mpi_desktop.domain.validation import (
    composition_problems,
    validate_person,
    validate_reason,
)
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    Case,
    FollowUp,
    Measure,
    MeasureAction,
    Person,
    ProtectionPlan,
    Referral,
    RiskAssessment,
    utcnow,
)

CASE_CLOSED = "El caso está cerrado; reábralo para registrar cambios."
CASE_NOT_FOUND = "No se encontró el caso."
RECORD_NOT_FOUND = "No se encontró el registro."


# --- Views ---------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonView:
    id: str
    role: PersonRole
    full_name: str
    identity: PersonIdentity
    birth_date: date | None
    curp: str | None
    phone: str | None
    email: str | None
    address: str | None
    organisation: str | None
    notes: str | None


@dataclass(frozen=True)
class AggressionView:
    id: str
    occurred_on: date
    kind: AggressionKind
    context: str | None
    alcaldia: str | None
    description: str | None


@dataclass(frozen=True)
class RiskView:
    id: str
    assessed_on: date
    level: RiskLevel
    summary: str | None


@dataclass(frozen=True)
class FollowUpView:
    id: str
    noted_on: date
    text: str
    author_id: str | None


@dataclass(frozen=True)
class ReferralView:
    id: str
    institution: str
    referred_on: date
    status: ReferralStatus
    notes: str | None


@dataclass(frozen=True)
class CaseFile:
    """A whole case file as read in one transaction. Records marked deleted are left out."""

    id: str
    folio: str
    profile: Profile
    identity: Identity
    modality: Modality
    procedure: Procedure | None
    status: CaseStatus
    opened_on: date
    closed_on: date | None
    close_reason: str | None
    collective_name: str | None
    alcaldia: str | None
    summary: str | None
    last_activity_on: date | None
    updated_at: datetime
    persons: tuple[PersonView, ...]
    aggressions: tuple[AggressionView, ...]
    risk_assessments: tuple[RiskView, ...]
    follow_ups: tuple[FollowUpView, ...]
    referrals: tuple[ReferralView, ...]


V = TypeVar("V")
_COLLECTIONS = {
    "persons": PersonView,
    "aggressions": AggressionView,
    "risk_assessments": RiskView,
    "follow_ups": FollowUpView,
    "referrals": ReferralView,
}


def view(cls: type[V], row: object) -> V:
    return cls(**{f.name: getattr(row, f.name) for f in fields(cls)})


def case_file(case: Case) -> CaseFile:
    values: dict[str, Any] = {f.name: getattr(case, f.name) for f in fields(CaseFile) if f.name not in _COLLECTIONS}
    for name, cls in _COLLECTIONS.items():
        values[name] = tuple(view(cls, row) for row in getattr(case, name) if row.deleted_at is None)
    return CaseFile(**values)


# --- Shared steps of the case services -----------------------------------------------------


def load_case(session: Session, case_id: str) -> Case:
    case = session.get(Case, case_id)
    if case is None or case.deleted_at is not None:
        raise NotFoundError(CASE_NOT_FOUND)
    return case


def ensure_open(case: Case) -> None:
    if case.status == CaseStatus.CLOSED:
        raise ConflictError(CASE_CLOSED)


def editable_case(session: Session, case_id: str) -> Case:
    case = load_case(session, case_id)
    ensure_open(case)
    return case


def load_record(session: Session, model: type[V], record_id: str) -> tuple[V, Case]:
    """A live record of an open case, with its case (NotFoundError, or ConflictError when closed)."""
    row = session.get(model, record_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(RECORD_NOT_FOUND)
    case = load_case(session, row.case_id)
    ensure_open(case)
    return row, case


_load_record = load_record  # the earlier private name, still imported elsewhere


_DATED = (
    (Aggression, "occurred_on"),
    (RiskAssessment, "assessed_on"),
    (FollowUp, "noted_on"),
    (Referral, "referred_on"),
    (ProtectionPlan, "approved_on"),
)


def refresh_last_activity(session: Session, case: Case) -> None:
    """Case.last_activity_on: the latest recorded activity of the case (DESIGN.md §2: follow-up,
    aggression, assessment, referral, measure action or call, plan approval), or its opening date."""
    latest = case.opened_on
    queries = [
        select(func.max(getattr(model, column))).where(model.case_id == case.id, model.deleted_at.is_(None))
        for model, column in _DATED
    ]
    queries.append(
        select(func.max(MeasureAction.acted_on))
        .join(Measure, Measure.id == MeasureAction.measure_id)
        .where(Measure.case_id == case.id, Measure.deleted_at.is_(None), MeasureAction.deleted_at.is_(None))
    )
    for query in queries:
        day = session.scalar(query)
        if day is not None and day > latest:
            latest = day
    if case.last_activity_on != latest:
        case.last_activity_on = latest


def refresh_search_text(case: Case) -> None:
    """The case list's columns: the name shown (the collective's, else the first beneficiary's) and
    Case.search_text, everything its search box looks at, folded."""
    parts = [case.folio, case.collective_name or ""]
    live = [person for person in case.persons if person.deleted_at is None]
    for person in live:
        parts += [person.full_name, person.organisation or "", person.phone or ""]
    case.search_text = " | ".join(fold(part) for part in parts if part)
    beneficiaries = [person.full_name for person in live if person.role == PersonRole.BENEFICIARY]
    case.display_name = case.collective_name or (beneficiaries[0] if beneficiaries else "")


def audit_changes(
    session: Session, actor: Actor, entity: str, row: object, changes: dict[str, object], detail: str | None = None
) -> dict[str, object]:
    """Apply the fields that really change, one audit entry (field, old → new) each. Returns them."""
    applied = {}
    for field, new in changes.items():
        old = getattr(row, field)
        if old == new:
            continue
        setattr(row, field, new)
        record(
            session,
            actor,
            AuditAction.UPDATE,
            entity=entity,
            entity_id=row.id,
            field=field,
            old=old,
            new=new,
            detail=detail,
        )
        applied[field] = new
    return applied


def require_edit(actor: Actor) -> None:
    require(actor, Permission.EDIT_CASES)
    require(actor, Permission.READ_CASES)  # every change returns the record it changed


def file_record(session: Session, actor: Actor, entity: str, row: object, case: Case, what: str) -> None:
    """Add a new record of `case` and audit its creation (`what` names it in the entry)."""
    session.add(row)
    session.flush()
    record(
        session, actor, AuditAction.CREATE, entity=entity, entity_id=row.id, detail=f"{what} en el caso {case.folio}"
    )


def _check_composition(case: Case, roles: list[PersonRole]) -> None:
    problems = composition_problems(case.identity, case.collective_name, roles)
    if problems:
        # Shown beside the person form's role field: that is what the person can change there.
        raise ValidationError({("role" if field == "persons" else field): msg for field, msg in problems.items()})


def _active_roles(case: Case, *, without: str | None = None) -> list[PersonRole]:
    return [p.role for p in case.persons if p.deleted_at is None and p.id != without]


# --- Persons -------------------------------------------------------------------------------

PERSON_FIELDS = tuple(f.name for f in fields(PersonInput))


def add_person(db: Database, actor: Actor, case_id: str, data: PersonInput, *, today: date | None = None) -> PersonView:
    require_edit(actor)
    data = validate_person(data, today)
    with db.transaction() as session:
        case = editable_case(session, case_id)
        _check_composition(case, [*_active_roles(case), data.role])
        person = Person(case=case, **{name: getattr(data, name) for name in PERSON_FIELDS})
        file_record(session, actor, "person", person, case, data.role.label)
        refresh_search_text(case)
        return view(PersonView, person)


def update_person(
    db: Database, actor: Actor, person_id: str, *, today: date | None = None, **changes: object
) -> PersonView:
    """Change some fields of a person; each changed field is audited old → new."""
    require_edit(actor)
    unknown = set(changes) - set(PERSON_FIELDS)
    if unknown:
        raise TypeError(f"update_person: unknown fields {sorted(unknown)}")
    with db.transaction() as session:
        person, case = load_record(session, Person, person_id)
        current = {name: getattr(person, name) for name in PERSON_FIELDS}
        data = validate_person(PersonInput(**(current | changes)), today)
        if data.role != person.role:
            _check_composition(case, [*_active_roles(case, without=person.id), data.role])
        audit_changes(session, actor, "person", person, {name: getattr(data, name) for name in PERSON_FIELDS})
        refresh_search_text(case)
        session.flush()
        return view(PersonView, person)


def remove_person(db: Database, actor: Actor, person_id: str, reason: str) -> None:
    """Mark a person as removed from the case (a tombstone: the row stays, DESIGN.md §7)."""
    require_edit(actor)
    reason = validate_reason(reason)
    with db.transaction() as session:
        person, case = load_record(session, Person, person_id)
        _check_composition(case, _active_roles(case, without=person.id))
        person.deleted_at = utcnow()
        refresh_search_text(case)
        record(session, actor, AuditAction.DELETE, entity="person", entity_id=person.id, detail=f"Motivo: {reason}")


def values_of(data: object) -> dict[str, object]:
    return {f.name: getattr(data, f.name) for f in fields(data)}


__all__ = [
    "AggressionView",
    "CaseFile",
    "FollowUpView",
    "PersonView",
    "ReferralView",
    "RiskView",
    "add_person",
    "remove_person",
    "update_person",
]
