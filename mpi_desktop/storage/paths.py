"""Where an installation keeps its files: platformdirs by default, `MPI_DESKTOP_HOME` or --data-dir to override."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "mpi-desktop"
APP_AUTHOR = "MPI CDMX"


@dataclass(frozen=True)
class DataPaths:
    home: Path

    @classmethod
    def resolve(cls, data_dir: str | os.PathLike[str] | None = None) -> DataPaths:
        if data_dir:
            return cls(Path(data_dir).expanduser().resolve())
        env = os.environ.get("MPI_DESKTOP_HOME")
        if env:
            return cls(Path(env).expanduser().resolve())
        return cls(Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR)))

    @property
    def database(self) -> Path:
        return self.home / "mpi.db"

    @property
    def vault(self) -> Path:
        return self.home / "llaves.json"

    @property
    def state(self) -> Path:
        """Small non-secret bookkeeping (failed unlock counters), never personal data."""
        return self.home / "estado"

    @property
    def migration_copies(self) -> Path:
        return self.home / "copias-antes-de-migrar"

    @property
    def drafts(self) -> Path:
        return self.home / "borradores"

    def exists(self) -> bool:
        return self.database.exists() or self.vault.exists()
