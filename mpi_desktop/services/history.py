"""The history of a case file, read from the audit log (DESIGN.md §4).

Who did what to the case and to each of its records, newest first, in words a caseworker
reads: Spanish action, record and field names, enum values as their labels, dates as
dd/mm/aaaa and times in Mexico City. Reading the history is itself a reading of the file, so it
is audited like opening it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from enum import StrEnum

from sqlalchemy import Date, select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import LabelledEnum
from mpi_desktop.domain.validation import LABELS, MEXICO_CITY
from mpi_desktop.security.access import Actor, Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import load_case
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    AuditEvent,
    Base,
    Case,
    FollowUp,
    Measure,
    MeasureAction,
    MonitoringCall,
    Person,
    ProtectionPlan,
    Referral,
    RiskAssessment,
)
from mpi_desktop.storage.models.base import EnumText

HISTORY_READ = "Historial consultado"

ACTION_LABELS = {
    AuditAction.READ: "Consulta",
    AuditAction.CREATE: "Creación",
    AuditAction.UPDATE: "Cambio",
    AuditAction.DELETE: "Baja",
    AuditAction.CLOSE: "Cierre",
    AuditAction.REOPEN: "Reapertura",
    AuditAction.PRINT: "Impresión",
    AuditAction.EXPORT: "Exportación",
    AuditAction.BACKUP: "Respaldo",
    AuditAction.RESTORE: "Restauración",
}

# The records of a case file whose audit entries make up its history: model and Spanish name.
RECORDS: tuple[tuple[type[Base], str], ...] = (
    (Person, "Persona"),
    (Aggression, "Agresión"),
    (RiskAssessment, "Evaluación de riesgo"),
    (FollowUp, "Seguimiento"),
    (Referral, "Canalización"),
    (ProtectionPlan, "Plan de protección"),
    (Measure, "Medida"),
    (MonitoringCall, "Monitoreo telefónico"),
)

# Field names whose validation label does not fit the history of every record.
FIELD_LABELS = {
    (Case, "identity"): "Identidad del caso",
    (Case, "status"): "Estado del caso",
    (Case, "summary"): "Resumen",
    (Case, "closed_on"): "Fecha de cierre",
    (Case, "close_reason"): "Motivo de cierre",
    (Person, "notes"): "Notas",
    (Referral, "notes"): "Notas",
    (RiskAssessment, "summary"): "Resumen",
    (ProtectionPlan, "status"): "Estado del plan",
    (ProtectionPlan, "next_review_on"): "Próxima revisión",
    (ProtectionPlan, "notes"): "Notas",
    (Measure, "status"): "Estado de la medida",
    (Measure, "starts_on"): "Fecha de inicio",
    (Measure, "ends_on"): "Fecha de término",
    (Measure, "institution"): "Institución responsable",
    (Measure, "notes"): "Notas",
    (Measure, "catalogue_item_id"): "Medida del catálogo",
    (MeasureAction, "quantity"): "Cantidad",
}

_ISO_DAY = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_CHUNK = 500  # ids per IN (…): well under every database's limit of bound parameters


@dataclass(frozen=True)
class HistoryEntry:
    """One line of a case file's history. `old`/`new` are None when the entry changes no field."""

    at: datetime  # aware, Mexico City time
    username: str
    action_label: str
    record_label: str
    field_label: str | None
    old: str | None
    new: str | None
    detail: str | None
    record_name: str | None = None  # which record: a person's name, an institution, a date…


