"""`mpi-desktop backup create|verify|restore|drill`: encrypted backups from the command line.

The backup passphrase is asked at a prompt (twice when creating) or read from
MPI_DESKTOP_BACKUP_PASSPHRASE for scripts. Every command unlocks the installation as a user
(MPI_DESKTOP_USER / MPI_DESKTOP_PASSPHRASE) so that what it does is audited; `restore` on a
computer without an installation sets one up from the backup instead (docs/backups.md).
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

from mpi_desktop.cli.prompts import EXIT_OK, UsageError, ask, new_passphrase, print_recovery_code, unlock

BACKUP_ENV = "MPI_DESKTOP_BACKUP_PASSPHRASE"


def _backup_passphrase(*, twice: bool = False) -> str:
    first = ask("Frase del respaldo: ", BACKUP_ENV, secret=True)
    if twice and not _from_env() and ask("Repita la frase del respaldo: ", None, secret=True) != first:
        raise UsageError("Las frases del respaldo no coinciden.")
    return first


def _from_env() -> bool:
    return bool(os.environ.get(BACKUP_ENV))


def _progress(fraction: float, label: str) -> None:
    if sys.stderr.isatty():  # a line that rewrites itself; scripts get only the result
        print(f"\r{fraction * 100:5.1f} %  {label:50}", end="", file=sys.stderr, flush=True)
        if fraction >= 1.0:
            print(file=sys.stderr)


def cmd_create(args: argparse.Namespace) -> int:
    from mpi_desktop.exchange import backup

    ws = unlock(args)
    try:
        passphrase = _backup_passphrase(twice=True)
        result = backup.create_backup(ws, Path(args.out), passphrase, progress=_progress)
    finally:
        ws.close()
    print(f"Respaldo cifrado creado y verificado: {result.path}")
    print(f"Registros: {result.manifest.total_records}. Guarde la frase del respaldo: sin ella no puede abrirse.")
    return EXIT_OK


def cmd_verify(args: argparse.Namespace) -> int:
    from mpi_desktop.exchange import backup

    # With an installation here the verification is audited; without one (a new computer, before
    # restoring) the file can still be checked.
    ws = unlock(args) if args.paths.exists() else None
    try:
        result = backup.verify_backup(Path(args.file), _backup_passphrase(), ws, progress=_progress)
    finally:
        if ws is not None:
            ws.close()
    print(result.describe())
    return EXIT_OK


def cmd_restore(args: argparse.Namespace) -> int:
    from mpi_desktop.exchange import restore

    if args.paths.database.exists():
        ws = unlock(args)
        try:
            passphrase = _backup_passphrase()
            if not args.yes:
                answer = ask("La base actual se reemplazará (antes se guarda una copia cifrada). Escriba SÍ: ")
                if answer.strip().upper() not in ("SÍ", "SI"):
                    raise UsageError("Restauración cancelada; no se modificó nada.")
            result = restore.restore_over(ws, Path(args.file), passphrase, progress=_progress)
        finally:
            ws.close()
        print(result.describe())
        return EXIT_OK
    # A computer without an installation: the backup carries the key vault.
    passphrase = _backup_passphrase()
    username = ask("Usuario administrador: ", "MPI_DESKTOP_USER")
    if args.recovery_code:
        code = ask("Código de recuperación: ", "MPI_DESKTOP_RECOVERY_CODE", secret=True)
        new = new_passphrase("MPI_DESKTOP_NEW_PASSPHRASE")
        ws, result = restore.restore_new(
            args.paths, Path(args.file), passphrase, username, code, recovery_code=True, new_passphrase=new,
            progress=_progress,
        )  # fmt: skip
    else:
        secret = ask("Frase de acceso: ", "MPI_DESKTOP_PASSPHRASE", secret=True)
        ws, result = restore.restore_new(args.paths, Path(args.file), passphrase, username, secret, progress=_progress)
    ws.close()
    print(f"Instalación restaurada en {args.paths.home}. {result.describe()}")
    if result.recovery_code:
        print_recovery_code(result.recovery_code)
    return EXIT_OK


def cmd_drill(args: argparse.Namespace) -> int:
    from mpi_desktop.exchange import drill

    ws = unlock(args)
    try:
        passphrase = None if args.automatic_passphrase else _backup_passphrase()
        report = drill.run_drill(
            ws,
            folder=Path(args.folder) if args.folder else None,
            file=Path(args.file) if args.file else None,
            passphrase=passphrase,
            progress=_progress,
        )
    finally:
        ws.close()
    print(report.describe())
    return EXIT_OK


def register(sub, add) -> None:
    """Add these commands to the parser (see `mpi_desktop.cli.build_parser`)."""
    group = sub.add_parser("backup", help="respaldos cifrados").add_subparsers(dest="backup_command", metavar="ORDEN")
    create = add("create", cmd_create, "crear un respaldo cifrado y verificarlo", into=group)
    create.add_argument("--out", required=True, metavar="ARCHIVO", help="archivo del respaldo (.mpibak)")
    verify = add("verify", cmd_verify, "verificar un respaldo sin modificar nada", into=group)
    verify.add_argument("file", metavar="ARCHIVO")
    restore = add(
        "restore", cmd_restore, "restaurar un respaldo (sobre la base actual, o en un equipo nuevo)", into=group
    )
    restore.add_argument("file", metavar="ARCHIVO")
    restore.add_argument("--yes", action="store_true", help="no pedir confirmación (para scripts)")
    restore.add_argument(
        "--recovery-code", action="store_true", help="en un equipo nuevo: abrir con el código de recuperación"
    )
    drill = add(
        "drill", cmd_drill, "simulacro: restaurar el último respaldo en un lugar temporal y comparar", into=group
    )
    drill.add_argument("--folder", metavar="CARPETA", help="carpeta de respaldos (por omisión, la automática)")
    drill.add_argument("--file", metavar="ARCHIVO", help="un respaldo concreto en lugar del más reciente")
    drill.add_argument(
        "--automatic-passphrase", action="store_true", help="usar la frase guardada de los respaldos automáticos"
    )
