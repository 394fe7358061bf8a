"""The encrypted database: one SQLCipher 4 file opened with a raw 256-bit key.

Everything SQLite-specific lives here (DESIGN.md §6–7). The key never leaves memory; the file,
its WAL and its temporary storage are unreadable without it.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import StaticPool

from mpi_desktop.storage.errors import DatabaseCorrupt, DatabaseLocked, DatabaseMissing, DatabaseNotOurs

KEY_BYTES = 32
PAGE_SIZE = 4096  # SQLCipher 4 default; every valid file is a whole number of pages
CACHE_KIB = 128 * 1024  # 128 MiB: report GROUP BYs run on par with plain SQLite (DESIGN.md §6)
PLAIN_SQLITE_MAGIC = b"SQLite format 3\x00"

# Applied after the key on every connection. temp_store=MEMORY because SQLCipher's temporary
# files are NOT encrypted; secure_delete so freed pages hold no old plaintext-equivalent data.
PRAGMAS = (
    "PRAGMA foreign_keys = ON",
    "PRAGMA journal_mode = WAL",
    "PRAGMA synchronous = FULL",
    "PRAGMA temp_store = MEMORY",
    "PRAGMA secure_delete = ON",
    f"PRAGMA cache_size = -{CACHE_KIB}",
    "PRAGMA busy_timeout = 5000",
)


def _key_literal(key: bytes) -> str:
    if len(key) != KEY_BYTES:
        raise ValueError("database key must be 32 bytes")
    # x'…' makes SQLCipher use the key as is, skipping its own PBKDF2 (the vault already did Argon2id).
    return f"x'{key.hex()}'"


def sniff(path: Path) -> None:
    """Refuse files that cannot be ours before SQLCipher touches them (and so before any write)."""
    size = path.stat().st_size
    with path.open("rb") as handle:
        head = handle.read(16)
    if head == PLAIN_SQLITE_MAGIC:
        raise DatabaseNotOurs("es una base SQLite sin cifrar")
    if size == 0:
        raise DatabaseCorrupt("el archivo está vacío")
    if size % PAGE_SIZE:
        raise DatabaseCorrupt("el archivo está truncado")


def file_salt(path: Path) -> bytes:
    """SQLCipher 4 keeps the file's random salt in its first 16 bytes, unencrypted."""
    with Path(path).open("rb") as handle:
        return handle.read(16)


@dataclass
class IntegrityReport:
    cipher_problems: list[str] = field(default_factory=list)
    structure_problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.cipher_problems and not self.structure_problems

    def describe(self) -> str:
        if self.ok:
            return "Integridad verificada: cifrado y estructura correctos."
        lines = []
        if self.cipher_problems:
            lines.append(f"Páginas con autenticación inválida (posible alteración): {len(self.cipher_problems)}.")
        if self.structure_problems:
            lines.append(f"Problemas de estructura: {len(self.structure_problems)}.")
        return "La base de datos tiene daños. " + " ".join(lines) + " Restaure el último respaldo verificado."


