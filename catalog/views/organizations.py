from django.db.models import Prefetch, QuerySet

from catalog.filters import OrganizationFilter
from catalog.models import Agreement, Country, Organization, Participation, Signatory, Status, Topic
from timeline.models import Event

from .mixins import FilteredListView, PublicDetailView, published


class OrganizationListView(FilteredListView):
    model = Organization
    filterset_class = OrganizationFilter
    template_name = "catalog/organization_list.html"
    section_title = "Organizations"
    noun_plural = "organizations"

    def get_page_description(self) -> str:
        return "Space agencies, intergovernmental organizations, UN bodies and companies that cooperate in space."


class OrganizationDetailView(PublicDetailView):
    model = Organization
    template_name = "catalog/organization_detail.html"
    section_title = "Organizations"
    section_url_name = "catalog:organization-list"

    def get_queryset(self) -> QuerySet:
        # One query per relation, whatever the number of rows (tests/catalog/test_organization_views.py).
        participations = (
            Participation.objects.filter(mission__publication_status=Status.PUBLISHED)
            .select_related("mission")
            .order_by("-mission__start_date", "mission__name")
        )
        signatures = (
            Signatory.objects.filter(agreement__publication_status=Status.PUBLISHED)
            .select_related("agreement")
            .order_by("signed_on")
        )
        return (
            super()
            .get_queryset()
            .select_related("country")
            .prefetch_related(
                "sources",
                published("member_countries", Country),
                published("topics", Topic),
                published("agreements", Agreement),
                published("events", Event, Event.objects.order_by("-date")),
                Prefetch("participations", queryset=participations),
                Prefetch("signatures", queryset=signatures),
            )
        )

    def get_page_description(self) -> str:
        org = self.object
        return (org.summary or f"{org.name}: its missions, agreements and events.")[:200]
