"""What can be wrong with a database file, each in words a person can act on."""

from __future__ import annotations

from mpi_desktop.domain.errors import MpiError


class DatabaseError(MpiError):
    pass


class DatabaseMissing(DatabaseError):
    def __init__(self) -> None:
        super().__init__("No existe una base de datos en la carpeta de datos indicada.")


class DatabaseNotOurs(DatabaseError):
    def __init__(self, why: str = "") -> None:
        super().__init__("El archivo no es una base de datos de MPI Desktop" + (f" ({why})." if why else "."))


class DatabaseCorrupt(DatabaseError):
    def __init__(self, why: str = "") -> None:
        super().__init__(
            "La base de datos está dañada"
            + (f" ({why})" if why else "")
            + ". No se modificó nada; ejecute «mpi-desktop check» o restaure el último respaldo."
        )


class DatabaseLocked(DatabaseError):
    def __init__(self) -> None:
        super().__init__("La base de datos está en uso por otra ventana o programa; ciérrelo e intente de nuevo.")
