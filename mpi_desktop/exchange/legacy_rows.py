"""Reading the values of legacy registers: dates, choices, numbers and text as people typed them.

Each parser takes a cell as it came from the file (text from a CSV; text, number, date or
datetime from an XLSX) and returns the program's value, or None for a blank cell. A value
that cannot be read raises `CellError` whose reason is Spanish and never repeats the cell,
because reasons end up in dry-run listings and a cell may hold a name or a phone number.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation
from enum import StrEnum

from mpi_desktop.domain.activity_inputs import WorkshopAudience
from mpi_desktop.domain.activity_validation import parse_identity
from mpi_desktop.domain.enums import (
    Identity,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
)
from mpi_desktop.domain.text import fold

BAD_DATE = "No es una fecha válida; use dd/mm/aaaa (por ejemplo 15/01/2024) o aaaa-mm-dd."
BAD_NUMBER = "Debe ser un número entero mayor o igual a 1."
BAD_HOURS = "Debe ser un número de horas mayor que 0 (por ejemplo 2 o 2.5)."
TWO_DIGIT_YEAR = "El año debe escribirse con cuatro cifras (dd/mm/aaaa)."

# Excel's day 0 of the 1900 date system (its phantom 29 Feb 1900 makes this the right origin after March 1900).
EXCEL_EPOCH = date(1899, 12, 30)
SERIAL_RANGE = (1, 2_958_465)  # 1900-01-01 … 9999-12-31

MONTHS = {
    name: number
    for number, names in enumerate(
        (
            ("enero", "ene"),
            ("febrero", "feb"),
            ("marzo", "mar"),
            ("abril", "abr"),
            ("mayo", "may"),
            ("junio", "jun"),
            ("julio", "jul"),
            ("agosto", "ago"),
            ("septiembre", "setiembre", "sep", "sept"),
            ("octubre", "oct"),
            ("noviembre", "nov"),
            ("diciembre", "dic"),
        ),
        start=1,
    )
    for name in names
}
_NUMERIC_DATE = re.compile(r"(\d{1,4})[/.\-](\d{1,2})[/.\-](\d{1,4})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?")
_WORDED_DATE = re.compile(r"(\d{1,2})(?: de)? ([a-z]+)\.?(?: de| del)? (\d{4})")


class CellError(ValueError):
    """A cell that cannot be read. `reason` is shown beside the sheet, row and column."""

    def __init__(self, reason: str):
        super().__init__(reason)
        self.reason = reason


def blank(value: object) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


def text(value: object) -> str | None:
    """Trimmed text; numbers as typed (an XLSX phone 5512345678.0 is "5512345678"); blank is None."""
    if blank(value):
        return None
    if isinstance(value, bool):
        return "Sí" if value else "No"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime | date):
        return value.strftime("%d/%m/%Y")
    return str(value).strip()


def folio(value: object) -> str | None:
    """A folio as written, in capitals with single spaces: how rows of different sheets find each other."""
    written = text(value)
    return " ".join(written.split()).upper() if written else None


def day(value: object) -> date | None:
    """A date from a date or datetime cell, an Excel serial number, or text: dd/mm/aaaa, aaaa-mm-dd,
    dd-mm-aaaa, dd.mm.aaaa, "15 de enero de 2024". Day before month, as written in Mexico."""
    if blank(value):
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return _serial(value)
    written = fold(str(value))
    if written.replace(".", "", 1).isdigit():
        return _serial(float(written))
    match = _NUMERIC_DATE.fullmatch(written)
    if match:
        first, month, last = (int(part) for part in match.groups())
        if len(match.group(1)) == 4:
            year, day_ = first, last
        elif len(match.group(3)) == 4:
            year, day_ = last, first
        else:
            raise CellError(TWO_DIGIT_YEAR)
        return _calendar(year, month, day_)
    match = _WORDED_DATE.fullmatch(written)
    if match and match.group(2) in MONTHS:
        return _calendar(int(match.group(3)), MONTHS[match.group(2)], int(match.group(1)))
    raise CellError(BAD_DATE)


def _serial(number: float) -> date:
    """An Excel date serial; a fraction (the time of day) is dropped."""
    if not SERIAL_RANGE[0] <= number <= SERIAL_RANGE[1]:
        raise CellError(BAD_DATE)
    return EXCEL_EPOCH + timedelta(days=int(number))


def _calendar(year: int, month: int, day_: int) -> date:
    try:
        return date(year, month, day_)
    except ValueError:
        raise CellError(BAD_DATE) from None


def quantity(value: object) -> int | None:
    """A whole number ≥ 1 ("3", 3, 3.0)."""
    if blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(BAD_NUMBER)
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, str):
        written = value.strip().replace(" ", "")
        if written.endswith(".0"):
            written = written[:-2]
        if not (written.isascii() and written.isdigit()):
            raise CellError(BAD_NUMBER)
        value = int(written)
    if not isinstance(value, int) or value < 1:
        raise CellError(BAD_NUMBER)
    return value


def hours(value: object) -> float | None:
    """Hours of a session: 2, 2.5 or 2,5 (the domain rule then bounds it)."""
    if blank(value):
        return None
    if isinstance(value, bool):
        raise CellError(BAD_HOURS)
    try:
        number = Decimal(str(value).strip().replace(",", ".")) if isinstance(value, str) else Decimal(value)
    except (InvalidOperation, ValueError):
        raise CellError(BAD_HOURS) from None
    if not number.is_finite() or number <= 0:
        raise CellError(BAD_HOURS)
    return float(round(number, 2))


def participant_identity(value: object) -> PersonIdentity | None:
    """An identity as attendance lists write it: the labels, or M/H/L/N, Femenino, No binario…"""
    written = text(value)
    if written is None:
        return None
    identity = parse_identity(written) or _PERSON_IDENTITY_LOOSE(written)
    return identity


# --- Choices -------------------------------------------------------------------------------

# Ways legacy registers write each option, beyond its label and stored value (compared folded).
VARIANTS: dict[type[StrEnum], dict[str, str]] = {
    Profile: {
        "defensora": "defender",
        "defensor": "defender",
        "persona defensora": "defender",
        "defensora de derechos humanos": "defender",
        "defensor de derechos humanos": "defender",
        "ddhh": "defender",
        "pddh": "defender",
        "periodista": "journalist",
        "persona periodista": "journalist",
        "colaboradora periodistica": "journalist",
        "colaborador periodistico": "journalist",
        "periodista o colaboradora periodistica": "journalist",
    },
    Identity: {
        "mujeres": "woman",
        "hombres": "man",
        "lgbt": "lgbttti",
        "lgbti": "lgbttti",
        "lgbtti": "lgbttti",
        "lgbtiq+": "lgbttti",
        "lgbttiq+": "lgbttti",
        "colectiva": "collective",
        "colectivos": "collective",
        "organizacion": "collective",
        "medio": "collective",
    },
    PersonIdentity: {
        "mujeres": "woman",
        "hombres": "man",
        "lgbt": "lgbttti",
        "lgbti": "lgbttti",
        "lgbtti": "lgbttti",
        "lgbtiq+": "lgbttti",
        "lgbttiq+": "lgbttti",
        "no especifica": "undisclosed",
        "no especificado": "undisclosed",
        "prefiere no decirlo": "undisclosed",
        "nd": "undisclosed",
        "n/d": "undisclosed",
    },
    Modality: {
        "atencion": "attention",
        "canalizacion": "attention",
        "atencion/canalizacion": "attention",
        "colaboracion": "federal_collaboration",
        "mecanismo federal": "federal_collaboration",
        "colaboracion segob": "federal_collaboration",
        "segob": "federal_collaboration",
        "colaboracion con el mecanismo federal (segob)": "federal_collaboration",
    },
    Procedure: {
        "procedimiento ordinario": "ordinary",
        "procedimiento extraordinario": "extraordinary",
        "ordinaria": "ordinary",
        "extraordinaria": "extraordinary",
    },
    PersonRole: {
        "beneficiaria": "beneficiary",
        "beneficiario": "beneficiary",
        "persona beneficiaria": "beneficiary",
        "titular": "beneficiary",
        "familiares": "family",
        "vinculada": "linked",
        "vinculado": "linked",
        "persona vinculada": "linked",
        "personas vinculadas": "linked",
    },
    MeasureCategory: {
        "preventivas": "preventive",
        "medida preventiva": "preventive",
        "de proteccion": "protection",
        "medida de proteccion": "protection",
        "urgente": "urgent_protection",
        "de proteccion urgente": "urgent_protection",
        "medida de proteccion urgente": "urgent_protection",
        "de caracter social": "social",
        "caracter social": "social",
        "medida social": "social",
    },
    MeasureStatus: {
        "solicitado": "requested",
        "implementado": "implemented",
        "otorgada": "implemented",
        "vigente": "implemented",
        "suspendido": "suspended",
        "concluido": "concluded",
        "concluida": "concluded",
        "terminada": "concluded",
        "finalizada": "concluded",
    },
}


def options(enum: type[StrEnum]) -> str:
    """ "Mujer, Hombre, LGBTTTI o Colectivo": the labels a reason suggests."""
    labels = [getattr(member, "label", member.value) for member in enum]
    return ", ".join(labels[:-1]) + " o " + labels[-1] if len(labels) > 1 else labels[0]


def choice(enum: type[StrEnum]) -> Callable[[object], StrEnum | None]:
    """A parser for `enum` that knows its labels, stored values and the common variants."""
    known = {fold(value): enum(stored) for value, stored in VARIANTS.get(enum, {}).items()}
    for member in enum:
        known[fold(member.value)] = member
        known[fold(getattr(member, "label", member.value))] = member
    reason = f"No es una opción reconocida; use {options(enum)}."

    def parse(value: object) -> StrEnum | None:
        written = text(value)
        if written is None:
            return None
        member = known.get(fold(written)) or known.get(fold(written).rstrip("."))
        if member is None:
            raise CellError(reason)
        return member

    return parse


_PERSON_IDENTITY_LOOSE = choice(PersonIdentity)
VARIANTS[WorkshopAudience] = {
    "caso": "case",
    "un caso": "case",
    "colectiva": "collective",
    "colectivo u organizacion": "collective",
    "organizaciones": "organisation",
    "medio": "organisation",
}

__all__ = [
    "CellError",
    "blank",
    "choice",
    "day",
    "folio",
    "hours",
    "options",
    "participant_identity",
    "quantity",
    "text",
]
