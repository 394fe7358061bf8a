"""Noticing that the operating system locked the screen, so the program locks too (DESIGN.md §4).

Linux: the desktop's screen saver says `ActiveChanged(true)` on the session bus
(org.freedesktop.ScreenSaver, and GNOME's org.gnome.ScreenSaver), and systemd-logind sends
`Lock` to our login session on the system bus (`loginctl lock-session`, a lid closed…).
Windows: the window registers for session notifications (WTSRegisterSessionNotification) and
a native event filter watches for WM_WTSSESSION_CHANGE with WTS_SESSION_LOCK.

Everything degrades silently: no QtDBus, no bus, an offscreen or test platform, a desktop
without a screen saver service — the program then relies on its idle lock alone. The buses
are injectable (`buses=`), so the handlers are tested with fakes and no test opens a socket.
"""

from __future__ import annotations

import contextlib
import ctypes
import os
import sys
from collections.abc import Callable, Iterable
from typing import Any

from PySide6.QtCore import QAbstractNativeEventFilter, QCoreApplication, QObject, Signal, Slot
from PySide6.QtGui import QGuiApplication

# (service, path, interface) of the screen savers that announce ActiveChanged(bool); an empty
# service matches whichever process provides the interface.
SCREEN_SAVERS = (
    ("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver"),
    ("", "/ScreenSaver", "org.freedesktop.ScreenSaver"),  # KDE's older path
    ("", "/org/gnome/ScreenSaver", "org.gnome.ScreenSaver"),
)
LOGIN1 = "org.freedesktop.login1"
LOGIN1_SESSION = "org.freedesktop.login1.Session"
# Platforms with no real desktop session: tests (offscreen) and headless tools.
NO_DESKTOP = {"offscreen", "minimal", "vnc"}

WM_WTSSESSION_CHANGE = 0x02B1
WTS_SESSION_LOCK = 0x7
NOTIFY_FOR_THIS_SESSION = 0


def login1_session_path(session_id: str) -> str:
    """The object path of a logind session: its id escaped as sd-bus escapes path labels."""
    label = "".join(
        ch if ch.isascii() and (ch.isalpha() or (ch.isdigit() and i > 0)) else f"_{ord(ch):02x}"
        for i, ch in enumerate(session_id)
    )
    return f"/org/freedesktop/login1/session/{label or '_'}"


def desktop_buses() -> list[tuple[Any, list[tuple[str, str, str, str, str]]]]:
    """The real buses to listen on, each with (service, path, interface, signal, slot) rules;
    empty where there is no desktop session to ask (tests, headless) or no QtDBus."""
    if not sys.platform.startswith("linux") or QGuiApplication.platformName() in NO_DESKTOP:
        return []
    try:
        from PySide6.QtDBus import QDBusConnection
    except ImportError:
        return []
    found: list[tuple[Any, list[tuple[str, str, str, str, str]]]] = []
    if os.environ.get("DBUS_SESSION_BUS_ADDRESS"):
        rules = [
            (service, path, iface, "ActiveChanged", "screen_saver_changed(bool)")
            for service, path, iface in SCREEN_SAVERS
        ]
        found.append((QDBusConnection.sessionBus(), rules))
    session = os.environ.get("XDG_SESSION_ID")
    if session and os.path.exists("/run/systemd/system"):  # logind runs only under systemd
        found.append(
            (
                QDBusConnection.systemBus(),
                [(LOGIN1, login1_session_path(session), LOGIN1_SESSION, "Lock", "session_locked()")],
            )
        )
    return found


# --- Windows -------------------------------------------------------------------------------


class MSG(ctypes.Structure):
    """winuser.h MSG, declared here so the handler can be tested on every platform."""

    _fields_ = (
        ("hwnd", ctypes.c_void_p),
        ("message", ctypes.c_uint),
        ("wParam", ctypes.c_size_t),
        ("lParam", ctypes.c_ssize_t),
        ("time", ctypes.c_uint32),
        ("pt_x", ctypes.c_long),
        ("pt_y", ctypes.c_long),
    )


def is_session_lock(event_type: bytes | str, message: int) -> bool:
    """Whether a native Windows message (address of a MSG) says the session was locked."""
    kind = event_type.encode() if isinstance(event_type, str) else bytes(event_type)
    if kind != b"windows_generic_MSG" or not message:  # a null pointer cannot be read
        return False
    msg = MSG.from_address(int(message))
    return msg.message == WM_WTSSESSION_CHANGE and msg.wParam == WTS_SESSION_LOCK


class _WindowsSessionFilter(QAbstractNativeEventFilter):
    def __init__(self, on_lock: Callable[[], None]):
        super().__init__()
        self.on_lock = on_lock

    def nativeEventFilter(self, event_type, message):
        with contextlib.suppress(Exception):  # never let a malformed message take the program down
            if is_session_lock(event_type, message):
                self.on_lock()
        return False, 0


# --- The monitor ---------------------------------------------------------------------------


class ScreenLockMonitor(QObject):
    """`locked` when the operating system locks the screen or the session."""

    locked = Signal()

    def __init__(
        self,
        parent: QObject | None = None,
        *,
        buses: Iterable | None = None,
        window_id: Callable[[], int] | None = None,
    ):
        super().__init__(parent)
        self._buses = buses
        self._window_id = window_id
        self._subscriptions: list[tuple[Any, tuple[str, str, str, str, str]]] = []
        self._native: _WindowsSessionFilter | None = None
        self._hwnd: int | None = None
        self.started = False

    def start(self) -> None:
        """Listen, once; a failure to hook up anything leaves the idle lock as the only one."""
        if self.started:
            return
        self.started = True
        buses = desktop_buses() if self._buses is None else list(self._buses)
        for bus, rules in buses:
            for rule in rules:
                with contextlib.suppress(Exception):
                    if bus.connect(*rule[:4], self, f"1{rule[4]}".encode()):
                        self._subscriptions.append((bus, rule))
        if sys.platform == "win32" and self._window_id is not None:
            self._hook_windows()

    def stop(self) -> None:
        for bus, rule in self._subscriptions:
            with contextlib.suppress(Exception):
                bus.disconnect(*rule[:4], self, f"1{rule[4]}".encode())
        self._subscriptions.clear()
        if self._native is not None:
            app = QCoreApplication.instance()
            if app is not None:
                app.removeNativeEventFilter(self._native)
            with contextlib.suppress(Exception):
                ctypes.windll.wtsapi32.WTSUnRegisterSessionNotification(self._hwnd)  # type: ignore[attr-defined]
            self._native = None
        self.started = False

    @property
    def listening(self) -> int:
        """How many sources it listens to (D-Bus signals and the Windows session)."""
        return len(self._subscriptions) + (self._native is not None)

    def _hook_windows(self) -> None:
        with contextlib.suppress(Exception):
            self._hwnd = int(self._window_id())  # type: ignore[misc]
            if ctypes.windll.wtsapi32.WTSRegisterSessionNotification(self._hwnd, NOTIFY_FOR_THIS_SESSION):  # type: ignore[attr-defined]
                self._native = _WindowsSessionFilter(self.locked.emit)
                QCoreApplication.instance().installNativeEventFilter(self._native)

    # -- what the buses call ---------------------------------------------------------------------
    @Slot(bool)
    def screen_saver_changed(self, active: bool) -> None:
        if active:
            self.locked.emit()

    @Slot()
    def session_locked(self) -> None:
        self.locked.emit()


__all__ = ["MSG", "ScreenLockMonitor", "desktop_buses", "is_session_lock", "login1_session_path"]
