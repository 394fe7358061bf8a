"""Demo workshops, trainings, governing sessions and institutional activities.

The seed's informe (enero–febrero 2024) moved to the demo's recent past: its Cuadro 7 workshop
(3 sessions, 9 hours, 55 participants — 26 mujeres, 19 hombres and, to reach its total of 55,
10 who preferred not to say), the five trainings of Cuadro 8 with their exact counts, the
sessions of Cuadros 1–2, a Consejo de Evaluación session for each recent plan approval, and
the events and meeting of section 4. Every participant name is fictitious and marked (DEMO).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from sqlalchemy import select

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
from mpi_desktop.services import attendance, governance, trainings, workshops
from mpi_desktop.services.attendance import Target
from mpi_desktop.services.workspace import Workspace
from mpi_desktop.storage.models import ProtectionPlan

SEED_CUT_OFF = date(2024, 2, 29)
W, M, L, U = PersonIdentity.WOMAN, PersonIdentity.MAN, PersonIdentity.LGBTTTI, PersonIdentity.UNDISCLOSED

GIVEN = ("Ana", "Itzel", "Rosa", "Citlali", "Guadalupe", "Luis", "Carlos", "Emiliano", "Juan", "Tonatiuh")
SURNAMES = ("Hernández", "García", "López", "Cruz", "Flores", "Reyes", "Torres", "Mendoza", "Ramírez", "Díaz")
ORGANISATIONS = ("Colectivo Tierra y Agua (DEMO)", "Colectiva Luna Nueva (DEMO)", None)

# Cuadro 8: title, days in the seed, objective, partner, axis, (mujeres, hombres, prefiero no decirlo).
CUADRO_8 = (
    (
        "Taller virtual «Mujeres al centro, contra toda representación patriarcal»",
        (date(2024, 2, 8), date(2024, 2, 15)),
        "Fortalecer la prevención de riesgos digitales, así como la libertad de expresión y derechos humanos en "
        "entornos digitales.",
        None,
        ThematicAxis.AXIS_3_2,
        (46, 2, 0),
    ),
    (
        "Seminario virtual «Seguridad digital para periodistas en cobertura electoral»",
        (date(2024, 2, 13), date(2024, 2, 20), date(2024, 2, 27)),
        "Fortalecer a personas periodistas y defensoras de derechos en ámbitos de prevención de riesgos en los "
        "entornos digitales.",
        "Social TIC",
        ThematicAxis.AXIS_3_3,
        (30, 28, 1),
    ),
    (
        "Taller virtual «Prevención ante violencias digitales durante cobertura electoral»",
        (date(2024, 2, 15),),
        "Identificar violencias digitales hacia periodistas en contexto electoral, así como acciones de "
        "prevención y reacción.",
        "Social TIC",
        ThematicAxis.AXIS_3_5,
        (40, 21, 2),
    ),
    (
        "Taller virtual «Medios de comunicación y su relación con la violencia política contra las mujeres»",
        (date(2024, 2, 22),),
        "Analizar cómo los medios pueden promover la violencia política contra las mujeres y generar "
        "alternativas comunicativas.",
        None,
        ThematicAxis.AXIS_3_2,
        (45, 5, 0),
    ),
    (
        "Taller virtual «Desafiando estereotipos: rompiendo barreras en los medios de comunicación»",
        (date(2024, 2, 28),),
        "Desmitificar y concientizar sobre los estereotipos sexistas presentes en los medios de comunicación.",
        "Escuela Feminista de Comunicación",
        ThematicAxis.AXIS_3_2,
        (21, 4, 0),
    ),
)

JUNTA_TOPICS = (
    "Presentación y toma de protesta de la Persona Consejera y su Suplente.\n"
    "Para aprobación: el informe bimestral de actividades de noviembre y diciembre; el informe anual de "
    "actividades; los Lineamientos de Austeridad y Ahorro.\n"
    "Para conocimiento: el Techo Presupuestal; el informe del artículo 53 de la Ley de Adquisiciones; el "
    "Programa Anual de Adquisiciones, Arrendamientos y Prestación de Servicios."
)
CONSULTIVO_TOPICS = (
    "Designación y aprobación de la Presidencia del Consejo Consultivo.\n"
    "Presentación de la nueva conformación de las y los integrantes.\n"
    "Para conocimiento: los Lineamientos del Consejo Consultivo; sus actividades; el Acuerdo de "
    "Confidencialidad y No Divulgación.\n"
    "Designación de la Persona Consejera que representará al Consejo en la Junta de Gobierno."
)

# Section 4: seed day, kind, institution, title.
SECTION_4 = (
    (
        date(2024, 1, 9),
        "Fiscalía General de Justicia de la Ciudad de México",
        "Cuarto Informe de Labores de la FGJCDMX",
    ),
    (
        date(2024, 1, 17),
        "Secretaría de Gobernación (SEGOB)",
        "Foro de buenas prácticas de atención a protestas sociales",
    ),
    (date(2024, 1, 31), "Jefatura de Gobierno de la Ciudad de México", "Informe de 200 días al frente del Gobierno"),
    (date(2024, 2, 6), "Secretaría de Relaciones Exteriores (SRE)", "Mesa de Trabajo «Acuerdo de Escazú»"),
    (date(2024, 2, 21), "Autoridad del Centro Histórico", "Informe de Actividades 2023"),
    (date(2024, 2, 22), "COPRED", "Plática «Exterminio trans y Apartheid»"),
    (date(2024, 2, 26), "Secretaría de las Mujeres de la Ciudad de México", "Informe Mensual de la Alerta de Género"),
)
MEETING = (
    date(2024, 2, 14),
    "Instituto para la Protección de Personas Defensoras de Derechos Humanos y Periodistas de Sinaloa",
    "Reunión virtual en el marco del convenio de colaboración",
)


def populate(ws: Workspace, rng: random.Random, today: date) -> None:
    shift = today - SEED_CUT_OFF  # the seed's bimester becomes the demo's most recent one

    def moved(day: date) -> date:
        return min(day + shift, today)

    db, actor = ws.db, ws.actor
    _workshop(ws, rng, [moved(d) for d in (date(2024, 2, 7), date(2024, 2, 14), date(2024, 2, 21))], today)
    for title, days, objective, partner, axis, counts in CUADRO_8:
        data = TrainingInput(
            title, tuple(sorted({moved(d) for d in days})), TrainingModality.VIRTUAL, axis, objective, partner
        )
        view = trainings.create_training(db, actor, data, today=today)
        attendance.set_headcount(db, actor, Target.training(view.id), dict(zip((W, M, U), counts, strict=True)))
    sessions = (
        (GoverningBody.JUNTA_DE_GOBIERNO, SessionKind.EXTRAORDINARY, date(2024, 2, 8), JUNTA_TOPICS),
        (GoverningBody.CONSEJO_CONSULTIVO, SessionKind.ORDINARY, date(2024, 2, 9), CONSULTIVO_TOPICS),
    )
    for body, kind, day, topics in sessions:
        governance.create_session(db, actor, GoverningSessionInput(body, 1, kind, moved(day), topics), today=today)
    _consejo_sessions(ws, today)
    for day, institution, title in SECTION_4:
        data = InstitutionalActivityInput(ActivityKind.EVENT, moved(day), institution, title)
        governance.create_activity(db, actor, data, today=today)
    day, institution, title = MEETING
    description = "Compartir buenas prácticas en la protección de personas defensoras y periodistas."
    data = InstitutionalActivityInput(ActivityKind.MEETING, moved(day), institution, title, description)
    governance.create_activity(db, actor, data, today=today)


def _workshop(ws: Workspace, rng: random.Random, days: list[date], today: date) -> None:
    """Cuadro 7: two sessions with named lists, the third counted only; 26 + 19 + 10 over the three."""
    db, actor = ws.db, ws.actor
    data = WorkshopInput(
        "Taller de autoprotección", WorkshopAudience.COLLECTIVE, "Colectivo de personas defensoras de derechos humanos"
    )
    view = workshops.create_workshop(db, actor, data)
    held = [workshops.add_session(db, actor, view.id, WorkshopSessionInput(day, 3), today=today) for day in days]
    names = iter(rng.sample([f"{g} {s} {t} (DEMO)" for g in GIVEN for s in SURNAMES for t in SURNAMES], 40))
    organisation = rng.choice(ORGANISATIONS)
    for session, counts in zip(held[:2], ((9, 7, 4), (9, 6, 3)), strict=True):
        people = [
            ParticipantInput(next(names), identity, organisation)
            for identity, n in zip((W, M, U), counts, strict=True)
            for _ in range(n)
        ]
        attendance.add_participants(db, actor, Target.session(session.id), people, detail="Asistencia de demostración")
    attendance.set_headcount(db, actor, Target.session(held[2].id), {W: 8, M: 6, U: 3})


def _consejo_sessions(ws: Workspace, today: date) -> None:
    """One ordinary session of the Consejo de Evaluación for each day recent plans were approved."""
    with ws.db.session() as session:
        days = sorted(
            set(
                session.scalars(
                    select(ProtectionPlan.approved_on).where(
                        ProtectionPlan.approved_on >= today - timedelta(days=120), ProtectionPlan.approved_on <= today
                    )
                )
            )
        )
    numbers: dict[int, int] = {}
    sessions = {}
    for day in days:
        numbers[day.year] = numbers.get(day.year, 0) + 1
        data = GoverningSessionInput(
            GoverningBody.CONSEJO_EVALUACION,
            numbers[day.year],
            SessionKind.ORDINARY,
            day,
            "Análisis de riesgo y aprobación de planes de protección.",
        )
        sessions[day] = governance.create_session(ws.db, ws.actor, data, today=today).id
    with ws.db.transaction() as session:
        for plan in session.scalars(select(ProtectionPlan).where(ProtectionPlan.approved_on.in_(list(sessions)))):
            plan.governing_session_id = sessions[plan.approved_on]
