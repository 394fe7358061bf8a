"""A synthetic installation at the scale of DESIGN.md §5, built through the real storage layer.

    python -m bench.generate --out DIR [--scale 1.0] [--seed N] [--passphrase TEXT]

`workspace.initialize` creates the encrypted database and the key vault as `mpi-desktop init`
does (real Argon2id parameters; the credentials are printed). The rows then go in with Core
`insert()` executemany in a few large transactions. At scale 1.0: 20,000 cases 2016→today,
about 1.5 persons a case, 200,000 measures over the Cuadro 6 catalogue and 2,000,000 measure
actions, a fifth of them telephone-monitoring calls (each call also has its MeasureAction).
Proportions follow the seed informe (Cuadros 3, 5 and 6). Everything is fictitious; a seed and
a day give the same data.
"""

from __future__ import annotations

import argparse
import bisect
import functools
import itertools
import secrets
import sys
import time as clock
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from random import Random
from types import SimpleNamespace

import sqlalchemy as sa

from mpi_desktop.domain.catalogue import MEASURE_CATALOGUE, TELEPHONE_MONITORING
from mpi_desktop.domain.enums import (
    ALCALDIAS,
    ActivityKind,
    AggressionKind,
    CallOutcome,
    CaseStatus,
    GoverningBody,
    Identity,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    PlanStatus,
    Procedure,
    Profile,
    ReferralStatus,
    RiskLevel,
    Role,
    SessionKind,
    ThematicAxis,
    TrainingModality,
)
from mpi_desktop.domain.errors import MpiError
from mpi_desktop.security.audit import AuditAction, record
from mpi_desktop.services import workspace
from mpi_desktop.services.case_records import refresh_search_text
from mpi_desktop.services.folio import DEFAULT_PREFIX, format_folio
from mpi_desktop.storage.models import Base, CatalogueItem
from mpi_desktop.storage.models.base import UTCDateTime
from mpi_desktop.storage.paths import DataPaths

# Rows at scale 1.0 (DESIGN.md §5: about 100× the mechanism's real ten-year volume).
VOLUME = {
    "cases": 20_000,
    "measures": 200_000,
    "actions": 2_000_000,
    "workshops": 2_000,
    "trainings": 3_000,
    "governing_sessions": 1_200,
    "institutional_activities": 20_000,
}
STAFF = 12  # people in the office, whatever the scale
CALL_SHARE = 0.2  # of all actions: the telephone-monitoring calls
ACTIONS_PER_TRANSACTION = 250_000
FIRST_DAY = date(2016, 1, 1)  # the first incorporations of Cuadro 5
UTC_OFFSET = timedelta(hours=6)  # Mexico City is UTC−6 (no daylight saving since 2022)

# Cuadro 5, incorporations 2016–2023 by profile and identity (no LGBTTTI journalist there; 1 here
# so that the cell has data).
PROFILE_IDENTITY = {
    (Profile.DEFENDER, Identity.WOMAN): 28,
    (Profile.DEFENDER, Identity.MAN): 11,
    (Profile.DEFENDER, Identity.LGBTTTI): 2,
    (Profile.DEFENDER, Identity.COLLECTIVE): 19,
    (Profile.JOURNALIST, Identity.WOMAN): 8,
    (Profile.JOURNALIST, Identity.MAN): 13,
    (Profile.JOURNALIST, Identity.LGBTTTI): 1,
    (Profile.JOURNALIST, Identity.COLLECTIVE): 6,
}
# Cuadro 3, enero–febrero 2024: new plus follow-up cases of each modality.
MODALITY = {Modality.INCORPORATION: 4, Modality.ATTENTION: 18, Modality.FEDERAL_COLLABORATION: 31}
PROCEDURE = {Procedure.ORDINARY: 3, Procedure.EXTRAORDINARY: 1}
# How much more an incorporated case receives (measures, follow-ups) than an attention.
MODALITY_WEIGHT = {Modality.INCORPORATION: 6.0, Modality.FEDERAL_COLLABORATION: 2.0, Modality.ATTENTION: 0.5}
# Cuadro 6 (measures, actions) in MEASURE_CATALOGUE order; urgent protection had none that bimester.
CUADRO_6 = ((6, 6), (35, 53), (21, 30), (1, 3), (1, 1), (21, 1890), (17, 27), (5, 450), (6, 363), (3, 3))
CUADRO_6 += ((1, 3),) * 5 + ((1, 90), (6, 30), (4, 271))
BODY_SHARE = {
    GoverningBody.CONSEJO_EVALUACION: 0.5,
    GoverningBody.JUNTA_DE_GOBIERNO: 0.2,
    GoverningBody.CONSEJO_CONSULTIVO: 0.15,
    GoverningBody.MESA_MULTISECTORIAL: 0.15,
}
PERSON_IDENTITY = {
    Identity.WOMAN: PersonIdentity.WOMAN,
    Identity.MAN: PersonIdentity.MAN,
    Identity.LGBTTTI: PersonIdentity.LGBTTTI,
}


