"""One FilterSet per catalog resource, used by the HTML list pages and the API alike."""

import datetime
from urllib.parse import urlencode

import django_filters
from django import forms
from django.db.models import Exists, OuterRef, Q
from django.utils.translation import gettext_lazy as _

from coop_site.lib.filters import (
    MAX_YEAR,
    MIN_YEAR,
    NO_MATCH,
    ApiStrictFilterSet,
    AtlasFilterSet,
    CodeFilter,
    NaturalKeyChoiceField,
    NaturalKeyFilter,
    OrderingFilter,
    PartialDateFilter,
)
from coop_site.records.models import public_choices

from .models import (
    Agreement,
    AgreementKind,
    Country,
    Guide,
    Mission,
    MissionKind,
    MissionStatus,
    Organization,
    OrganizationKind,
    Participation,
    Question,
    Region,
    Role,
    Signatory,
    SignatoryStatus,
    Topic,
)
from .queries import search_extra, with_visible_counts

countries_choice = public_choices(Country)
agreements_choice = public_choices(Agreement)
missions_choice = public_choices(Mission)
organizations_choice = public_choices(Organization)
topics_choice = public_choices(Topic)


class DisputedFilter(django_filters.BooleanFilter):
    """`?disputed=true`: records whose sources disagree (on the record or on one of its rows)."""

    def __init__(self, rows: str, **kwargs):
        self.rows = rows
        kwargs.setdefault("method", self.filter_disputed)
        kwargs.setdefault("label", _("Sources disagree (on the record or one of its rows)"))
        super().__init__(**kwargs)

    def filter_disputed(self, queryset, name, value):
        if value is None:
            return queryset
        row_model = queryset.model._meta.get_field(self.rows).related_model
        rows = row_model._default_manager.filter(**{self.rows_fk(queryset.model, row_model): OuterRef("pk")}).exclude(
            disputes=[]
        )
        disputed = ~Q(disputes=[]) | Exists(rows)
        return queryset.filter(disputed) if value else queryset.exclude(disputed)

    @staticmethod
    def rows_fk(model, row_model) -> str:
        return next(f.name for f in row_model._meta.concrete_fields if f.is_relation and f.related_model is model)


class SearchesNotesAndRows:
    """`q` also matches the record's notes and its rows' text, as the viewer may see them (queries.py)."""

    def search_extra(self):
        return search_extra(self._meta.model, self.viewer)


class OrganizationFilter(SearchesNotesAndRows, AtlasFilterSet):
    search_fields = ["name", "acronym", "summary"]

    kind = django_filters.ChoiceFilter(choices=OrganizationKind.choices, label=_("Kind"))
    country = CodeFilter(queryset=countries_choice, to_field_name="code", label=_("Country (ISO code)"))
    topic = NaturalKeyFilter(field_name="topics", queryset=topics_choice, to_field_name="slug", label=_("Topic"))
    member = CodeFilter(
        field_name="membership_rows__country",
        queryset=countries_choice,
        to_field_name="code",
        distinct=True,
        label=_("Member country (ISO code)"),
    )
    disputed = DisputedFilter(rows="membership_rows")
    ordering = OrderingFilter(
        fields=(("name", "name"), ("acronym", "acronym"), ("founded", "founded"), ("updated_at", "updated_at")),
        label=_("Sort by"),
    )

    class Meta:
        model = Organization
        fields = ["q", "kind", "country", "topic", "member", "disputed"]


class CountryFilter(SearchesNotesAndRows, AtlasFilterSet):
    search_fields = ["name", "official_name", "code"]

    region = django_filters.ChoiceFilter(choices=Region.choices, label=_("Region"))
    ordering = OrderingFilter(
        fields=(("name", "name"), ("code", "code"), ("region", "region"), ("updated_at", "updated_at")),
        label=_("Sort by"),
    )

    class Meta:
        model = Country
        fields = ["q", "region"]


