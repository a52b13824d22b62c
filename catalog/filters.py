"""One FilterSet per catalog resource, used by the HTML list pages and the API alike."""

import django_filters

from coop_site.lib.filters import AtlasFilterSet, CodeFilter, PartialDateFilter

from .models import (
    Agreement,
    AgreementKind,
    Country,
    Mission,
    MissionKind,
    MissionStatus,
    Organization,
    OrganizationKind,
    Region,
    Topic,
)


def published_countries(request):
    return Country.objects.published()


def published_organizations(request):
    return Organization.objects.published()


def published_topics(request):
    return Topic.objects.published()


class OrganizationFilter(AtlasFilterSet):
    search_fields = ["name", "acronym", "summary"]

    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices)
    country = CodeFilter(queryset=published_countries, to_field_name="code", label="Country (ISO code)")
    topic = django_filters.ModelChoiceFilter(
        field_name="topics", queryset=published_topics, to_field_name="slug", label="Topic"
    )
    ordering = django_filters.OrderingFilter(
        fields=(("name", "name"), ("acronym", "acronym"), ("founded", "founded"), ("updated_at", "updated_at")),
        label="Sort by",
    )

    class Meta:
        model = Organization
        fields = ["q", "kind", "country", "topic"]


class CountryFilter(AtlasFilterSet):
    search_fields = ["name", "official_name", "code"]

    region = django_filters.ChoiceFilter(choices=Region.choices)
    ordering = django_filters.OrderingFilter(
        fields=(("name", "name"), ("code", "code"), ("region", "region"), ("updated_at", "updated_at")),
        label="Sort by",
    )

    class Meta:
        model = Country
        fields = ["q", "region"]


class MissionFilter(AtlasFilterSet):
    search_fields = ["name", "short_name", "summary", "destination"]

    kind = django_filters.ChoiceFilter(choices=MissionKind.choices)
    status = django_filters.ChoiceFilter(choices=MissionStatus.choices)
    organization = django_filters.ModelChoiceFilter(
        field_name="participations__organization",
        queryset=published_organizations,
        to_field_name="slug",
        distinct=True,
        label="Organization",
    )
    country = CodeFilter(
        field_name="participations__organization__country",
        queryset=published_countries,
        to_field_name="code",
        distinct=True,
        label="Country (ISO code) of a participating organization",
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics", queryset=published_topics, to_field_name="slug", label="Topic"
    )
    started_after = PartialDateFilter(
        field_name="start_date", bound="after", label="Started on or after (YYYY[-MM[-DD]])"
    )
    started_before = PartialDateFilter(
        field_name="start_date", bound="before", label="Started on or before (YYYY[-MM[-DD]])"
    )
    ordering = django_filters.OrderingFilter(
        fields=(("name", "name"), ("start_date", "start_date"), ("end_date", "end_date"), ("updated_at", "updated_at")),
        label="Sort by",
    )

    class Meta:
        model = Mission
        fields = ["q", "kind", "status", "organization", "country", "topic", "started_after", "started_before"]


class AgreementFilter(AtlasFilterSet):
    """`as_of` (a date) makes the derived counts those of that day; it filters no rows."""

    search_fields = ["name", "short_name", "summary"]

    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices)
    binding = django_filters.BooleanFilter()
    signatory = CodeFilter(
        field_name="signatories__country",
        queryset=published_countries,
        to_field_name="code",
        distinct=True,
        label="Signatory country (ISO code)",
    )
    topic = django_filters.ModelChoiceFilter(
        field_name="topics", queryset=published_topics, to_field_name="slug", label="Topic"
    )
    as_of = django_filters.DateFilter(method="filter_as_of", label="Counts as of (YYYY-MM-DD)")
    ordering = django_filters.OrderingFilter(
        fields=(
            ("name", "name"),
            ("opened_for_signature", "opened_for_signature"),
            ("entered_into_force", "entered_into_force"),
            ("signatory_count", "signatory_count"),
            ("updated_at", "updated_at"),
        ),
        label="Sort by",
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "binding", "signatory", "topic", "as_of"]

    def filter_as_of(self, queryset, name, value):
        return queryset  # applied in filter_queryset, after the row filters

    def filter_queryset(self, queryset):
        # Counts are annotated here so that ordering by signatory_count works and `as_of` can shift them.
        queryset = queryset.with_counts(self.form.cleaned_data.get("as_of"))
        return super().filter_queryset(queryset)


class TopicFilter(AtlasFilterSet):
    search_fields = ["name", "summary"]

    ordering = django_filters.OrderingFilter(fields=(("name", "name"), ("updated_at", "updated_at")), label="Sort by")

    class Meta:
        model = Topic
        fields = ["q"]
