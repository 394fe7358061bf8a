"""The rules for what people type (DESIGN.md §4: bad input gets a clear Spanish message).

Pure functions. Each `validate_*` returns a normalised copy of its input (trimmed text, blank
optional fields as None, phone as 10 digits, CURP in capitals, canonical alcaldía) or raises
one `ValidationError` holding every problem of the form, keyed by field name, so the GUI can
show each message beside its field. Messages name the field and never repeat what was typed.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import replace
from datetime import date, datetime
from enum import StrEnum
from typing import TypeVar
from zoneinfo import ZoneInfo

from mpi_desktop.domain.enums import (
    AggressionKind,
    Identity,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
)
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.identifiers import canonical_alcaldia, normalize_curp, normalize_email, normalize_phone
from mpi_desktop.domain.inputs import (
    AggressionInput,
    CaseInput,
    FollowUpInput,
    PersonInput,
    ReferralInput,
    RiskInput,
)

MEXICO_CITY = ZoneInfo("America/Mexico_City")
E = TypeVar("E", bound=StrEnum)


def mexico_city_today() -> date:
    """Today's date where the mechanism works, whatever the laptop's clock zone says."""
    return datetime.now(MEXICO_CITY).date()


# String column sizes of storage/models (a storage test checks that they agree).
MAX_LENGTHS: dict[str, int] = {
    "full_name": 200,
    "curp": 18,
    "phone": 20,
    "email": 120,
    "address": 300,
    "organisation": 200,
    "collective_name": 200,
    "alcaldia": 40,
    "context": 200,
    "institution": 200,
}
LONG_TEXT = 20_000  # narratives (Text columns): generous, yet no accidental megabyte paste
EARLIEST = date(1900, 1, 1)  # catches typed years such as 0202 or 1024
OLDEST_AGE = 120  # a birth date further back than this is a typing slip, not a person

# How each field is named in messages; the article gives the gender ("obligatoria" / "obligatorio").
LABELS = {
    "profile": "El perfil",
    "identity": "La identidad",
    "modality": "La modalidad",
    "procedure": "El procedimiento",
    "opened_on": "La fecha de apertura",
    "collective_name": "El nombre del colectivo u organización",
    "alcaldia": "La alcaldía",
    "summary": "El resumen",
    "role": "El tipo de persona",
    "full_name": "El nombre completo",
    "birth_date": "La fecha de nacimiento",
    "curp": "La CURP",
    "phone": "El teléfono",
    "email": "El correo electrónico",
    "address": "El domicilio",
    "organisation": "La organización",
    "notes": "La nota",
    "occurred_on": "La fecha de la agresión",
    "kind": "El tipo de agresión",
    "context": "El contexto",
    "description": "La descripción",
    "assessed_on": "La fecha de la evaluación de riesgo",
    "level": "El nivel de riesgo",
    "noted_on": "La fecha del seguimiento",
    "text": "El texto del seguimiento",
    "institution": "La institución",
    "referred_on": "La fecha de canalización",
    "status": "El estado de la canalización",
    "reason": "El motivo",
    "closed_on": "La fecha de cierre",
}
CASE_LABELS = LABELS | {"identity": "La identidad del caso"}

PROCEDURE_MISSING = "El procedimiento (ordinario o extraordinario) es obligatorio en una incorporación."
PROCEDURE_NOT_APPLICABLE = "El procedimiento solo se registra en las incorporaciones."
COLLECTIVE_NEEDS_MEMBERS = (
    "Un caso colectivo requiere dos o más personas beneficiarias o el nombre del colectivo u organización."
)
INDIVIDUAL_NEEDS_ONE = "Un caso individual requiere exactamente una persona beneficiaria."
NAME_ONLY_FOR_COLLECTIVE = "El nombre del colectivo u organización solo se registra en casos colectivos."
ALCALDIA_UNKNOWN = "{label} debe ser una de las 16 alcaldías de la Ciudad de México."
QUANTITY = "La cantidad debe ser un número entero mayor o igual a 1."


class _Form:
    """Collects the problems of one form while normalising its fields."""

    def __init__(self, labels: dict[str, str] = LABELS):
        self.labels = labels
        self.problems: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.problems.setdefault(field, message)  # the first problem of a field is the one to fix

    def merge(self, prefix: str, error: ValidationError) -> None:
        for field, message in error.problems.items():
            self.add(f"{prefix}{field}", message)

    def raise_if_any(self) -> None:
        if self.problems:
            raise ValidationError(self.problems)

    def _required(self, field: str) -> None:
        label = self.labels[field]
        self.add(field, f"{label} es {'obligatoria' if label.startswith('La ') else 'obligatorio'}.")

    def text(self, field: str, value: object, *, required: bool = False, limit: int = LONG_TEXT) -> str | None:
        """Multi-line text: trimmed at both ends; blank is None."""
        if value is None or (isinstance(value, str) and not value.strip()):
            if required:
                self._required(field)
            return None
        label = self.labels[field]
        if not isinstance(value, str):
            self.add(field, f"{label} debe ser texto.")
            return None
        value = value.strip()
        if len(value) > limit:
            self.add(field, f"{label} no puede exceder {limit:,} caracteres.")
        return value

    def line(self, field: str, value: object, *, required: bool = False) -> str | None:
        """One-line text: whitespace runs collapse to one space; limit is the column size."""
        if isinstance(value, str):
            value = " ".join(value.split())
        return self.text(field, value, required=required, limit=MAX_LENGTHS[field])

    def choice(self, field: str, value: object, enum: type[E], *, required: bool = True) -> E | None:
        if value is None or value == "":
            if required:
                self._required(field)
            return None
        try:
            return enum(value)
        except ValueError:
            self.add(field, f"{self.labels[field]} no es una opción válida.")
            return None

    def day(
        self, field: str, value: object, *, today: date | None, required: bool = True, not_before: date | None = None
    ) -> date | None:
        """A calendar date; `today` given means it may not be in the future."""
        if value is None or value == "":
            if required:
                self._required(field)
            return None
        label = self.labels[field]
        if isinstance(value, str):
            try:
                value = date.fromisoformat(value.strip())
            except ValueError:
                value = None
        if not isinstance(value, date) or isinstance(value, datetime):
            self.add(field, f"{label} no es una fecha válida.")
            return None
        if today is not None and value > today:
            self.add(field, f"{label} no puede ser futura.")
        elif value < EARLIEST:
            self.add(field, f"{label} no puede ser anterior a {EARLIEST.year}.")
        elif not_before is not None and value < not_before:
            self.add(field, f"{label} no puede ser anterior a la fecha de apertura del caso.")
        return value

    def alcaldia(self, field: str, value: object) -> str | None:
        name = self.line(field, value)
        if name is None or field in self.problems:
            return name
        canonical = canonical_alcaldia(name)
        if canonical is None:
            self.add(field, ALCALDIA_UNKNOWN.format(label=self.labels[field]))
        return canonical


def _formatted(form: _Form, field: str, value: object, normalize: Callable[[str], str]) -> str | None:
    """A code typed with any spacing: normalised first, then held to its column size."""
    text = form.text(field, value)
    if text is None or field in form.problems:
        return text
    try:
        normal = normalize(text)
    except ValueError as error:
        form.add(field, str(error))
        return None
    limit = MAX_LENGTHS[field]
    if len(normal) > limit:
        form.add(field, f"{form.labels[field]} no puede exceder {limit:,} caracteres.")
    return normal


# --- Forms ---------------------------------------------------------------------------------


def composition_problems(
    identity: Identity | str | None, collective_name: str | None, roles: Iterable[PersonRole | str | None]
) -> dict[str, str]:
    """Who a case is about (Cuadro 3 note 1): one beneficiary, or a collective."""
    beneficiaries = sum(1 for role in roles if role == PersonRole.BENEFICIARY)
    problems: dict[str, str] = {}
    if identity == Identity.COLLECTIVE:
        if beneficiaries < 2 and not collective_name:
            problems["persons"] = COLLECTIVE_NEEDS_MEMBERS
    elif identity is not None:
        if beneficiaries != 1:
            problems["persons"] = INDIVIDUAL_NEEDS_ONE
        if collective_name:
            problems["collective_name"] = NAME_ONLY_FOR_COLLECTIVE
    return problems


def procedure_problems(modality: Modality | None, procedure: Procedure | None) -> dict[str, str]:
    if modality == Modality.INCORPORATION and procedure is None:
        return {"procedure": PROCEDURE_MISSING}
    if modality is not None and modality != Modality.INCORPORATION and procedure is not None:
        return {"procedure": PROCEDURE_NOT_APPLICABLE}
    return {}


def validate_case(data: CaseInput, today: date | None = None) -> CaseInput:
    """A new case with its persons. Person problems are keyed `persons[i].field`."""
    today = today or mexico_city_today()
    form = _Form(CASE_LABELS)
    persons = []
    for index, person in enumerate(data.persons):
        try:
            persons.append(validate_person(person, today))
        except ValidationError as error:
            form.merge(f"persons[{index}].", error)
    return _case_fields(form, replace(data, persons=tuple(persons)), [p.role for p in data.persons], today)


def validate_case_update(data: CaseInput, roles: Iterable[PersonRole], today: date | None = None) -> CaseInput:
    """The case's own fields after a change; `roles` are those of its current persons (`data.persons` is ignored)."""
    return _case_fields(_Form(CASE_LABELS), data, list(roles), today or mexico_city_today())


