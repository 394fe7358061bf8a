"""The Alembic migrations: they build exactly the models' schema, seed Cuadro 6, and never
upgrade a database holding data without first taking an encrypted copy of it."""

from __future__ import annotations

import secrets
import shutil
import textwrap
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, select

from mpi_desktop.domain.catalogue import MEASURE_CATALOGUE
from mpi_desktop.storage import schema
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.errors import DatabaseCorrupt
from mpi_desktop.storage.models import Base, CatalogueItem, Setting
from mpi_desktop.storage.paths import DataPaths

SECOND_REVISION = '''
    """throwaway second revision (test only)"""
    import sqlalchemy as sa
    from alembic import op

    revision = "9002"
    down_revision = "{down}"
    branch_labels = None
    depends_on = None


    def upgrade() -> None:
        op.create_table("scratch", sa.Column("id", sa.Integer, primary_key=True))
        op.execute("UPDATE settings SET value = 'after' WHERE key = 'marker'")
        {fail}


    def downgrade() -> None:
        op.drop_table("scratch")
'''


def with_second_revision(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, *, fail: bool = False) -> None:
    """Point `schema` at a copy of the real migrations plus one more revision after head."""
    copy = tmp_path / "migrations"
    shutil.copytree(schema.MIGRATIONS, copy, ignore=shutil.ignore_patterns("__pycache__"))
    body = SECOND_REVISION.format(down=schema.head_revision(), fail="raise RuntimeError('boom')" if fail else "")
    (copy / "versions" / "9002_scratch.py").write_text(textwrap.dedent(body), encoding="utf-8")
    monkeypatch.setattr(schema, "MIGRATIONS", copy)
    assert schema.head_revision() == "9002"


def put_marker(db: Database) -> None:
    with db.transaction() as session:
        session.add(Setting(key="marker", value="before"))


def marker(db: Database) -> str | None:
    with db.session() as session:
        row = session.get(Setting, "marker")
        return None if row is None else row.value


def tables(db: Database) -> set[str]:
    with db.engine.connect() as conn:
        return set(inspect(conn).get_table_names())


def test_migrations_build_exactly_the_models_schema(db: Database) -> None:
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "compare_server_default": True})
        assert compare_metadata(context, Base.metadata) == []
    assert schema.current_revision(db) == schema.head_revision()


def test_the_catalogue_is_seeded_with_cuadro_6(db: Database) -> None:
    with db.session() as session:
        items = session.scalars(select(CatalogueItem).order_by(CatalogueItem.sort_order)).all()
    assert [(item.category, item.name) for item in items] == [tuple(entry) for entry in MEASURE_CATALOGUE]
    assert not any(item.retired for item in items)
    assert len({item.id for item in items}) == len(items)


def test_a_fresh_database_is_migrated_without_a_copy(isolated_home: DataPaths, db_key: bytes) -> None:
    isolated_home.home.mkdir(parents=True)
    db = Database(isolated_home.database, db_key, create=True)
    try:
        assert schema.current_revision(db) is None
        assert schema.upgrade(db, db_key, isolated_home.migration_copies) is None
        assert schema.current_revision(db) == schema.head_revision()
        assert schema.upgrade(db, db_key, isolated_home.migration_copies) is None  # at head: nothing to do
    finally:
        db.close()
    assert not isolated_home.migration_copies.exists()


def test_upgrading_data_takes_an_encrypted_copy_first(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: DataPaths, db: Database, db_key: bytes
) -> None:
    old = schema.current_revision(db)
    put_marker(db)
    with_second_revision(tmp_path, monkeypatch)

    copy = schema.upgrade(db, db_key, isolated_home.migration_copies)

    assert schema.current_revision(db) == "9002"
    assert marker(db) == "after" and "scratch" in tables(db)
    assert copy is not None and copy.parent == isolated_home.migration_copies
    assert copy.read_bytes()[:16] != b"SQLite format 3\x00"
    before = Database(copy, db_key)
    try:
        assert schema.current_revision(before) == old
        assert marker(before) == "before"
        assert "scratch" not in tables(before)
        assert before.integrity().ok
    finally:
        before.close()
    with pytest.raises(DatabaseCorrupt):
        Database(copy, secrets.token_bytes(32))


def test_a_failed_migration_changes_nothing_and_keeps_the_copy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, isolated_home: DataPaths, db: Database, db_key: bytes
) -> None:
    old = schema.current_revision(db)
    put_marker(db)
    with_second_revision(tmp_path, monkeypatch, fail=True)

    with pytest.raises(RuntimeError, match="boom"):
        schema.upgrade(db, db_key, isolated_home.migration_copies)

    assert schema.current_revision(db) == old
    assert marker(db) == "before" and "scratch" not in tables(db)
    copies = list(isolated_home.migration_copies.iterdir())
    assert len(copies) == 1
    saved = Database(copies[0], db_key)
    try:
        assert marker(saved) == "before"
    finally:
        saved.close()
