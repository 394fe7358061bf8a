"""Persistence: SQLAlchemy models, the SQLCipher engine and the Alembic migrations."""
