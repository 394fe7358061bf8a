"""The Mapeo de agresiones register (plan 1.4 and 1.5): findings of the open-source monitoring.

A finding's source and notes can point at a person, so the register itself is for those who
may read case files; its counts and the aggregate table (month × kind × profile × alcaldía,
no sources, no notes, no protest names, no folios) are for anyone who may read statistics.
Every registration, change and removal is audited without repeating what was typed.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from datetime import date

from sqlalchemy import Select, distinct, func, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import AggressionKind, Profile
from mpi_desktop.domain.errors import NotFoundError, ValidationError
from mpi_desktop.domain.mapping_validation import FindingInput, validate_finding
from mpi_desktop.domain.validation import validate_reason
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import audit_changes, require_edit
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Case, MappingFinding, utcnow

FINDING_NOT_FOUND = "No se encontró el hallazgo."
CASE_FOLIO_UNKNOWN = "No existe un caso con ese folio."
NO_ALCALDIA = "Sin alcaldía"
RANGE_INVALID = "La fecha final no puede ser anterior a la inicial."


@dataclass(frozen=True)
class FindingView:
    id: str
    found_on: date
    occurred_on: date | None
    source: str
    profile: Profile
    subject: MappingSubject
    kind: AggressionKind
    context: MappingContext
    protest: str | None
    alcaldia: str | None
    case_folio: str | None
    contacted: bool
    notes: str | None


@dataclass(frozen=True)
class MappingCounts:
    """What feeds indicators 1.4 and 1.5.1 for a date range."""

    findings: int  # 1.4: registros de hallazgos
    protest_findings: int  # 1.5.1: registros de agresiones en el contexto de protestas
    protests: int  # distinct protests in which the Base MPI CDMX detected aggressions
    contacted: int
    protest_contacted: int
    linked_to_cases: int


@dataclass(frozen=True)
class AggregateRow:
    month: date  # the first day of the month of the finding
    kind: AggressionKind
    profile: Profile
    alcaldia: str  # NO_ALCALDIA when the finding has none
    findings: int
    collective: int
    in_protest: int
    contacted: int


_INPUT_FIELDS = tuple(f.name for f in fields(FindingInput))


def _view(session: Session, row: MappingFinding) -> FindingView:
    folio = session.scalar(select(Case.folio).where(Case.id == row.case_id)) if row.case_id else None
    values = {f.name: getattr(row, f.name) for f in fields(FindingView) if f.name != "case_folio"}
    return FindingView(**values, case_folio=folio)


def _case_id(session: Session, folio: str | None) -> str | None:
    if folio is None:
        return None
    case_id = session.scalar(select(Case.id).where(func.upper(Case.folio) == folio, Case.deleted_at.is_(None)))
    if case_id is None:
        raise ValidationError({"case_folio": CASE_FOLIO_UNKNOWN})
    return case_id


def _columns(data: FindingInput, case_id: str | None) -> dict[str, object]:
    values = {name: getattr(data, name) for name in _INPUT_FIELDS if name != "case_folio"}
    return values | {"case_id": case_id}


def _load(session: Session, finding_id: str) -> MappingFinding:
    row = session.get(MappingFinding, finding_id)
    if row is None or row.deleted_at is not None:
        raise NotFoundError(FINDING_NOT_FOUND)
    return row


def _range(first: date, last: date) -> tuple[date, date]:
    if last < first:
        raise ValidationError({"last": RANGE_INVALID})
    return first, last


# --- The register --------------------------------------------------------------------------


def register_finding(db: Database, actor: Actor, data: FindingInput, *, today: date | None = None) -> FindingView:
    require_edit(actor)
    data = validate_finding(data, today)
    with db.transaction() as session:
        row = MappingFinding(**_columns(data, _case_id(session, data.case_folio)), recorded_by_id=actor.user_id)
        session.add(row)
        session.flush()
        record(
            session, actor, AuditAction.CREATE, entity="mapping_finding", entity_id=row.id,
            detail=f"Hallazgo del mapeo de agresiones del {row.found_on.isoformat()}",
        )  # fmt: skip
        return _view(session, row)


def update_finding(
    db: Database, actor: Actor, finding_id: str, *, today: date | None = None, **changes: object
) -> FindingView:
    """Change fields of a finding; each changed field is audited (the source and notes by name only)."""
    require_edit(actor)
    unknown = set(changes) - set(_INPUT_FIELDS)
    if unknown:
        raise TypeError(f"update_finding: unknown fields {sorted(unknown)}")
    with db.transaction() as session:
        row = _load(session, finding_id)
        current = {name: getattr(row, name) for name in _INPUT_FIELDS if name != "case_folio"}
        current["case_folio"] = _view(session, row).case_folio
        data = validate_finding(FindingInput(**(current | changes)), today)
        columns = _columns(data, _case_id(session, data.case_folio))
        private = {name: columns.pop(name) for name in ("source", "notes", "protest")}
        audit_changes(session, actor, "mapping_finding", row, columns)
        for name, value in private.items():
            if getattr(row, name) != value:
                setattr(row, name, value)
                record(session, actor, AuditAction.UPDATE, entity="mapping_finding", entity_id=row.id, field=name)
        session.flush()
        return _view(session, row)


def remove_finding(db: Database, actor: Actor, finding_id: str, reason: str) -> None:
    """Mark a finding as removed (a tombstone); it stops counting in the indicators."""
    require_edit(actor)
    reason = validate_reason(reason)
    with db.transaction() as session:
        row = _load(session, finding_id)
        row.deleted_at = utcnow()
        record(
            session, actor, AuditAction.DELETE, entity="mapping_finding", entity_id=row.id, detail=f"Motivo: {reason}"
        )


def list_findings(db: Database, actor: Actor, first: date, last: date) -> tuple[FindingView, ...]:
    """The findings of a date range, newest first (sources and notes: for case readers only)."""
    require(actor, Permission.READ_CASES)
    first, last = _range(first, last)
    with db.session() as session:
        rows = session.scalars(
            _live(select(MappingFinding), first, last).order_by(
                MappingFinding.found_on.desc(), MappingFinding.created_at.desc()
            )
        ).all()
        return tuple(_view(session, row) for row in rows)


def get_finding(db: Database, actor: Actor, finding_id: str) -> FindingView:
    require(actor, Permission.READ_CASES)
    with db.session() as session:
        return _view(session, _load(session, finding_id))


# --- Counts and aggregates -----------------------------------------------------------------


def _live(query: Select, first: date, last: date) -> Select:
    return query.where(MappingFinding.deleted_at.is_(None), MappingFinding.found_on.between(first, last))


def mapping_counts(db: Database, actor: Actor, first: date, last: date) -> MappingCounts:
    require(actor, Permission.READ_AGGREGATES)
    first, last = _range(first, last)
    protest = MappingFinding.context == MappingContext.PROTEST
    with db.session() as session:

        def count(*conditions) -> int:
            query = _live(select(func.count(MappingFinding.id)), first, last).where(*conditions)
            return int(session.scalar(query) or 0)

        protests = session.scalar(
            _live(select(func.count(distinct(func.lower(MappingFinding.protest)))), first, last).where(protest)
        )
        return MappingCounts(
            findings=count(),
            protest_findings=count(protest),
            protests=int(protests or 0),
            contacted=count(MappingFinding.contacted.is_(True)),
            protest_contacted=count(protest, MappingFinding.contacted.is_(True)),
            linked_to_cases=count(MappingFinding.case_id.is_not(None)),
        )


def protest_attentions(db: Database, actor: Actor, first: date, last: date) -> int:
    """Indicator 1.5.1 for a range: aggressions registered in the context of protests."""
    return mapping_counts(db, actor, first, last).protest_findings


def aggregate_table(db: Database, actor: Actor, first: date, last: date) -> tuple[AggregateRow, ...]:
    """Findings by month × kind × profile × alcaldía: counts only, nothing that names anyone."""
    require(actor, Permission.READ_AGGREGATES)
    first, last = _range(first, last)
    with db.session() as session:
        rows = session.execute(
            _live(
                select(
                    MappingFinding.found_on,
                    MappingFinding.kind,
                    MappingFinding.profile,
                    MappingFinding.alcaldia,
                    MappingFinding.subject,
                    MappingFinding.context,
                    MappingFinding.contacted,
                ),
                first,
                last,
            )
        ).all()
    table: dict[tuple, list[int]] = {}
    for found_on, kind, profile, alcaldia, subject, context, contacted in rows:
        key = (found_on.replace(day=1), kind, profile, alcaldia or NO_ALCALDIA)
        counts = table.setdefault(key, [0, 0, 0, 0])
        counts[0] += 1
        counts[1] += subject == MappingSubject.COLLECTIVE
        counts[2] += context == MappingContext.PROTEST
        counts[3] += bool(contacted)
    kinds, profiles = list(AggressionKind), list(Profile)
    ordered = sorted(table, key=lambda k: (k[0], kinds.index(k[1]), profiles.index(k[2]), k[3] == NO_ALCALDIA, k[3]))
    return tuple(AggregateRow(*key, *table[key]) for key in ordered)
