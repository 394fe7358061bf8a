"""The persons of a new case in the intake dialog: a table, and one form for the selected row.

Each person is kept as a plain dict of what was typed (enum values as strings), so the same
dict feeds the table and the form's payload (drafts, and the inputs sent to the service).
Also the small helpers that read and write any field of the intake as a JSON-ready value. Problems
from the service (`persons[i].field`) are kept per person: the selected person's appear
beside its fields, and rows with problems are marked in the table.
"""

from __future__ import annotations

import contextlib
from datetime import date
from typing import Any

from PySide6.QtCore import QDate, QEvent, QObject, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QResizeEvent
from PySide6.QtWidgets import QComboBox, QDateEdit, QLabel, QLineEdit, QPlainTextEdit, QTableWidgetItem, QWidget

from mpi_desktop.domain.enums import LabelledEnum, PersonIdentity, PersonRole
from mpi_desktop.domain.validation import birth_date_problem, mexico_city_today
from mpi_desktop.gui.clipboard import guard_all
from mpi_desktop.gui.forms.ui_intake import Ui_IntakeDialog
from mpi_desktop.gui.i18n import QT_TR_NOOP, enum_label, tr

PERSON_FIELDS = (
    "role", "full_name", "identity", "birth_date", "phone", "email", "address", "curp", "organisation", "notes"
)  # fmt: skip
CHOOSE = QT_TR_NOOP("— Seleccione —")
ERROR_COLOUR = QColor("#b3261e")
QWIDGETSIZE_MAX = (1 << 24) - 1
SHORT_ROLE = {
    PersonRole.BENEFICIARY: QT_TR_NOOP("Beneficiaria"),
    PersonRole.FAMILY: QT_TR_NOOP("Familiar"),
    PersonRole.LINKED: QT_TR_NOOP("Vinculada"),
}


# --- Widgets as values ---------------------------------------------------------------------


def fill_choices(combo: QComboBox, enum: type[LabelledEnum], *, blank: str | None = CHOOSE) -> None:
    """Labels shown, stored values (strings) as item data; `blank` first with no value."""
    combo.clear()
    if blank is not None:
        combo.addItem(tr(blank), None)
    for member in enum:
        combo.addItem(enum_label(member), member.value)


def widget_value(widget: QWidget) -> Any:
    """What a field holds, JSON-ready: text, an enum value (or None), an ISO date."""
    if isinstance(widget, QComboBox):
        return widget.currentData()
    if isinstance(widget, QDateEdit):
        if is_blank_date(widget):
            return ""
        return widget.date().toPython().isoformat()
    if isinstance(widget, QPlainTextEdit):
        return widget.toPlainText()
    if isinstance(widget, QLineEdit):
        return widget.text()
    raise TypeError(type(widget).__name__)


def set_widget_value(widget: QWidget, value: Any) -> None:
    """The inverse of widget_value; unknown choices and unreadable dates leave the default."""
    if isinstance(widget, QComboBox):
        index = widget.findData(value) if value is not None else 0
        widget.setCurrentIndex(max(index, 0))
    elif isinstance(widget, QDateEdit) and not value and widget.specialValueText():
        widget.setDate(widget.minimumDate())
    elif isinstance(widget, QDateEdit):
        with contextlib.suppress(TypeError, ValueError):  # an unreadable date leaves the default
            widget.setDate(QDate(date.fromisoformat(value)))
    elif isinstance(widget, QPlainTextEdit):
        widget.setPlainText(value if isinstance(value, str) else "")
    elif isinstance(widget, QLineEdit):
        widget.setText(value if isinstance(value, str) else "")
    else:
        raise TypeError(type(widget).__name__)


def is_blank_date(widget: QDateEdit) -> bool:
    """An optional date (one with a special value text) shows blank at its minimum: 'no date'."""
    return bool(widget.specialValueText()) and widget.date() == widget.minimumDate()


def changed_signal(widget: QWidget):
    if isinstance(widget, QComboBox):
        return widget.currentIndexChanged
    if isinstance(widget, QDateEdit):
        return widget.dateChanged
    return widget.textChanged


def show_error(label: QLabel, message: str | None) -> None:
    label.setText(message or "")
    label.setVisible(bool(message))
    _fit_height(label)


def _fit_height(label: QLabel) -> None:
    # A wrapped label's size hint guesses two lines; form layouts trust it and leave a gap.
    # Once the label has its real width, its height is what the text needs at that width.
    label.setMinimumHeight(0)
    label.setMaximumHeight(QWIDGETSIZE_MAX)
    if label.text() and label.width() > 40:
        label.setFixedHeight(label.heightForWidth(label.width()))


