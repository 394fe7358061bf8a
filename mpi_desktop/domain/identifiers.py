"""Codes people type with any spacing: Mexican phone numbers, CURP, e-mail, alcaldía names.

Each `normalize_*` returns the canonical form or raises ValueError whose text is the Spanish
message for the person (it never repeats what was typed).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import date

from mpi_desktop.domain.enums import ALCALDIAS

PHONE_DIGITS = "El teléfono debe tener 10 dígitos."
PHONE_PREFIX = "El teléfono no puede empezar con 0 ni con 1."
CURP_LENGTH = "La CURP debe tener 18 caracteres."
CURP_FORMAT = "La CURP no tiene el formato oficial."
CURP_DATE = "La CURP contiene una fecha de nacimiento inexistente."
CURP_CHECK = "El dígito verificador de la CURP no coincide."
EMAIL_FORMAT = "El correo electrónico no tiene un formato válido."


def _fold(text: str) -> str:
    """Accents, case, spaces and punctuation ignored: "gustavo a madero" finds "Gustavo A. Madero"."""
    bare = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in bare.casefold() if ch.isalnum())


_ALCALDIAS_BY_KEY = {_fold(name): name for name in ALCALDIAS} | {
    "cuajimalpa": "Cuajimalpa de Morelos",
    "magdalenacontreras": "La Magdalena Contreras",
}


_PHONE_SEPARATORS = re.compile(r"[\s\-.()/]")


def normalize_phone(raw: str) -> str:
    """A Mexican number as its 10 digits ("+52 55 1234-5678" → "5512345678"); ValueError with a message."""
    digits = _PHONE_SEPARATORS.sub("", raw)
    international = False
    for prefix in ("+52", "0052"):
        if digits.startswith(prefix):
            digits, international = digits[len(prefix) :], True
            break
    else:
        if len(digits) == 12 and digits.startswith("52"):
            digits, international = digits[2:], True
    if international and len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]  # the mobile "1" dropped from the Mexican numbering plan in 2019
    if not (digits.isascii() and digits.isdigit()) or len(digits) != 10:
        raise ValueError(PHONE_DIGITS)
    if digits[0] in "01":
        raise ValueError(PHONE_PREFIX)
    return digits


# RENAPO's published pattern; X in position 11 for non-binary CURPs, NE for born abroad.
_CURP = re.compile(
    r"[A-Z][AEIOUX][A-Z]{2}\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[HMX]"
    r"(?:AS|B[CS]|C[CLMSH]|D[FG]|G[TR]|HG|JC|M[CNS]|N[ETL]|OC|PL|Q[TR]|S[PLR]|T[CSL]|VZ|YN|ZS)"
    r"[B-DF-HJ-NP-TV-Z]{3}[A-Z\d]\d"
)
_CURP_ALPHABET = "0123456789ABCDEFGHIJKLMNÑOPQRSTUVWXYZ"


def curp_check_digit(first17: str) -> str:
    """The 18th character of a CURP, computed from the first 17 (Instructivo normativo, RENAPO)."""
    total = sum(_CURP_ALPHABET.index(ch) * (18 - i) for i, ch in enumerate(first17[:17]))
    return str((10 - total % 10) % 10)


def normalize_curp(raw: str) -> str:
    """An 18-character CURP in capitals; ValueError with the Spanish message when malformed."""
    curp = re.sub(r"[\s\-]", "", raw).upper()
    if len(curp) != 18:
        raise ValueError(CURP_LENGTH)
    if not _CURP.fullmatch(curp):
        raise ValueError(CURP_FORMAT)
    century = 1900 if curp[16].isdigit() else 2000  # the differentiator is a digit up to 1999
    try:
        date(century + int(curp[4:6]), int(curp[6:8]), int(curp[8:10]))
    except ValueError:
        raise ValueError(CURP_DATE) from None
    if curp[17] != curp_check_digit(curp):
        raise ValueError(CURP_CHECK)
    return curp


_EMAIL = re.compile(r"[^@\s]+@[^@\s.]+(?:\.[^@\s.]+)+")


def normalize_email(raw: str) -> str:
    email = raw.strip()
    if not _EMAIL.fullmatch(email):
        raise ValueError(EMAIL_FORMAT)
    local, domain = email.rsplit("@", 1)
    return f"{local}@{domain.lower()}"


def canonical_alcaldia(name: str) -> str | None:
    """The official spelling of an alcaldía typed without accents or with other spacing; None if unknown."""
    return _ALCALDIAS_BY_KEY.get(_fold(name))
