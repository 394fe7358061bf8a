"""The `report` commands: PDFs of the program, written atomically where the person says.

    mpi-desktop report plan --case MPI-2024-0007 --out resumen.pdf [--from 2024-01-01 --to 2024-02-29]
    mpi-desktop report informe --from 2024-01-01 --to 2024-02-29 [--sections 1,2] --out informe.pdf [--xlsx c.xlsx]

Every report command takes `--out` and, where it covers a period, `--from`/`--to` (see
`add_output` and `add_period`), so the next ones (`report informe`, `report avance`) add a
handler and a `register` line each.
"""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from mpi_desktop.cli.prompts import EXIT_OK, unlock


def iso_day(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"fecha no válida: «{text}» (use AAAA-MM-DD)") from None


def add_period(command: argparse.ArgumentParser, default: str) -> None:
    command.add_argument("--from", dest="start", type=iso_day, metavar="AAAA-MM-DD", help=f"primer día ({default})")
    command.add_argument("--to", dest="end", type=iso_day, metavar="AAAA-MM-DD", help="último día, la fecha de corte")


def add_output(command: argparse.ArgumentParser) -> None:
    command.add_argument("--out", required=True, type=Path, metavar="ARCHIVO.pdf", help="dónde guardar el PDF")


def cmd_plan(args: argparse.Namespace) -> int:
    from mpi_desktop.reports.letterhead import long_date
    from mpi_desktop.reports.plan_summary import write_plan_summary

    ws = unlock(args)
    try:
        summary = write_plan_summary(ws.db, ws.actor, args.out, folio=args.case, start=args.start, end=args.end)
    finally:
        ws.close()
    period = summary.period
    print(
        f"Resumen del plan del caso {summary.case.folio} "
        f"(del {long_date(period.start)} al {long_date(period.end)}) guardado en {args.out}"
    )
    print("Documento CONFIDENCIAL: la impresión quedó registrada en la bitácora.")
    return EXIT_OK


def cmd_avance(args: argparse.Namespace) -> int:
    from mpi_desktop.reports.annual_progress import write_annual_progress
    from mpi_desktop.reports.letterhead import long_date

    ws = unlock(args)
    try:
        report = write_annual_progress(ws.db, ws.actor, args.year, args.out, today=args.cut)
    finally:
        ws.close()
    print(f"Avance del Plan Anual de Trabajo {report.year} (corte al {long_date(report.as_of)}) guardado en {args.out}")
    return EXIT_OK


def section_list(text: str) -> list:
    """ "1,3" or "casos,capacitaciones": the informe's sections by number or by name."""
    from mpi_desktop.reports.informe_pdf import section_by_name

    try:
        return [section_by_name(token) for token in text.split(",") if token.strip()]
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def cmd_informe(args: argparse.Namespace) -> int:
    from mpi_desktop.reports.informe_pdf import informe_period, write_informe

    period = informe_period(args.start, args.end)
    ws = unlock(args)
    try:
        stats = write_informe(ws.db, ws.actor, period, args.out, args.sections)
        if args.xlsx is not None:
            from mpi_desktop.exchange.informe_xlsx import export_informe_xlsx
            from mpi_desktop.reports.informe_pdf import describe, heading_lines
            from mpi_desktop.reports.informe_tables import informe_tables

            tables = informe_tables(stats)
            detail = describe(period, stats.sections)
            export_informe_xlsx(ws.db, ws.actor, args.xlsx, tables, heading_lines(period), detail=detail)
    finally:
        ws.close()
    numbers = ", ".join(sorted(section.value for section in stats.sections))
    print(f"Informe de {period.label} (corte al {period.cutoff_label}), secciones {numbers}: guardado en {args.out}")
    if args.xlsx is not None:
        print(f"Cuadros en XLSX guardados en {args.xlsx}")
    return EXIT_OK


def register(sub, add) -> None:
    """Add these commands to the parser (see `mpi_desktop.cli.build_parser`)."""
    report = sub.add_parser("report", help="informes y resúmenes en PDF").add_subparsers(
        dest="report_command", metavar="ORDEN"
    )
    plan = add("plan", cmd_plan, "resumen del plan de protección de un caso (PDF confidencial)", into=report)
    plan.add_argument("--case", required=True, metavar="FOLIO", help="folio del caso, p. ej. MPI-2024-0007")
    add_output(plan)
    add_period(plan, "por omisión, el primero del mes anterior: los dos últimos meses")
    avance = add("avance", cmd_avance, "avance del Plan Anual de Trabajo de un año (PDF)", into=report)
    avance.add_argument("--year", required=True, type=int, metavar="AAAA", help="año del plan, p. ej. 2025")
    avance.add_argument("--cut", type=iso_day, metavar="AAAA-MM-DD", help="fecha de corte (por omisión, hoy)")
    add_output(avance)
    informe = add("informe", cmd_informe, "informe bimestral o de otro periodo, secciones 1 a 4 (PDF)", into=report)
    add_period(informe, "por omisión, el bimestre en curso con corte a hoy")
    informe.add_argument(
        "--sections", type=section_list, metavar="1,2,3,4", help="secciones por número o nombre (por omisión, todas)"
    )
    add_output(informe)
    informe.add_argument("--xlsx", type=Path, metavar="ARCHIVO.xlsx", help="además, los Cuadros en una hoja de cálculo")
