"""The dated records of a case file: aggressions, risk assessments, follow-ups and referrals.

Each kind can be added, changed (every changed field audited old → new) and removed with a
reason. Removing leaves a tombstone (`deleted_at`, DESIGN.md §7): the row and its audit trail
stay, but the record leaves the case file, the case's last activity and the statistics, which
all read live rows only. Every public function is one transaction, like the rest of the case
services (see case_records), and is re-exported by `services.cases`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, fields, replace
from datetime import date
from typing import Any

from mpi_desktop.domain.enums import ReferralStatus
from mpi_desktop.domain.inputs import AggressionInput, FollowUpInput, ReferralInput, RiskInput
from mpi_desktop.domain.validation import (
    validate_aggression,
    validate_follow_up,
    validate_reason,
    validate_referral,
    validate_referral_update,
    validate_risk,
)
from mpi_desktop.security.access import Actor
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.case_records import (
    AggressionView,
    FollowUpView,
    ReferralView,
    RiskView,
    audit_changes,
    editable_case,
    file_record,
    load_record,
    refresh_last_activity,
    require_edit,
    values_of,
    view,
)
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Aggression, FollowUp, Referral, RiskAssessment, utcnow


@dataclass(frozen=True)
class _Kind:
    """What the three steps (add, update, remove) need to know about one kind of record."""

    model: type
    entity: str  # the audit log's name for it
    label: str  # the Spanish name in the creation entry
    input: type
    view: type
    # (data, today, opened_on) → cleaned data; opened_on is the case's opening date.
    validate: Callable[[Any, date | None, date | None], Any]

    @property
    def editable(self) -> tuple[str, ...]:
        return tuple(f.name for f in fields(self.input))


AGGRESSION = _Kind(
    Aggression, "aggression", "Agresión", AggressionInput, AggressionView, lambda d, t, _o: validate_aggression(d, t)
)
RISK = _Kind(
    RiskAssessment, "risk_assessment", "Evaluación de riesgo", RiskInput, RiskView, lambda d, t, _o: validate_risk(d, t)
)
# Follow-ups and referrals are activity of the case: they cannot predate its opening.
FOLLOW_UP = _Kind(FollowUp, "follow_up", "Seguimiento", FollowUpInput, FollowUpView, validate_follow_up)
REFERRAL = _Kind(Referral, "referral", "Canalización", ReferralInput, ReferralView, validate_referral)


def _add(db: Database, actor: Actor, kind: _Kind, case_id: str, data: Any, today: date | None, **extra: object):
    require_edit(actor)
    kind.validate(data, today, None)  # the form's own problems first, before any lookup
    with db.transaction() as session:
        case = editable_case(session, case_id)
        data = kind.validate(data, today, case.opened_on)
        row = kind.model(case=case, **extra, **values_of(data))
        file_record(session, actor, kind.entity, row, case, kind.label)
        refresh_last_activity(session, case)
        return view(kind.view, row)


def _update(db: Database, actor: Actor, kind: _Kind, record_id: str, today: date | None, changes: dict[str, object]):
    """Change some fields of a record; each field that really changes is audited old → new."""
    require_edit(actor)
    unknown = set(changes) - set(kind.editable)
    if unknown:
        raise TypeError(f"update {kind.entity}: unknown fields {sorted(unknown)}")
    with db.transaction() as session:
        row, case = load_record(session, kind.model, record_id)
        current = kind.input(**{name: getattr(row, name) for name in kind.editable})
        data = kind.validate(replace(current, **changes), today, case.opened_on)
        applied = audit_changes(session, actor, kind.entity, row, values_of(data))
        if applied:
            refresh_last_activity(session, case)
        session.flush()
        return view(kind.view, row)


def _remove(db: Database, actor: Actor, kind: _Kind, record_id: str, reason: str) -> None:
    """Tombstone a record for a stated reason, kept in its audit entry."""
    require_edit(actor)
    reason = validate_reason(reason)
    with db.transaction() as session:
        row, case = load_record(session, kind.model, record_id)
        row.deleted_at = utcnow()
        record(session, actor, AuditAction.DELETE, entity=kind.entity, entity_id=row.id, detail=f"Motivo: {reason}")
        refresh_last_activity(session, case)


# --- Aggressions ---------------------------------------------------------------------------


def add_aggression(
    db: Database, actor: Actor, case_id: str, data: AggressionInput, *, today: date | None = None
) -> AggressionView:
    return _add(db, actor, AGGRESSION, case_id, data, today)


def update_aggression(
    db: Database, actor: Actor, aggression_id: str, *, today: date | None = None, **changes: object
) -> AggressionView:
    return _update(db, actor, AGGRESSION, aggression_id, today, changes)


def remove_aggression(db: Database, actor: Actor, aggression_id: str, reason: str) -> None:
    _remove(db, actor, AGGRESSION, aggression_id, reason)


# --- Risk assessments ----------------------------------------------------------------------


def add_risk_assessment(
    db: Database, actor: Actor, case_id: str, data: RiskInput, *, today: date | None = None
) -> RiskView:
    return _add(db, actor, RISK, case_id, data, today)


def update_risk_assessment(
    db: Database, actor: Actor, risk_id: str, *, today: date | None = None, **changes: object
) -> RiskView:
    return _update(db, actor, RISK, risk_id, today, changes)


def remove_risk_assessment(db: Database, actor: Actor, risk_id: str, reason: str) -> None:
    _remove(db, actor, RISK, risk_id, reason)


# --- Follow-ups ----------------------------------------------------------------------------


def add_follow_up(
    db: Database, actor: Actor, case_id: str, data: FollowUpInput, *, today: date | None = None
) -> FollowUpView:
    return _add(db, actor, FOLLOW_UP, case_id, data, today, author_id=actor.user_id)


def update_follow_up(
    db: Database, actor: Actor, follow_up_id: str, *, today: date | None = None, **changes: object
) -> FollowUpView:
    """Change a follow-up's date or text; its author stays the person who wrote it."""
    return _update(db, actor, FOLLOW_UP, follow_up_id, today, changes)


