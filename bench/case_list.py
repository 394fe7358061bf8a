"""Case list budget (issue 3, DESIGN.md §5): first screen < 150 ms, a search keystroke < 50 ms.

    python -m bench.case_list --data DIR --user admin --passphrase P

Each figure is measured on the encrypted database and on a plain SQLite copy of the same data
(the floor, measured in the same run); the ratio is printed beside the budget.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bench.common import plain_copy, timed, unlock
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


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", type=Path, required=True)
    parser.add_argument("--user", default="admin")
    parser.add_argument("--passphrase", required=True)
    args = parser.parse_args(argv)
    ws = unlock(args.data, args.user, args.passphrase)
    try:
        plain = plain_copy(ws.db, args.data.parent / (args.data.name + "-plain.sqlite"))
        encrypted = measure(ws.db, ws.actor)
        floor = measure(plain, ws.actor)
    finally:
        ws.close()
    budgets = {"first screen (newest activity)": 0.150}
    print(f"{'case list':42}{'SQLCipher':>11}{'plain':>9}{'ratio':>7}{'budget':>9}")
    for name, seconds in encrypted.items():
        budget = budgets.get(name, 0.050 if "keystroke" in name or "search" in name or "filter" in name else 0.150)
        verdict = "ok" if seconds <= budget else "OVER"
        print(
            f"{name:42}{seconds * 1000:9.1f}ms{floor[name] * 1000:7.1f}ms{seconds / floor[name]:6.2f}x"
            f"{budget * 1000:6.0f}ms {verdict}"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
