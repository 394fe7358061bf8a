"""A database that reproduces the seed informe (enero–febrero 2024) number for number.

`build_seed(db)` writes, with the ORM models and fictitious people, the cases, measures,
workshops, trainings, sessions and activities behind Cuadros 1–8 of
../shared/seeds/informe-bimestral-enero-febrero-2024.md, plus distractors just outside every
rule (a day before or after the period, deleted rows, aggressions, sessions of other bodies) that
must not be counted. The expected tables are spelled out here, as the seed prints them.

The seed's Cuadro 7 prints 26 women, 19 men, no LGBTTTI and a total of 55: the other 10 people are
recorded here as "prefiero no decirlo" (a headcount), the only identity that makes 55 add up.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta

from sqlalchemy import select

from mpi_desktop.domain.catalogue import OTHERS, TELEPHONE_MONITORING
from mpi_desktop.domain.enums import (
    ActivityKind,
    AggressionKind,
    CallOutcome,
    GoverningBody,
    Identity,
    MeasureCategory,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.periods import CaseRow, Period
from mpi_desktop.storage.engine import Database
from mpi_desktop.storage.models import (
    Aggression,
    Attendance,
    Case,
    CatalogueItem,
    FollowUp,
    GoverningSession,
    Headcount,
    InstitutionalActivity,
    Measure,
    MeasureAction,
    MonitoringCall,
    Person,
    ProtectionPlan,
    Referral,
    RiskAssessment,
    Training,
    TrainingDate,
    Workshop,
    WorkshopSession,
)

PERIOD = Period.bimester(2024, 1)
D, J = Profile.DEFENDER, Profile.JOURNALIST
W, M, L, C = Identity.WOMAN, Identity.MAN, Identity.LGBTTTI, Identity.COLLECTIVE

# Cuadro 3, row by row: (profile, identity) → cases.
CUADRO_3: dict[CaseRow, dict[tuple[Profile, Identity], int]] = {
    CaseRow.NEW_INCORPORATION: {},
    CaseRow.FOLLOW_UP_INCORPORATION: {(D, W): 1, (D, C): 2, (J, M): 1},
    CaseRow.NEW_ATTENTION: {(D, W): 2, (D, M): 2, (J, W): 1},
    CaseRow.FOLLOW_UP_ATTENTION: {(D, W): 4, (D, M): 1, (D, L): 2, (D, C): 3, (J, M): 3},
    CaseRow.NEW_COLLABORATION: {(D, W): 2, (J, M): 1},
    CaseRow.FOLLOW_UP_COLLABORATION: {(D, W): 8, (D, C): 5, (J, W): 3, (J, M): 9, (J, C): 3},
}
# The printed Cuadro 3: four identities and "Número de casos" per profile, then "Totales".
CUADRO_3_PRINTED: dict[CaseRow | None, tuple[int, ...]] = {
    CaseRow.NEW_INCORPORATION: (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0),
    CaseRow.FOLLOW_UP_INCORPORATION: (1, 0, 0, 2, 3, 0, 1, 0, 0, 1, 4),
    CaseRow.NEW_ATTENTION: (2, 2, 0, 0, 4, 1, 0, 0, 0, 1, 5),
    CaseRow.FOLLOW_UP_ATTENTION: (4, 1, 2, 3, 10, 0, 3, 0, 0, 3, 13),
    CaseRow.NEW_COLLABORATION: (2, 0, 0, 0, 2, 0, 1, 0, 0, 1, 3),
    CaseRow.FOLLOW_UP_COLLABORATION: (8, 0, 0, 5, 13, 3, 9, 0, 3, 15, 28),
    None: (17, 3, 2, 10, 32, 4, 14, 0, 3, 21, 53),  # Totales
}
# Cuadro 5: incorporations by year, (profile, identity) → cases; 2024 has none.
CUADRO_5: dict[int, dict[tuple[Profile, Identity], int]] = {
    2016: {(D, C): 1, (J, M): 2},
    2017: {(D, W): 2, (D, M): 3, (D, C): 3, (J, W): 1, (J, C): 4},
    2018: {(D, W): 2, (D, M): 2, (D, C): 6, (J, M): 5, (J, C): 1},
    2019: {(D, W): 12, (D, M): 2, (D, L): 1, (D, C): 2, (J, W): 3, (J, M): 2, (J, C): 1},
    2020: {(D, W): 7, (D, M): 2, (D, C): 3, (J, W): 1},
    2021: {(D, W): 2, (D, C): 1, (J, W): 2, (J, M): 2},
    2022: {(D, W): 3, (D, M): 1, (D, C): 3, (J, W): 1, (J, M): 1},
    2023: {(D, M): 1, (D, L): 1, (J, M): 1},
    2024: {},
}
CUADRO_5_TOTALS = (28, 11, 2, 19, 60, 8, 13, 0, 6, 27, 87)
# Cuadro 6: (category, item, measures, actions), in the seed's order.
CUADRO_6: tuple[tuple[MeasureCategory, str, int, int], ...] = (
    (MeasureCategory.PREVENTIVE, "Canalización a otras instancias del Gobierno de la Ciudad de México", 6, 6),
    (MeasureCategory.PREVENTIVE, TELEPHONE_MONITORING, 35, 53),
    (MeasureCategory.PREVENTIVE, OTHERS, 21, 30),
    (MeasureCategory.PREVENTIVE, "Taller de elaboración de protocolos de seguridad", 1, 3),
    (MeasureCategory.PROTECTION, "Habilitación de cámaras de seguridad y servicio técnico", 1, 1),
    (MeasureCategory.PROTECTION, "Números de emergencia", 21, 1890),
    (MeasureCategory.PROTECTION, OTHERS, 17, 27),
    (MeasureCategory.PROTECTION, "Rondines bitacorados (Código águila)", 5, 450),
    (MeasureCategory.PROTECTION, "Rondines no bitacorados (Código sonoro)", 6, 363),
    (MeasureCategory.PROTECTION, "Seguimiento a carpeta de investigación", 3, 3),
    (MeasureCategory.SOCIAL, "Apoyo de canasta alimentaria y no alimentaria", 1, 90),
    (MeasureCategory.SOCIAL, "Atención psicológica", 6, 30),
    (MeasureCategory.SOCIAL, OTHERS, 4, 271),
)
CUADRO_6_TOTALS = (127, 3217)
CUADRO_6_BY_CATEGORY = {MeasureCategory.PREVENTIVE: 63, MeasureCategory.PROTECTION: 53, MeasureCategory.SOCIAL: 11}
# Cuadro 7: directed to, sessions, hours, (women, men, LGBTTTI, total).
CUADRO_7 = ("Colectivo de personas defensoras de derechos humanos", 3, 9, (26, 19, 0, 55))
# Cuadro 8: title, dates, partner, (women, men, prefiero no decirlo, total).
CUADRO_8: tuple[tuple[str, tuple[date, ...], str | None, tuple[int, int, int, int]], ...] = (
    (
        "Taller virtual “Mujeres al centro, contra toda representación patriarcal”",
        (date(2024, 2, 8), date(2024, 2, 15)),
        None,
        (46, 2, 0, 48),
    ),
    (
        "Seminario virtual “Seguridad digital para periodistas en cobertura electoral”.",
        (date(2024, 2, 13), date(2024, 2, 20), date(2024, 2, 27)),
        "Social TIC",
        (30, 28, 1, 59),
    ),
    (
        "Taller virtual “Prevención ante violencias digitales durante cobertura electoral.”",
        (date(2024, 2, 15),),
        "Social TIC",
        (40, 21, 2, 63),
    ),
    (
        "Taller virtual “Medios de comunicación y su relación con la violencia política contra las mujeres”",
        (date(2024, 2, 22),),
        None,
        (45, 5, 0, 50),
    ),
    (
        "Taller virtual “Desafiando estereotipos: rompiendo barreras en los medios de comunicación.”",
        (date(2024, 2, 28),),
        "Escuela Feminista de Comunicación",
        (21, 4, 0, 25),
    ),
)
CUADRO_8_TOTALS = (182, 60, 3, 245)
JUNTA = (1, SessionKind.EXTRAORDINARY, date(2024, 2, 8))
CONSEJO = (1, SessionKind.ORDINARY, date(2024, 2, 9))
# Section 4.1: (kind, day, institution, title).
ACTIVITIES = (
    (ActivityKind.EVENT, date(2024, 1, 9), "FGJCDMX", "Cuarto Informe de Labores de la FGJCDMX"),
    (ActivityKind.EVENT, date(2024, 1, 17), "SEGOB", "Foro de buenas prácticas de atención a protestas sociales"),
    (ActivityKind.EVENT, date(2024, 1, 20), "SEGOB", "Acto de Reconocimiento de Responsabilidad y Disculpa Pública"),
    (ActivityKind.EVENT, date(2024, 1, 31), "Jefatura de Gobierno", "Informe de 200 días al frente del Gobierno"),
    (ActivityKind.EVENT, date(2024, 2, 6), "SRE", "Mesa de Trabajo sobre el Acuerdo de Escazú"),
    (ActivityKind.EVENT, date(2024, 2, 19), "Jefatura de Gobierno", "Publicación del decreto “Ley Malena”"),
    (ActivityKind.EVENT, date(2024, 2, 21), "Autoridad del Centro Histórico", "Informe de Actividades 2023"),
    (ActivityKind.EVENT, date(2024, 2, 22), "SEGOB", "Mesa “Hacia un documento base para la protesta social”"),
    (ActivityKind.EVENT, date(2024, 2, 22), "COPRED", "Plática “Exterminio trans y Apartheid”"),
    (ActivityKind.EVENT, date(2024, 2, 26), "Secretaría de las Mujeres", "Informe Mensual de la Alerta de Género"),
    (ActivityKind.EVENT, date(2024, 2, 29), "Jefatura de Gobierno", "Séptimo Informe Mensual"),
    (ActivityKind.MEETING, date(2024, 2, 14), "Instituto de Protección de Sinaloa", "Reunión virtual"),
)
STAMP = datetime(2024, 3, 1, 12, tzinfo=UTC)
FIRST_DAY, LAST_DAY = PERIOD.start, PERIOD.until


@dataclass
class SeedData:
    """What the tests need to know about the built database besides the expected tables."""

    person_names: list[str] = field(default_factory=list)
    counted_cases: dict[str, CaseRow] = field(default_factory=dict)  # case id → its Cuadro 3 row


class _Builder:
    def __init__(self, session):
        self.session = session
        self.data = SeedData()
        self.folios = itertools.count(1)
        self.names = itertools.count(1)
        self.items = {(item.category, item.name): item for item in session.scalars(select(CatalogueItem))}

    def add(self, row):
        self.session.add(row)
        return row

    def case(self, profile, identity, modality, opened, *, deleted=False) -> Case:
        number = next(self.folios)
        case = self.add(
            Case(
                folio=f"MPI-{opened.year}-{number:04d}",
                profile=profile,
                identity=identity,
                modality=modality,
                procedure=(Procedure.ORDINARY if number % 4 else Procedure.EXTRAORDINARY)
                if modality is Modality.INCORPORATION
                else None,
                opened_on=opened,
                collective_name=f"Colectivo Ficticio {number}" if identity is Identity.COLLECTIVE else None,
                deleted_at=STAMP if deleted else None,
            )
        )
        name = f"Persona Ficticia Número {next(self.names):03d}"
        self.data.person_names.append(name)
        person_identity = {W: PersonIdentity.WOMAN, M: PersonIdentity.MAN, L: PersonIdentity.LGBTTTI}
        self.add(
            Person(
                case=case,
                role=PersonRole.BENEFICIARY,
                full_name=name,
                identity=person_identity.get(identity, PersonIdentity.WOMAN),
            )
        )
        self.session.flush()
        return case

    def measure(self, case: Case, category, name, starts: date, deleted=False) -> Measure:
        return self.add(
            Measure(
                case_id=case.id,
                catalogue_item_id=self.items[category, name].id,
                starts_on=starts,
                deleted_at=STAMP if deleted else None,
            )
        )

    def action(self, measure: Measure, day: date, quantity: int = 1, *, call_case: Case | None = None, deleted=False):
        action = self.add(
            MeasureAction(measure=measure, acted_on=day, quantity=quantity, deleted_at=STAMP if deleted else None)
        )
        if call_case is not None:  # a telephone-monitoring call is also one action of its measure
            self.session.flush()
            called = datetime(day.year, day.month, day.day, 17, tzinfo=UTC)
            self.add(
                MonitoringCall(
                    case_id=call_case.id,
                    measure_id=measure.id,
                    action_id=action.id,
                    called_at=called,
                    outcome=CallOutcome.CONTACTED,
                )
            )
        return action


def _spread(total: int, parts: int) -> list[int]:
    """`total` split into `parts` positive whole numbers as evenly as possible."""
    base, extra = divmod(total, parts)
    return [base + (1 if index < extra else 0) for index in range(parts)]


def _day(index: int, first: date = FIRST_DAY) -> date:
    """A day inside the period, at or after `first`, chosen by `index`."""
    span = (LAST_DAY - first).days + 1
    return first + timedelta(days=(index * 7) % span)


def _incorporations(build: _Builder) -> dict[tuple[Profile, Identity], list[Case]]:
    """The 87 incorporations of Cuadro 5; returns them by (profile, identity), newest first."""
    by_cell: dict[tuple[Profile, Identity], list[Case]] = {}
    for year, cells in CUADRO_5.items():
        for cell, count in cells.items():
            for index in range(count):
                case = build.case(*cell, Modality.INCORPORATION, date(year, 1 + index % 12, 10))
                by_cell.setdefault(cell, []).insert(0, case)
    return by_cell


def _counted_cases(build: _Builder) -> list[tuple[Case, CaseRow]]:
    """The 53 cases of Cuadro 3, in its row order, and an incorporation that must not be counted."""
    incorporated = _incorporations(build)
    counted: list[tuple[Case, CaseRow]] = []
    opened_before = itertools.cycle((date(2023, 11, 20), date(2022, 5, 3), date(2019, 8, 30), date(2023, 12, 31)))
    opened_in = itertools.cycle((FIRST_DAY, date(2024, 1, 22), date(2024, 2, 9), LAST_DAY))
    for row, cells in CUADRO_3.items():
        for cell, count in cells.items():
            for _ in range(count):
                if row is CaseRow.FOLLOW_UP_INCORPORATION:
                    case = incorporated[cell].pop(0)  # one of Cuadro 5's, the newest of its cell
                else:
                    case = build.case(*cell, row.modality, next(opened_in if row.is_new else opened_before))
                counted.append((case, row))
                build.data.counted_cases[case.id] = row
    # Not counted: an incorporation whose only news in the period is an aggression (a fact, not
    # the mechanism's activity), with a measure acted on only before the period.
    idle = incorporated[D, W][0]
    build.add(Aggression(case_id=idle.id, occurred_on=date(2024, 2, 2), kind=AggressionKind.THREAT))
    old = build.measure(idle, MeasureCategory.PROTECTION, "Números de emergencia", date(2020, 3, 1))
    build.action(old, date(2023, 12, 31), 90)
    return counted


def _measures(build: _Builder, holders: list[Case]) -> None:
    """Cuadro 6, its measures dealt round the holders; each with actions outside the period and a
    deleted one that must not count, and per item a deleted measure acted on in the period."""
    cycle = itertools.cycle(holders)
    serial = itertools.count()
    for category, name, measures, actions in CUADRO_6:
        for quantity in _spread(actions, measures):
            case = next(cycle)
            new = case.opened_on >= FIRST_DAY
            measure = build.measure(case, category, name, case.opened_on if new else date(2023, 6, 1))
            first = max(case.opened_on, FIRST_DAY)
            if name == TELEPHONE_MONITORING:
                for call in range(quantity):
                    build.action(measure, _day(next(serial) + call, first), call_case=case)
            elif quantity > 1:  # two actions whose quantities add up
                build.action(measure, _day(next(serial), first), quantity - 1)
                build.action(measure, _day(next(serial), first), 1)
            else:
                build.action(measure, _day(next(serial), first))
            if not new:
                build.action(measure, FIRST_DAY - timedelta(days=1), 5)
            build.action(measure, LAST_DAY + timedelta(days=1), 5)
            build.action(measure, first, 7, deleted=True)
        gone = build.measure(next(cycle), category, name, date(2023, 6, 1), deleted=True)
        build.action(gone, date(2024, 2, 1), 3)


def _other_activity(build: _Builder, cases: list[tuple[Case, CaseRow]]) -> Case:
    """Seguimiento cases without measures, each with one other kind of activity in the period.
    Returns the defenders' collective the workshop of Cuadro 7 is directed to (its activity)."""
    kinds = itertools.cycle(("follow_up", "referral", "risk", "plan"))
    workshop_case = None
    day = date(2024, 2, 5)
    for case, row in cases:
        if row.is_new:
            continue
        kind = next(kinds)
        if (case.profile, case.identity) == (D, C) and workshop_case is None:
            workshop_case = case
            continue
        if kind == "plan" and case.modality is not Modality.INCORPORATION:
            kind = "follow_up"
        if kind == "follow_up":
            build.add(FollowUp(case_id=case.id, noted_on=day, text="Nota de seguimiento."))
        elif kind == "referral":
            build.add(Referral(case_id=case.id, institution="C5", referred_on=day, status=ReferralStatus.SENT))
        elif kind == "risk":
            build.add(RiskAssessment(case_id=case.id, assessed_on=day, level=RiskLevel.MEDIUM))
        else:
            build.add(ProtectionPlan(case_id=case.id, version=1, approved_on=day))
    assert workshop_case is not None
    return workshop_case


