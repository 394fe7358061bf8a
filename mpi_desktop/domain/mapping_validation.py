"""A finding of the Mapeo de agresiones (plan 1.4 and 1.5), as typed, and the rules it must meet.

The source is kept as text only (a medium's name or an address copied from the browser): the
program never opens it. A finding names nobody: who it is about lives in the source, which
never leaves the program, and in the case it may be linked to.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from mpi_desktop.domain.annual_plan import MappingContext, MappingSubject
from mpi_desktop.domain.enums import AggressionKind, Profile
from mpi_desktop.domain.validation import LABELS, _Form, mexico_city_today

SOURCE_MAX = 500
PROTEST_MAX = 200
NOTES_MAX = 5000

MAPPING_LABELS = LABELS | {
    "found_on": "La fecha del hallazgo",
    "occurred_on": "La fecha de la agresión",
    "source": "La fuente",
    "profile": "El perfil",
    "subject": "El tipo de registro (individual o colectivo)",
    "kind": "El tipo de agresión",
    "context": "El contexto",
    "protest": "La protesta o movilización",
    "alcaldia": "La alcaldía",
    "case_folio": "El folio del caso",
    "notes": "La nota",
}
PROTEST_REQUIRED = "Indique la protesta o movilización en la que ocurrió la agresión."
PROTEST_ONLY_IN_PROTEST = "La protesta solo se registra cuando el contexto es una protesta social o movilización."
OCCURRED_AFTER_FOUND = "La fecha de la agresión no puede ser posterior a la fecha del hallazgo."
CONTACTED_INVALID = "Indique si se estableció contacto con la persona (sí o no)."


@dataclass(frozen=True)
class FindingInput:
    found_on: date
    source: str
    profile: Profile
    subject: MappingSubject
    kind: AggressionKind
    context: MappingContext
    protest: str | None = None
    alcaldia: str | None = None
    occurred_on: date | None = None
    case_folio: str | None = None
    contacted: bool = False
    notes: str | None = None


def validate_finding(data: FindingInput, today: date | None = None) -> FindingInput:
    """A normalised copy of `data`, or one ValidationError with every problem by field."""
    today = today or mexico_city_today()
    form = _Form(MAPPING_LABELS)
    context = form.choice("context", data.context, MappingContext)
    protest = form.text("protest", _one_line(data.protest), limit=PROTEST_MAX)
    cleaned = replace(
        data,
        found_on=form.day("found_on", data.found_on, today=today),
        occurred_on=form.day("occurred_on", data.occurred_on, today=today, required=False),
        source=form.text("source", _one_line(data.source), required=True, limit=SOURCE_MAX),
        profile=form.choice("profile", data.profile, Profile),
        subject=form.choice("subject", data.subject, MappingSubject),
        kind=form.choice("kind", data.kind, AggressionKind),
        context=context,
        protest=protest,
        alcaldia=form.alcaldia("alcaldia", data.alcaldia),
        case_folio=form.text("case_folio", _one_line(data.case_folio), limit=24),
        notes=form.text("notes", data.notes, limit=NOTES_MAX),
    )
    if context == MappingContext.PROTEST and protest is None:
        form.add("protest", PROTEST_REQUIRED)
    elif context is not None and context != MappingContext.PROTEST and protest is not None:
        form.add("protest", PROTEST_ONLY_IN_PROTEST)
    if not isinstance(data.contacted, bool):
        form.add("contacted", CONTACTED_INVALID)
    found, occurred = cleaned.found_on, cleaned.occurred_on
    if (
        isinstance(found, date)
        and isinstance(occurred, date)
        and "occurred_on" not in form.problems
        and "found_on" not in form.problems
        and occurred > found
    ):
        form.add("occurred_on", OCCURRED_AFTER_FOUND)
    form.raise_if_any()
    if cleaned.case_folio is not None:
        cleaned = replace(cleaned, case_folio=cleaned.case_folio.upper())
    return cleaned


def _one_line(value: object) -> object:
    return " ".join(value.split()) if isinstance(value, str) else value
