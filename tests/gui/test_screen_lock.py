"""The operating system locking the screen locks the program; no test touches a real bus."""

from __future__ import annotations

import ctypes

import pytest
from gui_support import CASEWORKER, open_window, wait_idle
from PySide6.QtCore import Q_ARG, QMetaObject, Qt
from PySide6.QtGui import QGuiApplication

from mpi_desktop.gui import screen_lock
from mpi_desktop.gui.screen_lock import (
    MSG,
    WM_WTSSESSION_CHANGE,
    WTS_SESSION_LOCK,
    ScreenLockMonitor,
    desktop_buses,
    is_session_lock,
    login1_session_path,
)


class FakeBus:
    """Records subscriptions as QDBusConnection.connect/disconnect receive them."""

    def __init__(self, accept: bool = True):
        self.accept = accept
        self.subscribed: list[tuple] = []

    def connect(self, service, path, interface, name, receiver, slot) -> bool:
        if self.accept:
            self.subscribed.append((service, path, interface, name, receiver, slot))
        return self.accept

    def disconnect(self, service, path, interface, name, receiver, slot) -> bool:
        self.subscribed.remove((service, path, interface, name, receiver, slot))
        return True


def deliver(subscription: tuple, *args) -> None:
    """Call the subscribed slot by its Qt signature, as QtDBus does when the signal arrives."""
    receiver, slot = subscription[4], subscription[5].decode()
    assert slot.startswith("1")  # Qt's SLOT() code
    signature = slot[1:]
    assert receiver.metaObject().indexOfSlot(signature) >= 0, signature  # QtDBus can only call real slots
    name = signature.split("(")[0]
    QMetaObject.invokeMethod(receiver, name, Qt.ConnectionType.DirectConnection, *(Q_ARG(bool, a) for a in args))


@pytest.fixture
def window(qtbot, jobs, installation):
    window = open_window(qtbot, jobs, installation, CASEWORKER)
    wait_idle(qtbot, jobs)
    return window


# --- The window ----------------------------------------------------------------------------


def test_the_screen_saver_turning_on_locks_the_window(qtbot, jobs, window):
    monitor = window.idle.screen
    monitor.screen_saver_changed(False)  # the screen saver going away is no reason to lock
    assert not window.is_locked
    with qtbot.waitSignal(window.locked, timeout=5_000):
        monitor.screen_saver_changed(True)
    assert window.is_locked and not window.isVisible()
    monitor.session_locked()  # a second notice while locked changes nothing
    assert window.is_locked
    wait_idle(qtbot, jobs)


def test_logind_locking_the_session_locks_the_window(qtbot, jobs, window):
    with qtbot.waitSignal(window.locked, timeout=5_000):
        window.idle.screen.session_locked()
    assert window.is_locked
    wait_idle(qtbot, jobs)


def test_a_bus_signal_reaches_the_window_through_its_subscription(qtbot, jobs, window, monkeypatch):
    session, system = FakeBus(), FakeBus()
    monitor = ScreenLockMonitor(
        window,
        buses=[
            (session, [("", "/org/freedesktop/ScreenSaver", "org.freedesktop.ScreenSaver", "ActiveChanged", "screen_saver_changed(bool)")]),
            (system, [("org.freedesktop.login1", login1_session_path("3"), "org.freedesktop.login1.Session", "Lock", "session_locked()")]),
        ],
    )  # fmt: skip
    monitor.locked.connect(window.lock)
    monitor.start()
    assert monitor.listening == 2
    with qtbot.waitSignal(window.locked, timeout=5_000):
        deliver(session.subscribed[0], True)
    assert window.is_locked
    monitor.stop()
    assert session.subscribed == [] and system.subscribed == [] and monitor.listening == 0
    wait_idle(qtbot, jobs)


def test_a_bus_that_refuses_leaves_the_idle_lock_working(qtbot, window):
    monitor = ScreenLockMonitor(window, buses=[(FakeBus(accept=False), [("", "/x", "a.b", "C", "session_locked()")])])
    monitor.start()
    assert monitor.listening == 0 and not window.is_locked


# --- Never a real bus in tests -------------------------------------------------------------


def test_the_offscreen_platform_never_asks_for_a_bus(qapp, monkeypatch):
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("XDG_SESSION_ID", "3")
    assert QGuiApplication.platformName() == "offscreen"
    assert desktop_buses() == []


def test_on_a_linux_desktop_both_buses_are_asked_for(qapp, monkeypatch):
    pytest.importorskip("PySide6.QtDBus")
    import PySide6.QtDBus as qtdbus

    session, system = object(), object()

    class Connection:
        sessionBus = staticmethod(lambda: session)
        systemBus = staticmethod(lambda: system)

    monkeypatch.setattr(qtdbus, "QDBusConnection", Connection)  # the fake is all that is reached
    monkeypatch.setattr(screen_lock.sys, "platform", "linux")
    monkeypatch.setattr(screen_lock.QGuiApplication, "platformName", staticmethod(lambda: "xcb"))
    monkeypatch.setattr(screen_lock.os.path, "exists", lambda path: path == "/run/systemd/system")
    monkeypatch.setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus")
    monkeypatch.setenv("XDG_SESSION_ID", "c2")
    (bus1, saver_rules), (bus2, login_rules) = desktop_buses()
    assert (bus1, bus2) == (session, system)
    assert {rule[2] for rule in saver_rules} == {"org.freedesktop.ScreenSaver", "org.gnome.ScreenSaver"}
    assert login_rules == [
        ("org.freedesktop.login1", "/org/freedesktop/login1/session/c2", "org.freedesktop.login1.Session", "Lock", "session_locked()")
    ]  # fmt: skip
    monkeypatch.delenv("DBUS_SESSION_BUS_ADDRESS")
    monkeypatch.delenv("XDG_SESSION_ID")
    assert desktop_buses() == []  # no session to ask: nothing, silently


def test_logind_session_paths_are_escaped_like_sd_bus():
    assert login1_session_path("c2") == "/org/freedesktop/login1/session/c2"
    assert login1_session_path("2") == "/org/freedesktop/login1/session/_32"
    assert login1_session_path("a-b") == "/org/freedesktop/login1/session/a_2db"


# --- Windows -------------------------------------------------------------------------------


def message(kind: int, wparam: int) -> MSG:
    return MSG(hwnd=None, message=kind, wParam=wparam, lParam=0, time=0, pt_x=0, pt_y=0)


def test_only_a_windows_session_lock_message_counts():
    lock, unlock = message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK), message(WM_WTSSESSION_CHANGE, 0x8)
    other = message(0x0100, WTS_SESSION_LOCK)  # WM_KEYDOWN
    assert is_session_lock(b"windows_generic_MSG", ctypes.addressof(lock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(unlock))
    assert not is_session_lock(b"windows_generic_MSG", ctypes.addressof(other))
    assert not is_session_lock(b"xcb_generic_event_t", ctypes.addressof(lock))


def test_the_native_filter_reports_the_lock_and_lets_the_message_through():
    seen = []
    native = screen_lock._WindowsSessionFilter(lambda: seen.append("locked"))
    lock = message(WM_WTSSESSION_CHANGE, WTS_SESSION_LOCK)
    assert native.nativeEventFilter(b"windows_generic_MSG", ctypes.addressof(lock)) == (False, 0)
    assert native.nativeEventFilter(b"windows_generic_MSG", 0) == (False, 0)  # a null message: ignored, not read
    assert seen == ["locked"]
