"""The editors of the case-file forms and the helpers they share.

Every form is a set of named editors (`Fields`) whose values are plain JSON values (enum
values, ISO dates, text), so the same dictionary feeds a service, a saved draft and a restored
one. Validation is the domain's: a failed save shows each problem beside its field; nothing is
checked twice in the GUI.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from enum import StrEnum
from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDateEdit,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from mpi_desktop.domain.enums import ALCALDIAS
from mpi_desktop.domain.validation import mexico_city_today
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr

ERROR_STYLE = "color: #b00020;"
NOT_APPLICABLE = QT_TR_NOOP("— No aplica —")


def guarded(widget: QWidget, callback: Callable[..., None]) -> Callable[..., None]:
    """A worker callback that does nothing once `widget` is gone (tab closed, session locked)."""

    def call(*args: Any) -> None:
        if isValid(widget):
            callback(*args)

    return call


def confirm_discard(parent: QWidget) -> bool:
    answer = QMessageBox.question(
        parent,
        tr("Descartar cambios"),
        tr("Hay datos escritos sin guardar. ¿Desea descartarlos?"),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def plain(value: object) -> object:
    """A view's value as a form value: enum → its stored value, date → ISO text."""
    if isinstance(value, StrEnum):
        return value.value
    if isinstance(value, date):
        return value.isoformat()
    return value


def day_text(value: date | None) -> str:
    return value.strftime("%d/%m/%Y") if value else ""


# --- Editors -------------------------------------------------------------------------------


class DateField(QDateEdit):
    """A date typed as dd/mm/aaaa. An optional one shows blank at its minimum, which means 'no date'."""

    NONE = QDate(1899, 12, 31)

    def __init__(self, *, optional: bool = False):
        super().__init__(calendarPopup=True, displayFormat="dd/MM/yyyy")
        self.optional = optional
        self.setMinimumDate(self.NONE if optional else QDate(1900, 1, 1))
        if optional:
            self.setSpecialValueText(" ")
        self.set_iso(None if optional else mexico_city_today().isoformat())

    def iso(self) -> str | None:
        if self.optional and self.date() == self.NONE:
            return None
        return self.date().toPython().isoformat()

    def set_iso(self, value: object) -> None:
        if not value:
            self.setDate(self.NONE if self.optional else QDate.currentDate())
            return
        self.setDate(QDate.fromString(str(value)[:10], Qt.DateFormat.ISODate))


def enum_combo(enum: type[StrEnum], *, optional: bool = False) -> QComboBox:
    combo = QComboBox()
    if optional:
        combo.addItem(tr(NOT_APPLICABLE), None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)
    return combo


def alcaldia_combo() -> QComboBox:
    combo = QComboBox(editable=True, insertPolicy=QComboBox.InsertPolicy.NoInsert)
    combo.addItems(["", *ALCALDIAS])
    combo.completer().setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    combo.completer().setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
    return combo


def text_box(height: int = 90) -> QPlainTextEdit:
    box = QPlainTextEdit(tabChangesFocus=True)
    box.setMinimumHeight(height)
    return box


def read(widget: QWidget) -> object:
    if isinstance(widget, DateField):
        return widget.iso()
    if isinstance(widget, QComboBox):
        return (widget.currentText().strip() or None) if widget.isEditable() else widget.currentData()
    if isinstance(widget, QLineEdit):
        return widget.text()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    raise TypeError(type(widget).__name__)


def write(widget: QWidget, value: object) -> None:
    if isinstance(widget, DateField):
        widget.set_iso(value)
    elif isinstance(widget, QComboBox) and widget.isEditable():
        widget.setCurrentText("" if value is None else str(value))
    elif isinstance(widget, QComboBox):
        widget.setCurrentIndex(max(widget.findData(value), 0))
    elif isinstance(widget, QLineEdit):
        widget.setText("" if value is None else str(value))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText("" if value is None else str(value))


def shown(widget: QWidget) -> str:
    """What a read-only view of the field says."""
    if isinstance(widget, QComboBox):
        text = widget.currentText()
        return "" if text == tr(NOT_APPLICABLE) else text
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    return widget.text()


class Fields:
    """Named editors in a form layout, each with its error message under it.

    With `display=True` each field also has a read-only text, shown instead of the editor
    until `set_editing(True)`.
    """

    def __init__(self, form: QFormLayout, *, display: bool = False):
        self.form = form
        self.display = display
        self.editors: dict[str, QWidget] = {}
        self.errors: dict[str, QLabel] = {}
        self.texts: dict[str, QLabel] = {}
        self.editing = not display

    def add(self, name: str, label: str, editor: QWidget) -> QWidget:
        editor.setObjectName(name)
        box = QWidget()
        if not isinstance(editor, QPlainTextEdit):  # only the narratives take extra height
            box.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        if self.display:
            text = QLabel(objectName=f"{name}Text", wordWrap=True)
            text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            column.addWidget(text)
            self.texts[name] = text
            editor.setVisible(self.editing)
        column.addWidget(editor)
        error = QLabel(objectName=f"{name}Error", wordWrap=True, styleSheet=ERROR_STYLE)
        error.hide()
        column.addWidget(error)
        caption = QLabel(label)
        caption.setBuddy(editor)
        self.form.addRow(caption, box)
        self.editors[name], self.errors[name] = editor, error
        return editor

    def values(self) -> dict[str, object]:
        return {name: read(editor) for name, editor in self.editors.items()}

    def set_values(self, values: dict[str, object]) -> None:
        for name, value in values.items():
            if name in self.editors:
                write(self.editors[name], value)
        for name, text in self.texts.items():
            text.setText(shown(self.editors[name]) or "—")

    def set_editing(self, editing: bool) -> None:
        self.editing = editing
        for name, editor in self.editors.items():
            editor.setVisible(editing)
            if name in self.texts:
                self.texts[name].setVisible(not editing)
        if not editing:
            self.clear_problems()

    def show_problems(self, problems: dict[str, str]) -> dict[str, str]:
        """Each problem beside its field; returns those that belong to no field here."""
        self.clear_problems()
        leftover = {}
        for name, message in problems.items():
            if name in self.errors:
                self.errors[name].setText(message)
                self.errors[name].show()
            else:
                leftover[name] = message
        first = next((name for name in self.editors if name in problems), None)
        if first is not None:
            self.editors[first].setFocus()
        return leftover

    def clear_problems(self) -> None:
        for error in self.errors.values():
            error.clear()
            error.hide()
