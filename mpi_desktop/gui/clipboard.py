"""Copying personal data out of the program (DESIGN.md §4: copied sensitive text is cleared).

Everything the program copies (a cell of the case list or of a case file's tables, a field, a
folio, a phone, a name) goes through `SecureClipboard.copy`: the data is marked so clipboard
managers and the Windows clipboard history do not keep it, and it is cleared after 30 seconds,
on lock and on quit, but only while the clipboard still holds what the program put there: text
the person copied later from another program is left alone.

`guard(widget)` routes a widget's own ways of copying (Ctrl+C, Ctrl+X and the context menu) through
it; `guard_all(root)` does so for every copyable widget under `root`. Each guard is an event
filter owned by its widget, so it goes when the widget goes (no application-wide filter).
"""

from __future__ import annotations

import atexit
import hashlib
import sys

import shiboken6
from PySide6.QtCore import QEvent, QMimeData, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QClipboard, QContextMenuEvent, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractItemView, QLabel, QLineEdit, QMenu, QPlainTextEdit, QWidget

from mpi_desktop.gui.i18n import QT_TR_NOOP, tr

CLEAR_AFTER_MS = 30_000
KDE_HINT = "x-kde-passwordManagerHint"  # KDE Klipper and most Linux managers skip "secret" data
# Qt on Windows turns this mime type into the registered clipboard format named in value="…".
WINDOWS_FORMAT = 'application/x-qt-windows-mime;value="{}"'
DWORD_ZERO = (0).to_bytes(4, "little")
WINDOWS_EXCLUSIONS = {
    "ExcludeClipboardContentFromMonitorProcessing": DWORD_ZERO,  # its presence is the signal
    "CanIncludeInClipboardHistory": DWORD_ZERO,  # 0: not in Win+V history
    "CanUploadToCloudClipboard": DWORD_ZERO,  # 0: not synced to other devices
}
COPY, CUT = QT_TR_NOOP("&Copiar\tCtrl+C"), QT_TR_NOOP("Cor&tar\tCtrl+X")
# The standard editing menu of Qt's text widgets, in Spanish (by the actions' object names).
MENU_TEXTS = {
    "edit-undo": QT_TR_NOOP("&Deshacer\tCtrl+Z"),
    "edit-redo": QT_TR_NOOP("&Rehacer\tCtrl+Y"),
    "edit-paste": QT_TR_NOOP("&Pegar\tCtrl+V"),
    "edit-delete": QT_TR_NOOP("&Eliminar"),
    "select-all": QT_TR_NOOP("&Seleccionar todo\tCtrl+A"),
}


def secret_mime_data(text: str, platform: str = sys.platform) -> QMimeData:
    """`text` as clipboard data that clipboard managers and the clipboard history leave out."""
    data = QMimeData()
    data.setText(text)
    data.setData(KDE_HINT, b"secret")
    if platform == "win32":
        for name, value in WINDOWS_EXCLUSIONS.items():
            data.setData(WINDOWS_FORMAT.format(name), value)
    return data


def _digest(text: str) -> bytes:
    # What was copied is remembered only as a digest: enough to recognise it, nothing to leak.
    return hashlib.sha256(text.encode("utf-8")).digest()


class SecureClipboard(QObject):
    """Copies marked as secret, cleared `clear_after_ms` later if still ours."""

    cleared = Signal()

    def __init__(self, clipboard: QClipboard | None = None, parent: QObject | None = None, *, clear_after_ms=None):
        super().__init__(parent)
        self.clipboard = clipboard or QGuiApplication.clipboard()
        self.timer = QTimer(self, singleShot=True, interval=clear_after_ms or CLEAR_AFTER_MS)
        self.timer.timeout.connect(self.clear_if_ours)
        self._placed: bytes | None = None

    def copy(self, text: str | None) -> bool:
        """Put `text` on the clipboard, marked secret, and start the countdown. False for nothing to copy."""
        if not text:
            return False
        self.clipboard.setMimeData(secret_mime_data(text))  # Qt owns it from here
        self._placed = _digest(text)
        self.timer.start()
        return True

    def holds_ours(self) -> bool:
        return self._placed is not None and _digest(self.clipboard.text()) == self._placed

    def clear_if_ours(self, *, selection: bool = False) -> None:
        """Clear what we copied if the clipboard still holds it; with `selection`, also the X11
        primary selection when text selected in one of our widgets is what it holds (on lock)."""
        self.timer.stop()
        if self.holds_ours():
            self.clipboard.clear(QClipboard.Mode.Clipboard)
            self.cleared.emit()
        self._placed = None
        if selection and self.clipboard.supportsSelection() and self.clipboard.ownsSelection():
            self.clipboard.clear(QClipboard.Mode.Selection)


_instance: SecureClipboard | None = None


def secure_clipboard() -> SecureClipboard:
    """The program's one SecureClipboard, owned by the application and cleared when the program ends."""
    global _instance
    if _instance is None or not shiboken6.isValid(_instance):
        app = QGuiApplication.instance()
        _instance = SecureClipboard(parent=app)
        if not getattr(secure_clipboard, "registered", False):
            # On quit, at interpreter exit (the application object lives until then): also because
            # Qt deleting clipboard data created from Python during interpreter shutdown crashes
            # it. Not on aboutToQuit: a Python slot there stopped every later queued signal of
            # the process from reaching Python (seen in the test suite, which quits and goes on).
            atexit.register(_clear_at_exit)
            secure_clipboard.registered = True  # type: ignore[attr-defined]
    return _instance


