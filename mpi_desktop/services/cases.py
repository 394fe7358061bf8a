"""Case files: open, read, change, close and reopen a case (DESIGN.md §2 and §4).

Every public function takes the database and the acting person and runs as ONE transaction:
permission first, then the domain rules, then the change with one audit entry per changed
field (old → new); any error rolls all of it back. Reading a case file is audited too.
Functions return frozen views (`CaseFile`…), never ORM rows. Messages are Spanish and never
contain personal data. The records of a file live in `case_records` (persons) and
`case_events` (aggressions, risk assessments, follow-ups, referrals) and are re-exported here, so `services.cases` is the one entry point for case work.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

from sqlalchemy import func, select

from mpi_desktop.domain.enums import CaseStatus, Modality
from mpi_desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from mpi_desktop.domain.inputs import AggressionInput, CaseInput, RiskInput
from mpi_desktop.domain.validation import (
    validate_aggression,
    validate_case,
    validate_case_update,
    validate_closure,
    validate_reason,
    validate_risk,
)
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_events import (
    add_aggression,
    add_follow_up,
    add_referral,
    add_risk_assessment,
    remove_aggression,
    remove_follow_up,
    remove_referral,
    remove_risk_assessment,
    update_aggression,
    update_follow_up,
    update_referral,
    update_referral_status,
    update_risk_assessment,
)
from mpi_desktop.services.case_records import (
    PERSON_FIELDS,
    AggressionView,
    CaseFile,
    FollowUpView,
    PersonView,
    ReferralView,
    RiskView,
    add_person,
    audit_changes,
    case_file,
    editable_case,
    file_record,
    load_case,
    refresh_last_activity,
    refresh_search_text,
    remove_person,
    require_edit,
    update_person,
    values_of,
)
from mpi_desktop.services.folio import next_folio
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Aggression, Case, FollowUp, Person, Referral, RiskAssessment

ALREADY_CLOSED = "El caso ya está cerrado."
ALREADY_OPEN = "El caso ya está abierto."
OPENED_AFTER_RECORDS = "La fecha de apertura no puede ser posterior a seguimientos o canalizaciones ya registrados."

# What update_case may change; the folio, status and closing data have their own functions.
CASE_FIELDS = ("profile", "identity", "modality", "procedure", "opened_on", "collective_name", "alcaldia", "summary")


def _prefixed(prefix: str, error: ValidationError) -> dict[str, str]:
    return {f"{prefix}.{field}": message for field, message in error.problems.items()}


def create_case(
    db: Database,
    actor: Actor,
    data: CaseInput,
    aggression: AggressionInput | None = None,
    risk: RiskInput | None = None,
    today: date | None = None,
) -> CaseFile:
    """Open a case with its persons and, optionally, the aggression and first risk assessment.

    Problems of the three parts come together in one ValidationError; those of the aggression
    and the risk assessment are keyed `aggression.<field>` and `risk.<field>`.
    """
    require_edit(actor)
    problems: dict[str, str] = {}
    try:
        data = validate_case(data, today)
    except ValidationError as error:
        problems |= error.problems
    try:
        aggression = validate_aggression(aggression, today) if aggression is not None else None
    except ValidationError as error:
        problems |= _prefixed("aggression", error)
    try:
        risk = validate_risk(risk, today) if risk is not None else None
    except ValidationError as error:
        problems |= _prefixed("risk", error)
    if problems:
        raise ValidationError(problems)

    with db.transaction() as session:
        case = Case(
            folio=next_folio(session, data.opened_on.year),
            status=CaseStatus.OPEN,
            **{name: getattr(data, name) for name in CASE_FIELDS},
        )
        session.add(case)
        session.flush()
        record(
            session,
            actor,
            AuditAction.CREATE,
            entity="case",
            entity_id=case.id,
            detail=f"Caso {case.folio} abierto: {case.modality.label}",
        )
        for person_data in data.persons:
            person = Person(case=case, **{name: getattr(person_data, name) for name in PERSON_FIELDS})
            file_record(session, actor, "person", person, case, person_data.role.label)
        if aggression is not None:
            file_record(session, actor, "aggression", Aggression(case=case, **values_of(aggression)), case, "Agresión")
        if risk is not None:
            risk_row = RiskAssessment(case=case, **values_of(risk))
            file_record(session, actor, "risk_assessment", risk_row, case, "Evaluación de riesgo")
        refresh_last_activity(session, case)
        refresh_search_text(case)
        session.flush()
        return case_file(case)


def get_case(db: Database, actor: Actor, case_id: str) -> CaseFile:
    """The whole case file. The reading is written to the audit log."""
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        return _read(session, actor, case)


def find_case_by_folio(db: Database, actor: Actor, folio: str) -> CaseFile:
    require(actor, Permission.READ_CASES)
    folio = " ".join(str(folio).split()).upper()
    with db.transaction() as session:
        case = session.scalar(select(Case).where(Case.folio == folio, Case.deleted_at.is_(None)))
        if case is None:
            raise NotFoundError("No existe un caso con ese folio.")
        return _read(session, actor, case)


def _read(session, actor: Actor, case: Case) -> CaseFile:
    record(
        session, actor, AuditAction.READ, entity="case", entity_id=case.id, detail=f"Expediente {case.folio} consultado"
    )
    return case_file(case)


def update_case(db: Database, actor: Actor, case_id: str, *, today: date | None = None, **changes: object) -> CaseFile:
    """Change some of the case's own fields (see CASE_FIELDS); each changed field is audited old → new."""
    require_edit(actor)
    unknown = set(changes) - set(CASE_FIELDS)
    if unknown:
        raise TypeError(f"update_case: unknown or protected fields {sorted(unknown)}")
    with db.transaction() as session:
        case = editable_case(session, case_id)
        current = CaseInput(
            case.profile, case.identity, case.modality, **{name: getattr(case, name) for name in CASE_FIELDS[3:]}
        )
        roles = [person.role for person in case.persons if person.deleted_at is None]
        data = validate_case_update(replace(current, **changes), roles, today)
        if data.opened_on != case.opened_on:
            _check_opening(session, case, data.opened_on)
        applied = audit_changes(session, actor, "case", case, {name: getattr(data, name) for name in CASE_FIELDS})
        if "opened_on" in applied:
            refresh_last_activity(session, case)
        if "collective_name" in applied:
            refresh_search_text(case)
        session.flush()
        return case_file(case)


