"""The administration commands: init, demo, check, recover, summary, gui, audit, users."""

from __future__ import annotations

import argparse
import sys

from mpi_desktop.cli.prompts import (
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    UsageError,
    ask,
    new_passphrase,
    print_recovery_code,
    unlock,
)
from mpi_desktop.domain.enums import Role


def cmd_init(args: argparse.Namespace) -> int:
    from mpi_desktop.security.vault import calibrate
    from mpi_desktop.services import workspace

    username = ask("Usuario de la persona administradora: ", "MPI_DESKTOP_USER")
    display = args.name or (ask("Nombre completo: ") if sys.stdin.isatty() else username)
    passphrase = new_passphrase("MPI_DESKTOP_PASSPHRASE")
    ws, code = workspace.initialize(args.paths, username, display, passphrase, params=calibrate())
    ws.close()
    print(f"Base de datos cifrada creada en {args.paths.home}")
    for notice in ws.notices:
        print(f"Aviso: {notice}")
    print_recovery_code(code)
    return EXIT_OK


def cmd_demo(args: argparse.Namespace) -> int:
    from mpi_desktop.services import demo

    if args.if_missing and args.paths.exists():
        print(f"La base de demostración ya existe en {args.paths.home}")
        return EXIT_OK
    summary = demo.create_demo(args.paths, seed=args.seed, progress=lambda text: print(text, flush=True))
    print(f"Base de DEMOSTRACIÓN (datos ficticios) creada en {args.paths.home}")
    print(summary)
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    from mpi_desktop.services import workspace
    from mpi_desktop.storage.engine import Database
    from mpi_desktop.storage.errors import DatabaseError

    # Only the key is needed: a damaged database must still be checkable, so no table is read first.
    username = ask("Usuario: ", "MPI_DESKTOP_USER")
    passphrase = ask("Frase de acceso: ", "MPI_DESKTOP_PASSPHRASE", secret=True)
    _vault, key, _store = workspace.unlock_key(args.paths, username, passphrase)
    print("Verificando el cifrado de cada página y la estructura de la base…", flush=True)
    try:
        with Database(args.paths.database, key, probe=False) as db:
            report = db.integrity()
    except DatabaseError as error:  # damage in the first pages: nothing more can be read
        print(str(error))
        return EXIT_PROBLEMS_FOUND
    print(report.describe())
    return EXIT_OK if report.ok else EXIT_PROBLEMS_FOUND


def cmd_audit_verify(args: argparse.Namespace) -> int:
    from mpi_desktop.security.access import Permission, require
    from mpi_desktop.security.audit import verify

    ws = unlock(args)
    try:
        require(ws.actor, Permission.READ_AUDIT)
        with ws.db.session() as session:
            report = verify(session)
    finally:
        ws.close()
    print(report.describe())
    return EXIT_OK if report.ok else EXIT_PROBLEMS_FOUND


def cmd_user_add(args: argparse.Namespace) -> int:
    from mpi_desktop.services import users

    ws = unlock(args)
    try:
        passphrase = new_passphrase("MPI_DESKTOP_NEW_PASSPHRASE", f" de {args.username}")
        view = users.add_user(ws, args.username, args.name, Role(args.role), passphrase)
    finally:
        ws.close()
    print(f"Usuario «{view.username}» creado con el rol {view.role.label}.")
    return EXIT_OK


def cmd_user_passwd(args: argparse.Namespace) -> int:
    from mpi_desktop.services import users

    ws = unlock(args)
    try:
        if args.username and args.username.strip().casefold() != ws.actor.username:
            new = new_passphrase("MPI_DESKTOP_NEW_PASSPHRASE", f" de {args.username}")
            users.reset_passphrase(ws, args.username, new)
        else:
            current = ask("Frase de acceso actual: ", "MPI_DESKTOP_PASSPHRASE", secret=True)
            users.change_own_passphrase(ws, current, new_passphrase("MPI_DESKTOP_NEW_PASSPHRASE"))
    finally:
        ws.close()
    print("Frase de acceso cambiada. La base de datos no se volvió a cifrar: solo cambió su llave de acceso.")
    return EXIT_OK


def cmd_user_list(args: argparse.Namespace) -> int:
    from mpi_desktop.services import users

    ws = unlock(args)
    try:
        for view in users.list_users(ws):
            state = "activo" if view.active else "desactivado"
            print(f"{view.username:20} {view.role.label:20} {state:12} {view.display_name}")
    finally:
        ws.close()
    return EXIT_OK


def cmd_recover(args: argparse.Namespace) -> int:
    from mpi_desktop.services import workspace

    code = ask("Código de recuperación: ", "MPI_DESKTOP_RECOVERY_CODE", secret=True)
    username = ask("Usuario al que se asigna la nueva frase: ", "MPI_DESKTOP_USER")
    new = new_passphrase("MPI_DESKTOP_NEW_PASSPHRASE")
    ws, new_code = workspace.recover(args.paths, code, username, new)
    ws.close()
    print("Acceso recuperado y frase de acceso cambiada. El código anterior ya no sirve.")
    print_recovery_code(new_code)
    return EXIT_OK


def cmd_summary(args: argparse.Namespace) -> int:
    from mpi_desktop.services import summary

    ws = unlock(args)
    try:
        print(summary.describe(ws))
    finally:
        ws.close()
    return EXIT_OK


def cmd_gui(args: argparse.Namespace) -> int:
    from mpi_desktop.gui.app import has_display, run

    if not has_display():
        raise UsageError(
            "No hay pantalla disponible para abrir el programa (DISPLAY). Use «mpi-desktop summary» "
            "o ejecútelo dentro de una sesión gráfica."
        )
    return run(args.paths, smoke_test=getattr(args, "smoke_test", False))


def register(sub, add) -> None:
    """Add these commands to the parser (see `mpi_desktop.cli.build_parser`)."""
    init = add("init", cmd_init, "crear la base cifrada y la primera persona administradora")
    init.add_argument("--name", help="nombre completo de la persona administradora")
    demo = add("demo", cmd_demo, "crear una base de DEMOSTRACIÓN con casos ficticios")
    demo.add_argument("--if-missing", action="store_true", help="no hacer nada si ya existe")
    demo.add_argument("--seed", type=int, default=2024, help="semilla de los datos ficticios")
    add("check", cmd_check, "verificar el cifrado y la integridad de la base")
    add("recover", cmd_recover, "abrir con el código de recuperación y fijar una frase nueva")
    add("summary", cmd_summary, "resumen de la base (casos por modalidad y perfil)")
    gui = add("gui", cmd_gui, "abrir el programa")
    # For the bundle check (make bundle): open every area with the environment's user, lock, quit.
    gui.add_argument("--smoke-test", action="store_true", help=argparse.SUPPRESS)

    audit = sub.add_parser("audit", help="bitácora de auditoría").add_subparsers(dest="audit_command", metavar="ORDEN")
    add("verify", cmd_audit_verify, "verificar que la bitácora no fue alterada", into=audit)

    user = sub.add_parser("user", help="usuarios").add_subparsers(dest="user_command", metavar="ORDEN")
    user_add = add("add", cmd_user_add, "dar de alta un usuario", into=user)
    user_add.add_argument("username")
    user_add.add_argument("--name", required=True, help="nombre completo")
    user_add.add_argument("--role", required=True, choices=[role.value for role in Role], help="rol")
    passwd = add(
        "passwd", cmd_user_passwd, "cambiar la frase de acceso (propia, o de otra persona si administra)", into=user
    )
    passwd.add_argument("username", nargs="?")
    add("list", cmd_user_list, "listar usuarios", into=user)
