"""The period rules of the informe (DESIGN.md §2 "Period semantics"), in one pure module.

A report covers an inclusive date range with a cut-off date ("Corte con fecha al 29 de febrero de
2024"): nothing after the cut-off is counted, so the current bimester can be reported before it
ends. Within the counted days [start, until] a case is

- *new* when it was opened (incorporated / attended / collaboration started) inside them;
- *seguimiento* when it was opened before `start` and has recorded activity inside them;
- not counted otherwise (opened after the cut-off, or opened earlier with no activity).

So each case falls in at most one of the six rows of Cuadro 3 (`CaseRow`). Recorded activity is
the work the mechanism does on a case (SEGUIMIENTO_ACTIVITY); the SQL in mpi_desktop/reports
applies exactly this rule through `case_row`, and a test checks the two agree.
"""

from __future__ import annotations

import calendar
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum

from babel.dates import format_date, format_interval

from mpi_desktop.domain.enums import LabelledEnum, Modality
from mpi_desktop.domain.errors import ValidationError

LOCALE = "es_MX"

# What counts as activity on a case for "seguimiento": the mechanism's own recorded work. The date
# an aggression happened is a fact about the person's situation, not work done, so it does not
# count (a reported aggression comes with its follow-up note).
SEGUIMIENTO_ACTIVITY: tuple[str, ...] = (
    "seguimiento (nota)",
    "acción de una medida (incluye cada llamada de monitoreo telefónico)",
    "medida otorgada",
    "canalización",
    "aprobación o revisión del plan de protección",
    "análisis de riesgo",
    "sesión de taller dirigido al caso",
)

PERIOD_START_AFTER_END = "La fecha inicial del periodo debe ser anterior o igual a la final."
CUTOFF_BEFORE_START = "La fecha de corte no puede ser anterior al inicio del periodo."
BIMESTER_NUMBER = "El bimestre debe ser del 1 (enero–febrero) al 6 (noviembre–diciembre)."
QUARTER_NUMBER = "El trimestre debe ser del 1 al 4."
MONTH_NUMBER = "El mes debe ser del 1 al 12."


class PeriodKind(StrEnum):
    """What a period is, for the words that speak of it ("durante el bimestre")."""

    MONTH = "mes"
    BIMESTER = "bimestre"
    QUARTER = "trimestre"
    YEAR = "año"
    RANGE = "periodo"

    @property
    def noun(self) -> str:
        return self.value


