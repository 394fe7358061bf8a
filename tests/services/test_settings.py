"""The idle-lock setting: administrators choose it, within limits, and the change is audited."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from mpi_desktop.domain.enums import Role
from mpi_desktop.domain.errors import PermissionDenied, ValidationError
from mpi_desktop.services import settings, users, workspace
from mpi_desktop.storage.models import AuditEvent

PASS = "frase larga de ajustes"


@pytest.fixture
def admin_ws(isolated_home):
    ws, _code = workspace.initialize(isolated_home, "admin", "Admin", PASS, store=None)
    users.add_user(ws, "lucia", "Lucía", Role.CASEWORKER, PASS)
    yield ws
    ws.close()


def test_default_is_five_minutes(admin_ws):
    assert settings.idle_minutes(admin_ws) == 5


def test_administrator_sets_it_and_the_change_is_audited(admin_ws):
    assert settings.set_idle_minutes(admin_ws, 12) == 12
    assert settings.idle_minutes(admin_ws) == 12
    with admin_ws.db.session() as session:
        entry = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
    assert (entry.field, entry.old_value, entry.new_value) == (settings.IDLE_KEY, "5", "12")


@pytest.mark.parametrize("minutes", [0, 61, -1])
def test_out_of_range_is_refused_with_a_spanish_message(admin_ws, minutes):
    with pytest.raises(ValidationError) as info:
        settings.set_idle_minutes(admin_ws, minutes)
    assert "de 1 a 60 minutos" in info.value.problems["idle_minutes"]
    assert settings.idle_minutes(admin_ws) == 5


def test_a_caseworker_cannot_change_it(admin_ws, isolated_home):
    lucia = workspace.unlock(isolated_home, "lucia", PASS, store=None)
    try:
        with pytest.raises(PermissionDenied):
            settings.set_idle_minutes(lucia, 30)
        assert settings.idle_minutes(lucia) == 5
    finally:
        lucia.close()