def _check_opening(session, case: Case, opened_on: date) -> None:
    """Follow-ups and referrals cannot predate their case (the rule add_follow_up applies)."""
    for model, column in ((FollowUp, FollowUp.noted_on), (Referral, Referral.referred_on)):
        earliest = session.scalar(select(func.min(column)).where(model.case_id == case.id, model.deleted_at.is_(None)))
        if earliest is not None and earliest < opened_on:
            raise ValidationError({"opened_on": OPENED_AFTER_RECORDS})


def close_case(
    db: Database, actor: Actor, case_id: str, reason: str, closed_on: date, *, today: date | None = None
) -> CaseFile:
    """Close a case for a stated reason on a date. Closing a closed case is a ConflictError."""
    require_edit(actor)
    with db.transaction() as session:
        case = load_case(session, case_id)
        if case.status == CaseStatus.CLOSED:
            raise ConflictError(ALREADY_CLOSED)
        reason, closed_on = validate_closure(reason, closed_on, case.opened_on, today)
        case.status, case.closed_on, case.close_reason = CaseStatus.CLOSED, closed_on, reason
        record(
            session,
            actor,
            AuditAction.CLOSE,
            entity="case",
            entity_id=case.id,
            field="status",
            old=CaseStatus.OPEN,
            new=CaseStatus.CLOSED,
            detail=f"Cerrado el {closed_on.isoformat()}. Motivo: {reason}",
        )
        session.flush()
        return case_file(case)


def reopen_case(db: Database, actor: Actor, case_id: str, reason: str) -> CaseFile:
    """Reopen a closed case for a stated reason (kept in the audit log with the closing data it clears)."""
    require_edit(actor)
    reason = validate_reason(reason)
    with db.transaction() as session:
        case = load_case(session, case_id)
        if case.status != CaseStatus.CLOSED:
            raise ConflictError(ALREADY_OPEN)
        closed_on = case.closed_on.isoformat() if case.closed_on else "sin fecha"
        case.status, case.closed_on, case.close_reason = CaseStatus.OPEN, None, None
        record(
            session,
            actor,
            AuditAction.REOPEN,
            entity="case",
            entity_id=case.id,
            field="status",
            old=CaseStatus.CLOSED,
            new=CaseStatus.OPEN,
            detail=f"Reabierto (había sido cerrado el {closed_on}). Motivo: {reason}",
        )
        session.flush()
        return case_file(case)


def count_cases(db: Database, actor: Actor) -> dict[Modality, int]:
    """How many cases there are of each modality: counts only, for the statistics role."""
    require(actor, Permission.READ_AGGREGATES)
    with db.transaction() as session:
        rows = session.execute(
            select(Case.modality, func.count()).where(Case.deleted_at.is_(None)).group_by(Case.modality)
        ).all()
    counts = dict.fromkeys(Modality, 0)
    counts.update({Modality(modality): number for modality, number in rows})
    return counts


__all__ = [
    "AggressionView",
    "CaseFile",
    "FollowUpView",
    "PersonView",
    "ReferralView",
    "RiskView",
    "add_aggression",
    "add_follow_up",
    "add_person",
    "add_referral",
    "add_risk_assessment",
    "close_case",
    "count_cases",
    "create_case",
    "find_case_by_folio",
    "get_case",
    "remove_aggression",
    "remove_follow_up",
    "remove_person",
    "remove_referral",
    "remove_risk_assessment",
    "reopen_case",
    "update_aggression",
    "update_case",
    "update_follow_up",
    "update_person",
    "update_referral",
    "update_referral_status",
    "update_risk_assessment",
]
