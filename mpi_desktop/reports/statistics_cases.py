"""Cases in a period: Cuadro 3 and the breakdowns behind Gráficas 1–10; Cuadros 4 and 5.

Counts are by case, split by profile × identity, aggregated in SQL (GROUP BY over the covering
index ix_cases_opened); which row a case falls in is decided by domain.periods.case_row, the
same rule `classify` applies to one case. Aggregates only: no name ever leaves these queries.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from babel.dates import get_month_names
from sqlalchemy import CompoundSelect, extract, func, or_, select, union
from sqlalchemy.orm import Session

from mpi_desktop.domain.enums import Identity, Modality, Procedure, Profile
from mpi_desktop.domain.periods import LOCALE, CaseRow, Period, case_row
from mpi_desktop.storage.models import (
    Case,
    FollowUp,
    Measure,
    MeasureAction,
    ProtectionPlan,
    Referral,
    RiskAssessment,
    Workshop,
    WorkshopSession,
)

PROFILES: tuple[Profile, ...] = (Profile.DEFENDER, Profile.JOURNALIST)
IDENTITIES: tuple[Identity, ...] = (Identity.WOMAN, Identity.MAN, Identity.LGBTTTI, Identity.COLLECTIVE)

# Column and bar labels as the seed prints them.
IDENTITY_HEADINGS: dict[Identity, str] = {
    Identity.WOMAN: "Mujeres",
    Identity.MAN: "Hombres",
    Identity.LGBTTTI: "LGBTTTI",
    Identity.COLLECTIVE: "Colectivo",
}
PROFILE_HEADINGS: dict[Profile, str] = {
    Profile.DEFENDER: "Personas defensoras de derechos humanos",
    Profile.JOURNALIST: "Personas periodistas o colaboradoras periodísticas",
}
CASES_HEADING = "Número de casos"
TOTALS_HEADING = "Totales"


@dataclass(frozen=True)
class ProfileIdentityCounts:
    """Cases by profile × identity: one row of Cuadro 3 or Cuadro 5.

    `values` holds the eight cells, PROFILES × IDENTITIES in row-major order; `printed()` gives the
    eleven cells a table row shows (four identities and "Número de casos" per profile, "Totales").
    """

    values: tuple[int, ...] = (0,) * 8

    @classmethod
    def from_mapping(cls, counts: Mapping[tuple[Profile, Identity], int]) -> ProfileIdentityCounts:
        return cls(tuple(counts.get((profile, identity), 0) for profile in PROFILES for identity in IDENTITIES))

    def cell(self, profile: Profile, identity: Identity) -> int:
        return self.values[PROFILES.index(profile) * len(IDENTITIES) + IDENTITIES.index(identity)]

    def profile_total(self, profile: Profile) -> int:
        return sum(self.cell(profile, identity) for identity in IDENTITIES)

    def identity_total(self, identity: Identity) -> int:
        return sum(self.cell(profile, identity) for profile in PROFILES)

    @property
    def total(self) -> int:
        return sum(self.values)

    def by_profile(self) -> tuple[tuple[Profile, int], ...]:
        return tuple((profile, self.profile_total(profile)) for profile in PROFILES)

    def by_identity(self) -> tuple[tuple[Identity, int], ...]:
        return tuple((identity, self.identity_total(identity)) for identity in IDENTITIES)

    def printed(self) -> tuple[int, ...]:
        cells: list[int] = []
        for profile in PROFILES:
            cells += [self.cell(profile, identity) for identity in IDENTITIES]
            cells.append(self.profile_total(profile))
        cells.append(self.total)
        return tuple(cells)

    def __add__(self, other: ProfileIdentityCounts) -> ProfileIdentityCounts:
        return ProfileIdentityCounts(tuple(a + b for a, b in zip(self.values, other.values, strict=True)))


def printed_columns() -> tuple[tuple[Profile | None, Identity | None, str], ...]:
    """What each of `ProfileIdentityCounts.printed()` cells is: (profile, identity, heading);
    None stands for "every" (a profile's "Número de casos", the final "Totales")."""
    columns: list[tuple[Profile | None, Identity | None, str]] = []
    for profile in PROFILES:
        columns += [(profile, identity, IDENTITY_HEADINGS[identity]) for identity in IDENTITIES]
        columns.append((profile, None, CASES_HEADING))
    columns.append((None, None, TOTALS_HEADING))
    return tuple(columns)


@dataclass(frozen=True)
class CaseRowCounts:
    """One row of Cuadro 3: its kind, its printed label, its cells."""

    row: CaseRow
    label: str
    counts: ProfileIdentityCounts


@dataclass(frozen=True)
class Cuadro3:
    """Casos atendidos por el MPI CDMX in a period: the six rows and the "Totales" row."""

    period: Period
    rows: tuple[CaseRowCounts, ...]
    totals: ProfileIdentityCounts

    def row(self, which: CaseRow) -> CaseRowCounts:
        return next(row for row in self.rows if row.row is which)


@dataclass(frozen=True)
class ChartBar:
    key: Profile | Identity
    label: str
    value: int


@dataclass(frozen=True)
class ChartData:
    """Gráfica `number`: one Cuadro 3 row split by profile (odd numbers) or by identity (even)."""

    number: int
    row: CaseRow
    title: str
    bars: tuple[ChartBar, ...]

    @property
    def total(self) -> int:
        return sum(bar.value for bar in self.bars)


# Gráficas 1–10 in the seed: every row of Cuadro 3 except the new incorporations (Cuadro 4 shows them).
CHARTED_ROWS: tuple[CaseRow, ...] = (
    CaseRow.FOLLOW_UP_INCORPORATION,
    CaseRow.NEW_ATTENTION,
    CaseRow.FOLLOW_UP_ATTENTION,
    CaseRow.NEW_COLLABORATION,
    CaseRow.FOLLOW_UP_COLLABORATION,
)


@dataclass(frozen=True)
class MonthlyRow:
    """A row of Cuadro 4: twelve months, January first."""

    key: Procedure | Profile
    label: str
    months: tuple[int, ...]

    @property
    def total(self) -> int:
        return sum(self.months)


@dataclass(frozen=True)
class Cuadro4:
    """Incorporations of the year up to the cut-off, by month × procedure and month × profile."""

    year: int
    cutoff: date
    month_names: tuple[str, ...]  # "Enero" … "Diciembre"
    by_procedure: tuple[MonthlyRow, ...]
    by_profile: tuple[MonthlyRow, ...]  # journalists first, as the seed prints them

    @property
    def total(self) -> int:
        return sum(row.total for row in self.by_procedure)

    def month_totals(self) -> tuple[int, ...]:
        return tuple(sum(column) for column in zip(*(row.months for row in self.by_procedure), strict=True))


@dataclass(frozen=True)
class YearRow:
    year: int
    counts: ProfileIdentityCounts


@dataclass(frozen=True)
class Cuadro5:
    """Incorporations by year, from the first year with one to the cut-off's year."""

    cutoff: date
    rows: tuple[YearRow, ...]
    totals: ProfileIdentityCounts


# ---- queries ------------------------------------------------------------------------------------
def activity_case_ids(start: date, until: date) -> CompoundSelect:
    """The ids of cases with recorded activity (domain.periods.SEGUIMIENTO_ACTIVITY) in [start, until]."""
    return union(
        select(FollowUp.case_id).where(FollowUp.noted_on.between(start, until), FollowUp.deleted_at.is_(None)),
        select(Referral.case_id).where(Referral.referred_on.between(start, until), Referral.deleted_at.is_(None)),
        select(ProtectionPlan.case_id).where(
            ProtectionPlan.approved_on.between(start, until), ProtectionPlan.deleted_at.is_(None)
        ),
        select(RiskAssessment.case_id).where(
            RiskAssessment.assessed_on.between(start, until), RiskAssessment.deleted_at.is_(None)
        ),
        select(Measure.case_id).where(Measure.starts_on.between(start, until), Measure.deleted_at.is_(None)),
        # The measures acted on first (a range of ix_measure_actions_acted), each looked up once.
        select(Measure.case_id).where(
            Measure.id.in_(
                select(MeasureAction.measure_id).where(
                    MeasureAction.acted_on.between(start, until), MeasureAction.deleted_at.is_(None)
                )
            ),
            Measure.deleted_at.is_(None),
        ),
        select(Workshop.case_id)
        .join(WorkshopSession, WorkshopSession.workshop_id == Workshop.id)
        .where(
            WorkshopSession.held_on.between(start, until),
            WorkshopSession.deleted_at.is_(None),
            Workshop.deleted_at.is_(None),
            Workshop.case_id.is_not(None),
        ),
    )


def cuadro3(session: Session, period: Period) -> Cuadro3:
    new = (Case.opened_on >= period.start).label("is_new")
    query = (
        select(Case.modality, new, Case.profile, Case.identity, func.count())
        .where(
            Case.deleted_at.is_(None),
            Case.opened_on <= period.until,
            or_(Case.opened_on >= period.start, Case.id.in_(activity_case_ids(period.start, period.until))),
        )
        .group_by(Case.modality, new, Case.profile, Case.identity)
    )
    cells: dict[CaseRow, dict[tuple[Profile, Identity], int]] = {row: {} for row in CaseRow}
    for modality, is_new, profile, identity, count in session.execute(query):
        cells[case_row(modality, is_new)][profile, identity] = count
    rows = tuple(
        CaseRowCounts(row, row.title(period), ProfileIdentityCounts.from_mapping(cells[row])) for row in CaseRow
    )
    totals = sum((row.counts for row in rows), ProfileIdentityCounts())
    return Cuadro3(period, rows, totals)


def charts(cases: Cuadro3) -> tuple[ChartData, ...]:
    """Gráficas 1–10: each charted row of Cuadro 3 by profile, then by identity."""
    result: list[ChartData] = []
    for row in CHARTED_ROWS:
        counts = cases.row(row).counts
        label = row.title(cases.period)
        by_profile = tuple(ChartBar(p, PROFILE_HEADINGS[p], n) for p, n in counts.by_profile())
        by_identity = tuple(ChartBar(i, IDENTITY_HEADINGS[i], n) for i, n in counts.by_identity())
        result.append(ChartData(len(result) + 1, row, f"{label}, por perfil", by_profile))
        result.append(ChartData(len(result) + 1, row, f"{label}, por identidad sexo-género", by_identity))
    return tuple(result)


def _incorporations() -> tuple:
    return (Case.deleted_at.is_(None), Case.modality == Modality.INCORPORATION)


def cuadro4(session: Session, period: Period) -> Cuadro4:
    year = period.until.year
    month = extract("month", Case.opened_on)
    query = (
        select(month, Case.procedure, Case.profile, func.count())
        .where(*_incorporations(), Case.opened_on.between(date(year, 1, 1), period.until))
        .group_by(month, Case.procedure, Case.profile)
    )
    by_procedure = {procedure: [0] * 12 for procedure in Procedure}
    by_profile = {profile: [0] * 12 for profile in PROFILES}
    for number, procedure, profile, count in session.execute(query):
        if procedure is not None:  # validation requires one; a legacy row without it still counts by profile
            by_procedure[procedure][int(number) - 1] += count
        by_profile[profile][int(number) - 1] += count
    names = get_month_names("wide", locale=LOCALE)
    return Cuadro4(
        year=year,
        cutoff=period.cutoff,
        month_names=tuple(names[number].capitalize() for number in range(1, 13)),
        by_procedure=tuple(MonthlyRow(p, p.label, tuple(by_procedure[p])) for p in Procedure),
        by_profile=(
            MonthlyRow(Profile.JOURNALIST, "Personas Periodistas", tuple(by_profile[Profile.JOURNALIST])),
            MonthlyRow(
                Profile.DEFENDER, "Personas Defensoras de Derechos Humanos", tuple(by_profile[Profile.DEFENDER])
            ),
        ),
    )


def cuadro5(session: Session, period: Period) -> Cuadro5:
    year = extract("year", Case.opened_on)
    query = (
        select(year, Case.profile, Case.identity, func.count())
        .where(*_incorporations(), Case.opened_on <= period.until)
        .group_by(year, Case.profile, Case.identity)
    )
    cells: dict[int, dict[tuple[Profile, Identity], int]] = {}
    for number, profile, identity, count in session.execute(query):
        cells.setdefault(int(number), {})[profile, identity] = count
    last = period.until.year
    first = min(cells, default=last)
    rows = tuple(
        YearRow(number, ProfileIdentityCounts.from_mapping(cells.get(number, {}))) for number in range(first, last + 1)
    )
    return Cuadro5(period.cutoff, rows, sum((row.counts for row in rows), ProfileIdentityCounts()))