def _clear_at_exit() -> None:
    if _instance is not None and shiboken6.isValid(_instance) and QGuiApplication.instance() is not None:
        _instance.clear_if_ours()


# --- Guards --------------------------------------------------------------------------------

COPYABLE = (QAbstractItemView, QLabel, QLineEdit, QPlainTextEdit)


def guard(widget: QWidget) -> QWidget:
    """Make every copy from `widget` a secure one. Returns the widget."""
    if widget.findChild(CopyGuard, options=Qt.FindChildOption.FindDirectChildrenOnly) is None:
        CopyGuard(widget)
    return widget


def guard_all(root: QWidget) -> None:
    """Guard `root` and every copyable widget under it (labels only when their text can be selected)."""
    for widget in [root, *root.findChildren(QWidget)]:
        if (
            isinstance(widget, QLabel)
            and not widget.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByMouse
        ):
            continue
        if isinstance(widget, COPYABLE):
            guard(widget)


def text_to_copy(widget: QWidget, at: QPoint | None = None) -> str:
    """What a copy from `widget` takes: the cell (under `at`, in viewport coordinates, else the
    current one), the selected text, or a read-only label's whole text. Never a password."""
    if isinstance(widget, QAbstractItemView):
        index = widget.indexAt(at) if at is not None else widget.currentIndex()
        value = index.data(Qt.ItemDataRole.DisplayRole) if index.isValid() else None
        return "" if value is None else str(value)
    if isinstance(widget, QLabel):
        return widget.selectedText() or widget.text()
    if isinstance(widget, QLineEdit):
        return widget.selectedText() if widget.echoMode() == QLineEdit.EchoMode.Normal else ""
    if isinstance(widget, QPlainTextEdit):
        return widget.textCursor().selectedText().replace("\u2029", "\n")  # Qt's paragraph separator
    return ""


def _editable(widget: QWidget) -> bool:
    return isinstance(widget, (QLineEdit, QPlainTextEdit)) and not widget.isReadOnly()


def _cut(widget: QWidget) -> None:
    if secure_clipboard().copy(text_to_copy(widget)):
        if isinstance(widget, QLineEdit):
            widget.del_()
        elif isinstance(widget, QPlainTextEdit):
            widget.textCursor().removeSelectedText()


class CopyGuard(QObject):
    """The event filter of one guarded widget (and of its viewport, for item views)."""

    def __init__(self, widget: QWidget):
        super().__init__(widget)
        self.widget = widget
        widget.installEventFilter(self)
        if isinstance(widget, QAbstractItemView):
            widget.viewport().installEventFilter(self)  # mouse and context-menu events go there

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.ShortcutOverride, QEvent.Type.KeyPress):
            key: QKeyEvent = event  # type: ignore[assignment]
            copy = key.matches(QKeySequence.StandardKey.Copy)
            cut = key.matches(QKeySequence.StandardKey.Cut) and _editable(self.widget)
            if not (copy or cut):
                return False
            if kind == QEvent.Type.ShortcutOverride:
                event.accept()  # the key comes to the widget, and so to us, not to a shortcut
                return True
            if cut:
                _cut(self.widget)
            else:
                secure_clipboard().copy(text_to_copy(self.widget))
            return True  # Qt's own copy would put the text on the clipboard unmarked
        if kind == QEvent.Type.ContextMenu:
            menu_event: QContextMenuEvent = event  # type: ignore[assignment]
            menu = self.menu(menu_event.pos() if watched is not self.widget else None)
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(menu_event.globalPos())
            return True
        return False

    def menu(self, at: QPoint | None = None) -> QMenu:
        """The context menu: Qt's own for editors (in Spanish, copying and cutting securely), else Copiar."""
        widget = self.widget
        if isinstance(widget, (QLineEdit, QPlainTextEdit)):
            menu = widget.createStandardContextMenu()
            menu.setParent(widget, menu.windowFlags())
            for action in menu.actions():
                name = action.objectName()
                if name in MENU_TEXTS:
                    action.setText(tr(MENU_TEXTS[name]))
                elif name in ("edit-copy", "edit-cut"):
                    ours = QAction(tr(COPY if name == "edit-copy" else CUT), menu, enabled=action.isEnabled())
                    ours.setObjectName(f"secure-{name}")
                    if name == "edit-copy":
                        ours.triggered.connect(lambda: secure_clipboard().copy(text_to_copy(widget)))
                    else:
                        ours.triggered.connect(lambda: _cut(widget))
                    menu.insertAction(action, ours)
                    menu.removeAction(action)
            return menu
        menu = QMenu(widget)
        text = text_to_copy(widget, at)
        action = menu.addAction(tr(COPY))
        action.setObjectName("secure-edit-copy")
        action.setEnabled(bool(text))
        action.triggered.connect(lambda: secure_clipboard().copy(text))
        return menu


__all__ = [
    "CLEAR_AFTER_MS",
    "KDE_HINT",
    "WINDOWS_EXCLUSIONS",
    "WINDOWS_FORMAT",
    "CopyGuard",
    "SecureClipboard",
    "guard",
    "guard_all",
    "secret_mime_data",
    "secure_clipboard",
    "text_to_copy",
]
