"""The append-only, hash-chained audit log (DESIGN.md §4).

Each entry's hash covers its content and the previous entry's hash; the head (last sequence
number and hash) is kept in `settings` in the same transaction. Editing, deleting, reordering
or cutting off the tail of the log breaks the chain, and `verify` says where.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.security.access import Actor
from mpi_desktop.storage.models import AuditEvent, Setting, utcnow

GENESIS = "0" * 64
HEAD_KEY = "audit_head"


class AuditAction(StrEnum):
    READ = "read"  # a case file opened
    CREATE = "create"
    UPDATE = "update"
    DELETE = "delete"
    CLOSE = "close"
    REOPEN = "reopen"
    PRINT = "print"
    EXPORT = "export"
    BACKUP = "backup"
    RESTORE = "restore"
    LOGIN = "login"
    USER_ADMIN = "user_admin"


def _text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, datetime | StrEnum):
        return value.isoformat() if isinstance(value, datetime) else value.value
    return str(value)


def _digest(event: AuditEvent) -> str:
    body = {
        "seq": event.seq,
        "at": event.at.isoformat(),
        "user_id": event.user_id,
        "username": event.username,
        "action": event.action,
        "entity": event.entity,
        "entity_id": event.entity_id,
        "field": event.field,
        "old": event.old_value,
        "new": event.new_value,
        "detail": event.detail,
        "prev": event.prev_hash,
    }
    canonical = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def _head(session: Session) -> tuple[int, str]:
    row = session.get(Setting, HEAD_KEY)
    if row is None:
        return 0, GENESIS
    seq, digest = row.value.split(":", 1)
    return int(seq), digest


def record(
    session: Session,
    actor: Actor,
    action: AuditAction,
    *,
    entity: str | None = None,
    entity_id: str | None = None,
    field: str | None = None,
    old: object = None,
    new: object = None,
    detail: str | None = None,
) -> AuditEvent:
    """Append one entry inside the caller's transaction (it commits or rolls back with the change)."""
    seq, prev = _head(session)
    event = AuditEvent(
        seq=seq + 1,
        at=utcnow(),
        user_id=actor.user_id,
        username=actor.username,
        action=action.value,
        entity=entity,
        entity_id=entity_id,
        field=field,
        old_value=_text(old),
        new_value=_text(new),
        detail=detail,
        prev_hash=prev,
    )
    event.entry_hash = _digest(event)
    session.add(event)
    head = session.get(Setting, HEAD_KEY)
    value = f"{event.seq}:{event.entry_hash}"
    if head is None:
        session.add(Setting(key=HEAD_KEY, value=value, updated_at=event.at))
    else:
        head.value, head.updated_at = value, event.at
    session.flush()
    return event


@dataclass
class AuditReport:
    entries: int = 0
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def describe(self) -> str:
        if self.ok:
            return f"Bitácora íntegra: {self.entries} registros encadenados sin alteraciones."
        return (
            "La bitácora fue alterada: "
            + "; ".join(self.problems[:10])
            + (f"; y {len(self.problems) - 10} problemas más." if len(self.problems) > 10 else ".")
        )


def verify(session: Session) -> AuditReport:
    """Walk the chain in sequence order and report every break."""
    report = AuditReport()
    expected_seq, prev = 1, GENESIS
    for event in session.scalars(select(AuditEvent).order_by(AuditEvent.seq)).yield_per(5000):
        report.entries += 1
        if event.seq == expected_seq + 1:
            report.problems.append(f"falta el registro {expected_seq}")
        elif event.seq != expected_seq:
            report.problems.append(f"faltan los registros {expected_seq} a {event.seq - 1}")
        if event.prev_hash != prev:
            report.problems.append(f"el registro {event.seq} no sigue al anterior (eliminado o reordenado)")
        if _digest(event) != event.entry_hash:
            report.problems.append(f"el registro {event.seq} fue modificado")
        expected_seq, prev = event.seq + 1, event.entry_hash
    last_seq = expected_seq - 1
    try:
        head_seq, head_hash = _head(session)
    except ValueError:  # the pointer itself was edited into something unreadable
        report.problems.append("el indicador del último registro está dañado")
        return report
    if head_seq > last_seq:
        report.problems.append(f"faltan registros al final (el último registrado era el {head_seq})")
    elif (head_seq, head_hash) != (last_seq, prev):
        report.problems.append("el indicador del último registro no coincide con la bitácora")
    return report
