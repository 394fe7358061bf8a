"""An installation with a few cases for the backup tests, and a row-by-row dump for comparing."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import select

from mpi_desktop.domain.enums import Identity, Modality, PersonIdentity, PersonRole, Procedure, Profile, Role
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.services import cases, users, workspace
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Base
from mpi_desktop.storage.paths import DataPaths

ADMIN_PASS = "frase larga del admin"
BACKUP_PASS = "frase del respaldo 2024"
NAMES = ("Ana Pérez López", "Colectivo Tierra y Libertad")


def add_case(ws: Workspace, name: str, summary: str = "Amenazas por su labor de defensa del territorio.") -> str:
    data = CaseInput(
        Profile.DEFENDER,
        Identity.WOMAN,
        Modality.INCORPORATION,
        procedure=Procedure.ORDINARY,
        opened_on=date(2024, 1, 15),
        alcaldia="Coyoacán",
        summary=summary,
        persons=(PersonInput(PersonRole.BENEFICIARY, name, PersonIdentity.WOMAN, phone="55 1234 5678"),),
    )
    return cases.create_case(ws.db, ws.actor, data, today=date(2024, 2, 29)).id


@pytest.fixture
def installed(isolated_home: DataPaths) -> Iterator[Workspace]:
    ws, code = workspace.initialize(isolated_home, "admin", "Ana Administradora", ADMIN_PASS, store=None)
    ws.recovery_code = code  # type: ignore[attr-defined]  # for the new-computer tests
    users.add_user(ws, "lucia", "Lucía Pérez", Role.CASEWORKER, ADMIN_PASS)
    for name in NAMES:
        add_case(ws, name)
    yield ws
    ws.close()


def dump(db: Database) -> dict[str, list[tuple]]:
    """Every row of every table, in primary-key order: equal dumps mean equal data."""
    result = {}
    with db.session() as session:
        for table in Base.metadata.sorted_tables:
            rows = session.execute(select(table).order_by(*table.primary_key.columns)).all()
            result[table.name] = [tuple(row) for row in rows]
    return result


class MemoryStore:
    """One computer's device-secret store (the OS keyring), in memory: `Vault` only calls get/create."""

    def __init__(self) -> None:
        self.secrets: dict[str, bytes] = {}

    def get(self, vault_id: str) -> bytes | None:
        return self.secrets.get(vault_id)

    def create(self, vault_id: str) -> bytes:
        import secrets

        self.secrets[vault_id] = secrets.token_bytes(32)
        return self.secrets[vault_id]


def machine() -> MemoryStore:
    return MemoryStore()