# ---- vocabulary: a few common names and phrases, combined by the seeded generator -------------
# fmt: off
WOMEN = ("Ana", "María", "Guadalupe", "Rosa", "Itzel", "Xóchitl", "Citlali", "Fernanda", "Leticia", "Mariana",
         "Daniela", "Alejandra", "Yolanda", "Verónica", "Lucía", "Carmen")
MEN = ("Juan", "José", "Luis", "Carlos", "Miguel", "Jesús", "Emiliano", "Tonatiuh", "Javier", "Ricardo", "Arturo",
       "Eduardo", "Alejandro", "Fernando", "Raúl", "Pedro")
NEUTRAL = ("Alex", "Sam", "Ariel", "Cruz", "Noa")
SURNAMES = ("Hernández", "García", "Martínez", "López", "González", "Pérez", "Rodríguez", "Sánchez", "Ramírez",
            "Cruz", "Flores", "Gómez", "Morales", "Vázquez", "Jiménez", "Reyes", "Díaz", "Torres", "Mendoza", "Ríos",
            "Castillo", "Ortiz", "Romero", "Aguilar")
STREETS = ("Mina", "Insurgentes", "Juárez", "Hidalgo", "Morelos", "Allende", "Zaragoza", "Madero", "Aldama",
           "Matamoros", "Independencia", "Revolución")
COLONIAS = ("Guerrero", "Centro", "Doctores", "Roma Norte", "Santa María la Ribera", "Portales", "Del Valle",
            "Tacubaya", "Santo Domingo", "San Rafael", "Agrícola Oriental", "Santa Úrsula")
COLLECTIVE_KINDS = ("Colectivo", "Colectiva", "Red de Defensoras de", "Medio digital", "Asamblea Vecinal de",
                    "Radio comunitaria")
CONTEXTS = ("la cobertura de una protesta", "la defensa del territorio", "publicaciones en redes sociales",
            "una investigación periodística", "el acompañamiento a víctimas", "una asamblea comunitaria")
CLOSE_REASONS = ("Conclusión del plan de protección", "Desistimiento de la persona beneficiaria",
                 "Canalización atendida", "Cambio de residencia fuera de la Ciudad de México", "Disminución del riesgo")
AGGRESSION_TEXT = ("Mensajes intimidatorios tras una publicación.", "Seguimiento por personas desconocidas cerca del "
                   "domicilio.", "Agresión durante la cobertura de una manifestación.", "Amenazas por teléfono para "
                   "abandonar la defensa.", "Difusión de datos personales en redes sociales.")
RISK_TEXT = ("Riesgo asociado a la labor periodística en la zona.", "Riesgo por la defensa del territorio.",
             "Amenazas reiteradas en entornos digitales.", "Riesgo reducido tras la implementación de medidas.")
FOLLOW_UP_TEXT = ("Llamada de seguimiento: la persona beneficiaria refiere estar tranquila.",
                  "Se solicita a la institución informe sobre la implementación de la medida.",
                  "Reunión con la persona beneficiaria para revisar el plan de protección.",
                  "Se recibe oficio de respuesta de la institución responsable.",
                  "La persona beneficiaria reporta un nuevo incidente; se actualiza el análisis de riesgo.",
                  "Acompañamiento a la persona beneficiaria ante la Fiscalía.")
INSTITUTIONS = ("Secretaría de Seguridad Ciudadana", "Fiscalía General de Justicia de la CDMX", "Secretaría de las "
                "Mujeres", "C5 CDMX", "Secretaría de Inclusión y Bienestar Social", "Comisión de Derechos Humanos de "
                "la CDMX", "COPRED", "Mecanismo Federal de Protección (SEGOB)", "Secretaría de Gobierno de la CDMX")
WELLBEING = ("Sin novedad", "Refiere tranquilidad", "Refiere vigilancia cerca de su domicilio",
             "Solicita reunión de seguimiento", "Reporta mensajes intimidatorios")
SESSION_TOPICS = ("Aprobación del acta anterior; informe bimestral.", "Revisión de planes de protección.",
                  "Programa anual de trabajo.", "Seguimiento de acuerdos.")
WORKSHOP_TITLES = ("Taller de autoprotección", "Taller de elaboración de protocolos de seguridad")
AUDIENCES = ("Colectivo de personas defensoras de derechos humanos", "Personas periodistas de medios comunitarios",
             "Red de defensoras del territorio", "Familiares de personas desaparecidas")
TRAINING_FORMS = ("Taller virtual", "Seminario virtual", "Conversatorio virtual", "Taller presencial",
                  "Curso presencial")
TRAINING_TOPICS = ("Seguridad digital para periodistas en cobertura electoral", "Prevención ante violencias "
                   "digitales", "Medios de comunicación y violencia política contra las mujeres", "Desafiando "
                   "estereotipos en los medios", "Derechos humanos y libertad de expresión")