class ErrorHeights(QObject):
    """Keeps wrapped error labels exactly as tall as their text when their width changes."""

    def watch(self, labels: list[QLabel]) -> None:
        for label in labels:
            label.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and isinstance(watched, QLabel):
            size: QResizeEvent = event  # type: ignore[assignment]
            if size.size().width() != size.oldSize().width():
                _fit_height(watched)
        return False


class BlankableDate(QObject):
    """Supr clears an optional date (back to blank), and the first digit typed into a blank one
    starts from a date of this century rather than from the 1899 that stands for 'no date'."""

    def __init__(self, edit: QDateEdit, parent: QObject | None = None):
        super().__init__(parent)
        self.edit = edit
        edit.setSpecialValueText(" ")  # set here: uic drops a blank one from the .ui file
        edit.setDate(edit.minimumDate())
        edit.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and watched is self.edit:
            key = event.key()  # type: ignore[attr-defined]
            if key == Qt.Key.Key_Delete:
                self.edit.setDate(self.edit.minimumDate())
                return True
            if is_blank_date(self.edit) and event.text().isdigit():  # type: ignore[attr-defined]
                self.edit.setDate(QDate.currentDate().addYears(-30))
                self.edit.setCurrentSectionIndex(0)
                self.edit.setSelectedSection(QDateEdit.Section.DaySection)
        return False


def enum_or_none(enum: type[LabelledEnum], value: Any) -> Any:
    try:
        return enum(value) if value else None
    except ValueError:
        return None


# --- The editor ----------------------------------------------------------------------------


def blank_person(role: PersonRole = PersonRole.BENEFICIARY) -> dict[str, Any]:
    return dict.fromkeys(PERSON_FIELDS, "") | {"role": role.value, "identity": None}


