from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView

from catalog import queries
from catalog.models import Agreement, Country, Mission, Organization
from coop_site.records.models import PUBLIC
from coop_site.records.pages import AtlasPageMixin
from timeline import queries as timeline_queries
from timeline.models import Event

FEATURED_MISSIONS = 6
LATEST_EVENTS = 8
UPCOMING_EVENTS = 3


def headline_figures() -> list[dict]:
    """Counts of what the public may see, each derived by a query (never typed in)."""
    figures = [
        (queries.record_count(Organization), _("organizations"), "catalog:organization-list"),
        (queries.record_count(Country), _("countries"), "catalog:country-list"),
        (queries.record_count(Mission), _("missions and programmes"), "catalog:mission-list"),
        (queries.record_count(Agreement), _("agreements"), "catalog:agreement-list"),
        (queries.country_signature_count(), _("signatures by countries"), "catalog:agreement-list"),
        (queries.record_count(Event), _("events on the timeline"), "timeline:event-list"),
    ]
    return [{"value": value, "label": label, "url": reverse(name)} for value, label, name in figures]


class HomeView(AtlasPageMixin, TemplateView):
    template_name = "catalog/home.html"

    def get_page_title(self) -> str:
        return _("Who cooperates with whom in space, and since when")

    def get_page_description(self) -> str:
        return _(
            "The reference catalog and timeline of international cooperation in space: agencies, countries, "
            "joint missions, agreements and their signatories, with a source for every fact."
        )

    def get_breadcrumbs(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        today = timezone.localdate()
        context.update(
            figures=headline_figures(),
            featured_missions=queries.featured_missions(FEATURED_MISSIONS, PUBLIC),
            latest_events=timeline_queries.latest_events(today, LATEST_EVENTS, PUBLIC),
            upcoming_events=timeline_queries.upcoming_events(today, UPCOMING_EVENTS, PUBLIC),
        )
        return context
