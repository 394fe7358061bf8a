"""The closed vocabularies of the domain (DESIGN.md §2), each with its Spanish label.

Values are stable strings stored in the database; labels are what people read.
"""

from __future__ import annotations

from enum import StrEnum


class LabelledEnum(StrEnum):
    """A string enum whose members carry a Spanish label for people."""

    label: str

    def __new__(cls, value: str, label: str) -> LabelledEnum:
        member = str.__new__(cls, value)
        member._value_ = value
        member.label = label
        return member

    @classmethod
    def from_label(cls, label: str) -> LabelledEnum:
        for member in cls:
            if member.label.casefold() == label.strip().casefold():
                return member
        raise ValueError(label)


class Profile(LabelledEnum):
    DEFENDER = "defender", "Persona defensora de derechos humanos"
    JOURNALIST = "journalist", "Persona periodista o colaboradora periodística"


class Identity(LabelledEnum):
    """How a case is counted in Cuadro 3: by the identity of its person, or as a collective."""

    WOMAN = "woman", "Mujer"
    MAN = "man", "Hombre"
    LGBTTTI = "lgbttti", "LGBTTTI"
    COLLECTIVE = "collective", "Colectivo"


class PersonIdentity(LabelledEnum):
    """Identity of one person (beneficiary, family member, participant)."""

    WOMAN = "woman", "Mujer"
    MAN = "man", "Hombre"
    LGBTTTI = "lgbttti", "LGBTTTI"
    UNDISCLOSED = "undisclosed", "Prefiero no decirlo"


class Modality(LabelledEnum):
    INCORPORATION = "incorporation", "Incorporación"
    ATTENTION = "attention", "Atención o canalización"
    FEDERAL_COLLABORATION = "federal_collaboration", "Colaboración con el Mecanismo Federal"


class Procedure(LabelledEnum):
    ORDINARY = "ordinary", "Ordinario"
    EXTRAORDINARY = "extraordinary", "Extraordinario"


class CaseStatus(LabelledEnum):
    OPEN = "open", "Abierto"
    CLOSED = "closed", "Cerrado"


class PersonRole(LabelledEnum):
    BENEFICIARY = "beneficiary", "Persona beneficiaria"
    FAMILY = "family", "Familiar"
    LINKED = "linked", "Persona vinculada"


class AggressionKind(LabelledEnum):
    PHYSICAL = "physical", "Física"
    VERBAL = "verbal", "Verbal"
    DIGITAL = "digital", "Digital"
    THREAT = "threat", "Amenaza"
    HARASSMENT = "harassment", "Hostigamiento"
    SURVEILLANCE = "surveillance", "Vigilancia"
    CRIMINALISATION = "criminalisation", "Criminalización"
    DISPLACEMENT = "displacement", "Desplazamiento"
    DEPRIVATION_OF_LIBERTY = "deprivation_of_liberty", "Privación de la libertad"
    KILLING = "killing", "Homicidio"
    OTHER = "other", "Otra"


class RiskLevel(LabelledEnum):
    LOW = "low", "Bajo"
    MEDIUM = "medium", "Medio"
    HIGH = "high", "Alto"
    EXTREME = "extreme", "Extraordinario"


class MeasureCategory(LabelledEnum):
    PREVENTIVE = "preventive", "Preventiva"
    PROTECTION = "protection", "Protección"
    URGENT_PROTECTION = "urgent_protection", "Protección urgente"
    SOCIAL = "social", "Social"


class MeasureStatus(LabelledEnum):
    REQUESTED = "requested", "Solicitada"
    IMPLEMENTED = "implemented", "Implementada"
    SUSPENDED = "suspended", "Suspendida"
    CONCLUDED = "concluded", "Concluida"


class PlanStatus(LabelledEnum):
    CURRENT = "current", "Vigente"
    SUPERSEDED = "superseded", "Sustituido"


class CallOutcome(LabelledEnum):
    CONTACTED = "contacted", "Contactada"
    NO_ANSWER = "no_answer", "Sin respuesta"
    WRONG_NUMBER = "wrong_number", "Número equivocado"
    INCIDENT_REPORTED = "incident_reported", "Reporta incidente"


class ReferralStatus(LabelledEnum):
    SENT = "sent", "Enviada"
    ACCEPTED = "accepted", "Aceptada"
    ATTENDED = "attended", "Atendida"
    REJECTED = "rejected", "Rechazada"


class TrainingModality(LabelledEnum):
    VIRTUAL = "virtual", "Virtual"
    IN_PERSON = "in_person", "Presencial"


class ThematicAxis(LabelledEnum):
    """Thematic axes 3.1–3.5 of the Plan Anual de Trabajo 2025."""

    AXIS_3_1 = "3.1", "3.1 Derechos humanos y defensa de la libertad de expresión"
    AXIS_3_2 = "3.2", "3.2 Comunicación, periodismo y perspectiva de género"
    AXIS_3_3 = "3.3", "3.3 Seguridad digital"
    AXIS_3_4 = "3.4", "3.4 Uso de la tecnología para la acción social"
    AXIS_3_5 = "3.5", "3.5 Análisis, prevención y reacción ante violencias digitales"


class GoverningBody(LabelledEnum):
    JUNTA_DE_GOBIERNO = "junta_de_gobierno", "Junta de Gobierno"
    CONSEJO_CONSULTIVO = "consejo_consultivo", "Consejo Consultivo"
    CONSEJO_EVALUACION = "consejo_evaluacion", "Consejo de Evaluación de Medidas"
    MESA_MULTISECTORIAL = "mesa_multisectorial", "Mesa de Trabajo Multisectorial"


class SessionKind(LabelledEnum):
    ORDINARY = "ordinary", "Ordinaria"
    EXTRAORDINARY = "extraordinary", "Extraordinaria"


class ActivityKind(LabelledEnum):
    EVENT = "event", "Evento"
    MEETING = "meeting", "Reunión"


class Role(LabelledEnum):
    """Who may do what (DESIGN.md §4)."""

    ADMINISTRATOR = "administrator", "Administración"
    CASEWORKER = "caseworker", "Atención de casos"
    STATISTICS = "statistics", "Estadística"


ALCALDIAS: tuple[str, ...] = (
    "Álvaro Obregón",
    "Azcapotzalco",
    "Benito Juárez",
    "Coyoacán",
    "Cuajimalpa de Morelos",
    "Cuauhtémoc",
    "Gustavo A. Madero",
    "Iztacalco",
    "Iztapalapa",
    "La Magdalena Contreras",
    "Miguel Hidalgo",
    "Milpa Alta",
    "Tláhuac",
    "Tlalpan",
    "Venustiano Carranza",
    "Xochimilco",
)
