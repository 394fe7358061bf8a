"""A short text picture of an installation: counts only, never a name (any role may see it)."""

from __future__ import annotations

from sqlalchemy import func, select

from mpi_desktop.domain.enums import CaseStatus, Modality, Profile
from mpi_desktop.security.access import Permission, require
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import Case, Measure, MeasureAction, MonitoringCall, Setting, User

DEMO_KEY = "demo"


def is_demo(ws: Workspace) -> bool:
    with ws.db.session() as session:
        return session.get(Setting, DEMO_KEY) is not None


def describe(ws: Workspace) -> str:
    require(ws.actor, Permission.READ_AGGREGATES)
    with ws.db.session() as session:
        live = Case.deleted_at.is_(None)
        grid = {
            (modality, profile): count
            for modality, profile, count in session.execute(
                select(Case.modality, Case.profile, func.count()).where(live).group_by(Case.modality, Case.profile)
            )
        }
        open_cases = session.scalar(select(func.count()).where(live, Case.status == CaseStatus.OPEN))
        measures = session.scalar(select(func.count()).select_from(Measure))
        actions = session.scalar(select(func.coalesce(func.sum(MeasureAction.quantity), 0)))
        calls = session.scalar(select(func.count()).select_from(MonitoringCall))
        users = session.scalar(select(func.count()).select_from(User).where(User.active.is_(True)))
        demo = session.get(Setting, DEMO_KEY) is not None
    lines = []
    if demo:
        lines.append("*** BASE DE DEMOSTRACIÓN — todos los datos son ficticios ***")
    lines.append(f"MPI Desktop · {ws.paths.home}")
    lines.append(f"Sesión: {ws.actor.username} ({ws.actor.role.label})")
    lines.append("")
    header = f"{'Modalidad':42}{'Defensoras':>12}{'Periodistas':>13}{'Total':>8}"
    lines.append(header)
    lines.append("-" * len(header))
    for modality in Modality:
        defenders = grid.get((modality, Profile.DEFENDER), 0)
        journalists = grid.get((modality, Profile.JOURNALIST), 0)
        lines.append(f"{modality.label:42}{defenders:>12}{journalists:>13}{defenders + journalists:>8}")
    total = sum(grid.values())
    lines.append(f"{'Total de casos':42}{'':>12}{'':>13}{total:>8}")
    lines.append("")
    lines.append(f"Casos abiertos: {open_cases} · Medidas: {measures} · Acciones: {actions} · Llamadas: {calls}")
    lines.append(f"Usuarios activos: {users}")
    return "\n".join(lines)
