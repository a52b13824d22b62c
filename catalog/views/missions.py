from django.db.models import Prefetch, QuerySet

from catalog.filters import MissionFilter
from catalog.models import Mission, Participation, Role, Status, Topic
from timeline.models import Event

from .mixins import FilteredListView, PublicDetailView, published


def with_leads(queryset: QuerySet) -> QuerySet:
    """Missions with their published lead organizations in `lead_participations` (one extra query)."""
    leads = Participation.objects.filter(
        role=Role.LEAD, organization__publication_status=Status.PUBLISHED
    ).select_related("organization")
    return queryset.prefetch_related(Prefetch("participations", queryset=leads, to_attr="lead_participations"))


class MissionListView(FilteredListView):
    model = Mission
    filterset_class = MissionFilter
    template_name = "catalog/mission_list.html"
    section_title = "Missions"
    noun_plural = "missions"

    def get_base_queryset(self) -> QuerySet:
        return with_leads(Mission.objects.published())

    def get_page_description(self) -> str:
        return "Joint missions and programmes in space: who led them, who took part and what each contributed."


class MissionDetailView(PublicDetailView):
    model = Mission
    template_name = "catalog/mission_detail.html"
    section_title = "Missions"
    section_url_name = "catalog:mission-list"

    def get_queryset(self) -> QuerySet:
        # Participants whose organization is still a draft are left out: drafts never reach the public.
        participants = Participation.objects.filter(
            organization__publication_status=Status.PUBLISHED
        ).select_related("organization", "organization__country")
        return (
            super()
            .get_queryset()
            .select_related("parent")
            .prefetch_related(
                "sources",
                Prefetch("participations", queryset=participants, to_attr="participants"),
                published("topics", Topic),
                published("children", Mission, Mission.objects.order_by("start_date", "name")),
                published("events", Event, Event.objects.order_by("date")),
            )
        )

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        parent = self.object.parent
        context["parent"] = parent if parent is not None and parent.is_published else None
        return context

    def get_page_description(self) -> str:
        mission = self.object
        return (mission.summary or f"{mission.name}: participants, contributions and timeline.")[:200]
