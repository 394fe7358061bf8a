"""What every command shares: exit statuses, prompts (or their environment variables), unlocking.

Commands that need a user read MPI_DESKTOP_USER and MPI_DESKTOP_PASSPHRASE (for scripts, as
borg and restic do) or ask at a prompt.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys

from mpi_desktop.domain.errors import MpiError

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_PROBLEMS_FOUND, EXIT_INTERRUPTED = 0, 1, 2, 3, 130


class UsageError(MpiError):
    pass


def ask(prompt: str, env: str | None = None, *, secret: bool = False) -> str:
    """The value of `env` if set, else an answer typed at the terminal."""
    if env and os.environ.get(env):
        return os.environ[env]
    if not sys.stdin.isatty():
        hint = f" o defina {env}" if env else ""
        raise UsageError(f"Falta un dato: «{prompt.rstrip(': ')}»; ejecute en una terminal{hint}.")
    return getpass.getpass(prompt) if secret else input(prompt)


def new_passphrase(env: str, who: str = "") -> str:
    if os.environ.get(env):
        return os.environ[env]
    first = ask(f"Nueva frase de acceso{who}: ", None, secret=True)
    if ask("Repita la frase de acceso: ", None, secret=True) != first:
        raise UsageError("Las frases de acceso no coinciden.")
    return first


def unlock(args: argparse.Namespace):
    from mpi_desktop.services import workspace

    username = ask("Usuario: ", "MPI_DESKTOP_USER")
    passphrase = ask("Frase de acceso: ", "MPI_DESKTOP_PASSPHRASE", secret=True)
    return workspace.unlock(args.paths, username, passphrase)


def print_recovery_code(code: str) -> None:
    print()
    print("CÓDIGO DE RECUPERACIÓN (se muestra una sola vez):")
    print(f"    {code}")
    print("Guárdelo impreso en un lugar seguro, lejos del equipo. Con él se abre la base si se olvida")
    print("la frase de acceso; quien lo tenga puede leer todos los casos.")
    print()
