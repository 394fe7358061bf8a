"""A consistent snapshot of the live database for a backup, and the SQLCipher checks and copies.

`read_snapshot` holds one read transaction on the live connection and, when it can prove the main
database file holds exactly that snapshot (see `_main_file_is_snapshot`), hands out the file's
own bytes — already SQLCipher ciphertext, so nothing is decrypted or re-encrypted. When it cannot
(a writer kept slipping in), it falls back to the SQLite online-backup API, which copies the
snapshot page by page into a new file under the same key and salt: slower, just as consistent.
Either way the source connection's read transaction lets other connections keep writing.
"""

from __future__ import annotations

import contextlib
import errno
import os
import secrets
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from mpi_desktop.storage.engine import KEY_BYTES, Database, file_salt

ATTEMPTS = 5  # checkpoint-and-begin rounds before the page-by-page fallback

STEP_PAGES = 4096  # 16 MiB a step: progress and cancel points without slowing the copy
Progress = Callable[[float], None]


class CopyCancelled(Exception):
    """Raised from the progress callback to stop a copy; the partial file is removed."""


def key_pragma(key: bytes, salt: bytes | None = None) -> str:
    """`PRAGMA key` with a raw key (and an explicit file salt): hex only, so nothing to escape."""
    if len(key) != KEY_BYTES or (salt is not None and len(salt) != 16):
        raise ValueError("raw key of 32 bytes and salt of 16 expected")
    return f"PRAGMA key = \"x'{key.hex()}{salt.hex() if salt else ''}'\""


@contextlib.contextmanager
def connect(path: Path, key: bytes, *, salt: bytes | None = None, readonly: bool = False) -> Iterator:
    """A raw SQLCipher connection outside SQLAlchemy (the backup API needs the DBAPI objects)."""
    target = f"file:{Path(path).as_posix()}?mode=ro" if readonly else str(path)
    conn = sqlcipher3.connect(target, uri=readonly, isolation_level=None, check_same_thread=False)
    try:
        conn.execute(key_pragma(key, salt))
        conn.execute("PRAGMA cipher_log_level = NONE")
        conn.execute("PRAGMA temp_store = MEMORY")  # SQLCipher's temporary files are not encrypted
        yield conn
    finally:
        conn.close()


def _new_file(path: Path) -> None:
    # Owner-only from the first byte, never over an existing file.
    os.close(os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600))


def _copy(source, destination: Path, key: bytes, salt: bytes | None, progress: Progress | None) -> None:
    _new_file(destination)
    try:
        with connect(destination, key, salt=salt) as target:
            # One file, no journal: the copy is thrown away if anything fails.
            target.execute("PRAGMA journal_mode = OFF").fetchall()
            target.execute("PRAGMA synchronous = OFF")

            def report(_status: int, remaining: int, total: int) -> None:
                if progress and total:
                    progress((total - remaining) / total)

            source.backup(target, pages=STEP_PAGES, progress=report)
        fsync(destination)
    except BaseException:
        destination.unlink(missing_ok=True)
        raise


class SourceDamaged(Exception):
    """A page of the source database failed its authentication while it was being copied."""


def _raise_damage(error: Exception) -> None:
    message = str(error).lower()
    if any(sign in message for sign in ("not a database", "malformed", "hmac", "corrupt")):
        raise SourceDamaged() from None


@dataclass
class Snapshot:
    """The live database as of one read transaction: its tables, and the file that holds it."""

    raw: object  # the live DBAPI connection, inside the read transaction
    source: Path  # the main database file (`direct`), or a page copy of the snapshot
    size: int  # bytes of the snapshot: page_count × page_size
    direct: bool

    def tables(self) -> list[str]:
        rows = self.raw.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
        )
        return [row[0] for row in rows]

    def counts(self) -> dict[str, int]:
        """Rows per table, read in the snapshot's own transaction."""
        try:
            return {table: _count(self.raw, table) for table in self.tables()}
        except sqlcipher3.dbapi2.DatabaseError as error:
            _raise_damage(error)
            raise

    def schema_revision(self) -> str | None:
        if "alembic_version" not in self.tables():
            return None
        row = self.raw.execute("SELECT version_num FROM alembic_version").fetchone()
        return row[0] if row else None

    def chunks(self, size: int) -> Iterator[bytes]:
        """The snapshot's bytes, `size` at a time (the last chunk may be shorter)."""
        with self.source.open("rb") as handle:
            remaining = self.size
            while remaining:
                data = handle.read(min(size, remaining))
                if not data:
                    raise SourceDamaged()  # shorter than its own page count says
                remaining -= len(data)
                yield data


def _count(raw, table: str) -> int:
    quoted = '"' + table.replace('"', '""') + '"'  # names come from the file's own catalogue
    return raw.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]  # noqa: S608


