"""The growing wait after failed unlocks: two free attempts, then 2, 4, 8 … seconds, at most five minutes."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from mpi_desktop.security.errors import TooManyAttempts
from mpi_desktop.security.throttle import MAX_DELAY, UnlockThrottle, delay_after


class Clock:
    """An injected clock: tests move time forward instead of sleeping."""

    def __init__(self, now: float = 1_700_000_000.0):
        self.now = now

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "estado"


@pytest.fixture
def throttle(state: Path, clock: Clock) -> UnlockThrottle:
    return UnlockThrottle(state, clock)


def wait_asked(throttle: UnlockThrottle, username: str = "lucia") -> int:
    """Seconds the person is told to wait now (0 when an attempt is allowed)."""
    try:
        throttle.check(username)
    except TooManyAttempts as error:
        return error.seconds
    return 0


def test_the_schedule_is_two_free_attempts_then_doubling_up_to_five_minutes():
    assert [delay_after(n) for n in range(13)] == [0, 0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]
    assert MAX_DELAY == 300
    assert delay_after(10**12) == 300  # a counter edited to absurd values stays cheap and capped


def test_waits_grow_after_the_free_attempts(throttle, clock):
    seen = []
    for _ in range(12):
        assert wait_asked(throttle) == 0  # every attempt made after waiting is allowed
        throttle.failed("lucia")
        seen.append(wait_asked(throttle))
        clock.advance(seen[-1])
    assert seen == [0, 0, 2, 4, 8, 16, 32, 64, 128, 256, 300, 300]


def test_too_many_attempts_says_how_long_to_wait_in_spanish(throttle, clock):
    for _ in range(4):
        throttle.failed("lucia")
    with pytest.raises(TooManyAttempts) as info:
        throttle.check("lucia")
    assert info.value.seconds == 4
    assert str(info.value) == "Demasiados intentos fallidos. Espere 4 segundos antes de intentar de nuevo."
    clock.advance(2.5)
    assert wait_asked(throttle) == 2  # rounded up: never tell someone to try a moment too early
    clock.advance(1.5)
    assert wait_asked(throttle) == 0


def test_a_success_resets_the_count(throttle, clock):
    for _ in range(5):
        throttle.failed("lucia")
    clock.advance(8)
    throttle.succeeded("lucia")
    assert wait_asked(throttle) == 0
    throttle.failed("lucia")
    throttle.failed("lucia")
    assert wait_asked(throttle) == 0  # two free attempts again


def test_the_count_survives_a_restart_of_the_program(state, clock):
    for _ in range(3):
        UnlockThrottle(state, clock).failed("lucia")
    assert wait_asked(UnlockThrottle(state, clock)) == 2


def test_each_username_has_its_own_count_whatever_its_spelling(throttle):
    for _ in range(3):
        throttle.failed("lucia")
    assert wait_asked(throttle, " Lucia ") == 2
    assert wait_asked(throttle, "marta") == 0


def test_the_counter_file_names_nobody(throttle, state):
    throttle.failed("lucia.hernandez")
    text = (state / "intentos.json").read_text()
    assert "lucia" not in text.casefold()


def test_a_clock_set_back_costs_at_most_one_wait(throttle, clock):
    for _ in range(3):
        throttle.failed("lucia")
    clock.advance(-3 * 3600)  # someone sets the clock three hours back
    assert wait_asked(throttle) == 2
    clock.advance(2)
    assert wait_asked(throttle) == 0


@pytest.mark.parametrize(
    "content",
    [
        b"no es json",
        b"[1, 2]",
        b'{"x": "y"}',
        b'{"x": {"failures": "muchos", "last": 0}}',
        b'{"x": {"failures": 3, "last": "ayer"}}',
        b'{"x": {"failures": 3}}',
        b"[" * 100_000,
    ],
    ids=["texto", "lista", "entrada-texto", "fallos-texto", "fecha-texto", "sin-fecha", "anidado"],
)
def test_a_damaged_counter_file_does_not_stop_anyone_from_unlocking(content, throttle, state):
    state.mkdir()
    (state / "intentos.json").write_bytes(content)
    assert wait_asked(throttle) == 0
    throttle.failed("lucia")
    throttle.succeeded("lucia")
    json.loads((state / "intentos.json").read_text())  # rewritten as valid JSON


def test_a_counter_edited_to_a_huge_number_waits_five_minutes(throttle, state, clock):
    throttle.failed("lucia")
    data = json.loads((state / "intentos.json").read_text())
    (key,) = data
    data[key]["failures"] = 10**12
    (state / "intentos.json").write_text(json.dumps(data))
    assert wait_asked(throttle) == 300
