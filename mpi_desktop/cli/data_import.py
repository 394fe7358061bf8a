"""`mpi-desktop import ARCHIVO…`: legacy registers from an XLSX workbook or CSV files (one per register).

The mapping is guessed from the headers and printed; `--map "Columna=campo"` (repeatable)
changes it. `--dry-run` only says what would be created and lists every rejected row. Without
it the import runs in one transaction: with rejected rows nothing is imported unless
`--accepted-only` is given, and then the accepted rows go in together or not at all.
Printed reasons name the sheet, row and column, never what a cell holds.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from mpi_desktop.cli.prompts import EXIT_OK, EXIT_PROBLEMS_FOUND, UsageError, unlock
from mpi_desktop.exchange.legacy_mapping import FIELDS, IGNORE, MappingError, RegisterKind, header_key, with_overrides

if TYPE_CHECKING:  # the import machinery (SQLAlchemy, openpyxl) loads only when the command runs
    from mpi_desktop.exchange.legacy_import import ImportPlan, SheetChoice

MAX_LISTED = 500  # rejected rows printed; the rest are counted


def _overridden(choices: tuple[SheetChoice, ...], overrides: list[str]) -> tuple[SheetChoice, ...]:
    """Each `--map` applies to the sheets that have that column; one that matches no sheet is an error."""
    from mpi_desktop.exchange.legacy_import import SheetChoice

    used: set[str] = set()
    result = []
    for choice in choices:
        keys = {header_key(header) for header in choice.sheet.headers}
        mine = [item for item in overrides if header_key(item.partition("=")[0]) in keys]
        used.update(mine)
        if mine and choice.kind is not None:
            choice = SheetChoice(
                choice.sheet, choice.kind, with_overrides(choice.kind, choice.sheet.headers, choice.mapping, mine)
            )
        result.append(choice)
    for item in overrides:
        if "=" not in item:
            raise UsageError("Cada --map se escribe «Columna=campo».")
        if item not in used:
            raise UsageError(f"Ninguna hoja tiene la columna «{item.partition('=')[0].strip()}».")
    return tuple(result)


def describe_choices(choices: tuple[SheetChoice, ...]) -> list[str]:
    lines = []
    for choice in choices:
        sheet = choice.sheet
        if choice.kind is None:
            lines.append(f"Hoja «{sheet.name}»: no se reconoce qué registro contiene; no se importa (use --kind).")
            continue
        lines.append(f"Hoja «{sheet.name}» ({len(sheet.rows)} filas): {choice.kind.label}")
        labels = {spec.name: spec.label for spec in FIELDS[choice.kind]}
        for index, field in enumerate(choice.mapping):
            lines.append(f"    {sheet.column(index)} → {labels[field] if field else IGNORE}")
    return lines


def describe_plan(plan: ImportPlan) -> list[str]:
    lines = [plan.describe()]
    for rejection in plan.rejections[:MAX_LISTED]:
        where = f"Hoja «{rejection.sheet}»" + (f", fila {rejection.row}" if rejection.row else "")
        where += f", columna «{rejection.column}»" if rejection.column else ""
        lines.append(f"  {where}: {rejection.reason}")
    if len(plan.rejections) > MAX_LISTED:
        lines.append(f"  … y {len(plan.rejections) - MAX_LISTED} motivos más.")
    return lines


def cmd_import(args: argparse.Namespace) -> int:
    from mpi_desktop.exchange.legacy_import import dry_run, import_records, load

    kind = RegisterKind(args.kind) if args.kind else None
    choices = load(args.files, kind)
    if kind is not None and len(choices) > 1:
        raise UsageError(
            "--kind solo se usa con un archivo de una sola hoja; nombre cada hoja o archivo como su registro."
        )
    try:
        choices = _overridden(choices, args.map or [])
    except MappingError as error:
        raise UsageError(str(error)) from None
    print("\n".join(describe_choices(choices)))
    for choice in choices:
        for problem in choice.problems():
            print(f"Hoja «{choice.sheet.name}»: {problem}")
    ws = unlock(args)
    try:
        plan = dry_run(ws.db, ws.actor, choices)
        print("\n".join(describe_plan(plan)))
        if args.dry_run:
            print("Prueba sin importar: no se escribió nada.")
            return EXIT_OK if plan.ok else EXIT_PROBLEMS_FOUND
        if not plan.ok and not args.accepted_only:
            print(
                "No se importó nada: corrija las filas rechazadas o use --accepted-only para importar solo las aceptadas."
            )
            return EXIT_PROBLEMS_FOUND
        result = import_records(ws.db, ws.actor, choices, accepted_only=args.accepted_only)
    finally:
        ws.close()
    print(result.describe())
    for legacy, folio in result.folios:
        if legacy and legacy != folio:
            print(f"  {legacy} → {folio}")
    return EXIT_OK


def register(sub, add) -> None:
    """Add `import` to the parser (see `mpi_desktop.cli.build_parser`)."""
    command = add("import", cmd_import, "importar registros anteriores desde una hoja de cálculo (XLSX o CSV)")
    command.add_argument(
        "files",
        nargs="+",
        metavar="ARCHIVO",
        help="libro .xlsx (una hoja por registro) o archivos .csv (uno por registro)",
    )
    command.add_argument(
        "--kind",
        choices=[kind.value for kind in RegisterKind],
        help="registro que contiene un archivo de una sola hoja (por omisión se adivina)",
    )
    command.add_argument(
        "--map",
        action="append",
        metavar="COLUMNA=CAMPO",
        help="asignar una columna a un campo (repetible); «Columna=» la deja fuera",
    )
    command.add_argument("--dry-run", action="store_true", help="solo mostrar qué se crearía y qué filas se rechazan")
    command.add_argument(
        "--accepted-only", action="store_true", help="si hay filas rechazadas, importar juntas solo las aceptadas"
    )