def _distractor_cases(build: _Builder) -> None:
    """Cases that must not appear in any Cuadro of the period."""
    # Activity only on the days around the period.
    quiet = build.case(D, W, Modality.ATTENTION, date(2023, 6, 1))
    build.add(FollowUp(case_id=quiet.id, noted_on=FIRST_DAY - timedelta(days=1), text="Antes."))
    build.add(FollowUp(case_id=quiet.id, noted_on=LAST_DAY + timedelta(days=1), text="Después."))
    # Its only follow-up in the period was deleted.
    build.add(FollowUp(case_id=quiet.id, noted_on=date(2024, 1, 15), text="Borrada.", deleted_at=STAMP))
    # Opened the day after the cut-off.
    later = build.case(J, M, Modality.FEDERAL_COLLABORATION, LAST_DAY + timedelta(days=1))
    build.add(FollowUp(case_id=later.id, noted_on=LAST_DAY + timedelta(days=1), text="Apertura."))
    # Deleted cases: an incorporation in the period (Cuadros 3, 4, 5) and one with measures acted on.
    build.case(D, M, Modality.INCORPORATION, date(2024, 2, 1), deleted=True)
    gone = build.case(J, W, Modality.ATTENTION, date(2023, 1, 1), deleted=True)
    measure = build.measure(gone, MeasureCategory.SOCIAL, "Atención psicológica", date(2023, 1, 2))
    build.action(measure, date(2024, 1, 10), 4)


