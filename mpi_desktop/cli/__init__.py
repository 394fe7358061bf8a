"""`mpi-desktop`: the program's entry point and its commands.

Without a command it opens the program. Each group of commands lives in a module of its own
with a `register(sub, add)` function; this module only builds the parser and runs a handler.
Exit status 0 on success; otherwise one Spanish line on stderr and a non-zero status.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable, Sequence

from mpi_desktop import __version__
from mpi_desktop.cli import admin, backup, data_import, report
from mpi_desktop.cli.prompts import (
    EXIT_FAILED,
    EXIT_INTERRUPTED,
    EXIT_OK,
    EXIT_PROBLEMS_FOUND,
    EXIT_USAGE,
    UsageError,
)
from mpi_desktop.domain.errors import MpiError
from mpi_desktop.storage.paths import DataPaths

__all__ = ["EXIT_FAILED", "EXIT_INTERRUPTED", "EXIT_OK", "EXIT_PROBLEMS_FOUND", "EXIT_USAGE", "UsageError", "main"]

# Modules with a `register(sub, add)` that adds their commands to the parser.
COMMAND_GROUPS = (admin, report, data_import, backup)


def build_parser() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS: a subcommand's default must not erase a --data-dir given before it.
    common.add_argument(
        "--data-dir",
        default=argparse.SUPPRESS,
        help="carpeta de datos (por omisión la del sistema, o MPI_DESKTOP_HOME)",
    )
    parser = argparse.ArgumentParser(
        prog="mpi-desktop", parents=[common], description="MPI Desktop — gestión de casos del MPI CDMX, sin red."
    )
    parser.add_argument("--version", action="version", version=f"mpi-desktop {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="ORDEN")

    def add(name: str, handler: Callable[[argparse.Namespace], int], help_text: str, into=sub):
        command = into.add_parser(name, parents=[common], help=help_text, description=help_text)
        command.set_defaults(handler=handler)
        return command

    for group in COMMAND_GROUPS:
        group.register(sub, add)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    if handler is None:
        if args.command is not None:
            parser.error(f"indique una orden de «{args.command}»")
        handler = admin.cmd_gui
    args.paths = DataPaths.resolve(getattr(args, "data_dir", None))
    try:
        return handler(args)
    except MpiError as error:
        print(f"mpi-desktop: {error}", file=sys.stderr)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("mpi-desktop: interrumpido.", file=sys.stderr)
        return EXIT_INTERRUPTED
    except Exception as error:  # never show data: only the kind of failure
        # Only the kind of failure: an exception text may carry personal data.
        print(f"mpi-desktop: error inesperado ({type(error).__name__}).", file=sys.stderr)
        return EXIT_FAILED
