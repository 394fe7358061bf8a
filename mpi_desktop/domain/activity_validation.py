"""The rules for workshops, trainings, attendance, governing sessions and institutional activities.

Same contract as `domain.validation`: each `validate_*` returns a normalised copy or raises one
`ValidationError` with a Spanish message per field; messages never repeat what was typed
(a participant's name is personal data).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

from mpi_desktop.domain.activity_inputs import (
    GoverningSessionInput,
    InstitutionalActivityInput,
    ParticipantInput,
    TrainingInput,
    WorkshopAudience,
    WorkshopInput,
    WorkshopSessionInput,
)
from mpi_desktop.domain.enums import (
    ActivityKind,
    GoverningBody,
    PersonIdentity,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.text import fold
from mpi_desktop.domain.validation import LONG_TEXT, _Form, mexico_city_today

# String column sizes of storage/models/activities.py.
ACTIVITY_LENGTHS: dict[str, int] = {
    "title": 300,
    "workshop_title": 200,
    "directed_to": 200,
    "name": 200,
    "organisation": 200,
    "partner": 200,
    "institution": 200,
}
MAX_HOURS = 12  # one session of a workshop: a working day at most
MAX_HEADCOUNT = 100_000  # a typing slip (an extra zero or five) rather than a real room
MAX_SESSION_NUMBER = 99

ACTIVITY_LABELS = {
    "title": "El título",
    "workshop_title": "El título del taller",
    "audience": "El tipo de destinatario",
    "directed_to": "El campo «Dirigido a»",
    "case_id": "El caso",
    "notes": "La nota",
    "held_on": "La fecha",
    "hours": "El número de horas",
    "name": "El nombre de la persona participante",
    "identity": "La identidad",
    "organisation": "La organización",
    "dates": "La fecha",  # each date is checked alone: "La fecha no puede ser futura."
    "modality": "La modalidad",
    "axis": "El eje temático",
    "objective": "El objetivo",
    "partner": "La organización colaboradora",
    "body": "El órgano",
    "number": "El número de sesión",
    "kind": "El tipo",
    "topics": "Los temas abordados",
    "institution": "La institución",
    "description": "La descripción",
}

DUPLICATE_PARTICIPANT = "Esta persona ya está en la lista de asistencia."
DUPLICATE_DATE = "Una misma fecha aparece más de una vez."
CASE_REQUIRED = "Seleccione el caso al que se dirige el taller."
CASE_NOT_APPLICABLE = "Solo un taller dirigido a un caso se vincula con un caso."
HOURS_RANGE = f"El número de horas debe ser mayor que 0 y no mayor que {MAX_HOURS}."
HEADCOUNT_RANGE = "Cada conteo debe ser un número entero mayor o igual a 0."
NUMBER_RANGE = f"El número de sesión debe ser un número entero entre 1 y {MAX_SESSION_NUMBER}."

# Feminine ordinals, as the informe names sessions ("Primera Sesión Extraordinaria").
ORDINALS = (
    "Primera",
    "Segunda",
    "Tercera",
    "Cuarta",
    "Quinta",
    "Sexta",
    "Séptima",
    "Octava",
    "Novena",
    "Décima",
    "Decimoprimera",
    "Decimosegunda",
    "Decimotercera",
    "Decimocuarta",
    "Decimoquinta",
    "Decimosexta",
    "Decimoséptima",
    "Decimoctava",
    "Decimonovena",
    "Vigésima",
)


class _ActivityForm(_Form):
    def __init__(self) -> None:
        super().__init__(ACTIVITY_LABELS)

    def line(self, field: str, value: object, *, required: bool = False, limit_of: str | None = None) -> str | None:
        if isinstance(value, str):
            value = " ".join(value.split())
        return self.text(field, value, required=required, limit=ACTIVITY_LENGTHS[limit_of or field])


def name_key(name: str | None) -> str:
    """What makes two participants the same person on one list: the name, accents, case and spacing aside."""
    return fold(name)


# One key per identity on the attendance screen, and the one-letter spellings of a list file.
# M is Mujer and H is Hombre, as on the CURP; N is "Prefiero no decirlo".
IDENTITY_KEYS: dict[str, PersonIdentity] = {
    "M": PersonIdentity.WOMAN,
    "H": PersonIdentity.MAN,
    "L": PersonIdentity.LGBTTTI,
    "N": PersonIdentity.UNDISCLOSED,
}
# How lists typed by other people write an identity (folded, without "+"). "No binario" counts as
# LGBTTTI, the informe's category for everyone outside mujer/hombre; anything else is refused
# rather than guessed, so a person is never counted in a category they did not give.
IDENTITY_SPELLINGS: dict[str, PersonIdentity] = {
    **{key.lower(): identity for key, identity in IDENTITY_KEYS.items()},
    **dict.fromkeys(("mujer", "mujeres", "f", "femenino", "femenina"), PersonIdentity.WOMAN),
    **dict.fromkeys(("hombre", "hombres", "masculino", "masculina"), PersonIdentity.MAN),
    **dict.fromkeys(
        (
            "lgbttti",
            "lgbt",
            "lgbti",
            "lgbtti",
            "lgbtq",
            "lgbtiq",
            "lgbttiq",
            "lgbtttiq",
            "no binario",
            "no binaria",
            "no binarie",
            "nb",
        ),
        PersonIdentity.LGBTTTI,
    ),
    **dict.fromkeys(
        ("prefiero no decirlo", "prefiero no decir", "no decirlo", "no especifica", "nd", "n/d"),
        PersonIdentity.UNDISCLOSED,
    ),
}


def parse_identity(text: object) -> PersonIdentity | None:
    """The identity a list file means by `text` (M/H/L/N, Mujer, Hombre, LGBTTTI, No binario…), or None."""
    if text is None:
        return None
    key = fold(str(text)).rstrip("+ .").strip()
    return IDENTITY_SPELLINGS.get(key)


def session_ordinal(number: int) -> str:
    return ORDINALS[number - 1] if 1 <= number <= len(ORDINALS) else f"{number}.ª"


def session_title(number: int, kind: SessionKind) -> str:
    """ "Primera Sesión Ordinaria", as Cuadros 1 and 2 call a session."""
    return f"{session_ordinal(number)} Sesión {kind.label}"


# --- Workshops and trainings ---------------------------------------------------------------


def validate_workshop(data: WorkshopInput) -> WorkshopInput:
    form = _ActivityForm()
    audience = form.choice("audience", data.audience, WorkshopAudience)
    case_id = data.case_id or None
    if audience is WorkshopAudience.CASE and case_id is None:
        form.add("case_id", CASE_REQUIRED)
    elif audience is not None and audience is not WorkshopAudience.CASE and case_id is not None:
        form.add("case_id", CASE_NOT_APPLICABLE)
    cleaned = replace(
        data,
        title=form.line("workshop_title", data.title, required=True),
        audience=audience,
        directed_to=form.line("directed_to", data.directed_to, required=True),
        case_id=case_id,
        notes=form.text("notes", data.notes),
    )
    _rename(form, "workshop_title", "title")
    form.raise_if_any()
    return cleaned


def validate_workshop_session(data: WorkshopSessionInput, today: date | None = None) -> WorkshopSessionInput:
    """A session: its date (not after today) and its hours (more than 0, at most a working day)."""
    today = today or mexico_city_today()
    form = _ActivityForm()
    cleaned = replace(
        data,
        held_on=form.day("held_on", data.held_on, today=today),
        hours=_hours(form, data.hours),
    )
    form.raise_if_any()
    return cleaned


def _hours(form: _Form, value: object) -> float | None:
    if value is None or value == "":
        form.add("hours", "El número de horas es obligatorio.")
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip().replace(",", "."))
        except ValueError:
            value = None
    if isinstance(value, bool) or not isinstance(value, int | float) or not math.isfinite(value):
        form.add("hours", "El número de horas debe ser un número.")
        return None
    if not 0 < value <= MAX_HOURS:
        form.add("hours", HOURS_RANGE)
    return round(float(value), 2)


def validate_training(data: TrainingInput, today: date | None = None) -> TrainingInput:
    """One or several dates, none after today and none twice; they are returned in order."""
    today = today or mexico_city_today()
    form = _ActivityForm()
    days: list[date] = []
    raw = tuple(data.dates or ())
    if not raw:
        form.add("dates", "Registre al menos una fecha.")
    for value in raw:
        day = form.day("dates", value, today=today)
        if day is not None:
            days.append(day)
    if "dates" not in form.problems and len(set(days)) != len(days):
        form.add("dates", DUPLICATE_DATE)
    cleaned = replace(
        data,
        title=form.line("title", data.title, required=True),
        dates=tuple(sorted(set(days))),
        modality=form.choice("modality", data.modality, TrainingModality),
        axis=form.choice("axis", data.axis, ThematicAxis),
        objective=form.text("objective", data.objective),
        partner=form.line("partner", data.partner),
    )
    form.raise_if_any()
    return cleaned


# --- Attendance ----------------------------------------------------------------------------


def validate_participant(data: ParticipantInput, taken: Iterable[str] = ()) -> ParticipantInput:
    """A named participant; `taken` are the `name_key`s already on the list (a second entry is refused)."""
    form = _ActivityForm()
    cleaned = replace(
        data,
        name=form.line("name", data.name, required=True),
        identity=form.choice("identity", data.identity, PersonIdentity),
        organisation=form.line("organisation", data.organisation),
    )
    if "name" not in form.problems and name_key(cleaned.name) in set(taken):
        form.add("name", DUPLICATE_PARTICIPANT)
    form.raise_if_any()
    return cleaned


def validate_headcount(counts: Mapping[object, object]) -> dict[PersonIdentity, int]:
    """Participants by identity without names: whole numbers ≥ 0; identities left out count 0."""
    problems: dict[str, str] = {}
    result = dict.fromkeys(PersonIdentity, 0)
    for key, value in counts.items():
        try:
            identity = PersonIdentity(key)
        except ValueError:
            problems[str(key)] = "La identidad no es una opción válida."
            continue
        if value is None or value == "":
            continue
        if isinstance(value, str) and value.strip().isascii() and value.strip().isdigit():
            value = int(value.strip())
        if isinstance(value, bool) or not isinstance(value, int) or not 0 <= value <= MAX_HEADCOUNT:
            problems[identity.value] = HEADCOUNT_RANGE
            continue
        result[identity] = value
    if problems:
        raise ValidationError(problems)
    return result


# --- Governing sessions and institutional activities ---------------------------------------


def validate_governing_session(data: GoverningSessionInput, today: date | None = None) -> GoverningSessionInput:
    today = today or mexico_city_today()
    form = _ActivityForm()
    number = data.number
    if isinstance(number, str) and number.strip().isascii() and number.strip().isdigit():
        number = int(number.strip())
    if number is None or number == "":
        form.add("number", "El número de sesión es obligatorio.")
    elif isinstance(number, bool) or not isinstance(number, int) or not 1 <= number <= MAX_SESSION_NUMBER:
        form.add("number", NUMBER_RANGE)
    cleaned = replace(
        data,
        body=form.choice("body", data.body, GoverningBody),
        number=number,
        kind=form.choice("kind", data.kind, SessionKind),
        held_on=form.day("held_on", data.held_on, today=today),
        topics=form.text("topics", data.topics, limit=LONG_TEXT),
    )
    form.raise_if_any()
    return cleaned


def validate_institutional_activity(
    data: InstitutionalActivityInput, today: date | None = None
) -> InstitutionalActivityInput:
    today = today or mexico_city_today()
    form = _ActivityForm()
    cleaned = replace(
        data,
        kind=form.choice("kind", data.kind, ActivityKind),
        held_on=form.day("held_on", data.held_on, today=today),
        institution=form.line("institution", data.institution, required=True),
        title=form.line("title", data.title, required=True),
        description=form.text("description", data.description),
    )
    form.raise_if_any()
    return cleaned


def _rename(form: _Form, old: str, new: str) -> None:
    """A field checked under one label but shown beside the form's field `new`."""
    if old in form.problems:
        form.problems[new] = form.problems.pop(old)


__all__ = [
    "DUPLICATE_PARTICIPANT",
    "IDENTITY_KEYS",
    "name_key",
    "parse_identity",
    "session_title",
    "validate_governing_session",
    "validate_headcount",
    "validate_institutional_activity",
    "validate_participant",
    "validate_training",
    "validate_workshop",
    "validate_workshop_session",
]
