"""Informe statistics budget (issue 6, DESIGN.md §5): the queries of one bimester on SQLCipher
within 1.25× of the same queries on a plain SQLite copy of the same data, measured in the same run.

    python -m bench.informe --data DIR --user admin --passphrase P [--year 2024 --bimester 1]

Each Cuadro is timed on its own (median of warm runs) and the whole informe (every section, one
transaction) as well; the ratio of each to its floor is printed beside the budget.
"""

from __future__ import annotations

import argparse
from datetime import date, timedelta
from pathlib import Path
from statistics import median as statistics_median

from bench.common import Figure, plain_copy, timed, unlock
from mpi_desktop.domain.enums import GoverningBody
from mpi_desktop.domain.periods import Period
from mpi_desktop.reports import statistics
from mpi_desktop.reports.informe_pdf import render

RATIO_BUDGET = 1.25


QUERIES = {
    "Cuadro 3 (six rows, profile × identity)": (statistics.cases_attended,),
    "Cuadro 4 (incorporations of the year)": (statistics.incorporations_of_year,),
    "Cuadro 5 (incorporations by year)": (statistics.incorporations_by_year,),
    "Cuadro 6 (measures and actions)": (statistics.measures_granted,),
    "Cuadro 7 (workshops)": (statistics.workshops,),
    "Cuadro 8 (trainings)": (statistics.trainings,),
    "Cuadros 1-2 (governing sessions)": (statistics.governing_sessions, GoverningBody.JUNTA_DE_GOBIERNO),
    "section 4 (institutional activities)": (statistics.institutional_activities,),
    "whole informe (all sections)": (statistics.informe_statistics,),
}


def measure(encrypted, plain, actor, period: Period, repeat: int) -> dict[str, tuple[float, float]]:
    """(SQLCipher, plain) median seconds per query. The two run alternately, so that load from
    anything else on the machine falls on both alike."""
    figures = {}
    for name, (query, *extra) in QUERIES.items():
        samples: dict[str, list[float]] = {"encrypted": [], "plain": []}
        for _ in range(repeat):
            for which, db in (("encrypted", encrypted), ("plain", plain)):
                samples[which].append(
                    timed(lambda db=db, query=query, extra=extra: query(db, actor, period, *extra), repeat=1)
                )
        figures[name] = (statistics_median(samples["encrypted"]), statistics_median(samples["plain"]))
    return figures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", required=True)
    last = Period.bimester_of(date.today())
    parser.add_argument("--year", type=int, default=last.start.year, help="default: this year")
    parser.add_argument("--bimester", type=int, default=0, help="1-6 (default: the last whole bimester)")
    parser.add_argument("--repeat", type=int, default=9, help="timed runs of each query on each database")
    args = parser.parse_args(argv)
    if args.bimester:
        period = Period.bimester(args.year, args.bimester)
    else:  # the last whole one: the one before the bimester of today
        period = Period.bimester_of(last.start - timedelta(days=1))
    ws = unlock(args.data, args.user, args.passphrase)
    try:
        plain = plain_copy(ws.db, args.data.parent / (args.data.name + "-plain.sqlite"))
        figures = measure(ws.db, plain, ws.actor, period, args.repeat)
    finally:
        ws.close()
    print(f"informe statistics, {period.label} (cut-off {period.cutoff_label})")
    print(f"{'query':42}{'SQLCipher':>11}{'plain':>9}{'ratio':>7}{'budget':>8}")
    for name, (seconds, floor) in figures.items():
        ratio = seconds / floor
        verdict = "ok" if ratio <= RATIO_BUDGET else "OVER"
        print(f"{name:42}{seconds * 1000:9.1f}ms{floor * 1000:7.1f}ms{ratio:6.2f}x{RATIO_BUDGET:7.2f}x {verdict}")
    return 0


def last_whole_bimester() -> Period:
    return Period.bimester_of(Period.bimester_of(date.today()).start - timedelta(days=1))


def run_statistics(ws) -> None:
    """The whole informe's statistics once (for the memory benchmark)."""
    statistics.informe_statistics(ws.db, ws.actor, last_whole_bimester())


def figures(ws, plain, _data: Path, repeat: int = 5) -> list[Figure]:
    """For bench.report: each query against its plain-SQLite floor (budget 1.25×), and the whole
    informe — statistics plus the PDF with every section and chart — against the 2 s budget, its
    floor being the same statistics on plain SQLite plus the same rendering."""
    period = last_whole_bimester()
    measured = measure(ws.db, plain, ws.actor, period, repeat)
    result = [
        Figure(f"informe {period.label}: {name}", seconds, floor, None, RATIO_BUDGET)
        for name, (seconds, floor) in measured.items()
    ]

    def whole(db) -> float:
        return timed(lambda: render(statistics.informe_statistics(db, ws.actor, period)), repeat=3)

    result.append(Figure("whole informe to PDF (all sections, charts)", whole(ws.db), whole(plain), 2.0))
    return result


if __name__ == "__main__":
    raise SystemExit(main())
