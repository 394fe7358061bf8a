"""A demonstration installation: realistic, entirely fictitious cases from 2016 to today.

Incorporations per year follow the seed's Cuadro 5 (2016–2023); attentions, collaborations,
follow-ups, measures and actions are drawn so that every row of Cuadros 3–6 has data in the
current and the previous bimester. The database is marked DEMO and its credentials are public.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from sqlalchemy import select

from mpi_desktop.domain import validation
from mpi_desktop.domain.enums import (
    ALCALDIAS,
    AggressionKind,
    CallOutcome,
    Identity,
    MeasureStatus,
    Modality,
    PersonIdentity,
    PersonRole,
    Procedure,
    Profile,
    RiskLevel,
    Role,
)
from mpi_desktop.domain.inputs import AggressionInput, CaseInput, FollowUpInput, PersonInput, RiskInput
from mpi_desktop.security.vault import KdfParams
from mpi_desktop.services import cases, demo_activities, demo_plans, users, workspace
from mpi_desktop.storage.models import (
    CatalogueItem,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
    Setting,
    new_id,
)
from mpi_desktop.storage.paths import DataPaths

DEMO_PASSPHRASE = "demostracion-mpi-cdmx"  # noqa: S105 — public on purpose: demo data is fictitious
DEMO_USERS = (
    ("admin", "Administración (demo)", Role.ADMINISTRATOR),
    ("lucia", "Lucía Caseworker (demo)", Role.CASEWORKER),
    ("estadistica", "Estadística (demo)", Role.STATISTICS),
)

# Cuadro 5 of the seed: incorporations by year, profile and identity (W, M, LGBTTTI, collective).
CUADRO_5 = {
    2016: ((0, 0, 0, 1), (0, 2, 0, 0)),
    2017: ((2, 3, 0, 3), (1, 0, 0, 4)),
    2018: ((2, 2, 0, 6), (0, 5, 0, 1)),
    2019: ((12, 2, 1, 2), (3, 2, 0, 1)),
    2020: ((7, 2, 0, 3), (1, 0, 0, 0)),
    2021: ((2, 0, 0, 1), (2, 2, 0, 0)),
    2022: ((3, 1, 0, 3), (1, 1, 0, 0)),
    2023: ((0, 1, 1, 0), (0, 1, 0, 0)),
}
IDENTITIES = (Identity.WOMAN, Identity.MAN, Identity.LGBTTTI, Identity.COLLECTIVE)
GIVEN = (
    "Ana",
    "María",
    "Guadalupe",
    "Rosa",
    "Itzel",
    "Xóchitl",
    "Citlali",
    "Fernanda",
    "Juan",
    "José",
    "Luis",
    "Carlos",
    "Miguel",
    "Jesús",
    "Emiliano",
    "Tonatiuh",
    "Alex",
    "Sam",
)
SURNAMES = (
    "Hernández",
    "García",
    "Martínez",
    "López",
    "González",
    "Pérez",
    "Rodríguez",
    "Sánchez",
    "Ramírez",
    "Cruz",
    "Flores",
    "Gómez",
    "Morales",
    "Vázquez",
    "Jiménez",
    "Reyes",
    "Díaz",
    "Torres",
    "Mendoza",
)
COLLECTIVES = (
    "Colectivo Tierra y Agua",
    "Red de Periodistas del Valle",
    "Colectiva Luna Nueva",
    "Medio Digital Voz Libre",
    "Organización Defensa Comunitaria",
    "Brigada de Derechos Humanos",
)
INSTITUTIONS = (
    "Secretaría de Seguridad Ciudadana",
    "Fiscalía General de Justicia de la CDMX",
    "Secretaría de las Mujeres",
    "C5 CDMX",
    "Secretaría de Inclusión y Bienestar Social",
)


class DemoBuilder:
    def __init__(self, ws: workspace.Workspace, rng: random.Random, today: date):
        self.ws, self.rng, self.today = ws, rng, today
        with ws.db.session() as session:
            items = session.scalars(select(CatalogueItem).order_by(CatalogueItem.sort_order)).all()
            self.catalogue = [(item.id, item.name) for item in items]
        self.monitoring_id = next(i for i, name in self.catalogue if name == "Monitoreo telefónico")

    def person(self, identity: PersonIdentity, role: PersonRole = PersonRole.BENEFICIARY) -> PersonInput:
        rng = self.rng
        name = f"{rng.choice(GIVEN)} {rng.choice(SURNAMES)} {rng.choice(SURNAMES)} (DEMO)"
        return PersonInput(
            role=role,
            full_name=name,
            identity=identity,
            phone=f"55{rng.randrange(10**7, 10**8)}",
            email=None,
            address=f"Calle {rng.choice(SURNAMES)} {rng.randrange(1, 300)}, {rng.choice(ALCALDIAS)}",
        )

    def case(self, modality: Modality, profile: Profile, identity: Identity, opened: date) -> str:
        rng = self.rng
        if identity is Identity.COLLECTIVE:
            persons = (self.person(PersonIdentity.WOMAN), self.person(PersonIdentity.MAN, PersonRole.LINKED))
            collective = rng.choice(COLLECTIVES) + " (DEMO)"
        else:
            persons = (self.person(PersonIdentity(identity.value)),)
            collective = None
        if rng.random() < 0.3 and identity is not Identity.COLLECTIVE:
            persons += (self.person(rng.choice([PersonIdentity.WOMAN, PersonIdentity.MAN]), PersonRole.FAMILY),)
        data = CaseInput(
            profile=profile,
            identity=identity,
            modality=modality,
            procedure=(
                rng.choice([Procedure.ORDINARY, Procedure.ORDINARY, Procedure.EXTRAORDINARY])
                if modality is Modality.INCORPORATION
                else None
            ),
            opened_on=opened,
            collective_name=collective,
            alcaldia=rng.choice(ALCALDIAS),
            summary="Caso ficticio de demostración.",
            persons=persons,
        )
        aggression = AggressionInput(
            occurred_on=opened - timedelta(days=rng.randrange(1, 30)),
            kind=rng.choice(list(AggressionKind)),
            alcaldia=rng.choice(ALCALDIAS),
            context=rng.choice([None, "Protesta social", "Cobertura periodística"]),
        )
        risk = RiskInput(assessed_on=opened, level=rng.choice(list(RiskLevel)))
        view = cases.create_case(self.ws.db, self.ws.actor, data, aggression=aggression, risk=risk, today=self.today)
        return view.id

    def follow_ups(self, case_id: str, opened: date) -> None:
        for _ in range(self.rng.randrange(1, 4)):
            start = max(opened, self.today - timedelta(days=400))
            noted = start + timedelta(days=self.rng.randrange(0, max(1, (self.today - start).days)))
            cases.add_follow_up(
                self.ws.db,
                self.ws.actor,
                case_id,
                FollowUpInput(noted_on=noted, text="Seguimiento ficticio de demostración."),
            )

    def measures(self, case_id: str, modality: Modality, opened: date) -> None:
        rng = self.rng
        with self.ws.db.transaction() as session:
            plan_id = None
            if modality is Modality.INCORPORATION:
                plan = ProtectionPlan(
                    case_id=case_id,
                    version=1,
                    approved_on=opened + timedelta(days=10),
                    next_review_on=self.today + timedelta(days=rng.randrange(10, 120)),
                )
                session.add(plan)
                session.flush()
                plan_id = plan.id
            chosen = rng.sample(self.catalogue, k=rng.randrange(1, 4))
            if rng.random() < 0.5 and all(i != self.monitoring_id for i, _ in chosen):
                chosen.append((self.monitoring_id, "Monitoreo telefónico"))
            for item_id, _name in chosen:
                starts = max(opened, self.today - timedelta(days=rng.randrange(30, 420)))
                measure = Measure(
                    id=new_id(),
                    case_id=case_id,
                    plan_id=plan_id,
                    catalogue_item_id=item_id,
                    institution=rng.choice(INSTITUTIONS),
                    starts_on=starts,
                    status=rng.choice([MeasureStatus.IMPLEMENTED, MeasureStatus.IMPLEMENTED, MeasureStatus.REQUESTED]),
                )
                session.add(measure)
                session.flush()
                for _ in range(rng.randrange(1, 6)):
                    acted = starts + timedelta(days=rng.randrange(0, max(1, (self.today - starts).days)))
                    quantity = 1 if item_id == self.monitoring_id else rng.choice([1, 1, 2, 5, 30, 90])
                    action = MeasureAction(id=new_id(), measure_id=measure.id, acted_on=acted, quantity=quantity)
                    session.add(action)
                    session.flush()  # calls point at their action row; no ORM relationship orders them
                    if item_id == self.monitoring_id:
                        session.add(
                            MonitoringCall(
                                case_id=case_id,
                                measure_id=measure.id,
                                action_id=action.id,
                                caseworker_id=self.ws.actor.user_id,
                                called_at=datetime.combine(acted, time(17, 0), validation.MEXICO_CITY),
                                outcome=rng.choice(list(CallOutcome)),
                                next_call_due=datetime.combine(
                                    acted + timedelta(days=7), time(17, 0), validation.MEXICO_CITY
                                ),
                            )
                        )


def _random_day(rng: random.Random, start: date, end: date) -> date:
    return start + timedelta(days=rng.randrange(0, max(1, (end - start).days + 1)))


def create_demo(
    paths: DataPaths,
    *,
    seed: int = 2024,
    today: date | None = None,
    progress: Callable[[str], None] = lambda _text: None,
    params: KdfParams | None = None,
) -> str:
    today = today or validation.mexico_city_today()
    rng = random.Random(seed)  # noqa: S311 — reproducible fictitious data, not secrets
    admin_name, admin_display, _ = DEMO_USERS[0]
    ws, _code = workspace.initialize(paths, admin_name, admin_display, DEMO_PASSPHRASE, store=None, params=params)
    try:
        with ws.db.bulk_load():
            _populate(ws, rng, today, progress)
    except BaseException:
        ws.close()
        for leftover in (paths.database, paths.vault):  # a half-made demo is worse than none
            leftover.unlink(missing_ok=True)
        raise
    ws.close()
    lines = ["Usuarios de demostración (frase de acceso «" + DEMO_PASSPHRASE + "»):"]
    lines += [f"  {username:12} {role.label}" for username, _display, role in DEMO_USERS]
    return "\n".join(lines)


def _populate(ws: workspace.Workspace, rng: random.Random, today: date, progress: Callable[[str], None]) -> None:
    for username, display, role in DEMO_USERS[1:]:
        users.add_user(ws, username, display, role, DEMO_PASSPHRASE)
    with ws.db.transaction() as session:
        session.add(Setting(key="demo", value="Base de demostración: datos ficticios"))
    builder = DemoBuilder(ws, rng, today)
    plan: list[tuple[Modality, Profile, Identity, date]] = []
    for year, profiles in CUADRO_5.items():
        for profile, counts in zip((Profile.DEFENDER, Profile.JOURNALIST), profiles, strict=True):
            for identity, count in zip(IDENTITIES, counts, strict=True):
                plan += [
                    (
                        Modality.INCORPORATION,
                        profile,
                        identity,
                        _random_day(rng, date(year, 1, 1), date(year, 12, 31)),
                    )
                    for _ in range(count)
                ]
    for year in range(2016, today.year + 1):
        start, end = date(year, 1, 1), min(date(year, 12, 31), today)
        for modality, per_year in ((Modality.ATTENTION, 14), (Modality.FEDERAL_COLLABORATION, 6)):
            plan += [
                (modality, rng.choice(list(Profile)), rng.choice(IDENTITIES), _random_day(rng, start, end))
                for _ in range(per_year)
            ]
        if year >= 2024:
            plan += [
                (
                    Modality.INCORPORATION,
                    rng.choice(list(Profile)),
                    rng.choice(IDENTITIES),
                    _random_day(rng, start, end),
                )
                for _ in range(3)
            ]
    # Every modality, profile and identity new in the last four months (current and previous bimester).
    recent = today - timedelta(days=120)
    for modality in Modality:
        for profile in Profile:
            for identity in IDENTITIES:
                plan.append((modality, profile, identity, _random_day(rng, recent, today)))
    plan.sort(key=lambda row: row[3])
    for number, (modality, profile, identity, opened) in enumerate(plan, start=1):
        case_id = builder.case(modality, profile, identity, opened)
        if opened < recent or rng.random() < 0.5:
            builder.follow_ups(case_id, opened)
        if rng.random() < 0.6:
            builder.measures(case_id, modality, opened)
        if number % 50 == 0:
            progress(f"  {number} de {len(plan)} casos…")
    # Every catalogue item with at least one measure and recent actions (Cuadro 6).
    anchor = builder.case(Modality.INCORPORATION, Profile.DEFENDER, Identity.COLLECTIVE, recent)
    with ws.db.transaction() as session:
        for item_id, _name in builder.catalogue:
            measure = Measure(
                id=new_id(),
                case_id=anchor,
                catalogue_item_id=item_id,
                starts_on=recent,
                institution=INSTITUTIONS[0],
                status=MeasureStatus.IMPLEMENTED,
            )
            session.add(measure)
            session.add(MeasureAction(measure_id=measure.id, acted_on=today - timedelta(days=3), quantity=2))
    progress(f"{len(plan) + 1} casos ficticios creados.")
    demo_activities.populate(ws, rng, today)  # Cuadros 1, 2, 7, 8 and section 4 of the informe
    demo_plans.populate(ws, rng, today)  # re-evaluated plans, overdue reviews, a day's call agenda