def remove_follow_up(db: Database, actor: Actor, follow_up_id: str, reason: str) -> None:
    _remove(db, actor, FOLLOW_UP, follow_up_id, reason)


# --- Referrals -----------------------------------------------------------------------------


def add_referral(
    db: Database, actor: Actor, case_id: str, data: ReferralInput, *, today: date | None = None
) -> ReferralView:
    return _add(db, actor, REFERRAL, case_id, data, today)


def update_referral(
    db: Database, actor: Actor, referral_id: str, *, today: date | None = None, **changes: object
) -> ReferralView:
    return _update(db, actor, REFERRAL, referral_id, today, changes)


def update_referral_status(
    db: Database, actor: Actor, referral_id: str, status: ReferralStatus, notes: str | None = None
) -> ReferralView:
    """New status of a referral (and, when given, new notes); audited old → new."""
    require_edit(actor)
    new_status, new_notes = validate_referral_update(status, notes)
    changes: dict[str, object] = {"status": new_status}
    if notes is not None:  # None leaves the notes as they are; blank text clears them
        changes["notes"] = new_notes
    with db.transaction() as session:
        referral, _case = load_record(session, Referral, referral_id)
        audit_changes(session, actor, "referral", referral, changes)
        session.flush()
        return view(ReferralView, referral)


def remove_referral(db: Database, actor: Actor, referral_id: str, reason: str) -> None:
    _remove(db, actor, REFERRAL, referral_id, reason)


__all__ = [
    "add_aggression",
    "add_follow_up",
    "add_referral",
    "add_risk_assessment",
    "remove_aggression",
    "remove_follow_up",
    "remove_referral",
    "remove_risk_assessment",
    "update_aggression",
    "update_follow_up",
    "update_referral",
    "update_referral_status",
]