OBJECTIVES = ("Fortalecer la prevención de riesgos digitales.", "Identificar violencias digitales y acciones de "
              "prevención y reacción.", "Dar herramientas para ejercer la defensa de forma más segura.")
PARTNERS = (None, None, "Social TIC", "Escuela Feminista de Comunicación", "Universidad de la Ciudad de México")
ACTIVITY_TITLES = ("Informe de labores", "Foro de buenas prácticas de atención a protestas sociales",
                   "Mesa de trabajo sobre personas defensoras ambientales", "Reunión de coordinación interinstitucional")
AGGRESSIONS = {AggressionKind.THREAT: 30, AggressionKind.HARASSMENT: 20, AggressionKind.DIGITAL: 15,
               AggressionKind.VERBAL: 10, AggressionKind.SURVEILLANCE: 8, AggressionKind.PHYSICAL: 7,
               AggressionKind.CRIMINALISATION: 4, AggressionKind.DISPLACEMENT: 2, AggressionKind.OTHER: 3,
               AggressionKind.DEPRIVATION_OF_LIBERTY: 1, AggressionKind.KILLING: 0.3}
RISK = {RiskLevel.LOW: 20, RiskLevel.MEDIUM: 45, RiskLevel.HIGH: 30, RiskLevel.EXTREME: 5}
REFERRAL = {ReferralStatus.SENT: 20, ReferralStatus.ACCEPTED: 30, ReferralStatus.ATTENDED: 40,
            ReferralStatus.REJECTED: 10}
CALL_OUTCOMES = {CallOutcome.CONTACTED: 80, CallOutcome.NO_ANSWER: 15, CallOutcome.WRONG_NUMBER: 2,
                 CallOutcome.INCIDENT_REPORTED: 3}
RELATIVE_IDENTITY = {PersonIdentity.WOMAN: 48, PersonIdentity.MAN: 48, PersonIdentity.LGBTTTI: 2,
                     PersonIdentity.UNDISCLOSED: 2}
# Cuadro 8 totals: 182 women, 60 men, 3 "prefiero no decirlo".
PARTICIPANT_IDENTITY = {PersonIdentity.WOMAN: 182, PersonIdentity.MAN: 60, PersonIdentity.LGBTTTI: 3,
                        PersonIdentity.UNDISCLOSED: 3}
# fmt: on


@dataclass(slots=True, eq=False)
class CaseDraft:
    id: str
    opened: date
    end: date  # the closing day, or today: the last day anything can happen in the case
    closed: date | None
    profile: Profile
    identity: Identity
    modality: Modality
    collective: str | None
    folio: str = ""
    beneficiary: str = ""
    search_text: str = ""
    display_name: str = ""
    plans: list[tuple[str, date]] = field(default_factory=list)  # (plan id, approved on), in order
    last: date = FIRST_DAY  # becomes Case.last_activity_on

    def touch(self, day: date) -> None:
        self.last = max(self.last, day)


@dataclass(slots=True, eq=False)
class MeasureDraft:
    id: str
    case: CaseDraft
    monitoring: bool
    rate: float  # Cuadro 6 actions per measure of its catalogue item
    first: date
    last: date
    ongoing: bool
    actions: int = 0


