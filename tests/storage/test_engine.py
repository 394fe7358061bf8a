"""The encrypted database as a caseworker's laptop holds it (DESIGN.md §4, §6).

What is written must be unreadable in every file of the data folder, the connection must run
with the PRAGMAs the design relies on, transactions must be all or nothing, damage must be
reported, and an exported copy must be a faithful, separately keyed database.
"""

from __future__ import annotations

import secrets
import sqlite3
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select
from sqlalchemy.exc import IntegrityError

from mpi_desktop.domain.enums import Identity, Modality, PersonIdentity, PersonRole, Profile
from mpi_desktop.services import workspace
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.errors import DatabaseCorrupt
from mpi_desktop.storage.models import Case, Person, new_id
from mpi_desktop.storage.paths import DataPaths

NAME = "Xóchitl Hernández Ríos"
PHONE = "5512345678"
ADDRESS = "Calle Mina 14, Col. Guerrero"
CATALOGUE_TEXT = ("Monitoreo telefónico", "Rondines bitacorados")
SECRETS = (NAME, PHONE, ADDRESS, *CATALOGUE_TEXT)


def needles() -> dict[bytes, str]:
    """Each secret as SQLite could store it: UTF-8 (the default) and UTF-16-LE."""
    found = {}
    for text in SECRETS:
        found[text.encode("utf-8")] = f"{text!r} (UTF-8)"
        found[text.encode("utf-16-le")] = f"{text!r} (UTF-16-LE)"
    return found


def plaintext_hits(folder: Path) -> list[str]:
    """Every (file, text) pair where a secret appears in clear anywhere under `folder`."""
    hits = []
    for path in sorted(p for p in folder.rglob("*") if p.is_file()):
        data = path.read_bytes()
        hits += [f"{path.name}: {label}" for needle, label in needles().items() if needle in data]
    return hits


def add_case(db: Database, **person: str) -> str:
    with db.transaction() as session:
        case = Case(
            folio=f"MPI-2024-{secrets.randbelow(10_000):04d}",
            profile=Profile.JOURNALIST,
            identity=Identity.WOMAN,
            modality=Modality.INCORPORATION,
            opened_on=date(2024, 2, 12),
        )
        session.add(case)
        session.flush()
        session.add(Person(case_id=case.id, role=PersonRole.BENEFICIARY, identity=PersonIdentity.WOMAN, **person))
        return case.id


def count(db: Database, model: type) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def test_the_scanner_finds_the_secrets_in_a_plain_sqlite_file(tmp_path: Path) -> None:
    # Without encryption the same rows are readable: the leak check below can fail.
    plain = sqlite3.connect(tmp_path / "plain.db")
    plain.execute("CREATE TABLE persons (full_name TEXT, phone TEXT, address TEXT)")
    plain.execute("INSERT INTO persons VALUES (?, ?, ?)", (NAME, PHONE, ADDRESS))
    plain.commit()
    plain.close()
    hits = plaintext_hits(tmp_path)
    assert f"plain.db: {NAME!r} (UTF-8)" in hits
    assert f"plain.db: {PHONE!r} (UTF-8)" in hits
    (tmp_path / "wide.bin").write_bytes(b"\x00" + ADDRESS.encode("utf-16-le"))
    assert f"wide.bin: {ADDRESS!r} (UTF-16-LE)" in plaintext_hits(tmp_path)


def test_no_personal_or_catalogue_text_in_any_file_of_the_data_folder(isolated_home: DataPaths) -> None:
    ws, _code = workspace.initialize(isolated_home, "admin", "Administración", "una frase larga de prueba", store=None)
    add_case(ws.db, full_name=NAME, phone=PHONE, address=ADDRESS)

    # While open, the committed rows live in the WAL: it must be there and be ciphertext.
    wal = isolated_home.database.with_name(isolated_home.database.name + "-wal")
    assert wal.exists() and wal.stat().st_size > 0
    assert plaintext_hits(isolated_home.home) == []

    ws.close()
    assert plaintext_hits(isolated_home.home) == []

    # The rows really are in there: the key reads them back.
    reopened = workspace.unlock(isolated_home, "admin", "una frase larga de prueba", store=None)
    with reopened.db.session() as session:
        assert session.scalar(select(Person.full_name)) == NAME
    reopened.close()
    assert plaintext_hits(isolated_home.home) == []


