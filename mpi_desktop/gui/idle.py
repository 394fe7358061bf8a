"""When to lock by itself: after idle time, when the computer wakes from sleep, and when the
operating system locks the screen.

Idle: any key, click, wheel or mouse move restarts the countdown. Sleep: the wall clock jumps
ahead of the monotonic clock (which stops while suspended), or the platform says the
application was suspended. Screen lock: see screen_lock.ScreenLockMonitor.
"""

from __future__ import annotations

import time
from collections.abc import Iterable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

from mpi_desktop.gui.screen_lock import ScreenLockMonitor

INPUT_EVENTS = {
    QEvent.Type.KeyPress,
    QEvent.Type.MouseButtonPress,
    QEvent.Type.MouseMove,
    QEvent.Type.Wheel,
    QEvent.Type.TouchBegin,
}
HEARTBEAT_MS = 5000
SLEEP_GAP_S = 30.0


class IdleWatcher(QObject):
    idle = Signal()
    slept = Signal()
    screen_locked = Signal()

    def __init__(self, minutes: float = 5.0, parent: QObject | None = None, *, buses: Iterable | None = None):
        """`buses`: where to hear of the screen locking (see ScreenLockMonitor); None: the desktop's."""
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._check_clock)
        self._wall, self._mono = time.time(), time.monotonic()
        self._filtering = False
        window_id = (lambda: int(parent.winId())) if isinstance(parent, QWidget) else None
        self.screen = ScreenLockMonitor(self, buses=buses, window_id=window_id)
        self.screen.locked.connect(self._screen_locked)
        app = QGuiApplication.instance()
        if app is not None:
            app.applicationStateChanged.connect(self._state_changed)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self._wall, self._mono = time.time(), time.monotonic()
        self._timer.start()
        self._heartbeat.start()
        self._watch_input(True)
        self.screen.start()

    def stop(self) -> None:
        """While locked nothing is watched: the application-wide input filter is removed, so no
        event of the unlock window (or of a later window) passes through this object."""
        self._timer.stop()
        self._heartbeat.stop()
        self._watch_input(False)

    def _watch_input(self, on: bool) -> None:
        app = QGuiApplication.instance()
        if app is None or on == self._filtering:
            return
        if on:
            app.installEventFilter(self)
        else:
            app.removeEventFilter(self)
        self._filtering = on

    def _screen_locked(self) -> None:
        if self._heartbeat.isActive():  # only while the session is open (not already locked)
            self.screen_locked.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in INPUT_EVENTS and self._timer.isActive():
            self._timer.start()
        return False

    def _check_clock(self) -> None:
        wall, mono = time.time(), time.monotonic()
        if (wall - self._wall) - (mono - self._mono) > SLEEP_GAP_S:
            self.slept.emit()
        self._wall, self._mono = wall, mono

    def _state_changed(self, state: Qt.ApplicationState) -> None:
        if state == Qt.ApplicationState.ApplicationSuspended and self._heartbeat.isActive():
            self.slept.emit()
