from .agreement import Agreement, AgreementKind, Signatory, SignatoryStatus
from .base import Curated, CuratedQuerySet, Status
from .country import Country, Region
from .mission import Mission, MissionKind, MissionStatus, Participation, Role
from .organization import Organization, OrganizationKind
from .source import Source
from .topic import Topic

__all__ = [
    "Agreement",
    "AgreementKind",
    "Country",
    "Curated",
    "CuratedQuerySet",
    "Mission",
    "MissionKind",
    "MissionStatus",
    "Organization",
    "OrganizationKind",
    "Participation",
    "Region",
    "Role",
    "Signatory",
    "SignatoryStatus",
    "Source",
    "Status",
    "Topic",
]
