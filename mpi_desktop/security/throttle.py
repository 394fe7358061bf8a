"""Progressive delay after failed unlocks, remembered across program starts.

The counter lives in the `estado` folder, keyed by a hash of the username; it holds no
personal data and no secret. Two free attempts, then 2, 4, 8 … seconds, at most five minutes.
"""

from __future__ import annotations

import hashlib
import json
import math
import time
from collections.abc import Callable
from pathlib import Path

from mpi_desktop.security.errors import TooManyAttempts
from mpi_desktop.storage.files import write_atomic

FREE_ATTEMPTS = 2
MAX_DELAY = 300


def delay_after(failures: int) -> int:
    if failures <= FREE_ATTEMPTS:
        return 0
    # The exponent is bounded first: a counter edited to a billion must not build a huge integer.
    return min(2 ** min(failures - FREE_ATTEMPTS, MAX_DELAY.bit_length()), MAX_DELAY)


class UnlockThrottle:
    def __init__(self, state_dir: Path, clock: Callable[[], float] = time.time):
        self.file = Path(state_dir) / "intentos.json"
        self.clock = clock

    def _key(self, username: str) -> str:
        return hashlib.sha256(username.strip().casefold().encode()).hexdigest()[:24]

    def _read(self) -> dict[str, dict[str, float]]:
        """The counters; entries that are not well formed (a damaged or edited file) are dropped."""
        try:
            data = json.loads(self.file.read_bytes())
        except (FileNotFoundError, ValueError, RecursionError):
            return {}
        if not isinstance(data, dict):
            return {}
        return {
            key: entry
            for key, entry in data.items()
            if isinstance(entry, dict)
            and type(entry.get("failures")) is int
            and entry["failures"] >= 0
            and type(entry.get("last")) in (int, float)
            and math.isfinite(entry["last"])
        }

    def check(self, username: str) -> None:
        data = self._read()
        entry = data.get(self._key(username))
        if not entry:
            return
        delay, now = delay_after(entry["failures"]), self.clock()
        if delay and now < entry["last"]:
            # The clock was set back since the last failure: count the delay from now, so nobody is
            # locked out for as long as the clock jumped, and nobody gains attempts by it either.
            entry["last"] = now
            write_atomic(self.file, json.dumps(data).encode())
        wait = entry["last"] + delay - now
        if wait > 0:
            raise TooManyAttempts(math.ceil(wait))

    def failed(self, username: str) -> None:
        data = self._read()
        entry = data.get(self._key(username), {"failures": 0, "last": 0.0})
        data[self._key(username)] = {"failures": entry["failures"] + 1, "last": self.clock()}
        write_atomic(self.file, json.dumps(data).encode())

    def succeeded(self, username: str) -> None:
        data = self._read()
        if data.pop(self._key(username), None) is not None:
            write_atomic(self.file, json.dumps(data).encode())
