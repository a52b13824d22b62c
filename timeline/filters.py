"""The timeline's FilterSet, used by /timeline/ and /api/v1/events/."""

import django_filters

from catalog.filters import published_countries, published_organizations, published_topics
from catalog.models import Agreement, Mission
from coop_site.lib.filters import AtlasFilterSet, CodeFilter, YearFilter

from .models import Event, EventKind


def published_missions(request):
    return Mission.objects.published()


def published_agreements(request):
    return Agreement.objects.published()


class EventFilter(AtlasFilterSet):
    search_fields = ["title", "summary"]

    kind = django_filters.ChoiceFilter(choices=EventKind.choices)
    organization = django_filters.ModelChoiceFilter(
        field_name="organizations", queryset=published_organizations, to_field_name="slug", label="Organization"
    )
    country = CodeFilter(
        field_name="countries", queryset=published_countries, to_field_name="code", label="Country (ISO code)"
    )
    mission = django_filters.ModelChoiceFilter(
        field_name="missions", queryset=published_missions, to_field_name="slug", label="Mission"
    )
    agreement = django_filters.ModelChoiceFilter(
        field_name="agreements", queryset=published_agreements, to_field_name="slug", label="Agreement"
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics", queryset=published_topics, to_field_name="slug", label="Topic"
    )
    year_from = YearFilter(field_name="date", bound="from", label="From year")
    year_to = YearFilter(field_name="date", bound="to", label="To year")
    featured = django_filters.BooleanFilter()
    ordering = django_filters.OrderingFilter(
        fields=(("date", "date"), ("title", "title"), ("updated_at", "updated_at")), label="Sort by"
    )

    class Meta:
        model = Event
        fields = ["q", "kind", "organization", "country", "mission", "agreement", "topic", "year_from", "year_to"]