class Generator:
    """Builds the rows in memory table by table and inserts them with Core executemany."""

    def __init__(self, ws: workspace.Workspace, scale: float, seed: int, today: date, say: Callable[[str], None]):
        self.ws, self.scale, self.rng, self.today, self.say = ws, scale, Random(seed), today, say
        self.started = clock.perf_counter()
        self.counts: Counter[str] = Counter()
        # Untyped tables: values go in as the text the columns' own types write, converted once per
        # distinct value with those types' processors (the per-row type processing would double the time).
        self.tables = {
            name: sa.table(name, *map(sa.column, table.columns.keys())) for name, table in Base.metadata.tables.items()
        }
        dialect = ws.db.engine.dialect
        self.date_text = functools.cache(sa.Date().dialect_impl(dialect).bind_processor(dialect))
        self.stamp_text = UTCDateTime().dialect_impl(dialect).bind_processor(dialect)
        # created_at/updated_at of a row dated `day`: noon in Mexico City.
        self.stamp = functools.cache(lambda day: self.stamp_text(datetime.combine(day, time(12), UTC) + UTC_OFFSET))
        self._ids = self._uuid4s()
        self.cases: list[CaseDraft] = []
        self.measures: list[MeasureDraft] = []
        self.staff: list[str] = []

    # ---- helpers ---------------------------------------------------------------------------
    def n(self, what: str) -> int:
        return max(1, round(VOLUME[what] * self.scale))

    def _uuid4s(self) -> Iterator[str]:
        """Random (seeded) version-4 UUIDs as text, drawn in blocks: the per-row cost matters here."""
        while True:
            block = self.rng.randbytes(16 * 4096).hex()
            for i in range(0, len(block), 32):
                h = block[i : i + 32]
                yield f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{'89ab'[int(h[16], 16) & 3]}{h[17:20]}-{h[20:]}"

    def uid(self) -> str:
        return next(self._ids)

    def day(self, first: date, last: date) -> date:
        span = max(0, (last - first).days) + 1
        return date.fromordinal(first.toordinal() + int(self.rng.random() * span))

    def pick(self, weights: dict):
        return self.rng.choices(tuple(weights), tuple(weights.values()))[0]

    def row(self, day: date, **values: object) -> dict[str, object]:
        """A new Entity row created on `day`."""
        stamp = self.stamp(day)
        return {"id": self.uid(), "created_at": stamp, "updated_at": stamp, **values}

    def dated(self, case: CaseDraft, column: str, day: date, **values: object) -> dict[str, object]:
        """A dated activity of the case: it moves Case.last_activity_on."""
        case.touch(day)
        return self.row(day, case_id=case.id, **{column: self.date_text(day)}, **values)

    def name(self, identity: PersonIdentity) -> str:
        given = {PersonIdentity.WOMAN: WOMEN, PersonIdentity.MAN: MEN}.get(identity, WOMEN + MEN + NEUTRAL)
        return f"{self.rng.choice(given)} {self.rng.choice(SURNAMES)} {self.rng.choice(SURNAMES)}"

    def insert(self, conn: sa.Connection, table: str, rows: list[dict]) -> None:
        if rows:
            conn.execute(sa.insert(self.tables[table]), rows)
            self.counts[table] += len(rows)

    def progress(self, what: str) -> None:
        self.say(f"[{clock.perf_counter() - self.started:7.1f} s] {what}")

    # ---- the run ---------------------------------------------------------------------------
    def run(self) -> None:
        # Commits skip the fsync (a failed build is thrown away by `generate`); durability returns after.
        with self.ws.db.bulk_load():
            self.build()

    def build(self) -> None:
        with self.ws.db.transaction() as session:
            conn = session.connection()
            self.add_staff(conn)
            consejo = self.add_governing_sessions(conn)
            self.add_cases(conn)
            self.add_case_files(conn)
            self.add_plans(conn, consejo)
            self.progress(f"{len(self.cases):,} cases with persons, aggressions, assessments, follow-ups, plans")
        with self.ws.db.transaction() as session:
            self.add_measures(session.connection())
            self.progress(f"{len(self.measures):,} measures")
        self.add_actions()
        with self.ws.db.transaction() as session:
            conn = session.connection()
            self.add_workshops(conn)
            self.add_trainings(conn)
            self.add_institutional_activities(conn)
            cases = self.tables["cases"]
            conn.execute(
                sa.update(cases)
                .where(cases.c.id == sa.bindparam("case"))
                .values(
                    last_activity_on=sa.bindparam("last"),
                    search_text=sa.bindparam("search"),
                    display_name=sa.bindparam("name"),
                ),
                [
                    {"case": c.id, "last": self.date_text(c.last), "search": c.search_text, "name": c.display_name}
                    for c in self.cases
                ],
            )
            detail = f"datos sintéticos de prueba (bench.generate, escala {self.scale})"
            record(session, self.ws.actor, AuditAction.CREATE, entity="installation", detail=detail)
            self.progress("workshops, trainings, institutional activities; cases' last activity and search text")

    def add_staff(self, conn: sa.Connection) -> None:
        rows = []
        for number in range(1, STAFF + 1):
            role = Role.STATISTICS if number % 6 == 0 else Role.CASEWORKER
            name = self.name(self.rng.choice((PersonIdentity.WOMAN, PersonIdentity.MAN)))
            rows.append(
                self.row(FIRST_DAY, username=f"personal{number:02d}", display_name=name, role=role.value, active=True)
            )
            if role is Role.CASEWORKER:
                self.staff.append(rows[-1]["id"])
        self.insert(conn, "users", rows)

    def add_governing_sessions(self, conn: sa.Connection) -> list[tuple[date, str]]:
        """Each body's sessions spread over the years; returns the Consejo de Evaluación's, by date."""
        rows, consejo = [], []
        at_least = 4 * (self.today.year - FIRST_DAY.year + 1)
        for body, share in BODY_SHARE.items():
            numbers: Counter[tuple[int, SessionKind]] = Counter()
            for held in sorted(
                self.day(FIRST_DAY, self.today)
                for _ in range(max(at_least, round(share * self.n("governing_sessions"))))
            ):
                kind = SessionKind.EXTRAORDINARY if self.rng.random() < 0.2 else SessionKind.ORDINARY
                numbers[held.year, kind] += 1
                topics = self.rng.choice(SESSION_TOPICS)
                rows.append(
                    self.row(
                        held,
                        body=body.value,
                        number=numbers[held.year, kind],
                        kind=kind.value,
                        held_on=self.date_text(held),
                        topics=topics,
                    )
                )
                if body is GoverningBody.CONSEJO_EVALUACION:
                    consejo.append((held, rows[-1]["id"]))
        self.insert(conn, "governing_sessions", rows)
        return consejo

    def add_cases(self, conn: sa.Connection) -> None:
        rng = self.rng
        for _ in range(self.n("cases")):
            opened = self.day(FIRST_DAY, self.today)
            age = (self.today - opened).days
            closes = age > 365 and rng.random() < min(0.75, age / 3650)
            closed = opened + timedelta(days=rng.randrange(180, age + 1)) if closes else None
            profile, identity = self.pick(PROFILE_IDENTITY)
            collective = (
                f"{rng.choice(COLLECTIVE_KINDS)} {rng.choice(COLONIAS)}" if identity is Identity.COLLECTIVE else None
            )
            case = CaseDraft(
                self.uid(), opened, closed or self.today, closed, profile, identity, self.pick(MODALITY), collective
            )
            case.touch(opened)
            self.cases.append(case)
        self.cases.sort(key=lambda case: case.opened)  # folios run in order of opening within a year
        numbers: Counter[int] = Counter()
        rows = []
        for case in self.cases:
            numbers[case.opened.year] += 1
            case.folio = format_folio(DEFAULT_PREFIX, case.opened.year, numbers[case.opened.year])
            procedure = self.pick(PROCEDURE).value if case.modality is Modality.INCORPORATION else None
            rows.append(
                self.row(
                    case.opened,
                    id=case.id,
                    folio=case.folio,
                    profile=case.profile.value,
                    identity=case.identity.value,
                    modality=case.modality.value,
                    procedure=procedure,
                    status=(CaseStatus.CLOSED if case.closed else CaseStatus.OPEN).value,
                    opened_on=self.date_text(case.opened),
                    closed_on=case.closed and self.date_text(case.closed),
                    close_reason=case.closed and rng.choice(CLOSE_REASONS),
                    collective_name=case.collective,
                    alcaldia=rng.choice(ALCALDIAS),
                    summary=f"Caso sintético de prueba: agresiones por {rng.choice(CONTEXTS)}.",
                    last_activity_on=None,  # these two are set once the case's records exist
                    search_text="",
                    display_name="",
                )
            )
        self.insert(conn, "cases", rows)
        self.insert(
            conn,
            "folio_counters",
            [{"prefix": DEFAULT_PREFIX, "year": year, "last_number": last} for year, last in sorted(numbers.items())],
        )

    def add_case_files(self, conn: sa.Connection) -> None:
        rng = self.rng
        persons, aggressions, risks, follow_ups, referrals = [], [], [], [], []
        for case in self.cases:
            identity = PERSON_IDENTITY.get(case.identity) or rng.choice((PersonIdentity.WOMAN, PersonIdentity.MAN))
            own = len(persons)  # this case's persons start here
            persons.append(self.person(case, PersonRole.BENEFICIARY, identity))
            case.beneficiary = persons[-1]["id"]
            for _ in range(rng.choices((0, 1, 2), (6, 3, 1))[0]):  # ~1.5 persons a case
                persons.append(
                    self.person(case, rng.choice((PersonRole.FAMILY, PersonRole.LINKED)), self.pick(RELATIVE_IDENTITY))
                )
            # The program's own rule for what the case list searches (services.case_records).
            people = [SimpleNamespace(deleted_at=None, **person) for person in persons[own:]]
            shell = SimpleNamespace(folio=case.folio, collective_name=case.collective, persons=people)
            refresh_search_text(shell)
            case.search_text, case.display_name = shell.search_text, shell.display_name
            # The aggressions that lead to the case: on or before its opening.
            for _ in range(rng.choices((1, 2, 3), (65, 28, 7))[0]):
                occurred = max(date(2015, 6, 1), case.opened - timedelta(days=rng.randrange(120)))
                aggressions.append(
                    self.row(
                        case.opened,
                        case_id=case.id,
                        occurred_on=self.date_text(occurred),
                        kind=self.pick(AGGRESSIONS).value,
                        context=rng.choice(CONTEXTS),
                        alcaldia=rng.choice(ALCALDIAS),
                        description=rng.choice(AGGRESSION_TEXT),
                    )
                )
            assessed = case.opened + timedelta(days=rng.randrange(3, 45))
            while (case.modality is not Modality.ATTENTION or rng.random() < 0.25) and assessed <= case.end:
                risks.append(
                    self.dated(
                        case, "assessed_on", assessed, level=self.pick(RISK).value, summary=rng.choice(RISK_TEXT)
                    )
                )
                assessed += timedelta(days=rng.randrange(300, 420))
            for _ in range(rng.randint(1, round(4 + 3 * MODALITY_WEIGHT[case.modality]))):
                follow_ups.append(
                    self.dated(
                        case,
                        "noted_on",
                        self.day(case.opened, case.end),
                        text=rng.choice(FOLLOW_UP_TEXT),
                        author_id=rng.choice(self.staff),
                    )
                )
            referred = (
                rng.choices((1, 2), (7, 3))[0] if case.modality is Modality.ATTENTION else int(rng.random() < 0.2)
            )
            for _ in range(referred):
                referrals.append(
                    self.dated(
                        case,
                        "referred_on",
                        self.day(case.opened, case.end),
                        institution=rng.choice(INSTITUTIONS),
                        status=self.pick(REFERRAL).value,
                    )
                )
        self.insert(conn, "persons", persons)
        self.insert(conn, "aggressions", aggressions)
        self.insert(conn, "risk_assessments", risks)
        self.insert(conn, "follow_ups", follow_ups)
        self.insert(conn, "referrals", referrals)

    def person(self, case: CaseDraft, role: PersonRole, identity: PersonIdentity) -> dict[str, object]:
        rng, name = self.rng, self.name(identity)
        mailbox = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode().lower().replace(" ", ".")
        born = self.date_text(self.day(date(1950, 1, 1), date(2004, 12, 31)))
        address = f"Calle {rng.choice(STREETS)} {rng.randrange(1, 400)}, Col. {rng.choice(COLONIAS)}"
        contact = {
            "phone": f"55{rng.randrange(10**8):08d}",
            "email": f"{mailbox}{rng.randrange(100)}@example.org",
            "address": address,
        }
        return self.row(
            case.opened,
            case_id=case.id,
            role=role.value,
            full_name=name,
            identity=identity.value,
            birth_date=born,
            **contact,
            organisation=case.collective,
        )

    def add_plans(self, conn: sa.Connection, consejo: list[tuple[date, str]]) -> None:
        """Incorporated cases: a plan approved in a Consejo de Evaluación session, reviewed about yearly."""
        held = [day for day, _ in consejo]
        rows = []
        for case in (case for case in self.cases if case.modality is Modality.INCORPORATION):
            sessions = []
            target = case.opened + timedelta(days=self.rng.randrange(7, 45))
            while (i := bisect.bisect_left(held, target)) < len(held) and held[i] <= case.end:
                sessions.append(consejo[i])
                target = held[i] + timedelta(days=self.rng.randrange(300, 420))
            for version, (approved, session_id) in enumerate(sessions, 1):
                status = PlanStatus.CURRENT if version == len(sessions) else PlanStatus.SUPERSEDED
                review = self.date_text(approved + timedelta(days=180))
                rows.append(
                    self.dated(
                        case,
                        "approved_on",
                        approved,
                        version=version,
                        status=status.value,
                        governing_session_id=session_id,
                        next_review_on=review,
                    )
                )
                case.plans.append((rows[-1]["id"], approved))
        self.insert(conn, "protection_plans", rows)

    def add_measures(self, conn: sa.Connection) -> None:
        """Measures by Cuadro 6's share of each item, to cases weighted by modality and length."""
        rng, total = self.rng, self.n("measures")
        catalogue = conn.execute(sa.select(CatalogueItem.category, CatalogueItem.name, CatalogueItem.id))
        ids = {(category, name): item_id for category, name, item_id in catalogue}
        items = [
            (ids[entry.category.value, entry.name], entry.name == TELEPHONE_MONITORING, actions / measures)
            for entry, (measures, actions) in zip(MEASURE_CATALOGUE, CUADRO_6, strict=True)
        ]
        weights = itertools.accumulate(
            MODALITY_WEIGHT[case.modality] * (1 + (case.end - case.opened).days / 365) for case in self.cases
        )
        owners = rng.choices(self.cases, cum_weights=list(weights), k=total)
        kinds = rng.choices(items, [measures for measures, _ in CUADRO_6], k=total)
        rows = []
        for case, (item_id, monitoring, rate) in zip(owners, kinds, strict=True):
            plan_id, first, until, superseded = None, case.opened, case.end, False
            if case.plans:  # in one version of the case's plan, until the next version replaced it
                version = rng.randrange(len(case.plans))
                plan_id, first = case.plans[version]
                superseded = version + 1 < len(case.plans)
                until = case.plans[version + 1][1] if superseded else case.end
            starts = first + timedelta(days=rng.randrange(min(60, (until - first).days) + 1))
            ends = until if superseded or case.closed else None
            if ends is None and (until - starts).days > 30 and rng.random() < 0.25:
                ends = self.day(starts + timedelta(days=30), until)
            if ends is not None:
                status = MeasureStatus.SUSPENDED if rng.random() < 0.1 else MeasureStatus.CONCLUDED
            else:
                status = MeasureStatus.REQUESTED if (self.today - starts).days < 15 else MeasureStatus.IMPLEMENTED
            institution = None if monitoring else rng.choice(INSTITUTIONS)
            rows.append(
                self.dated(
                    case,
                    "starts_on",
                    starts,
                    plan_id=plan_id,
                    catalogue_item_id=item_id,
                    institution=institution,
                    ends_on=ends and self.date_text(ends),
                    status=status.value,
                )
            )
            self.measures.append(
                MeasureDraft(rows[-1]["id"], case, monitoring, rate, starts, ends or case.end, ends is None)
            )
        self.insert(conn, "measures", rows)

    def add_actions(self) -> None:
        """CALL_SHARE of the actions to monitoring measures by their days, the rest by Cuadro 6 rate × days."""
        rng, total = self.rng, self.n("actions")
        monitoring = [m for m in self.measures if m.monitoring]
        others = [m for m in self.measures if not m.monitoring]
        calls = 0 if not monitoring else total if not others else round(total * CALL_SHARE)
        for group, count in ((monitoring, calls), (others, total - calls)):
            if group and count:
                weights = itertools.accumulate(
                    (1 if m.monitoring else m.rate) * ((m.last - m.first).days + 1) for m in group
                )
                for measure in rng.choices(group, cum_weights=list(weights), k=count):
                    measure.actions += 1
        actions: list[dict] = []
        call_rows: list[dict] = []
        for measure in self.measures:
            if not measure.actions:
                continue
            days = sorted(self.day(measure.first, measure.last) for _ in range(measure.actions))
            measure.case.touch(days[-1])
            if measure.monitoring:
                self.add_calls(measure, days, actions, call_rows)
            else:
                for day in days:
                    quantity = 1 if rng.random() < 0.9 else rng.randint(2, 5)
                    actions.append(
                        self.row(day, measure_id=measure.id, acted_on=self.date_text(day), quantity=quantity)
                    )
            if len(actions) >= ACTIONS_PER_TRANSACTION:
                self.flush_actions(actions, call_rows, total)
        self.flush_actions(actions, call_rows, total)

    def flush_actions(self, actions: list[dict], calls: list[dict], total: int) -> None:
        """One transaction per batch of actions and their calls: the WAL stays bounded and can checkpoint."""
        with self.ws.db.transaction() as session:
            self.insert(session.connection(), "measure_actions", actions)
            self.insert(session.connection(), "monitoring_calls", calls)
        actions.clear()
        calls.clear()
        done, calls_done = self.counts["measure_actions"], self.counts["monitoring_calls"]
        self.progress(f"{done:,}/{total:,} measure actions, of which {calls_done:,} monitoring calls")

    def add_calls(self, measure: MeasureDraft, days: list[date], actions: list[dict], calls: list[dict]) -> None:
        """Each call is an action of its monitoring measure; the latest of an ongoing one sets the next due."""
        rng, case = self.rng, measure.case
        for number, day in enumerate(days, 1):
            called = datetime.combine(day, time(rng.randrange(9, 19), rng.randrange(60)), UTC) + UTC_OFFSET
            stamp = self.stamp_text(called)
            action = {
                "id": self.uid(),
                "created_at": stamp,
                "updated_at": stamp,
                "measure_id": measure.id,
                "acted_on": self.date_text(day),
                "quantity": 1,
            }
            outcome = self.pick(CALL_OUTCOMES)
            due = called + timedelta(days=7) if measure.ongoing and number == len(days) else None
            actions.append(action)
            calls.append(
                {
                    "id": self.uid(),
                    "created_at": stamp,
                    "updated_at": stamp,
                    "case_id": case.id,
                    "person_id": case.beneficiary,
                    "measure_id": measure.id,
                    "action_id": action["id"],
                    "caseworker_id": rng.choice(self.staff),
                    "called_at": stamp,
                    "outcome": outcome.value,
                    "wellbeing": rng.choice(WELLBEING) if outcome is CallOutcome.CONTACTED else None,
                    "next_call_due": due and self.stamp_text(due),
                }
            )

    def participants(self, day: date, people: int, organisation: str | None, **parent: str) -> tuple[list, list]:
        """Named attendance, or (when names must not be kept) a headcount by identity."""
        identities = self.rng.choices(tuple(PARTICIPANT_IDENTITY), tuple(PARTICIPANT_IDENTITY.values()), k=people)
        if self.rng.random() < 0.6:
            named = [self.row(day, **parent, participant_name=self.name(who), identity=who.value) for who in identities]
            return [row | {"organisation": organisation} for row in named], []
        counted = Counter(identities)
        return [], [self.row(day, **parent, identity=who.value, count=count) for who, count in counted.items()]

    def add_workshops(self, conn: sa.Connection) -> None:
        rng = self.rng
        collectives = [case for case in self.cases if case.identity is Identity.COLLECTIVE] or self.cases
        workshops, sessions, named, counted = [], [], [], []
        for _ in range(self.n("workshops")):
            case = rng.choice(collectives) if rng.random() < 0.6 else None
            first = self.day(case.opened, case.end) if case else self.day(FIRST_DAY, self.today)
            audience = (case.collective or AUDIENCES[0]) if case else rng.choice(AUDIENCES)
            workshops.append(
                self.row(first, title=rng.choice(WORKSHOP_TITLES), directed_to=audience, case_id=case and case.id)
            )
            for held in (first + timedelta(days=7 * week) for week in range(rng.randint(1, 4))):
                if held <= self.today:
                    sessions.append(
                        self.row(
                            held,
                            workshop_id=workshops[-1]["id"],
                            held_on=self.date_text(held),
                            hours=rng.choice((2, 3, 3, 4)),
                        )
                    )
                    people = self.participants(
                        held, rng.randint(6, 30), case and case.collective, workshop_session_id=sessions[-1]["id"]
                    )
                    named += people[0]
                    counted += people[1]
        self.insert(conn, "workshops", workshops)
        self.insert(conn, "workshop_sessions", sessions)
        self.insert(conn, "attendances", named)
        self.insert(conn, "headcounts", counted)

    def add_trainings(self, conn: sa.Connection) -> None:
        rng = self.rng
        trainings, dates, named, counted = [], [], [], []
        for _ in range(self.n("trainings")):
            first, form = self.day(FIRST_DAY, self.today), rng.choice(TRAINING_FORMS)
            modality = TrainingModality.VIRTUAL if "virtual" in form else TrainingModality.IN_PERSON
            training = self.row(
                first,
                title=f"{form} “{rng.choice(TRAINING_TOPICS)}”",
                objective=rng.choice(OBJECTIVES),
                partner=rng.choice(PARTNERS),
                modality=modality.value,
                axis=rng.choice(list(ThematicAxis)).value,
            )
            trainings.append(training)
            for held in (first + timedelta(days=7 * week) for week in range(rng.choices((1, 2, 3), (6, 2, 2))[0])):
                if held <= self.today:
                    dates.append(self.row(held, training_id=training["id"], held_on=self.date_text(held)))
            people = self.participants(first, rng.randint(15, 65), None, training_id=training["id"])
            named += people[0]
            counted += people[1]
        self.insert(conn, "trainings", trainings)
        self.insert(conn, "training_dates", dates)
        self.insert(conn, "attendances", named)
        self.insert(conn, "headcounts", counted)

    def add_institutional_activities(self, conn: sa.Connection) -> None:
        rows = []
        for _ in range(self.n("institutional_activities")):
            held = self.day(FIRST_DAY, self.today)
            kind, institution, title = (
                self.rng.choice(list(ActivityKind)),
                self.rng.choice(INSTITUTIONS),
                self.rng.choice(ACTIVITY_TITLES),
            )
            rows.append(
                self.row(
                    held,
                    kind=kind.value,
                    held_on=self.date_text(held),
                    institution=institution,
                    title=title,
                    description=None,
                )
            )
        self.insert(conn, "institutional_activities", rows)


