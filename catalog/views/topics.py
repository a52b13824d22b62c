from django.db.models import QuerySet
from django.views.generic import ListView

from catalog.models import Agreement, Mission, Organization, Topic
from timeline.models import Event

from .missions import with_leads
from .mixins import AtlasPageMixin, PublicDetailView, published


class TopicListView(AtlasPageMixin, ListView):
    """Topics are few (a dozen or two): one page, no filters."""

    model = Topic
    template_name = "catalog/topic_list.html"
    section_title = "Topics"

    def get_queryset(self) -> QuerySet:
        return Topic.objects.published()

    def get_page_description(self) -> str:
        return "Themes of international space cooperation: human spaceflight, Earth observation, space law and more."


class TopicDetailView(PublicDetailView):
    model = Topic
    template_name = "catalog/topic_detail.html"
    section_title = "Topics"
    section_url_name = "catalog:topic-list"

    def get_queryset(self) -> QuerySet:
        return (
            super()
            .get_queryset()
            .prefetch_related(
                "sources",
                published("missions", Mission, with_leads(Mission.objects.order_by("-start_date", "name"))),
                published("agreements", Agreement, Agreement.objects.with_counts()),
                published("organizations", Organization, Organization.objects.select_related("country")),
                published("events", Event, Event.objects.order_by("-date")),
            )
        )