class Database:
    """One open encrypted database with its single long-lived connection.

    All work goes through `session()`; the GUI reaches it only from its database worker.
    """

    def __init__(self, path: Path, key: bytes, *, create: bool = False, probe: bool = True):
        """Open (or with `create`, make) the file. `probe=False` skips reading the schema at open,
        for `check`, which must reach a damaged file to say what is wrong with it."""
        self.path = Path(path)
        if not create:
            if not self.path.exists():
                raise DatabaseMissing()
            sniff(self.path)
        elif self.path.exists() and self.path.stat().st_size:
            raise FileExistsError(str(self.path))
        else:
            # Owner-only from the first byte; SQLite gives the -wal and -shm files the same mode.
            os.close(os.open(self.path, os.O_CREAT | os.O_WRONLY, 0o600))
        self.engine: Engine = _make_engine(self.path, key, probe)
        try:
            if probe:  # any statement loads the schema; a checking connection must not
                with self.engine.connect() as conn:
                    conn.exec_driver_sql("SELECT 1")
                if not create:
                    self._check_size()
        except BaseException:
            self.engine.dispose()
            raise
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)

    def _check_size(self) -> None:
        # A file cut short at a page boundary still opens; the header's page count betrays it.
        wal = self.path.with_name(self.path.name + "-wal")
        if wal.exists() and wal.stat().st_size:
            return
        with self.engine.connect() as conn:
            pages = conn.exec_driver_sql("PRAGMA page_count").scalar_one()
        if pages * PAGE_SIZE > self.path.stat().st_size:
            raise DatabaseCorrupt("el archivo está truncado")

    def session(self) -> Session:
        return self._sessions()

    @contextlib.contextmanager
    def transaction(self) -> Iterator[Session]:
        """One unit of work: everything inside commits together or nothing is written."""
        with self._sessions() as session, session.begin():
            yield session

    @contextlib.contextmanager
    def bulk_load(self) -> Iterator[None]:
        """Commit without waiting for the disk, for building data that is thrown away if the build
        fails (the demo, the bench set). Durability returns to FULL afterwards, with a checkpoint."""
        self._outside_transaction("PRAGMA synchronous = OFF")
        try:
            yield
        finally:
            self._outside_transaction("PRAGMA synchronous = FULL")
            self.checkpoint()

    def _outside_transaction(self, sql: str) -> None:
        # SQLAlchemy would BEGIN first (see the "begin" listener); some PRAGMAs refuse to run inside.
        with self.engine.connect() as conn:
            conn.connection.dbapi_connection.execute(sql)

    def integrity(self) -> IntegrityReport:
        report = IntegrityReport()
        with self.engine.connect() as conn:
            report.cipher_problems = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA cipher_integrity_check")]
            try:
                rows = [str(row[0]) for row in conn.exec_driver_sql("PRAGMA integrity_check")]
            except (DBAPIError, DatabaseCorrupt) as error:  # the structure check can stop at damage
                rows = [str(error)]
            report.structure_problems = [row for row in rows if row != "ok"]
        return report

    def export_copy(self, destination: Path, key: bytes) -> None:
        """A consistent encrypted copy under `key` (sqlcipher_export into an attached database)."""
        destination = Path(destination)
        # Owner-only from the first byte, and never over an existing file (O_EXCL, no race).
        os.close(os.open(destination, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))
        with self.engine.connect() as conn:
            # On the DBAPI connection, outside SQLAlchemy's transaction: inside it the export is rolled
            # back and DETACH fails ("database export is locked"). The key is a bound parameter, so no
            # error text (SQLAlchemy's quote the statement) can carry it.
            raw = conn.connection.dbapi_connection
            try:
                raw.execute("ATTACH DATABASE ? AS export KEY ?", (str(destination), _key_literal(key)))
                try:
                    raw.execute("SELECT sqlcipher_export('export')")
                    version = raw.execute("PRAGMA main.user_version").fetchone()[0]
                    raw.execute(f"PRAGMA export.user_version = {int(version)}")
                finally:
                    raw.execute("DETACH DATABASE export")
            except BaseException:
                destination.unlink(missing_ok=True)
                raise
        _fsync(destination)

    def checkpoint(self) -> None:
        self._outside_transaction("PRAGMA wal_checkpoint(TRUNCATE)")

    def close(self) -> None:
        with contextlib.suppress(Exception):
            self.checkpoint()
        self.engine.dispose()

    def __enter__(self) -> Database:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def _make_engine(path: Path, key: bytes, probe: bool) -> Engine:
    engine = create_engine(
        f"sqlite+pysqlcipher://:{_key_literal(key)}@/{path}",
        poolclass=StaticPool,
        connect_args={"check_same_thread": False},
        hide_parameters=True,  # no personal data in exception texts
    )

    @event.listens_for(engine, "connect")
    def _configure(dbapi_connection, _record) -> None:
        # Let SQLAlchemy's "begin" event own transactions (pysqlite's implicit ones are unreliable).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        try:
            cursor.execute("PRAGMA cipher_log_level = NONE")
            try:
                # The first read is where a wrong key or a foreign file shows itself.
                if probe:
                    cursor.execute("SELECT count(*) FROM sqlite_master").fetchone()
                # Most PRAGMAs load the schema; a checking connection keeps only the one that
                # keeps temporary data off the disk.
                for pragma in PRAGMAS if probe else ("PRAGMA temp_store = MEMORY",):
                    cursor.execute(pragma)
            except sqlcipher3.dbapi2.DatabaseError as error:
                cursor.close()
                # Close now: a live connection to a WAL database keeps -wal/-shm files on disk.
                dbapi_connection.close()
                raise _translate(error) from None
        finally:
            with contextlib.suppress(sqlcipher3.dbapi2.ProgrammingError):
                cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN")

    @event.listens_for(engine, "handle_error")
    def _damage(context) -> Exception | None:
        # Wherever a damaged page is first read, the person gets the program's own message.
        if isinstance(context.sqlalchemy_exception, DBAPIError) and _is_damage(context.sqlalchemy_exception):
            return _translate(context.original_exception)
        return None

    return engine


def _is_damage(error: DBAPIError) -> bool:
    message = str(error.orig).lower()
    return any(sign in message for sign in ("not a database", "malformed", "hmac", "corrupt"))


def _translate(error: BaseException) -> Exception:
    message = str(error).lower()
    if "not a database" in message:
        return DatabaseCorrupt("no se pudo descifrar o autenticar el archivo")
    if "locked" in message or "busy" in message:
        return DatabaseLocked()
    if "malformed" in message:
        return DatabaseCorrupt("estructura inválida")
    return DatabaseCorrupt(type(error).__name__)


def _fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
    dir_fd = os.open(path.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)


__all__ = ["Database", "IntegrityReport", "sniff"]
