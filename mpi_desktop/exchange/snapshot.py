"""SQLCipher page copies and checks for backups: the SQLite online-backup API between two keys.

The online-backup API copies page by page through both pagers, so the copy is decrypted with
the source key and encrypted with the destination key without SQL-level rebuilding: faster than
`sqlcipher_export` (which re-inserts every row and rebuilds every index) and just as consistent.
The source connection holds one read transaction for the whole copy, so in WAL mode writers go
on and the copy is the snapshot of the moment it started — it is never restarted by them.
"""

from __future__ import annotations

import contextlib
import errno
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import sqlcipher3

from mpi_desktop.storage.engine import KEY_BYTES, Database

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


def snapshot(db: Database, destination: Path, key: bytes, progress: Progress | None = None) -> None:
    """A consistent copy of the live database under `key`, while other connections keep writing."""
    with db.engine.connect() as conn:
        raw = conn.connection.dbapi_connection  # outside SQLAlchemy's transaction, as export_copy does
        raw.execute("BEGIN")
        try:
            raw.execute("SELECT count(*) FROM sqlite_master").fetchone()  # the read snapshot starts here
            _copy(raw, destination, key, None, progress)
        except sqlcipher3.dbapi2.DatabaseError as error:
            _raise_damage(error)
            raise
        finally:
            raw.execute("COMMIT")


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