def generate(
    out: Path, scale: float = 1.0, seed: int = 2024, passphrase: str | None = None, say: Callable[[str], None] = print
) -> Counter[str]:
    """Build the installation in `out` (which must not hold one). Returns the rows inserted per table."""
    passphrase = passphrase or f"banco-{secrets.token_urlsafe(12)}"
    paths = DataPaths(Path(out).resolve())
    ws, recovery_code = workspace.initialize(paths, "admin", "Administración", passphrase, store=None)
    say(f"Installation: {paths.home}")
    say("  user: admin")
    say(f"  passphrase: {passphrase}")
    say(f"  recovery code: {recovery_code}")
    generator = Generator(ws, scale, seed, date.today(), say)
    try:
        generator.run()
    except BaseException:
        ws.close()
        say("Build failed; the half-built installation is removed.")
        for leftover in (paths.database, paths.vault, *paths.home.glob(f"{paths.database.name}-*")):
            leftover.unlink(missing_ok=True)
        raise
    ws.close()
    generator.progress(f"done at scale {scale}: {paths.database.stat().st_size / 2**20:,.1f} MiB")
    for table, rows in sorted(generator.counts.items()):
        say(f"  {table:<26}{rows:>12,}")
    return generator.counts


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.generate", description=__doc__.splitlines()[0])
    parser.add_argument("--out", required=True, type=Path, help="data folder to create")
    parser.add_argument("--scale", type=float, default=1.0, help="1.0 = DESIGN.md §5 (20,000 cases)")
    parser.add_argument("--seed", type=int, default=2024)
    parser.add_argument("--passphrase", help="the administrator's passphrase (default: a random one, printed)")
    args = parser.parse_args(argv)
    if args.scale <= 0:
        parser.error("--scale must be positive")
    try:
        generate(args.out, args.scale, args.seed, args.passphrase, say=functools.partial(print, flush=True))
    except MpiError as error:
        print(error, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
