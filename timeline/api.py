"""The timeline API: `/api/v1/events/` (serializers and viewset; routed in coop_site/api_urls.py)."""

from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework import serializers

from catalog.models import Agreement, Country, Mission, Organization, Topic
from coop_site.lib.dates import Precision
from coop_site.records.api.base import CuratedViewSet, WriteResponseMixin
from coop_site.records.api.fields import ApiUrlField, CountryCodeField, NullablePartialDateField, PartialDateField
from coop_site.records.api.serializers import CURATED_DETAIL_FIELDS, CuratedSerializer, WebUrlMixin, slugs_field

from . import queries
from .filters import EventFilter
from .models import Event

LINK_FIELDS = ["organizations", "countries", "missions", "agreements", "topics"]


class EventListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:event-detail", lookup_field="slug")
    date = PartialDateField("date", "date_precision", read_only=True)
    end_date = NullablePartialDateField("end_date", "end_precision", read_only=True)
    organizations = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    countries = serializers.SlugRelatedField(many=True, read_only=True, slug_field="code")
    missions = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    agreements = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    topics = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Event
        fields = [
            "url",
            "web_url",
            "slug",
            "title",
            "kind",
            "date",
            "date_precision",
            "end_date",
            "end_precision",
            "featured",
            *LINK_FIELDS,
            "updated_at",
            "wikidata_id",
        ]


class EventSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:event-detail", lookup_field="slug")
    date = PartialDateField("date", "date_precision")
    date_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    end_date = NullablePartialDateField("end_date", "end_precision")
    end_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    organizations = slugs_field(Organization)
    countries = CountryCodeField(many=True, queryset=Country.objects.all(), required=False)
    missions = slugs_field(Mission)
    agreements = slugs_field(Agreement)
    topics = slugs_field(Topic)
    related_fields = tuple(LINK_FIELDS)

    class Meta:
        model = Event
        fields = [
            "url",
            "web_url",
            "slug",
            "title",
            "kind",
            "date",
            "date_precision",
            "end_date",
            "end_precision",
            "featured",
            "summary",
            *LINK_FIELDS,
            *CURATED_DETAIL_FIELDS,
            "wikidata_id",
        ]


@extend_schema_view(
    list=extend_schema(summary="List timeline events (dated to the year, month or day)"),
    retrieve=extend_schema(summary="One event with its linked records"),
)
class EventViewSet(WriteResponseMixin, CuratedViewSet):
    """Dated events in the history of cooperation, known to the year, month or day."""

    filterset_class = EventFilter
    serializer_class = EventSerializer
    list_serializer_class = EventListSerializer

    def get_queryset(self):
        # Links to drafts are left out for visitors: a published event never reveals a draft.
        return queries.event_api(self.request.user, detail=self.action != "list")
