"""Who may do what: the role → permission table (DESIGN.md §4) and the refusal people see."""

from __future__ import annotations

import pytest

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import PermissionDenied
from mpi_desktop.security.access import DENIED, GRANTS, SYSTEM, Actor, Permission, require

P = Permission
EXPECTED = {
    Role.ADMINISTRATOR: set(Permission),
    Role.CASEWORKER: {P.READ_CASES, P.EDIT_CASES, P.READ_AGGREGATES, P.BACKUP},
    Role.STATISTICS: {P.READ_AGGREGATES},
}


def actor(role: Role) -> Actor:
    return Actor(user_id="00000000-0000-0000-0000-000000000001", username="alguien", role=role)


def test_every_role_has_exactly_its_permissions():
    assert set(GRANTS) == set(Role)
    for role, permissions in EXPECTED.items():
        assert {p for p in Permission if actor(role).can(p)} == permissions, role


def test_statistics_sees_aggregates_only_never_personal_data():
    statistics = actor(Role.STATISTICS)
    assert statistics.can(P.READ_AGGREGATES)
    for permission in set(Permission) - {P.READ_AGGREGATES}:
        with pytest.raises(PermissionDenied):
            require(statistics, permission)


@pytest.mark.parametrize(
    ("permission", "message"),
    [
        (P.MANAGE_USERS, "Solo la administración puede gestionar usuarios."),
        (P.RESTORE, "Solo la administración puede restaurar respaldos."),
        (P.MANAGE_CATALOGUE, "Solo la administración puede modificar el catálogo de medidas."),
        (P.READ_AUDIT, "Solo la administración puede consultar la bitácora."),
    ],
)
def test_a_caseworker_is_refused_administration_in_spanish(permission, message):
    with pytest.raises(PermissionDenied) as info:
        require(actor(Role.CASEWORKER), permission)
    assert str(info.value) == message


def test_statistics_is_told_why_it_cannot_open_a_case():
    with pytest.raises(PermissionDenied) as info:
        require(actor(Role.STATISTICS), P.READ_CASES)
    assert str(info.value) == "Su rol no permite consultar datos personales de los casos."


def test_allowed_actions_pass_silently():
    require(actor(Role.CASEWORKER), P.EDIT_CASES)
    require(actor(Role.STATISTICS), P.READ_AGGREGATES)
    for permission in Permission:
        require(actor(Role.ADMINISTRATOR), permission)


def test_every_permission_has_a_spanish_refusal():
    assert set(DENIED) == set(Permission)
    for message in DENIED.values():
        assert message.endswith(".") and message[0].isupper()
        assert "permission" not in message.casefold()


def test_the_system_actor_is_an_administrator_without_a_user_row():
    assert SYSTEM.user_id is None
    assert SYSTEM.role is Role.ADMINISTRATOR


def test_fixture_roles_match_the_table(admin, caseworker, statistician):
    assert admin.can(P.RESTORE)
    assert not caseworker.can(P.MANAGE_USERS) and not caseworker.can(P.RESTORE)
    assert statistician.can(P.READ_AGGREGATES) and not statistician.can(P.READ_CASES)
