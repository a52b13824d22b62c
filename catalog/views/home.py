from django.db.models import Count, Q
from django.urls import reverse
from django.utils import timezone
from django.views.generic import TemplateView

from catalog.models import Agreement, Country, Mission, Organization, Signatory, Status
from timeline.models import Event

from .missions import with_leads
from .mixins import AtlasPageMixin

FEATURED_MISSIONS = 6
LATEST_EVENTS = 8


def headline_figures() -> list[dict]:
    """Counts of published records, each derived by a query (never typed in)."""
    signatures = Signatory.objects.filter(
        agreement__publication_status=Status.PUBLISHED, country__publication_status=Status.PUBLISHED
    ).exclude(status="withdrawn")
    figures = [
        (Organization.objects.published().count(), "organizations", "catalog:organization-list"),
        (Country.objects.published().count(), "countries", "catalog:country-list"),
        (Mission.objects.published().count(), "missions and programmes", "catalog:mission-list"),
        (Agreement.objects.published().count(), "agreements", "catalog:agreement-list"),
        (signatures.count(), "signatures by countries", "catalog:agreement-list"),
        (Event.objects.published().count(), "events on the timeline", "timeline:event-list"),
    ]
    return [{"value": value, "label": label, "url": reverse(name)} for value, label, name in figures]


class HomeView(AtlasPageMixin, TemplateView):
    template_name = "catalog/home.html"

    def get_page_title(self) -> str:
        return "Who cooperates with whom in space, and since when"

    def get_page_description(self) -> str:
        return (
            "The reference catalog and timeline of international cooperation in space: agencies, countries, "
            "joint missions, agreements and their signatories, with a source for every fact."
        )

    def get_breadcrumbs(self):
        return []

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        # Featured missions: the most international ones, i.e. with the most published participants.
        partners = Count("participations", filter=Q(participations__organization__publication_status=Status.PUBLISHED))
        missions = Mission.objects.published().annotate(partner_count=partners).order_by("-partner_count", "name")
        context.update(
            figures=headline_figures(),
            featured_missions=with_leads(missions)[:FEATURED_MISSIONS],
            latest_events=Event.objects.published()
            .filter(date__lte=timezone.localdate())
            .order_by("-date", "title")[:LATEST_EVENTS],
            upcoming_events=Event.objects.published()
            .filter(date__gt=timezone.localdate())
            .order_by("date", "title")[:3],
        )
        return context
