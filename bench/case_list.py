"""Case list budget (issue 3, DESIGN.md §5): first screen < 150 ms, a search keystroke < 50 ms.

    python -m bench.case_list --data DIR --user admin --passphrase P

Each figure is measured on the encrypted database and on a plain SQLite copy of the same data
(the floor, measured in the same run); the ratio is printed beside the budget.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.common import Figure, plain_copy, print_figures, timed, unlock
from mpi_desktop.domain.enums import Profile
from mpi_desktop.services import case_list
from mpi_desktop.services.case_list import CaseFilter, SortKey

TYPED = "hernandez"


def measure(db, actor) -> dict[str, float]:
    def page(criteria: CaseFilter):
        return lambda: case_list.fetch_page(db, actor, criteria)

    figures = {
        "first screen (newest activity)": timed(page(CaseFilter())),
        "sorted by name": timed(page(CaseFilter(sort=SortKey.NAME, descending=False))),
        "filter: year and profile": timed(page(CaseFilter(year=2019, profile=Profile.JOURNALIST))),
        "search by phone digits": timed(page(CaseFilter(text="5512"))),
        "search matching nothing (whole table)": timed(page(CaseFilter(text="qqxxzz"))),
    }
    keystrokes = [timed(page(CaseFilter(text=TYPED[:n])), repeat=3) for n in range(1, len(TYPED) + 1)]
    figures[f"slowest keystroke typing '{TYPED}'"] = max(keystrokes)
    return figures


def figures(ws, plain) -> list[Figure]:
    """Each query on SQLCipher beside the same query on the plain copy (the floor)."""
    encrypted = measure(ws.db, ws.actor)
    floor = measure(plain, ws.actor)
    return [
        Figure(f"case list: {name}", seconds, floor[name], 0.150 if name.startswith(("first", "sorted")) else 0.050)
        for name, seconds in encrypted.items()
    ]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", required=True)
    args = parser.parse_args(argv)
    ws = unlock(args.data, args.user, args.passphrase)
    try:
        plain = plain_copy(ws.db, args.data.parent / (args.data.name + "-plain.sqlite"))
        print_figures("case list", figures(ws, plain))
    finally:
        ws.close()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
