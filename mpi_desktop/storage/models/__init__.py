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
from mpi_desktop.storage.models.aggression_mapping import MappingFinding
from mpi_desktop.storage.models.annual_plan import AnnualPlan, Indicator, ManualValue, Objective, PlanAction, Program
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
    "AnnualPlan",
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
    "Indicator",
    "InstitutionalActivity",
    "ManualValue",
    "MappingFinding",
    "Measure",
    "MeasureAction",
    "MonitoringCall",
    "Objective",
    "Person",
    "PlanAction",
    "Program",
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
