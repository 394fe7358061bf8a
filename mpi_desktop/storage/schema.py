"""Creating and upgrading the schema with Alembic; an encrypted copy is taken before any upgrade."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory

from mpi_desktop.storage.engine import Database

MIGRATIONS = Path(__file__).with_name("migrations")


def _config(connection=None) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS))
    config.attributes["connection"] = connection
    return config


def head_revision() -> str:
    head = ScriptDirectory.from_config(_config()).get_current_head()
    assert head is not None
    return head


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(db: Database, key: bytes, copies_dir: Path) -> Path | None:
    """Bring the schema to head. Returns the pre-migration copy taken, if a migration ran on data."""
    current = current_revision(db)
    head = head_revision()
    if current == head:
        return None
    copy = None
    if current is not None:
        copies_dir.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
        copy = copies_dir / f"antes-de-migrar-{current}-{stamp}.db"
        db.export_copy(copy, key)
    with db.engine.begin() as conn:
        command.upgrade(_config(conn), "head")
    return copy