def _workshop(build: _Builder, case: Case) -> None:
    directed_to, sessions, hours, (women, men, _, total) = CUADRO_7
    workshop = build.add(Workshop(title="Taller de autoprotección", directed_to=directed_to, case_id=case.id))
    days = (date(2024, 2, 7), date(2024, 2, 14), date(2024, 2, 21))
    held = [build.add(WorkshopSession(workshop=workshop, held_on=day, hours=hours / sessions)) for day in days]
    build.session.flush()
    # Named attendance in the first two sessions, headcounts in the third.
    people = [PersonIdentity.WOMAN] * 10 + [PersonIdentity.MAN] * 8
    for person, identity in enumerate(people):
        session = held[person % 2]
        name = f"Participante Ficticia {next(build.names):03d}"
        build.data.person_names.append(name)
        build.add(Attendance(workshop_session_id=session.id, participant_name=name, identity=identity))
    undisclosed = total - women - men
    for identity, count in (
        (PersonIdentity.WOMAN, women - 10),
        (PersonIdentity.MAN, men - 8),
        (PersonIdentity.UNDISCLOSED, undisclosed),
    ):
        build.add(Headcount(workshop_session_id=held[2].id, identity=identity, count=count))
    # Outside the period, or deleted: not counted.
    build.add(WorkshopSession(workshop=workshop, held_on=date(2024, 3, 6), hours=3))
    build.add(WorkshopSession(workshop=workshop, held_on=date(2024, 2, 28), hours=3, deleted_at=STAMP))
    other = build.add(Workshop(title="Taller de autoprotección", directed_to="Red ficticia"))
    build.add(WorkshopSession(workshop=other, held_on=date(2023, 12, 12), hours=2))


