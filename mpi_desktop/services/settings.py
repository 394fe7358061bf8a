"""Installation settings an administrator may change (kept in the encrypted database)."""

from __future__ import annotations

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.security.access import Permission, require
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import Setting, utcnow

IDLE_KEY = "idle_lock_minutes"
DEFAULT_IDLE_MINUTES = 5
IDLE_RANGE = (1, 60)


def idle_minutes(ws: Workspace) -> int:
    """Minutes without keyboard or mouse before the program locks itself (any role may read it)."""
    with ws.db.session() as session:
        row = session.get(Setting, IDLE_KEY)
    try:
        return int(row.value) if row else DEFAULT_IDLE_MINUTES
    except ValueError:
        return DEFAULT_IDLE_MINUTES


def set_idle_minutes(ws: Workspace, minutes: int) -> int:
    require(ws.actor, Permission.MANAGE_USERS)
    low, high = IDLE_RANGE
    if not isinstance(minutes, int) or not low <= minutes <= high:
        raise ValidationError({"idle_minutes": f"El bloqueo automático debe ser de {low} a {high} minutos."})
    with ws.db.transaction() as session:
        row = session.get(Setting, IDLE_KEY)
        old = row.value if row else str(DEFAULT_IDLE_MINUTES)
        if row is None:
            session.add(Setting(key=IDLE_KEY, value=str(minutes), updated_at=utcnow()))
        else:
            row.value, row.updated_at = str(minutes), utcnow()
        record(session, ws.actor, AuditAction.UPDATE, entity="setting", field=IDLE_KEY, old=old, new=minutes)
    return minutes