def _case_fields(form: _Form, data: CaseInput, roles: list, today: date) -> CaseInput:
    identity = form.choice("identity", data.identity, Identity)
    modality = form.choice("modality", data.modality, Modality)
    procedure = form.choice("procedure", data.procedure, Procedure, required=False)
    collective_name = form.line("collective_name", data.collective_name)
    cleaned = replace(
        data,
        profile=form.choice("profile", data.profile, Profile),
        identity=identity,
        modality=modality,
        procedure=procedure,
        opened_on=form.day("opened_on", data.opened_on, today=today),
        collective_name=collective_name,
        alcaldia=form.alcaldia("alcaldia", data.alcaldia),
        summary=form.text("summary", data.summary),
    )
    if "procedure" not in form.problems:
        for field, message in procedure_problems(modality, procedure).items():
            form.add(field, message)
    if identity is not None:
        for field, message in composition_problems(identity, collective_name, roles).items():
            form.add(field, message)
    form.raise_if_any()
    return cleaned


def birth_date_problem(value: date, today: date) -> str | None:
    """Why a birth date cannot be right (in the future, or an age no person reaches), or None."""
    if value > today:
        return "La fecha de nacimiento no puede ser futura."
    try:
        oldest = today.replace(year=today.year - OLDEST_AGE)
    except ValueError:  # 29 February
        oldest = today.replace(year=today.year - OLDEST_AGE, day=28)
    if value < oldest:
        return f"La fecha de nacimiento no es plausible: indicaría más de {OLDEST_AGE} años."
    return None


