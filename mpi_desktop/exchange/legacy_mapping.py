"""Which column of a legacy sheet holds which field: the registers, their fields, and the guess.

Legacy registers were kept by hand, each with its own headers ("Fecha de incorporación",
"FECHA", "Tel."). The program guesses a field for every column by comparing the header,
folded (no accents, case or punctuation), with the field's Spanish label and the usual ways
of writing it; the person checks the guess and changes what is wrong before the dry run.
A mapping is a tuple aligned with the sheet's headers: a field name, or None to ignore it.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from mpi_desktop.domain.activity_inputs import WorkshopAudience
from mpi_desktop.domain.enums import (
    Identity,
    LabelledEnum,
    MeasureCategory,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
)
from mpi_desktop.domain.errors import MpiError
from mpi_desktop.domain.text import fold
from mpi_desktop.exchange import legacy_rows as rows

Mapping = tuple[str | None, ...]
IGNORE = "(no importar)"


class RegisterKind(LabelledEnum):
    CASES = "cases", "Casos"
    PERSONS = "persons", "Personas"
    MEASURES = "measures", "Medidas"
    ACTIONS = "actions", "Acciones"
    WORKSHOPS = "workshops", "Talleres"
    ATTENDANCE = "attendance", "Asistencia"


class MappingError(MpiError):
    pass


@dataclass(frozen=True)
class FieldSpec:
    name: str
    label: str  # what the mapping step shows
    parse: Callable[[object], object]
    required: bool = False
    aliases: tuple[str, ...] = ()  # other headers meaning this field (compared folded)


def _f(name: str, label: str, parse, *aliases: str, required: bool = False) -> FieldSpec:
    return FieldSpec(name, label, parse, required, aliases)


FOLIO = _f(
    "folio",
    "Folio",
    rows.folio,
    "expediente",
    "no de expediente",
    "numero de expediente",
    "folio del caso",
    "folio anterior",
    "no de folio",
    required=True,
)
PERSON_FIELDS = (
    _f("role", "Tipo de persona", rows.choice(PersonRole), "tipo", "rol", "calidad", "persona"),
    _f(
        "full_name", "Nombre completo", rows.text, "nombre", "nombre de la persona", "nombre y apellidos", required=True
    ),
    _f("identity", "Identidad", rows.choice(PersonIdentity), "genero", "sexo", "identidad de genero", required=True),
    _f("birth_date", "Fecha de nacimiento", rows.day, "nacimiento"),
    _f("curp", "CURP", rows.text),
    _f("phone", "Teléfono", rows.text, "tel", "celular", "telefono de contacto", "numero telefonico"),
    _f("email", "Correo electrónico", rows.text, "correo", "email", "e mail"),
    _f("address", "Domicilio", rows.text, "direccion"),
    _f("organisation", "Organización", rows.text, "organizacion o medio", "medio", "colectivo"),
    _f("notes", "Notas", rows.text, "observaciones", "nota"),
)
MEASURE = _f("measure", "Medida", rows.text, "nombre de la medida", "acciones y medidas", required=True)
CATEGORY = _f("category", "Tipo de medida", rows.choice(MeasureCategory), "categoria", "tipo")

FIELDS: dict[RegisterKind, tuple[FieldSpec, ...]] = {
    RegisterKind.CASES: (
        FieldSpec(FOLIO.name, FOLIO.label, FOLIO.parse, False, FOLIO.aliases),
        _f("profile", "Perfil", rows.choice(Profile), "tipo de perfil", required=True),
        _f("identity", "Identidad del caso", rows.choice(Identity), "identidad", "genero", "sexo", required=True),
        _f("modality", "Modalidad", rows.choice(Modality), "tipo de atencion", "tipo de caso", required=True),
        _f("procedure", "Procedimiento", rows.choice(Procedure), "tipo de procedimiento"),
        _f(
            "opened_on",
            "Fecha de apertura",
            rows.day,
            "fecha de incorporacion",
            "fecha de ingreso",
            "fecha de atencion",
            "fecha de registro",
            "fecha de inicio",
            "fecha",
            required=True,
        ),
        _f(
            "collective_name",
            "Nombre del colectivo u organización",
            rows.text,
            "colectivo",
            "organizacion",
            "nombre del colectivo",
            "nombre de la organizacion",
            "colectivo u organizacion",
        ),
        _f("alcaldia", "Alcaldía", rows.text, "delegacion", "demarcacion"),
        _f("summary", "Resumen", rows.text, "descripcion", "hechos", "narrativa", "observaciones"),
        _f(
            "beneficiary_name",
            "Nombre de la persona beneficiaria",
            rows.text,
            "nombre",
            "nombre completo",
            "persona beneficiaria",
            "beneficiaria",
            "beneficiario",
        ),
        _f("beneficiary_phone", "Teléfono de la persona beneficiaria", rows.text, "telefono", "tel", "celular"),
        _f(
            "beneficiary_email", "Correo de la persona beneficiaria", rows.text, "correo", "correo electronico", "email"
        ),
        _f("beneficiary_curp", "CURP de la persona beneficiaria", rows.text, "curp"),
        _f("closed_on", "Fecha de cierre", rows.day, "fecha de conclusion", "fecha de baja"),
        _f("close_reason", "Motivo de cierre", rows.text, "motivo de conclusion", "motivo de baja", "motivo"),
    ),
    RegisterKind.PERSONS: (FOLIO, *PERSON_FIELDS),
    RegisterKind.MEASURES: (
        FOLIO,
        MEASURE,
        CATEGORY,
        _f(
            "starts_on",
            "Fecha de inicio",
            rows.day,
            "fecha de otorgamiento",
            "fecha de solicitud",
            "fecha",
            "inicio",
            required=True,
        ),
        _f("ends_on", "Fecha de término", rows.day, "fecha de conclusion", "fecha fin", "fecha de fin", "termino"),
        _f("status", "Estado", rows.choice(MeasureStatus), "estatus", "situacion"),
        _f("institution", "Institución", rows.text, "instancia", "dependencia", "institucion responsable"),
        _f("notes", "Notas", rows.text, "observaciones", "nota"),
    ),
    RegisterKind.ACTIONS: (
        FOLIO,
        MEASURE,
        CATEGORY,
        _f("measure_starts_on", "Fecha de inicio de la medida", rows.day, "inicio de la medida"),
        _f(
            "acted_on",
            "Fecha",
            rows.day,
            "fecha de la accion",
            "fecha de gestion",
            "fecha de la gestion",
            required=True,
        ),
        _f("quantity", "Cantidad", rows.quantity, "numero de acciones", "acciones", "numero", "no de acciones"),
        _f("notes", "Notas", rows.text, "observaciones", "nota"),
    ),
    RegisterKind.WORKSHOPS: (
        _f("key", "Clave del taller", rows.folio, "clave", "no", "numero", "id"),
        _f("title", "Título", rows.text, "taller", "nombre del taller", "tema", "titulo del taller", required=True),
        _f("directed_to", "Dirigido a", rows.text, "dirigido", "destinatarios", required=True),
        _f("audience", "Tipo de destinatario", rows.choice(WorkshopAudience), "destinatario", "tipo de destinatario"),
        _f("folio", "Folio", rows.folio, "expediente", "folio del caso"),
        _f("held_on", "Fecha de la sesión", rows.day, "fecha", "fecha de sesion", "sesion", required=True),
        _f("hours", "Horas", rows.hours, "numero de horas", "duracion", "duracion (horas)", required=True),
        _f("notes", "Notas", rows.text, "observaciones", "nota"),
    ),
    RegisterKind.ATTENDANCE: (
        _f(
            "workshop",
            "Taller",
            rows.folio,
            "clave del taller",
            "clave",
            "titulo",
            "nombre del taller",
            "no",
            required=True,
        ),
        _f("held_on", "Fecha de la sesión", rows.day, "fecha", "fecha de sesion", "sesion", required=True),
        _f("full_name", "Nombre de la persona participante", rows.text, "nombre", "nombre completo", "participante"),
        _f("identity", "Identidad", rows.participant_identity, "genero", "sexo", required=True),
        _f("organisation", "Organización", rows.text, "organizacion o medio", "medio", "colectivo"),
        _f("count", "Cantidad", rows.quantity, "numero de personas", "personas", "participantes", "total"),
    ),
}

# Sheet or file names (folded, first word is enough) that say which register a sheet holds.
KIND_NAMES: dict[str, RegisterKind] = {
    "casos": RegisterKind.CASES,
    "caso": RegisterKind.CASES,
    "expedientes": RegisterKind.CASES,
    "personas": RegisterKind.PERSONS,
    "beneficiarias": RegisterKind.PERSONS,
    "medidas": RegisterKind.MEASURES,
    "acciones": RegisterKind.ACTIONS,
    "gestiones": RegisterKind.ACTIONS,
    "talleres": RegisterKind.WORKSHOPS,
    "sesiones": RegisterKind.WORKSHOPS,
    "asistencia": RegisterKind.ATTENDANCE,
    "asistencias": RegisterKind.ATTENDANCE,
    "participantes": RegisterKind.ATTENDANCE,
}
_NON_WORD = re.compile(r"[^0-9a-z+]+")


def header_key(header: object) -> str:
    """A header as compared: folded, punctuation as spaces ("No. de expediente:" → "no de expediente")."""
    return " ".join(_NON_WORD.sub(" ", fold(str(header or ""))).split())


def spec(kind: RegisterKind, name: str) -> FieldSpec:
    for field in FIELDS[kind]:
        if field.name == name:
            return field
    raise KeyError(name)


def _names(field: FieldSpec) -> set[str]:
    return {header_key(field.name), header_key(field.label), *(header_key(alias) for alias in field.aliases)}


def guess_kind(name: str, headers: Sequence[object] = ()) -> RegisterKind | None:
    """The register a sheet holds, from its name ("Casos 2019", "medidas.csv"), else from its headers."""
    words = header_key(name).split()
    for word in words:
        if word in KIND_NAMES:
            return KIND_NAMES[word]
    best, best_score = None, 0
    for kind in RegisterKind:
        mapping = guess_mapping(kind, headers)
        if mapping_problems(kind, mapping):
            continue
        score = sum(1 for field in mapping if field)
        if score > best_score:
            best, best_score = kind, score
    return best


def guess_mapping(kind: RegisterKind, headers: Sequence[object]) -> Mapping:
    """The field of each column, by its header; each field to the first column naming it."""
    taken: set[str] = set()
    guessed: list[str | None] = []
    for header in headers:
        key = header_key(header)
        found = None
        if key:
            # Own label and code first, so "Teléfono" is the phone even where "tel" is also an alias.
            for field in FIELDS[kind]:
                if field.name not in taken and key in {header_key(field.label), header_key(field.name)}:
                    found = field.name
                    break
            else:
                found = next((f.name for f in FIELDS[kind] if f.name not in taken and key in _names(f)), None)
        if found:
            taken.add(found)
        guessed.append(found)
    return tuple(guessed)


def resolve_field(kind: RegisterKind, written: str) -> str | None:
    """A field named by its code, label or usual header; "", "-" or "(no importar)" ignore the column."""
    key = header_key(written)
    if key in {"", "no importar", "ignorar"}:
        return None
    for field in FIELDS[kind]:
        if key in {header_key(field.label), header_key(field.name)}:
            return field.name
    for field in FIELDS[kind]:
        if key in _names(field):
            return field.name
    labels = ", ".join(field.label for field in FIELDS[kind])
    raise MappingError(f"No hay un campo así en «{kind.label}»; los campos son: {labels}.")


def with_overrides(
    kind: RegisterKind, headers: Sequence[object], mapping: Mapping, overrides: Iterable[str]
) -> Mapping:
    """Apply "Columna=campo" choices (as `--map` gives them); a field chosen again leaves its old column."""
    chosen = list(mapping)
    keys = [header_key(header) for header in headers]
    for item in overrides:
        column, sep, field_text = item.partition("=")
        if not sep:
            raise MappingError("Cada correspondencia se escribe «Columna=campo».")
        try:
            index = keys.index(header_key(column))
        except ValueError:
            raise MappingError(f"La hoja no tiene una columna «{column.strip()}».") from None
        field = resolve_field(kind, field_text)
        if field is not None:
            chosen = [None if existing == field else existing for existing in chosen]
        chosen[index] = field
    return tuple(chosen)


def mapping_problems(kind: RegisterKind, mapping: Mapping) -> list[str]:
    """Why a mapping cannot be used: a required field without column, a field in two columns."""
    problems = []
    for field in FIELDS[kind]:
        used = sum(1 for name in mapping if name == field.name)
        if field.required and used == 0:
            problems.append(f"Falta la columna obligatoria «{field.label}».")
        elif used > 1:
            problems.append(f"El campo «{field.label}» está asignado a más de una columna.")
    if kind is RegisterKind.ATTENDANCE and not {"full_name", "count"} & set(mapping):
        problems.append("Asigne la columna del nombre de cada participante o la de la cantidad de personas.")
    return problems


__all__ = [
    "FIELDS",
    "IGNORE",
    "FieldSpec",
    "Mapping",
    "MappingError",
    "RegisterKind",
    "guess_kind",
    "guess_mapping",
    "header_key",
    "mapping_problems",
    "resolve_field",
    "spec",
    "with_overrides",
]