def test_pragmas_in_force(db: Database) -> None:
    with db.engine.connect() as conn:

        def pragma(name: str) -> object:
            return conn.exec_driver_sql(f"PRAGMA {name}").scalar_one()

        assert pragma("foreign_keys") == 1
        assert pragma("journal_mode") == "wal"
        assert pragma("synchronous") == 2  # FULL
        assert pragma("temp_store") == 2  # MEMORY: SQLCipher's temporary files are not encrypted
        assert pragma("secure_delete") == 1
        assert str(pragma("cipher_version")).startswith("4.")


def test_a_foreign_key_violation_is_refused_and_writes_nothing(db: Database) -> None:
    with pytest.raises(IntegrityError, match="FOREIGN KEY"), db.transaction() as session:
        session.add(
            Person(case_id=new_id(), role=PersonRole.BENEFICIARY, identity=PersonIdentity.MAN, full_name="Nadie")
        )
    assert count(db, Person) == 0


def test_a_transaction_that_raises_writes_nothing(db: Database) -> None:
    class Boom(Exception):
        pass

    with pytest.raises(Boom), db.transaction() as session:
        session.add(
            Case(
                folio="MPI-2024-0001",
                profile=Profile.DEFENDER,
                identity=Identity.COLLECTIVE,
                modality=Modality.ATTENTION,
                opened_on=date(2024, 1, 9),
            )
        )
        session.flush()  # the row reached the database inside the transaction
        raise Boom
    assert count(db, Case) == 0
    add_case(db, full_name=NAME)  # and the connection is usable afterwards
    assert count(db, Case) == 1


def test_integrity_of_a_healthy_database(db: Database) -> None:
    add_case(db, full_name=NAME)
    report = db.integrity()
    assert report.ok
    assert report.describe() == "Integridad verificada: cifrado y estructura correctos."


def test_a_flipped_byte_in_a_later_page_is_reported(isolated_home: DataPaths, db: Database, db_key: bytes) -> None:
    add_case(db, full_name=NAME, phone=PHONE)
    with db.engine.connect() as conn:
        page = conn.exec_driver_sql("SELECT rootpage FROM sqlite_master WHERE name = 'persons'").scalar_one()
    db.close()
    assert page > 1
    path = isolated_home.database
    data = bytearray(path.read_bytes())
    data[(page - 1) * 4096 + 2000] ^= 0x01
    path.write_bytes(bytes(data))

    damaged = Database(path, db_key)  # page 1 is intact, so it opens; the damage is found by checking
    try:
        report = damaged.integrity()
    finally:
        damaged.close()
    assert not report.ok
    assert report.cipher_problems
    assert report.describe().startswith("La base de datos tiene daños.")
    assert "Páginas con autenticación inválida" in report.describe()
    assert "Restaure el último respaldo verificado." in report.describe()


def test_export_copy_opens_with_the_new_key_only(tmp_path: Path, db: Database, db_key: bytes) -> None:
    case_id = add_case(db, full_name=NAME, phone=PHONE, address=ADDRESS)
    new_key = secrets.token_bytes(32)
    copy = tmp_path / "copia.db"
    db.export_copy(copy, new_key)

    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    assert copy.stat().st_mode & 0o777 == 0o600  # owner-only, like the database itself
    exported = Database(copy, new_key)
    try:
        with exported.session() as session:
            person = session.scalars(select(Person)).one()
            assert (person.case_id, person.full_name, person.phone, person.address) == (case_id, NAME, PHONE, ADDRESS)
            assert session.scalar(select(func.count()).select_from(Case)) == 1
        assert exported.integrity().ok
    finally:
        exported.close()

    with pytest.raises(DatabaseCorrupt):
        Database(copy, db_key)
    with pytest.raises(FileExistsError):
        db.export_copy(copy, new_key)  # never overwrites


def test_export_copy_never_puts_the_key_in_an_error_message(tmp_path: Path, db: Database) -> None:
    # Error texts end up in logs and dialogs; a failed export must not carry the key in its SQL.
    new_key = secrets.token_bytes(32)
    with pytest.raises(Exception) as failure:
        db.export_copy(tmp_path / "no-existe" / "copia.db", new_key)
    assert new_key.hex() not in str(failure.value)
    assert new_key.hex().upper() not in str(failure.value)