class MissionFilter(SearchesNotesAndRows, AtlasFilterSet):
    search_fields = ["name", "short_name", "summary", "destination"]

    kind = django_filters.ChoiceFilter(choices=MissionKind.choices, label=_("Kind"))
    status = django_filters.ChoiceFilter(choices=MissionStatus.choices, label=_("Status"))
    organization = NaturalKeyFilter(
        field_name="participations__organization",
        queryset=organizations_choice,
        to_field_name="slug",
        distinct=True,
        label=_("Organization"),
    )
    country = CodeFilter(
        field_name="participations__organization__country",
        queryset=countries_choice,
        to_field_name="code",
        distinct=True,
        label=_("Country (ISO code) of a participating organization"),
    )
    topic = NaturalKeyFilter(field_name="topics", queryset=topics_choice, to_field_name="slug", label=_("Topic"))
    agreement = NaturalKeyFilter(
        field_name="agreements", queryset=agreements_choice, to_field_name="slug", label=_("Agreement")
    )
    started_after = PartialDateFilter(
        field_name="start_date", bound="after", label=_("Started on or after (YYYY[-MM[-DD]])")
    )
    started_before = PartialDateFilter(
        field_name="start_date", bound="before", label=_("Started on or before (YYYY[-MM[-DD]])")
    )
    ordering = OrderingFilter(
        fields=(("name", "name"), ("start_date", "start_date"), ("end_date", "end_date"), ("updated_at", "updated_at")),
        label=_("Sort by"),
    )

    class Meta:
        model = Mission
        fields = [
            *("q", "kind", "status", "organization", "country", "topic", "agreement"),
            *("started_after", "started_before"),
        ]


class AgreementFilter(SearchesNotesAndRows, AtlasFilterSet):
    """`as_of` (a date) makes the derived counts those of that day; it filters no rows."""

    search_fields = ["name", "short_name", "summary"]

    kind = django_filters.ChoiceFilter(choices=AgreementKind.choices, label=_("Kind"))
    binding = django_filters.BooleanFilter(label=_("Binding"))
    signatory = CodeFilter(
        field_name="signatories__country",
        queryset=countries_choice,
        to_field_name="code",
        distinct=True,
        label=_("Signatory country (ISO code)"),
    )
    topic = NaturalKeyFilter(field_name="topics", queryset=topics_choice, to_field_name="slug", label=_("Topic"))
    mission = NaturalKeyFilter(
        field_name="missions", queryset=missions_choice, to_field_name="slug", label=_("Mission or programme")
    )
    disputed = DisputedFilter(rows="signatories")
    as_of = django_filters.DateFilter(method="filter_as_of", label=_("Counts as of (YYYY-MM-DD)"))
    ordering = OrderingFilter(
        fields=(
            ("name", "name"),
            ("opened_for_signature", "opened_for_signature"),
            ("entered_into_force", "entered_into_force"),
            ("signatory_count", "signatory_count"),
            ("updated_at", "updated_at"),
        ),
        label=_("Sort by"),
    )

    class Meta:
        model = Agreement
        fields = ["q", "kind", "binding", "signatory", "topic", "mission", "disputed", "as_of"]

    def filter_as_of(self, queryset, name, value):
        return queryset  # applied in filter_queryset, after the row filters

    def filter_queryset(self, queryset):
        # Counts are annotated here so that ordering by signatory_count works and `as_of` can shift them.
        queryset = with_visible_counts(queryset, self.form.cleaned_data.get("as_of"), self.viewer)
        return super().filter_queryset(queryset)


class TopicFilter(AtlasFilterSet):
    search_fields = ["name", "summary"]

    ordering = OrderingFilter(fields=(("name", "name"), ("updated_at", "updated_at")), label=_("Sort by"))

    class Meta:
        model = Topic
        fields = ["q"]


class GuideFilter(AtlasFilterSet):
    search_fields = ["title", "standfirst", "body"]

    ordering = OrderingFilter(
        fields=(("order", "order"), ("title", "title"), ("updated_at", "updated_at")), label=_("Sort by")
    )

    class Meta:
        model = Guide
        fields = ["q"]


class QuestionFilter(AtlasFilterSet):
    search_fields = ["question", "answer"]

    ordering = OrderingFilter(
        fields=(("order", "order"), ("question", "question"), ("updated_at", "updated_at")), label=_("Sort by")
    )

    class Meta:
        model = Question
        fields = ["q"]


