"""The timeline's FilterSet, used by /timeline/ and /api/v1/events/."""

import django_filters
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from catalog.models import Agreement, Country, Mission, Organization, Topic
from coop_site.lib.filters import NO_MATCH, AtlasFilterSet, CodeFilter, NaturalKeyFilter, OrderingFilter, YearFilter
from coop_site.records.models import public_choices, visible_q

from .models import Event, EventKind


class EventFilter(AtlasFilterSet):
    search_fields = ["title", "summary"]

    kind = django_filters.ChoiceFilter(choices=EventKind.choices, label=_("Kind"))
    organization = NaturalKeyFilter(
        field_name="organizations", queryset=public_choices(Organization), to_field_name="slug", label=_("Organization")
    )
    country = CodeFilter(
        field_name="countries",
        queryset=public_choices(Country),
        to_field_name="code",
        method="filter_country",
        label=_("Country (ISO code): named by the event, or the seat of one of its organizations"),
    )
    mission = NaturalKeyFilter(
        field_name="missions", queryset=public_choices(Mission), to_field_name="slug", label=_("Mission")
    )
    agreement = NaturalKeyFilter(
        field_name="agreements", queryset=public_choices(Agreement), to_field_name="slug", label=_("Agreement")
    )
    topic = NaturalKeyFilter(
        field_name="topics", queryset=public_choices(Topic), to_field_name="slug", label=_("Topic")
    )
    year_from = YearFilter(field_name="date", bound="from", label=_("From year"))
    year_to = YearFilter(field_name="date", bound="to", label=_("To year"))
    featured = django_filters.BooleanFilter(label=_("Featured"))
    ordering = OrderingFilter(
        fields=(("date", "date"), ("title", "title"), ("updated_at", "updated_at")), label=_("Sort by")
    )

    def filter_country(self, queryset, name, value):
        if value is NO_MATCH:
            return queryset.none()
        if not value:
            return queryset
        through_organizations = Organization.objects.filter(
            visible_q(self.viewer), events=OuterRef("pk"), country=value
        )
        return queryset.filter(
            Q(Exists(Event.countries.through.objects.filter(event=OuterRef("pk"), country=value)))
            | Q(Exists(through_organizations))
        )

    class Meta:
        model = Event
        fields = ["q", "kind", "organization", "country", "mission", "agreement", "topic", "year_from", "year_to"]
