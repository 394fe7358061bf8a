"""From mapped sheets to records ready to write: values read, domain rules applied, rows linked.

Rows of different sheets find each other by the legacy folio (persons, measures, actions and
workshops to their case), by measure name (actions to their measure) and by workshop key and
session date (attendance to its session). Every problem becomes a `Rejection` naming the
sheet, row and column with a Spanish reason; a rejected row takes the rows that depend on it
with it (a case's persons, a measure's actions), and a case is rejected when one of its
persons is, so no case is ever imported half. Nothing here writes: the caller's session is
only read (existing folios, the measure catalogue, existing measures).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import Identity, PersonIdentity, PersonRole
from mpi_desktop.domain.errors import ValidationError
from mpi_desktop.domain.inputs import CaseInput, PersonInput
from mpi_desktop.domain.validation import validate_case, validate_closure, validate_person
from mpi_desktop.exchange.legacy_mapping import FIELDS, Mapping, RegisterKind
from mpi_desktop.exchange.legacy_rows import CellError, blank
from mpi_desktop.exchange.legacy_sheets import Sheet
from mpi_desktop.storage.models import Case

# What a reason says when a row falls with another one.
CASE_REJECTED = "Su caso (hoja «{sheet}», fila {row}) fue rechazado."
PERSON_REJECTED = "Una persona de este caso fue rechazada (hoja «{sheet}», fila {row})."
NO_CASE = "No hay un caso con ese folio ni en este archivo ni en la base."
PERSONS_NEED_CASE = (
    "No hay un caso con ese folio en las hojas de casos de este archivo; las personas se importan junto con su caso."
)
REPEATED_FOLIO = "El folio se repite en las hojas de casos (también en la hoja «{sheet}», fila {row})."
FOLIO_TAKEN = "Ya existe en la base un caso con ese folio."
BENEFICIARY_WITHOUT_NAME = "Hay datos de la persona beneficiaria sin su nombre."
REQUIRED = "Falta el dato obligatorio «{label}»."

CASE_FIELD_COLUMNS = {
    "reason": "close_reason",
    "persons[0].full_name": "beneficiary_name",
    "persons[0].phone": "beneficiary_phone",
    "persons[0].email": "beneficiary_email",
    "persons[0].curp": "beneficiary_curp",
}
IDENTITY_OF_BENEFICIARY = {
    Identity.WOMAN: PersonIdentity.WOMAN,
    Identity.MAN: PersonIdentity.MAN,
    Identity.LGBTTTI: PersonIdentity.LGBTTTI,
    Identity.COLLECTIVE: PersonIdentity.UNDISCLOSED,
}


@dataclass(frozen=True)
class Rejection:
    """One reason a row is not imported. `row` None: the whole sheet (a missing column)."""

    sheet: str
    row: int | None
    column: str | None
    reason: str


@dataclass
class Row:
    sheet: str
    number: int
    values: dict[str, object]  # field → value read (None when blank or not mapped)
    columns: dict[str, str]  # field → column header, for reasons

    def __getitem__(self, name: str) -> object:
        return self.values.get(name)

    def where(self) -> dict[str, object]:
        return {"sheet": self.sheet, "row": self.number}


class Rejections:
    def __init__(self) -> None:
        self.items: list[Rejection] = []
        self._rows: set[tuple[str, int]] = set()

    def add(self, row: Row, field_name: str | None, reason: str) -> None:
        column = row.columns.get(field_name) if field_name else None
        self.items.append(Rejection(row.sheet, row.number, column, reason))
        self._rows.add((row.sheet, row.number))

    def problems(self, row: Row, error: ValidationError, columns: dict[str, str] | None = None) -> None:
        for key, message in error.problems.items():
            name = (columns or {}).get(key, key)
            self.add(row, name if name in row.columns else None, message)

    def sheet(self, sheet: str, reason: str) -> None:
        self.items.append(Rejection(sheet, None, None, reason))

    def has(self, row: Row) -> bool:
        return (row.sheet, row.number) in self._rows

    def count(self) -> int:
        return len(self._rows)


@dataclass
class StagedCase:
    row: Row
    legacy_folio: str | None
    kept_folio: str | None  # the legacy folio kept as the program's folio
    data: CaseInput
    closure: tuple[str, date] | None
    person_rows: list[Row] = field(default_factory=list)


# --- Reading the rows ----------------------------------------------------------------------


def read_rows(sheet: Sheet, kind: RegisterKind, mapping: Mapping, rejections: Rejections) -> list[Row]:
    """Every non-blank record of the sheet with its values read; rows with unreadable cells are rejected."""
    specs = {spec.name: spec for spec in FIELDS[kind]}
    columns = {name: sheet.column(index) for index, name in enumerate(mapping) if name}
    result = []
    for index, record in enumerate(sheet.rows):
        if all(blank(cell) for cell in record):
            continue
        row = Row(sheet.name, sheet.row_number(index), {}, columns)
        for column, name in enumerate(mapping):
            if not name:
                continue
            try:
                row.values[name] = specs[name].parse(record[column])
            except CellError as error:
                rejections.add(row, name, error.reason)
        for spec in FIELDS[kind]:
            if spec.required and spec.name in columns and row[spec.name] is None and not rejections.has(row):
                rejections.add(row, spec.name, REQUIRED.format(label=spec.label))
        result.append(row)
    return result


# --- Cases and persons ---------------------------------------------------------------------


def _person(row: Row, role_mapped: bool) -> PersonInput:
    return PersonInput(
        role=row["role"] if role_mapped else PersonRole.BENEFICIARY,
        full_name=row["full_name"],
        identity=row["identity"],
        **{name: row[name] for name in ("birth_date", "curp", "phone", "email", "address", "organisation", "notes")},
    )


def stage_cases(
    session: Session,
    case_rows: list[Row],
    person_rows: list[Row],
    rejections: Rejections,
    today: date,
    legacy_folio_format,
) -> list[StagedCase]:
    """The cases with their persons. `legacy_folio_format(folio)` says whether a folio can be kept."""
    persons_by_folio: dict[str, list[tuple[Row, PersonInput | None]]] = {}
    for row in person_rows:
        person = None
        if not rejections.has(row):
            try:
                person = validate_person(_person(row, "role" in row.columns), today)
            except ValidationError as error:
                rejections.problems(row, error)
        persons_by_folio.setdefault(str(row["folio"]), []).append((row, person))

    staged: list[StagedCase] = []
    seen: dict[str, Row] = {}
    for row in case_rows:
        folio = row["folio"]
        if folio is not None:
            if folio in seen:
                rejections.add(row, "folio", REPEATED_FOLIO.format(**seen[folio].where()))
            else:
                seen[folio] = row
        case = (
            None
            if rejections.has(row)
            else _stage_case(session, row, persons_by_folio, rejections, today, legacy_folio_format)
        )
        if case is not None:
            staged.append(case)
    accepted = {case.legacy_folio: case for case in staged if case.legacy_folio}
    for folio, persons in persons_by_folio.items():
        for row, _person_input in persons:
            if rejections.has(row):
                continue
            if folio in accepted:
                continue
            if folio in seen:
                rejections.add(row, "folio", CASE_REJECTED.format(**seen[folio].where()))
            else:
                rejections.add(row, "folio", PERSONS_NEED_CASE)
    return staged


def _stage_case(
    session, row: Row, persons_by_folio, rejections: Rejections, today: date, keepable
) -> StagedCase | None:
    folio = row["folio"]
    attached = persons_by_folio.get(folio, []) if folio else []
    fallen = next((person_row for person_row, person in attached if person is None), None)
    if fallen is not None:
        rejections.add(row, "folio", PERSON_REJECTED.format(**fallen.where()))
        return None
    kept = folio if folio and keepable(folio) else None
    if kept and session.scalar(select(Case.id).where(Case.folio == kept)) is not None:
        rejections.add(row, "folio", FOLIO_TAKEN)
        return None
    identity, collective_name = row["identity"], row["collective_name"]
    persons: list[PersonInput] = []
    name = row["beneficiary_name"]
    extras = [row[f"beneficiary_{part}"] for part in ("phone", "email", "curp")]
    if name is None and any(extra is not None for extra in extras):
        rejections.add(row, "beneficiary_name", BENEFICIARY_WITHOUT_NAME)
        return None
    if name is not None and identity == Identity.COLLECTIVE and collective_name is None:
        collective_name = name  # a collective's register names the collective in its name column
    elif name is not None:
        phone, email, curp = extras
        persons.append(
            PersonInput(
                PersonRole.BENEFICIARY,
                name,
                IDENTITY_OF_BENEFICIARY.get(identity, PersonIdentity.UNDISCLOSED),
                phone=phone,
                email=email,
                curp=curp,
            )
        )
    persons += [person for _row, person in attached]
    summary = row["summary"]
    if folio and not kept:
        summary = f"Folio anterior: {folio}." + (f"\n{summary}" if summary else "")
    data = CaseInput(
        row["profile"],
        identity,
        row["modality"],
        procedure=row["procedure"],
        opened_on=row["opened_on"],
        collective_name=collective_name,
        alcaldia=row["alcaldia"],
        summary=summary,
        persons=tuple(persons),
    )
    try:
        data = validate_case(data, today)
    except ValidationError as error:
        rejections.problems(row, error, CASE_FIELD_COLUMNS)
        return None
    closure = None
    if row["closed_on"] is not None or row["close_reason"] is not None:
        try:
            closure = validate_closure(row["close_reason"], row["closed_on"], data.opened_on, today)
        except ValidationError as error:
            rejections.problems(row, error, CASE_FIELD_COLUMNS)
            return None
    return StagedCase(row, folio, kept, data, closure, [person_row for person_row, _ in attached])


__all__ = ["Rejection", "Rejections", "Row", "StagedCase", "read_rows", "stage_cases"]