def _trainings(build: _Builder) -> None:
    objective = "Fortalecer la prevención de riesgos en entornos digitales."
    for title, days, partner, (women, men, undisclosed, _) in CUADRO_8:
        training = build.add(
            Training(
                title=title,
                objective=objective,
                partner=partner,
                modality=TrainingModality.VIRTUAL,
                axis=ThematicAxis.AXIS_3_3,
            )
        )
        build.session.flush()
        for day in days:
            build.add(TrainingDate(training_id=training.id, held_on=day))
        # A few named participants, the rest as headcounts.
        for identity, count in (
            (PersonIdentity.WOMAN, women),
            (PersonIdentity.MAN, men),
            (PersonIdentity.UNDISCLOSED, undisclosed),
        ):
            named = min(count, 3)
            for _ in range(named):
                name = f"Participante Ficticia {next(build.names):03d}"
                build.data.person_names.append(name)
                build.add(Attendance(training_id=training.id, participant_name=name, identity=identity))
            if count > named:
                build.add(Headcount(training_id=training.id, identity=identity, count=count - named))
    # A training that began before the period (counted in the informe of its first date), one after it.
    for days in ((date(2023, 12, 20), date(2024, 1, 10)), (date(2024, 3, 5),)):
        training = build.add(
            Training(title="Curso ficticio", modality=TrainingModality.IN_PERSON, axis=ThematicAxis.AXIS_3_1)
        )
        build.session.flush()
        for day in days:
            build.add(TrainingDate(training_id=training.id, held_on=day))
        build.add(Headcount(training_id=training.id, identity=PersonIdentity.WOMAN, count=30))


