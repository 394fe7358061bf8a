"""Who may do what. Services call `require` before touching data; the GUI only mirrors it."""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import PermissionDenied


class Permission(StrEnum):
    READ_CASES = "read_cases"  # personal data: names, contacts, narratives
    EDIT_CASES = "edit_cases"
    READ_AGGREGATES = "read_aggregates"  # statistics and informes: counts only
    MANAGE_CATALOGUE = "manage_catalogue"
    MANAGE_USERS = "manage_users"
    BACKUP = "backup"
    RESTORE = "restore"
    READ_AUDIT = "read_audit"


GRANTS: dict[Role, frozenset[Permission]] = {
    Role.ADMINISTRATOR: frozenset(Permission),
    Role.CASEWORKER: frozenset(
        {Permission.READ_CASES, Permission.EDIT_CASES, Permission.READ_AGGREGATES, Permission.BACKUP}
    ),
    Role.STATISTICS: frozenset({Permission.READ_AGGREGATES}),
}

DENIED = {
    Permission.READ_CASES: "Su rol no permite consultar datos personales de los casos.",
    Permission.EDIT_CASES: "Su rol no permite modificar casos.",
    Permission.READ_AGGREGATES: "Su rol no permite consultar estadísticas.",
    Permission.MANAGE_CATALOGUE: "Solo la administración puede modificar el catálogo de medidas.",
    Permission.MANAGE_USERS: "Solo la administración puede gestionar usuarios.",
    Permission.BACKUP: "Su rol no permite crear respaldos.",
    Permission.RESTORE: "Solo la administración puede restaurar respaldos.",
    Permission.READ_AUDIT: "Solo la administración puede consultar la bitácora.",
}


@dataclass(frozen=True)
class Actor:
    """The person on whose behalf a service runs."""

    user_id: str | None
    username: str
    role: Role

    def can(self, permission: Permission) -> bool:
        return permission in GRANTS[self.role]


SYSTEM = Actor(user_id=None, username="sistema", role=Role.ADMINISTRATOR)


def require(actor: Actor, permission: Permission) -> None:
    if not actor.can(permission):
        raise PermissionDenied(DENIED[permission])
