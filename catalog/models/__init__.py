from coop_site.records.models import Curated, CuratedQuerySet, Status

from .agreement import Agreement, AgreementKind, Signatory, SignatoryStatus
from .changelog import ChangeLogEntry  # noqa: I001  (after the records it logs)
from .country import Country, Region
from .guide import Guide, Question
from .mission import Mission, MissionKind, MissionStatus, Participation, Role
from .organization import Membership, MembershipKind, Organization, OrganizationKind
from .source import Source
from .topic import Topic

__all__ = [
    "Agreement",
    "AgreementKind",
    "ChangeLogEntry",
    "Country",
    "Guide",
    "Curated",
    "CuratedQuerySet",
    "Membership",
    "MembershipKind",
    "Mission",
    "MissionKind",
    "MissionStatus",
    "Organization",
    "OrganizationKind",
    "Participation",
    "Question",
    "Region",
    "Role",
    "Signatory",
    "SignatoryStatus",
    "Source",
    "Status",
    "Topic",
]