def _sessions_and_activities(build: _Builder) -> None:
    for body, (number, kind, day) in (
        (GoverningBody.JUNTA_DE_GOBIERNO, JUNTA),
        (GoverningBody.CONSEJO_CONSULTIVO, CONSEJO),
    ):
        build.add(GoverningSession(body=body, number=number, kind=kind, held_on=day, topics="Temas de la sesión."))
    # Other bodies, and the Junta's session of the previous bimester: not in Cuadros 1–2.
    build.add(
        GoverningSession(
            body=GoverningBody.CONSEJO_EVALUACION, number=1, kind=SessionKind.ORDINARY, held_on=date(2024, 1, 25)
        )
    )
    build.add(
        GoverningSession(
            body=GoverningBody.JUNTA_DE_GOBIERNO, number=4, kind=SessionKind.ORDINARY, held_on=date(2023, 12, 15)
        )
    )
    for kind, day, institution, title in ACTIVITIES:
        build.add(InstitutionalActivity(kind=kind, held_on=day, institution=institution, title=title))
    build.add(
        InstitutionalActivity(kind=ActivityKind.EVENT, held_on=date(2024, 3, 1), institution="SEGOB", title="Después")
    )


def build_seed(db: Database) -> SeedData:
    """Write the seed informe's data into `db` (fresh and migrated)."""
    with db.transaction() as session:
        build = _Builder(session)
        counted = _counted_cases(build)
        _measures(build, [case for case, _ in counted[13:]])
        workshop_case = _other_activity(build, counted[:13])
        _distractor_cases(build)
        _workshop(build, workshop_case)
        _trainings(build)
        _sessions_and_activities(build)
        return build.data