@contextlib.contextmanager
def read_snapshot(db: Database, key: bytes, workdir: Path, progress: Progress | None = None) -> Iterator[Snapshot]:
    """A consistent snapshot of the live database, held until the block ends (see the module doc).
    `workdir` receives the fallback page copy, removed afterwards."""
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # outside SQLAlchemy's transaction, as export_copy does
        with connect(db.path, key) as probe:
            direct = False
            for _attempt in range(ATTEMPTS):
                _checkpoint(raw)
                raw.execute("BEGIN")
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
                if _main_file_is_snapshot(probe):
                    direct = True
                    break
                raw.execute("COMMIT")
        copy = workdir / f"instantanea-{secrets.token_hex(4)}.db"
        try:
            if not direct:
                raw.execute("BEGIN")
                raw.execute("SELECT count(*) FROM sqlite_master").fetchone()
            page_size = raw.execute("PRAGMA page_size").fetchone()[0]
            size = raw.execute("PRAGMA page_count").fetchone()[0] * int(page_size)
            if not direct:
                try:
                    _copy(raw, copy, key, file_salt(db.path), progress)
                except sqlcipher3.dbapi2.DatabaseError as error:
                    _raise_damage(error)
                    raise
            elif db.path.stat().st_size < size:
                raise SourceDamaged()
            yield Snapshot(raw, db.path if direct else copy, size, direct)
        finally:
            copy.unlink(missing_ok=True)
            # A read transaction: ending it writes nothing. After a damaged page it may report the
            # damage again; the error already on its way says it first.
            with contextlib.suppress(sqlcipher3.dbapi2.DatabaseError):
                raw.execute("ROLLBACK")


def _checkpoint(raw) -> None:
    """Move the WAL into the main file; TRUNCATE waits for writers, PASSIVE takes what it can."""
    busy = raw.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()[0]
    if busy:
        raw.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()


def _main_file_is_snapshot(probe) -> bool:
    """Whether the main file holds exactly the snapshot the live connection has just begun to read.

    A checkpoint from a second connection copies every WAL frame it may into the main file and
    reports the frames in the WAL (`log`) and those now in the main file (`checkpointed`). It may
    not copy frames newer than our snapshot while we read, so log == checkpointed means: no frame
    is newer than our snapshot, and every older one is in the main file — the main file is our
    snapshot. And it stays so while we read: no checkpoint may write a newer frame into it, and
    the WAL cannot be restarted under a reader. A writer that slips in makes log > checkpointed,
    and the caller begins again."""
    busy, log, checkpointed = probe.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return not busy and log == checkpointed


def copy_database(
    source: Path, source_key: bytes, destination: Path, key: bytes, salt: bytes | None, progress: Progress | None = None
) -> None:
    """Re-key a closed database file into a new one (a restore), keeping `salt` if given."""
    with connect(source, source_key, readonly=True) as conn:
        try:
            _copy(conn, destination, key, salt, progress)
        except sqlcipher3.dbapi2.DatabaseError as error:
            _raise_damage(error)
            raise


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    counts: dict[str, int] = field(default_factory=dict)
    schema_revision: str | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


def check(path: Path, key: bytes, *, every_page: bool = True) -> CheckReport:
    """Every page's HMAC (cipher_integrity_check), the b-tree structure (quick_check), the record
    counts per table and the schema revision, read-only. `every_page=False` leaves out the separate
    HMAC pass: quick_check reads, and so authenticates, every page in use (only free pages go
    unread), which is enough for a copy SQLCipher itself has just written."""
    report = CheckReport()
    with connect(path, key, readonly=True) as conn:
        try:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
            if every_page:
                report.problems += [str(row[0]) for row in conn.execute("PRAGMA cipher_integrity_check")]
            report.problems += [str(row[0]) for row in conn.execute("PRAGMA quick_check") if row[0] != "ok"]
            tables = [
                row[0]
                for row in conn.execute(
                    "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
                )
            ]
            for table in tables:  # names come from the file's own catalogue, quoted as identifiers
                quoted = '"' + table.replace('"', '""') + '"'
                report.counts[table] = conn.execute(f"SELECT count(*) FROM {quoted}").fetchone()[0]  # noqa: S608
            if "alembic_version" in tables:
                row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
                report.schema_revision = row[0] if row else None
        except sqlcipher3.dbapi2.DatabaseError as error:
            report.problems.append(type(error).__name__)
    return report


def user_role(path: Path, key: bytes, username: str) -> tuple[str, bool] | None:
    """The role and active flag of `username` in a database file, or None when absent."""
    with connect(path, key, readonly=True) as conn:
        row = conn.execute("SELECT role, active FROM users WHERE username = ?", (username,)).fetchone()
    return (str(row[0]), bool(row[1])) if row else None


def is_disk_full(error: BaseException) -> bool:
    if isinstance(error, OSError):
        return error.errno in (errno.ENOSPC, errno.EDQUOT)
    return isinstance(error, sqlcipher3.dbapi2.Error) and "full" in str(error).lower()


def fsync(path: Path) -> None:
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
