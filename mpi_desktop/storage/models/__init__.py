"""All tables of MPI Desktop. Import models from here."""

from mpi_desktop.storage.models.activities import (
    Attendance,
    GoverningSession,
    Headcount,
    InstitutionalActivity,
    Training,
    TrainingDate,
    Workshop,
    WorkshopSession,
)
from mpi_desktop.storage.models.admin import AuditEvent, FolioCounter, Setting, User
from mpi_desktop.storage.models.base import Base, Entity, new_id, utcnow
from mpi_desktop.storage.models.cases import Aggression, Case, FollowUp, Person, Referral, RiskAssessment
from mpi_desktop.storage.models.drafts import Draft
from mpi_desktop.storage.models.plans import (
    CatalogueItem,
    Measure,
    MeasureAction,
    MonitoringCall,
    ProtectionPlan,
)

__all__ = [
    "Aggression",
    "Attendance",
    "AuditEvent",
    "Base",
    "Case",
    "CatalogueItem",
    "Draft",
    "Entity",
    "FolioCounter",
    "FollowUp",
    "GoverningSession",
    "Headcount",
    "InstitutionalActivity",
    "Measure",
    "MeasureAction",
    "MonitoringCall",
    "Person",
    "ProtectionPlan",
    "Referral",
    "RiskAssessment",
    "Setting",
    "Training",
    "TrainingDate",
    "User",
    "Workshop",
    "WorkshopSession",
    "new_id",
    "utcnow",
]