class NetworkFilterForm(forms.Form):
    """The network's filters, shared by the page and /api/v1/network/ so both reject the same values."""

    topic = NaturalKeyChoiceField(
        queryset=Topic.objects.none(), to_field_name="slug", required=False, empty_label=_("All topics")
    )
    year_from = forms.IntegerField(label=_("From year"), required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)
    year_to = forms.IntegerField(label=_("To year"), required=False, min_value=MIN_YEAR, max_value=MAX_YEAR)

    def __init__(self, *args, strict_order: bool = True, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["topic"].queryset = topics_choice()
        # The page says the years are the wrong way round; the API (whose schema cannot relate two
        # parameters) answers a reversed period with the empty network it holds.
        self.strict_order = strict_order

    def reversed_period(self) -> bool:
        year_from, year_to = self.cleaned_data.get("year_from"), self.cleaned_data.get("year_to")
        return year_from is not None and year_to is not None and year_from > year_to

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("topic") is NO_MATCH:  # a well-formed slug that names no topic: an empty network
            cleaned["topic"] = Topic(pk=0, slug=self.data.get("topic", ""))
        year_from, year_to = cleaned.get("year_from"), cleaned.get("year_to")
        if self.strict_order and year_from is not None and year_to is not None and year_from > year_to:
            self.add_error(
                "year_to",
                _("The end year (%(end)s) is before the start year (%(start)s).")
                % {"end": year_to, "start": year_from},
            )
        return cleaned

    def network_kwargs(self) -> dict:
        """Arguments for `collaboration_network()`: the topic and the period as dates."""
        data = self.cleaned_data
        return {
            "topic": data.get("topic"),
            "start": datetime.date(data["year_from"], 1, 1) if data.get("year_from") is not None else None,
            "end": datetime.date(data["year_to"], 12, 31) if data.get("year_to") is not None else None,
        }

    def query_string(self) -> str:
        """The valid filters as a query string, for the API request and shareable links."""
        data = self.cleaned_data
        params = {
            "topic": data["topic"].slug if data.get("topic") else None,
            "year_from": data.get("year_from"),
            "year_to": data.get("year_to"),
        }
        return urlencode({key: value for key, value in params.items() if value not in (None, "")})


# --- rows across records (/api/v1/signatories/, /api/v1/participations/) ----------------------------


class SignatoryRowFilter(AtlasFilterSet):
    """Signatory rows of every agreement; `updated_after` is the row's own last change."""

    search_fields = ["agreement__name", "country__name", "organization__name"]

    agreement = NaturalKeyFilter(queryset=agreements_choice, to_field_name="slug", label=_("Agreement (slug)"))
    country = CodeFilter(queryset=countries_choice, to_field_name="code", label=_("Country (ISO code)"))
    organization = NaturalKeyFilter(queryset=organizations_choice, to_field_name="slug", label=_("Organization (slug)"))
    status = django_filters.ChoiceFilter(choices=SignatoryStatus.choices, label=_("Status"))
    signed_after = PartialDateFilter(field_name="signed_on", bound="after", label=_("Signed on or after"))
    signed_before = PartialDateFilter(field_name="signed_on", bound="before", label=_("Signed on or before"))

    class Meta:
        model = Signatory
        fields = ["q", "agreement", "country", "organization", "status", "signed_after", "signed_before"]


class ParticipationRowFilter(ApiStrictFilterSet):
    """Participations in every mission; `country` is the participating organization's seat."""

    mission = NaturalKeyFilter(queryset=missions_choice, to_field_name="slug", label=_("Mission (slug)"))
    organization = NaturalKeyFilter(queryset=organizations_choice, to_field_name="slug", label=_("Organization (slug)"))
    role = django_filters.ChoiceFilter(choices=Role.choices, label=_("Role"))
    country = CodeFilter(
        field_name="organization__country",
        queryset=countries_choice,
        to_field_name="code",
        label=_("Country (ISO code)"),
    )

    class Meta:
        model = Participation
        fields = ["mission", "organization", "role", "country"]