def _last_day(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


@dataclass(frozen=True)
class Period:
    """An inclusive date range [start, end] reported with a cut-off date (default: `end`)."""

    start: date
    end: date
    cutoff: date = field(default=None)  # type: ignore[assignment]  # None → end, set in __post_init__
    kind: PeriodKind = PeriodKind.RANGE

    def __post_init__(self) -> None:
        if self.start > self.end:
            raise ValidationError({"period": PERIOD_START_AFTER_END})
        if self.cutoff is None:
            object.__setattr__(self, "cutoff", self.end)
        elif self.cutoff < self.start:
            raise ValidationError({"period": CUTOFF_BEFORE_START})

    # ---- constructors ----------------------------------------------------------------------
    @classmethod
    def between(cls, start: date, end: date, cutoff: date | None = None) -> Period:
        """Any range; recognised as a month, bimester, quarter or year when it is exactly one."""
        return cls(start, end, cutoff, _kind_of(start, end))

    @classmethod
    def month(cls, year: int, month: int, cutoff: date | None = None) -> Period:
        if not 1 <= month <= 12:
            raise ValidationError({"period": MONTH_NUMBER})
        return cls(date(year, month, 1), _last_day(year, month), cutoff, PeriodKind.MONTH)

    @classmethod
    def bimester(cls, year: int, number: int, cutoff: date | None = None) -> Period:
        """Bimester 1 is enero–febrero, 2 marzo–abril, … 6 noviembre–diciembre."""
        if not 1 <= number <= 6:
            raise ValidationError({"period": BIMESTER_NUMBER})
        first = 2 * number - 1
        return cls(date(year, first, 1), _last_day(year, first + 1), cutoff, PeriodKind.BIMESTER)

    @classmethod
    def quarter(cls, year: int, number: int, cutoff: date | None = None) -> Period:
        if not 1 <= number <= 4:
            raise ValidationError({"period": QUARTER_NUMBER})
        first = 3 * number - 2
        return cls(date(year, first, 1), _last_day(year, first + 2), cutoff, PeriodKind.QUARTER)

    @classmethod
    def year(cls, year: int, cutoff: date | None = None) -> Period:
        return cls(date(year, 1, 1), date(year, 12, 31), cutoff, PeriodKind.YEAR)

    @classmethod
    def bimester_of(cls, day: date) -> Period:
        return cls.bimester(day.year, (day.month + 1) // 2)

    @classmethod
    def current_bimester(cls, today: date) -> Period:
        """The bimester `today` falls in, cut off at `today` (nothing later can be recorded yet)."""
        whole = cls.bimester_of(today)
        return cls(whole.start, whole.end, today, PeriodKind.BIMESTER)

    @classmethod
    def bimesters(cls, year: int) -> tuple[Period, ...]:
        return tuple(cls.bimester(year, number) for number in range(1, 7))

    @classmethod
    def quarters(cls, year: int) -> tuple[Period, ...]:
        return tuple(cls.quarter(year, number) for number in range(1, 5))

    # ---- what it covers --------------------------------------------------------------------
    @property
    def until(self) -> date:
        """The last counted day: the end, or the cut-off when that comes first."""
        return min(self.end, self.cutoff)

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.until

    @property
    def label(self) -> str:
        """ "enero–febrero de 2024", "2024", "febrero de 2024", "1 de enero – 15 de febrero de 2024"."""
        if self.kind is PeriodKind.YEAR:
            return str(self.start.year)
        whole_months = self.start.day == 1 and self.end == _last_day(self.end.year, self.end.month)
        if whole_months and (self.start.year, self.start.month) == (self.end.year, self.end.month):
            return format_date(self.start, "LLLL 'de' y", locale=LOCALE)
        skeleton = "yMMMM" if whole_months else "yMMMMd"
        # CLDR puts thin spaces around the dash; plain ones print in every report font.
        return format_interval(self.start, self.end, skeleton, locale=LOCALE).replace("\u2009", " ")

    @property
    def cutoff_label(self) -> str:
        """ "29 de febrero de 2024", as the tables' "*Corte con fecha al …" line writes it."""
        return long_date(self.cutoff)


def long_date(day: date) -> str:
    """ "08 de febrero de 2024": the seed's style, day always with two digits."""
    return format_date(day, "dd 'de' MMMM 'de' y", locale=LOCALE)


def _kind_of(start: date, end: date) -> PeriodKind:
    if start.day != 1 or end != _last_day(end.year, end.month) or start.year != end.year:
        return PeriodKind.RANGE
    months = end.month - start.month + 1
    if months == 1:
        return PeriodKind.MONTH
    if months == 2 and start.month % 2 == 1:
        return PeriodKind.BIMESTER
    if months == 3 and start.month % 3 == 1:
        return PeriodKind.QUARTER
    if months == 12:
        return PeriodKind.YEAR
    return PeriodKind.RANGE


class CaseRow(LabelledEnum):
    """The six rows of Cuadro 3, in the order the seed prints them."""

    NEW_INCORPORATION = "new_incorporation", "Incorporados al MPI CDMX"
    FOLLOW_UP_INCORPORATION = "follow_up_incorporation", "Seguimiento a casos incorporados"
    NEW_ATTENTION = "new_attention", "Atenciones o canalización"
    FOLLOW_UP_ATTENTION = "follow_up_attention", "Seguimiento en Atenciones o canalización"
    NEW_COLLABORATION = "new_collaboration", "Colaboraciones con el Mecanismo de Protección Federal"
    FOLLOW_UP_COLLABORATION = (
        "follow_up_collaboration",
        "Seguimiento a colaboraciones con el Mecanismo de Protección Federal",
    )

    @property
    def modality(self) -> Modality:
        return _ROW_KEYS[self][0]

    @property
    def is_new(self) -> bool:
        return _ROW_KEYS[self][1]

    def title(self, period: Period) -> str:
        """The row's label as printed for `period` ("Incorporados al MPI CDMX en 2024")."""
        if self is CaseRow.NEW_INCORPORATION:
            return f"{self.label} en {period.until.year}"
        return self.label


_ROW_KEYS: dict[CaseRow, tuple[Modality, bool]] = {
    CaseRow.NEW_INCORPORATION: (Modality.INCORPORATION, True),
    CaseRow.FOLLOW_UP_INCORPORATION: (Modality.INCORPORATION, False),
    CaseRow.NEW_ATTENTION: (Modality.ATTENTION, True),
    CaseRow.FOLLOW_UP_ATTENTION: (Modality.ATTENTION, False),
    CaseRow.NEW_COLLABORATION: (Modality.FEDERAL_COLLABORATION, True),
    CaseRow.FOLLOW_UP_COLLABORATION: (Modality.FEDERAL_COLLABORATION, False),
}
_ROWS_BY_KEY = {key: row for row, key in _ROW_KEYS.items()}


def case_row(modality: Modality, new: bool) -> CaseRow:
    """The Cuadro 3 row of a counted case: its modality, new or seguimiento."""
    return _ROWS_BY_KEY[Modality(modality), bool(new)]


def is_new(period: Period, opened_on: date) -> bool:
    return opened_on in period


def classify(period: Period, opened_on: date, modality: Modality, activity: Iterable[date]) -> CaseRow | None:
    """The Cuadro 3 row of a case in `period`, or None when the case is not counted in it.

    `activity` holds the dates of the case's recorded activity (SEGUIMIENTO_ACTIVITY), any order.
    """
    if opened_on > period.until:
        return None
    if opened_on >= period.start:
        return case_row(modality, True)
    if any(day in period for day in activity):
        return case_row(modality, False)
    return None
