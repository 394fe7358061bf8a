"""Child process of test_crash.py: commits numbered rows until it is killed.

Usage: crash_writer.py DB_PATH FIRST_NUMBER, with the key in hex in MPI_CRASH_KEY.
Each transaction inserts Setting n<number> (a random-size value, so that some transactions
span several pages and WAL checkpoints happen while it runs) and moves Setting "last" to the
number in the same transaction. The number is printed only after the commit returned.
"""

from __future__ import annotations

import os
import random
import sys
from pathlib import Path

from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import Setting

LAST = "last"


def main() -> None:
    path, number = Path(sys.argv[1]), int(sys.argv[2])
    key = bytes.fromhex(os.environ["MPI_CRASH_KEY"])
    rng = random.Random(number)
    db = Database(path, key)
    while True:
        with db.transaction() as session:
            session.add(Setting(key=f"n{number:08d}", value=rng.randbytes(rng.randrange(16, 12_000)).hex()))
            last = session.get(Setting, LAST)
            if last is None:
                session.add(Setting(key=LAST, value=str(number)))
            else:
                last.value = str(number)
        print(number, flush=True)
        number += 1


if __name__ == "__main__":
    main()
