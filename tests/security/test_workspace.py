"""Unlocking end to end: each failure has its own error and Spanish message, and changes nothing on disk.

"Nothing" means every file under the data folder keeps its bytes and no file appears, except
the attempt counter in `estado/`.
"""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from memory_keyring import MemoryKeyring, use_keyring
from sqlalchemy import text

from mpi_desktop.domain.errors import ConflictError, MpiError
from mpi_desktop.security.errors import (
    DeviceSecretMissing,
    TooManyAttempts,
    UnknownUser,
    VaultCorrupt,
    VaultMissing,
    WeakPassphrase,
    WrongPassphrase,
    WrongRecoveryCode,
)
from mpi_desktop.services import workspace
from mpi_desktop.storage.engine import PAGE_SIZE
from mpi_desktop.storage.errors import DatabaseCorrupt, DatabaseMissing, DatabaseNotOurs
from mpi_desktop.storage.paths import DataPaths

USER, NAME, PASS = "lucia.hernandez", "Lucía Hernández", "caballo correcto batería grapa"
SIDECARS = {"mpi.db-wal", "mpi.db-shm"}


@dataclass
class Installation:
    paths: DataPaths
    code: str
    machine: MemoryKeyring
    root_pages: dict[str, int]


@pytest.fixture
def machine(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    """This computer's keyring (in memory; the real one is never touched)."""
    backend = MemoryKeyring()
    use_keyring(monkeypatch, backend)
    return backend


@pytest.fixture
def inst(isolated_home: DataPaths, machine: MemoryKeyring) -> Installation:
    ws, code = workspace.initialize(isolated_home, USER, NAME, PASS)
    with ws.db.transaction() as session:
        rows = session.execute(text("SELECT name, rootpage FROM sqlite_master WHERE type = 'table'")).all()
    ws.close()
    assert not (isolated_home.home / "mpi.db-wal").exists()  # closing leaves one self-contained file
    return Installation(isolated_home, code, machine, {name: page for name, page in rows})


def fingerprint(home: Path) -> dict[str, str]:
    """Every file and folder under the data folder with its hash, leaving out `estado/`."""
    return {
        str(p.relative_to(home)): hashlib.sha256(p.read_bytes()).hexdigest() if p.is_file() else "carpeta"
        for p in sorted(home.rglob("*"))
        if p.relative_to(home).parts[0] != "estado"
    }


def flip_byte(path: Path, page: int, offset: int = 100) -> None:
    data = bytearray(path.read_bytes())
    data[(page - 1) * PAGE_SIZE + offset] ^= 0x01
    path.write_bytes(bytes(data))


# ---- the ways an unlock fails -------------------------------------------------------------------
# Each takes the installation, damages it as the case says, and returns (username, passphrase).
Breaker = Callable[[Installation, Path], tuple[str, str]]


def wrong_passphrase(inst: Installation, tmp: Path) -> tuple[str, str]:
    return USER, PASS + "!"


def unknown_user(inst: Installation, tmp: Path) -> tuple[str, str]:
    return "marta.gomez", PASS


def vault_damaged(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.vault.write_bytes(inst.paths.vault.read_bytes()[:200])
    return USER, PASS


def vault_missing(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.vault.unlink()
    return USER, PASS


def device_secret_missing(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.machine.entries.clear()  # the folder was copied to a machine without this secret
    return USER, PASS


def database_missing(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.database.unlink()
    return USER, PASS


def plain_sqlite(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.database.unlink()
    with sqlite3.connect(inst.paths.database) as conn:
        conn.execute("CREATE TABLE personas (nombre TEXT)")
        conn.execute("INSERT INTO personas VALUES ('alguien')")
    conn.close()
    return USER, PASS


def random_bytes(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.database.write_bytes(os.urandom(inst.paths.database.stat().st_size))
    return USER, PASS


def another_installation(inst: Installation, tmp: Path) -> tuple[str, str]:
    # A genuine MPI Desktop database, but another office's: encrypted under another key.
    other = DataPaths(tmp / "otra-oficina")
    ws, _code = workspace.initialize(other, USER, NAME, PASS, store=None)
    ws.close()
    shutil.copyfile(other.database, inst.paths.database)
    return USER, PASS


def empty_file(inst: Installation, tmp: Path) -> tuple[str, str]:
    inst.paths.database.write_bytes(b"")
    return USER, PASS


def truncated_mid_page(inst: Installation, tmp: Path) -> tuple[str, str]:
    data = inst.paths.database.read_bytes()
    inst.paths.database.write_bytes(data[: len(data) - 1000])
    return USER, PASS


def truncated_at_page_boundary(inst: Installation, tmp: Path) -> tuple[str, str]:
    data = inst.paths.database.read_bytes()
    pages = len(data) // PAGE_SIZE
    inst.paths.database.write_bytes(data[: (pages // 2) * PAGE_SIZE])
    return USER, PASS


def flipped_byte_page_one(inst: Installation, tmp: Path) -> tuple[str, str]:
    flip_byte(inst.paths.database, 1)
    return USER, PASS


def flipped_byte_users_table(inst: Installation, tmp: Path) -> tuple[str, str]:
    # A page read only after the key is proven and the schema loaded: the user lookup meets it.
    flip_byte(inst.paths.database, inst.root_pages["users"])
    return USER, PASS


@dataclass(frozen=True)
class Case:
    breaker: Breaker
    error: type[MpiError]
    says: str
    counts_as_failed_attempt: bool = False


CASES = {
    "frase-incorrecta": Case(wrong_passphrase, WrongPassphrase, "frase de acceso no es correcta", True),
    "usuario-desconocido": Case(unknown_user, UnknownUser, "usuario no existe", True),
    "llaves-danadas": Case(vault_damaged, VaultCorrupt, "archivo de llaves está dañado"),
    "llaves-ausentes": Case(vault_missing, VaultMissing, "Falta el archivo de llaves"),
    "clave-de-dispositivo-ausente": Case(device_secret_missing, DeviceSecretMissing, "código de recuperación", True),
    "base-ausente": Case(database_missing, DatabaseMissing, "No existe una base de datos"),
    "sqlite-sin-cifrar": Case(plain_sqlite, DatabaseNotOurs, "no es una base de datos de MPI Desktop"),
    "bytes-aleatorios": Case(random_bytes, DatabaseNotOurs, "pertenece a otra instalación"),
    "base-de-otra-instalacion": Case(another_installation, DatabaseNotOurs, "pertenece a otra instalación"),
    "archivo-vacio": Case(empty_file, DatabaseCorrupt, "vacío"),
    "truncada-a-media-pagina": Case(truncated_mid_page, DatabaseCorrupt, "truncado"),
    "truncada-en-limite-de-pagina": Case(truncated_at_page_boundary, DatabaseCorrupt, "dañada"),
    "byte-alterado-pagina-1": Case(flipped_byte_page_one, DatabaseCorrupt, "no se pudo descifrar o autenticar"),
    "byte-alterado-tabla-usuarios": Case(flipped_byte_users_table, DatabaseCorrupt, "dañada"),
}


@pytest.mark.parametrize("name", list(CASES))
def test_a_failed_unlock_has_its_own_error_and_changes_nothing(name, inst, tmp_path):
    case = CASES[name]
    username, passphrase = case.breaker(inst, tmp_path)
    home = inst.paths.home
    before = fingerprint(home)

    with pytest.raises(MpiError) as info:
        workspace.unlock(inst.paths, username, passphrase)

    assert type(info.value) is case.error
    message = str(info.value)
    assert case.says in message
    assert message.endswith(".")
    assert USER not in message and passphrase not in message and str(home) not in message
    after = fingerprint(home)
    assert after == before
    counter = inst.paths.state / "intentos.json"
    assert counter.exists() == case.counts_as_failed_attempt
    assert {p.name for p in inst.paths.state.glob("*")} <= {"intentos.json"}


def test_each_kind_of_failure_has_its_own_error_class():
    by_class: dict[type, set[str]] = {}
    for case in CASES.values():
        by_class.setdefault(case.error, set()).add(case.says)
    assert len(by_class) == 8
    # Which of these a person can act on differently: the account, the key file, the keyring,
    # the database file. None of them is a plain Python error.
    assert all(issubclass(error, MpiError) for error in by_class)


def test_a_damaged_schema_leaves_no_sqlite_sidecar_files(inst, tmp_path):
    truncated_at_page_boundary(inst, tmp_path)
    before = fingerprint(inst.paths.home)
    # The error is kept, as a window showing it or a log handler would keep it.
    with pytest.raises(DatabaseCorrupt) as info:
        workspace.unlock(inst.paths, USER, PASS)
    assert "dañada" in str(info.value)
    assert fingerprint(inst.paths.home) == before


def test_a_damaged_schema_version_page_gives_database_corrupt(inst):
    flip_byte(inst.paths.database, inst.root_pages["alembic_version"])
    with pytest.raises(DatabaseCorrupt):
        workspace.unlock(inst.paths, USER, PASS)


def test_a_flipped_byte_on_a_page_not_read_at_unlock_is_found_by_the_integrity_check(inst):
    flip_byte(inst.paths.database, inst.root_pages["cases"])
    ws = workspace.unlock(inst.paths, USER, PASS)  # the cases table is not read to sign in
    try:
        report = ws.db.integrity()
        assert not report.ok
        assert report.cipher_problems
        assert report.describe().startswith("La base de datos tiene daños. Páginas con autenticación inválida")
        assert "Restaure el último respaldo verificado." in report.describe()
        # ... and the first read that touches the page says the same, in Spanish.
        with pytest.raises(DatabaseCorrupt) as info, ws.db.transaction() as session:
            session.execute(text("SELECT count(*) FROM cases")).scalar_one()
        assert "dañada" in str(info.value)
    finally:
        ws.close()


def test_an_intact_database_passes_the_integrity_check(inst):
    ws = workspace.unlock(inst.paths, USER, PASS)
    try:
        assert ws.db.integrity().ok
    finally:
        ws.close()


# ---- the happy paths ----------------------------------------------------------------------------
def test_unlock_signs_in_the_person_with_their_role(inst):
    ws = workspace.unlock(inst.paths, "  Lucia.Hernandez ", PASS)
    try:
        assert ws.actor.username == USER
        assert ws.actor.role.value == "administrator"
        assert len(ws.key) == 32
    finally:
        ws.close()
    assert ws.key == b""  # locking drops the key


def test_initialize_refuses_to_overwrite_an_installation(inst):
    before = fingerprint(inst.paths.home)
    with pytest.raises(ConflictError):
        workspace.initialize(inst.paths, "otra", "Otra Persona", "otra frase bastante larga")
    assert fingerprint(inst.paths.home) == before


def test_initialize_with_a_weak_passphrase_creates_nothing(isolated_home, machine):
    with pytest.raises(WeakPassphrase):
        workspace.initialize(isolated_home, USER, NAME, "corta")
    assert not isolated_home.home.exists()
    assert machine.entries == {}


# ---- throttling through unlock ------------------------------------------------------------------
class Clock:
    def __init__(self) -> None:
        self.now = 1_700_000_000.0

    def __call__(self) -> float:
        return self.now


def test_unlock_makes_people_wait_after_repeated_failures(inst):
    clock = Clock()
    for _ in range(3):
        with pytest.raises(WrongPassphrase):
            workspace.unlock(inst.paths, USER, "no es la frase correcta", clock=clock)
    # Even the right passphrase waits: the delay is not an oracle for guesses.
    with pytest.raises(TooManyAttempts) as info:
        workspace.unlock(inst.paths, USER, PASS, clock=clock)
    assert info.value.seconds == 2
    assert "Espere 2 segundos" in str(info.value)
    clock.now += 2
    workspace.unlock(inst.paths, USER, PASS, clock=clock).close()
    # The success reset the count: two free attempts again.
    for _ in range(2):
        with pytest.raises(WrongPassphrase):
            workspace.unlock(inst.paths, USER, "no es la frase correcta", clock=clock)
    workspace.unlock(inst.paths, USER, PASS, clock=clock).close()


def test_the_wait_holds_after_the_program_restarts_and_is_per_user(inst):
    clock = Clock()
    for wait in (0, 0, 0, 2):
        clock.now += wait
        with pytest.raises(WrongPassphrase):
            workspace.unlock(inst.paths, USER, "no es la frase correcta", clock=clock)
    clock.now += 3
    with pytest.raises(TooManyAttempts) as info:  # each call builds a new throttle from the file
        workspace.unlock(inst.paths, USER, PASS, clock=clock)
    assert info.value.seconds == 1
    with pytest.raises(UnknownUser):  # someone else is not held back by Lucía's failures
        workspace.unlock(inst.paths, "marta.gomez", PASS, clock=clock)


# ---- recovery ------------------------------------------------------------------------------------
def test_recovery_sets_a_new_passphrase_and_a_new_code(inst):
    new_pass = "una frase nueva tras olvidarla"
    ws, new_code = workspace.recover(inst.paths, inst.code.lower().replace("-", " "), USER, new_pass)
    ws.close()
    assert new_code != inst.code
    workspace.unlock(inst.paths, USER, new_pass).close()
    with pytest.raises(WrongPassphrase):
        workspace.unlock(inst.paths, USER, PASS)
    with pytest.raises(WrongRecoveryCode):
        workspace.recover(inst.paths, inst.code, USER, "otra frase nueva más")
    workspace.recover(inst.paths, new_code, USER, "otra frase nueva más")[0].close()


def test_a_wrong_recovery_code_changes_nothing(inst):
    before = fingerprint(inst.paths.home)
    with pytest.raises(WrongRecoveryCode) as info:
        workspace.recover(inst.paths, "00000-00000-00000-00000-00000-00000", USER, "una frase nueva cualquiera")
    assert str(info.value) == "El código de recuperación no es correcto."
    assert fingerprint(inst.paths.home) == before


def test_recovery_for_an_unknown_user_changes_nothing(inst):
    before = fingerprint(inst.paths.home)
    with pytest.raises(UnknownUser):
        workspace.recover(inst.paths, inst.code, "marta.gomez", "una frase nueva cualquiera")
    assert fingerprint(inst.paths.home) == before
    workspace.unlock(inst.paths, USER, PASS).close()