def case_history(db: Database, actor: Actor, case_id: str) -> list[HistoryEntry]:
    """Every audit entry of the case and of all its records (removed ones too), newest first.

    The consultation is recorded as one READ entry on the case ("Historial consultado"), after
    the entries are read, so the list shows what happened before this look at it.
    """
    require(actor, Permission.READ_CASES)
    with db.transaction() as session:
        case = load_case(session, case_id)
        owners: dict[str, tuple[type[Base], str, str | None]] = {case.id: (Case, "Caso", case.folio)}
        for model, label in RECORDS:
            for row in session.scalars(select(model).where(model.case_id == case.id)):
                owners[row.id] = (model, label, _record_name(row))
        # Actions hang from their measure, not from the case.
        actions = select(MeasureAction).join(Measure, Measure.id == MeasureAction.measure_id)
        for row in session.scalars(actions.where(Measure.case_id == case.id)):
            owners[row.id] = (MeasureAction, "Acción de medida", _record_name(row))
        events = _events(session, owners)
        entries = [_entry(event, *owners[event.entity_id]) for event in events]
        record(session, actor, AuditAction.READ, entity="case", entity_id=case.id, detail=HISTORY_READ)
    return entries


def _events(session: Session, owners: Iterable[str]) -> list[AuditEvent]:
    ids = list(owners)
    events: list[AuditEvent] = []
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        events += session.scalars(select(AuditEvent).where(AuditEvent.entity_id.in_(chunk)))
    # The sequence number is the log's own order; clocks can be set back, the chain cannot.
    events.sort(key=lambda event: event.seq, reverse=True)
    return events


def _entry(event: AuditEvent, model: type[Base], record_label: str, record_name: str | None) -> HistoryEntry:
    try:
        action = ACTION_LABELS.get(AuditAction(event.action), event.action)
    except ValueError:
        action = event.action
    field = event.field
    return HistoryEntry(
        at=event.at.astimezone(MEXICO_CITY),
        username=event.username,
        action_label=action,
        record_label=record_label,
        field_label=field_label(model, field) if field else None,
        old=_shown(model, field, event.old_value),
        new=_shown(model, field, event.new_value),
        detail=_ISO_DAY.sub(r"\3/\2/\1", event.detail) if event.detail else None,
        record_name=record_name,
    )


def field_label(model: type[Base], field: str) -> str:
    """'phone' → 'Teléfono': the validation label without its article, unless overridden."""
    if (model, field) in FIELD_LABELS:
        return FIELD_LABELS[(model, field)]
    label = LABELS.get(field)
    if label is None:
        return field.replace("_", " ").capitalize()
    words = label.split(" ", 1)
    bare = words[1] if len(words) == 2 and words[0] in {"El", "La", "Los", "Las"} else label
    return bare[0].upper() + bare[1:]


def _shown(model: type[Base], field: str | None, value: str | None) -> str | None:
    """A stored audit value as people read it: an enum's label, a date as dd/mm/aaaa."""
    if value is None or field is None:
        return value
    column = model.__table__.columns.get(field)
    if column is None:
        return value
    if isinstance(column.type, EnumText):
        enum_type: type[StrEnum] = column.type.enum_type
        try:
            member = enum_type(value)
        except ValueError:
            return value
        return member.label if isinstance(member, LabelledEnum) else value
    if isinstance(column.type, Date):
        try:
            return date.fromisoformat(value).strftime("%d/%m/%Y")
        except ValueError:
            return value
    return value


def _record_name(row: object) -> str | None:
    def day(value: date | datetime | None) -> str:
        return value.strftime("%d/%m/%Y") if value else ""

    if isinstance(row, Person):
        return row.full_name
    if isinstance(row, Aggression):
        return f"{row.kind.label}, {day(row.occurred_on)}"
    if isinstance(row, RiskAssessment):
        return f"{row.level.label}, {day(row.assessed_on)}"
    if isinstance(row, FollowUp):
        return day(row.noted_on)
    if isinstance(row, Referral):
        return row.institution
    if isinstance(row, ProtectionPlan):
        return f"Versión {row.version}"
    if isinstance(row, Measure):
        return f"{row.catalogue_item.name}, {day(row.starts_on)}"
    if isinstance(row, MeasureAction):
        return f"{row.measure.catalogue_item.name}, {day(row.acted_on)}"
    if isinstance(row, MonitoringCall):
        return day(row.called_at.astimezone(MEXICO_CITY))
    return None


__all__ = ["HistoryEntry", "case_history", "field_label"]
