"""When to lock by itself: after idle time, and when the computer wakes from sleep.

Idle: any key, click, wheel or mouse move restarts the countdown. Sleep: the wall clock jumps
ahead of the monotonic clock (which stops while suspended), or the platform says the
application was suspended.
"""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication

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

    def __init__(self, minutes: float = 5.0, parent: QObject | None = None):
        super().__init__(parent)
        self._timer = QTimer(self, singleShot=True)
        self._timer.timeout.connect(self.idle)
        self.set_minutes(minutes)
        self._heartbeat = QTimer(self, interval=HEARTBEAT_MS)
        self._heartbeat.timeout.connect(self._check_clock)
        self._wall, self._mono = time.time(), time.monotonic()
        app = QGuiApplication.instance()
        if app is not None:
            app.installEventFilter(self)
            app.applicationStateChanged.connect(self._state_changed)

    def set_minutes(self, minutes: float) -> None:
        self._timer.setInterval(max(1, int(minutes * 60_000)))

    def start(self) -> None:
        self._wall, self._mono = time.time(), time.monotonic()
        self._timer.start()
        self._heartbeat.start()

    def stop(self) -> None:
        self._timer.stop()
        self._heartbeat.stop()

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