def validate_person(data: PersonInput, today: date | None = None) -> PersonInput:
    today = today or mexico_city_today()
    form = _Form()
    cleaned = replace(
        data,
        role=form.choice("role", data.role, PersonRole),
        full_name=form.line("full_name", data.full_name, required=True),
        identity=form.choice("identity", data.identity, PersonIdentity),
        birth_date=form.day("birth_date", data.birth_date, today=today, required=False),
        curp=_formatted(form, "curp", data.curp, normalize_curp),
        phone=_formatted(form, "phone", data.phone, normalize_phone),
        email=_formatted(form, "email", data.email, normalize_email),
        address=form.line("address", data.address),
        organisation=form.line("organisation", data.organisation),
        notes=form.text("notes", data.notes),
    )
    if cleaned.birth_date is not None and "birth_date" not in form.problems:
        problem = birth_date_problem(cleaned.birth_date, today)
        if problem:
            form.add("birth_date", problem)
    form.raise_if_any()
    return cleaned


def validate_aggression(data: AggressionInput, today: date | None = None) -> AggressionInput:
    today = today or mexico_city_today()
    form = _Form()
    cleaned = replace(
        data,
        occurred_on=form.day("occurred_on", data.occurred_on, today=today),
        kind=form.choice("kind", data.kind, AggressionKind),
        context=form.line("context", data.context),
        alcaldia=form.alcaldia("alcaldia", data.alcaldia),
        description=form.text("description", data.description),
    )
    form.raise_if_any()
    return cleaned


def validate_risk(data: RiskInput, today: date | None = None) -> RiskInput:
    today = today or mexico_city_today()
    form = _Form()
    cleaned = replace(
        data,
        assessed_on=form.day("assessed_on", data.assessed_on, today=today),
        level=form.choice("level", data.level, RiskLevel),
        summary=form.text("summary", data.summary),
    )
    form.raise_if_any()
    return cleaned


def validate_follow_up(data: FollowUpInput, today: date | None = None, opened_on: date | None = None) -> FollowUpInput:
    """`opened_on`: the case's opening date; a follow-up cannot precede the case."""
    today = today or mexico_city_today()
    form = _Form()
    cleaned = replace(
        data,
        noted_on=form.day("noted_on", data.noted_on, today=today, not_before=opened_on),
        text=form.text("text", data.text, required=True),
    )
    form.raise_if_any()
    return cleaned


def validate_referral(data: ReferralInput, today: date | None = None, opened_on: date | None = None) -> ReferralInput:
    today = today or mexico_city_today()
    form = _Form()
    cleaned = replace(
        data,
        institution=form.line("institution", data.institution, required=True),
        referred_on=form.day("referred_on", data.referred_on, today=today, not_before=opened_on),
        status=form.choice("status", data.status, ReferralStatus),
        notes=form.text("notes", data.notes),
    )
    form.raise_if_any()
    return cleaned


def validate_referral_update(status: object, notes: object = None) -> tuple[ReferralStatus, str | None]:
    """A referral's new status and notes (blank notes: None)."""
    form = _Form()
    value = form.choice("status", status, ReferralStatus)
    text = form.text("notes", notes)
    form.raise_if_any()
    assert value is not None
    return value, text


def validate_reason(reason: object) -> str:
    """The reason for closing or reopening a case: required, bounded."""
    form = _Form()
    value = form.text("reason", reason, required=True)
    form.raise_if_any()
    assert value is not None
    return value


def validate_closure(reason: object, closed_on: object, opened_on: date, today: date | None = None) -> tuple[str, date]:
    today = today or mexico_city_today()
    form = _Form()
    text = form.text("reason", reason, required=True)
    day = form.day("closed_on", closed_on, today=today)
    if day is not None and "closed_on" not in form.problems and day < opened_on:
        form.add("closed_on", "La fecha de cierre no puede ser anterior a la fecha de apertura.")
    form.raise_if_any()
    assert text is not None and day is not None
    return text, day


def validate_quantity(n: object, field: str = "quantity") -> int:
    """A number of actions, calls, participants…: a whole number, at least 1."""
    if isinstance(n, str) and n.strip().isascii() and n.strip().isdigit():
        n = int(n.strip())
    if isinstance(n, bool) or not isinstance(n, int) or n < 1:
        raise ValidationError({field: QUANTITY})
    return n
