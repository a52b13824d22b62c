"""The timeline: events grouped by decade and year, filtered with the API's EventFilter."""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from coop_site.records.pages import FilteredListView, PublicDetailView

from . import queries
from .filters import EventFilter
from .models import Event

# Only these orderings keep the events in date order, so only they can be grouped by decade and year.
DATE_ORDERINGS = ("", "date", "-date")


class EventListView(FilteredListView):
    model = Event
    filterset_class = EventFilter
    list_query = queries.event_cards
    template_name = "timeline/event_list.html"
    results_template_name = "timeline/includes/event_results.html"
    section_title = _("Timeline")
    noun_plural = _("events")

    def count_noun(self, count: int) -> str:
        return ngettext("event", "events", count)

    paginate_by = 100

    def get_page_description(self) -> str:
        return _("The history of international cooperation in space, event by event, grouped by decade and year.")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        ordering = self.request.GET.get("ordering", "")
        context["grouped"] = ordering in DATE_ORDERINGS
        return context


class EventDetailView(PublicDetailView):
    model = Event
    detail_query = queries.event_detail
    template_name = "timeline/event_detail.html"
    section_title = _("Timeline")
    section_url_name = "timeline:event-list"

    def get_page_title(self) -> str:
        return self.object.title

    def get_page_description(self) -> str:
        event = self.object
        return (event.summary or f"{event.date_display}: {event.title}")[:200]

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["decade_url"] = (
            f"{reverse('timeline:event-list')}?year_from={self.object.decade}&year_to={self.object.decade + 9}"
        )
        return context
