"""The period picker of the Informes area: a bimester, a quarter or a year, or any range.

The periods come from domain/periods.py. A period that contains today is cut off today
(nothing later can be recorded yet), as `Period.current_bimester` does; the default is the
current bimester.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QComboBox, QDateEdit, QHBoxLayout, QLabel, QSpinBox, QWidget

from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.periods import Period
from mpi_desktop.gui.i18n import QT_TR_NOOP, tr

KINDS = (
    (QT_TR_NOOP("Bimestre"), "bimester"),
    (QT_TR_NOOP("Trimestre"), "quarter"),
    (QT_TR_NOOP("Año"), "year"),
    (QT_TR_NOOP("Cualquier periodo"), "range"),
)
FIRST_YEAR = 2016  # the mechanism's first incorporations


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def cut_at(period: Period, today: date) -> Period:
    """`period`, cut off `today` when today falls inside it."""
    if period.start <= today < period.end:
        return Period(period.start, period.end, today, period.kind)
    return period


def months_label(period: Period) -> str:
    """ "enero–febrero": a bimester or quarter without its year (the year has its own field)."""
    return period.label.removesuffix(f" de {period.end.year}")


class PeriodPicker(QWidget):
    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None):
        super().__init__(parent)
        self.today = today
        self.kind = QComboBox(objectName="periodKind")
        for label, key in KINDS:
            self.kind.addItem(tr(label), key)
        self.year = QSpinBox(objectName="periodYear", minimum=FIRST_YEAR, maximum=today.year + 1, value=today.year)
        self.number = QComboBox(objectName="periodNumber")
        self.start = self._date_edit("periodFrom", today.replace(day=1))
        self.end = self._date_edit("periodTo", today)
        self.summary = QLabel(objectName="periodSummary")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(QLabel(tr("&Periodo:"), buddy=self.kind))
        for widget in (self.kind, self.year, self.number, QLabel(tr("del")), self.start, QLabel(tr("al")), self.end):
            layout.addWidget(widget)
        self._range_labels = [layout.itemAt(i).widget() for i in (4, 6)]
        layout.addWidget(self.summary, 1)
        self._fill_numbers()
        self.number.setCurrentIndex((today.month + 1) // 2 - 1)
        self._show_fields()
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.year.valueChanged.connect(self._year_changed)
        for signal in (self.number.currentIndexChanged, self.start.dateChanged, self.end.dateChanged):
            signal.connect(self._changed)
        self._describe()

    def _date_edit(self, name: str, day: date) -> QDateEdit:
        edit = QDateEdit(qdate(day), objectName=name, calendarPopup=True)
        edit.setDisplayFormat("dd/MM/yyyy")
        return edit

    # -- the fields for each kind ----------------------------------------------------------------
    def _fill_numbers(self) -> None:
        kind, year = self.kind.currentData(), self.year.value()
        periods = Period.bimesters(year) if kind == "bimester" else Period.quarters(year) if kind == "quarter" else ()
        keep = self.number.currentIndex()
        self.number.blockSignals(True)
        self.number.clear()
        for number, period in enumerate(periods, start=1):
            self.number.addItem(f"{number}. {months_label(period)}", number)
        self.number.setCurrentIndex(min(max(keep, 0), len(periods) - 1) if periods else -1)
        self.number.blockSignals(False)

    def _show_fields(self) -> None:
        kind = self.kind.currentData()
        self.year.setVisible(kind != "range")
        self.number.setVisible(kind in ("bimester", "quarter"))
        for widget in (self.start, self.end, *self._range_labels):
            widget.setVisible(kind == "range")

    def _kind_changed(self) -> None:
        if self.kind.currentData() == "range":  # start from what was shown
            try:
                shown = self.period()
            except ValidationError:
                shown = None
            if shown is not None:
                self.start.setDate(qdate(shown.start))
                self.end.setDate(qdate(shown.cutoff))
        else:
            self.number.setCurrentIndex(0)
        self._fill_numbers()
        self._show_fields()
        self._changed()

    def _year_changed(self) -> None:
        self._fill_numbers()
        self._changed()

    def _changed(self) -> None:
        self._describe()
        self.changed.emit()

    def _describe(self) -> None:
        try:
            period = self.period()
        except ValidationError as error:
            self.summary.setText(str(error))
            return
        self.summary.setText(
            tr("{period} · corte al {cutoff_label}").format(period=period.label, cutoff_label=period.cutoff_label)
        )

    # -- the answer ------------------------------------------------------------------------------
    def period(self) -> Period:
        """The chosen period; ValidationError (in Spanish) for a range that ends before it starts."""
        kind, year = self.kind.currentData(), self.year.value()
        if kind == "bimester":
            period = Period.bimester(year, self.number.currentData() or 1)
        elif kind == "quarter":
            period = Period.quarter(year, self.number.currentData() or 1)
        elif kind == "year":
            period = Period.year(year)
        else:
            period = Period.between(pydate(self.start.date()), pydate(self.end.date()))
        return cut_at(period, self.today)

    def choose(self, kind: str, year: int | None = None, number: int | None = None) -> None:
        """Pick a period as a person would with the fields (used by the tests and shortcuts)."""
        self.kind.setCurrentIndex([key for _label, key in KINDS].index(kind))
        if year is not None:
            self.year.setValue(year)
        if number is not None:
            self.number.setCurrentIndex(number - 1)


__all__ = ["PeriodPicker", "cut_at", "months_label"]