class PersonsEditor(QObject):
    """Add, edit and remove the persons of the case; `changed` after any edit."""

    changed = Signal()

    def __init__(self, ui: Ui_IntakeDialog, parent: QObject | None = None):
        super().__init__(parent)
        self.ui = ui
        self.persons: list[dict[str, Any]] = []
        self.problems: dict[int, dict[str, str]] = {}
        self.current = -1
        self.editors: dict[str, QWidget] = {
            "role": ui.personRoleCombo,
            "full_name": ui.personNameEdit,
            "identity": ui.personIdentityCombo,
            "birth_date": ui.personBirthDateEdit,
            "phone": ui.personPhoneEdit,
            "email": ui.personEmailEdit,
            "address": ui.personAddressEdit,
            "curp": ui.personCurpEdit,
            "organisation": ui.personOrganisationEdit,
            "notes": ui.personNotesEdit,
        }
        self.errors: dict[str, QLabel] = {
            "role": ui.personRoleError,
            "full_name": ui.personNameError,
            "identity": ui.personIdentityError,
            "birth_date": ui.personBirthDateError,
            "phone": ui.personPhoneError,
            "email": ui.personEmailError,
            "address": ui.personAddressError,
            "curp": ui.personCurpError,
            "organisation": ui.personOrganisationError,
            "notes": ui.personNotesError,
        }
        fill_choices(ui.personRoleCombo, PersonRole, blank=None)
        fill_choices(ui.personIdentityCombo, PersonIdentity)
        ui.personPhoneEdit.setPlaceholderText(tr("10 dígitos, p. ej. 55 1234 5678"))
        ui.personCurpEdit.setPlaceholderText(tr("18 caracteres"))
        BlankableDate(ui.personBirthDateEdit, self)
        guard_all(ui.personsGroup)  # names and phones copy securely
        table = ui.personsTable
        table.horizontalHeader().setSectionResizeMode(table.horizontalHeader().ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, table.horizontalHeader().ResizeMode.Stretch)
        table.setWordWrap(False)
        table.verticalHeader().setDefaultSectionSize(table.fontMetrics().height() + 8)
        table.currentCellChanged.connect(lambda row, *_: self.select(row))
        ui.addPersonButton.clicked.connect(self.add)
        ui.removePersonButton.clicked.connect(self.remove_current)
        for field, editor in self.editors.items():
            changed_signal(editor).connect(lambda *_, f=field: self._edited(f))

    # -- contents --------------------------------------------------------------------------------
    def set_persons(self, persons: list[dict[str, Any]]) -> None:
        self.persons = [blank_person() | {k: v for k, v in p.items() if k in PERSON_FIELDS} for p in persons]
        self.problems = {}
        self.current = -1
        self._rebuild_table()
        self.select(0 if self.persons else -1)

    def payload(self) -> list[dict[str, Any]]:
        return [dict(person) for person in self.persons]

    def add(self) -> None:
        has_beneficiary = any(p["role"] == PersonRole.BENEFICIARY for p in self.persons)
        self.persons.append(blank_person(PersonRole.FAMILY if has_beneficiary else PersonRole.BENEFICIARY))
        self.problems = {}
        self._rebuild_table()
        self.select(len(self.persons) - 1)
        self.ui.personNameEdit.setFocus()
        self.changed.emit()

    def remove_current(self) -> None:
        if not 0 <= self.current < len(self.persons):
            return
        del self.persons[self.current]
        self.problems = {}  # indices moved: the next save reports afresh
        self._rebuild_table()
        self.select(min(self.current, len(self.persons) - 1))
        self.changed.emit()

    # -- what is missing and what the service said -----------------------------------------------
    def show_problems(self, problems: dict[int, dict[str, str]]) -> None:
        self.problems = {i: dict(p) for i, p in problems.items() if 0 <= i < len(self.persons)}
        for row in range(len(self.persons)):
            self._refresh_row(row)
        if self.problems:
            self.select(min(self.problems))
        else:
            self._show_current_problems()

    # -- selection and editing -------------------------------------------------------------------
    def select(self, row: int) -> None:
        if row < 0 or row >= len(self.persons):
            row = -1
        self.current = row
        if self.ui.personsTable.currentRow() != row:
            self.ui.personsTable.setCurrentCell(row, 1 if row >= 0 else -1)
        person = self.persons[row] if row >= 0 else blank_person()
        for field, editor in self.editors.items():
            editor.blockSignals(True)
            set_widget_value(editor, person[field])
            editor.blockSignals(False)
            editor.setEnabled(row >= 0)
        self.ui.removePersonButton.setEnabled(row >= 0)
        self.ui.personTitle.setText(
            tr("Datos de la persona {value} de {persons}").format(value=row + 1, persons=len(self.persons))
            if row >= 0
            else tr("Agregue a la persona beneficiaria")
        )
        self._show_current_problems()

    def _edited(self, field: str) -> None:
        if self.current < 0:
            return
        self.persons[self.current][field] = widget_value(self.editors[field])
        mine = self.problems.get(self.current, {})
        if mine.pop(field, None) is not None:
            show_error(self.errors[field], None)
        if field == "birth_date":  # checked as it is typed: a slip is cheapest to fix right away
            problem = self._birth_date_problem()
            if problem:
                self.problems.setdefault(self.current, {})["birth_date"] = problem
            show_error(self.errors[field], problem)
        if field == "role":  # the composition problem is about roles
            show_error(self.ui.personsError, None)
        self._refresh_row(self.current)
        self.changed.emit()

    def _birth_date_problem(self) -> str | None:
        edit = self.ui.personBirthDateEdit
        if is_blank_date(edit):
            return None
        return birth_date_problem(edit.date().toPython(), mexico_city_today())

    def _show_current_problems(self) -> None:
        mine = self.problems.get(self.current, {})
        for field, label in self.errors.items():
            show_error(label, mine.get(field))

    # -- the table -------------------------------------------------------------------------------
    def _rebuild_table(self) -> None:
        table = self.ui.personsTable
        table.blockSignals(True)
        table.setRowCount(len(self.persons))
        for row in range(len(self.persons)):
            for column in range(table.columnCount()):
                if table.item(row, column) is None:
                    table.setItem(row, column, QTableWidgetItem())
            self._refresh_row(row)
        table.blockSignals(False)

    def _refresh_row(self, row: int) -> None:
        person = self.persons[row]
        role = enum_or_none(PersonRole, person["role"])
        identity = enum_or_none(PersonIdentity, person["identity"])
        problems = self.problems.get(row)
        name = person["full_name"].strip() or tr("(sin nombre)")
        texts = (
            tr(SHORT_ROLE[role]) if role else "",
            ("⚠ " if problems else "") + name,
            enum_label(identity) if identity else "",
        )
        table = self.ui.personsTable
        for column, text in enumerate((*texts, person["phone"].strip())):
            item = table.item(row, column)
            if item is None:
                continue
            item.setText(text)
            item.setToolTip("\n".join(problems.values()) if problems else "")
            item.setForeground(QBrush(ERROR_COLOUR) if problems else QBrush())
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable)


__all__ = [
    "PERSON_FIELDS",
    "BlankableDate",
    "ErrorHeights",
    "PersonsEditor",
    "blank_person",
    "changed_signal",
    "enum_or_none",
    "fill_choices",
    "set_widget_value",
    "show_error",
    "widget_value",
]
