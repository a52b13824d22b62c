"""Catalog viewsets: organizations, countries, missions, agreements, topics (rows under them: rows.py)."""

import datetime

from django import forms
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError

from catalog import queries
from catalog.filters import (
    AgreementFilter,
    CountryFilter,
    GuideFilter,
    MissionFilter,
    OrganizationFilter,
    QuestionFilter,
    TopicFilter,
)
from coop_site.records.api.base import CuratedViewSet, WriteResponseMixin

from . import serializers as s


@extend_schema_view(
    list=extend_schema(summary="List organizations", description="Agencies, intergovernmental bodies, companies…"),
    retrieve=extend_schema(summary="One organization, with its missions (role and contribution)"),
)
class OrganizationViewSet(WriteResponseMixin, CuratedViewSet):
    """Space agencies, intergovernmental organizations, UN bodies, companies and institutions."""

    filterset_class = OrganizationFilter
    serializer_class = s.OrganizationSerializer
    list_serializer_class = s.OrganizationListSerializer

    def get_queryset(self):
        return queries.organization_api(self.request.user, detail=self.action != "list")


@extend_schema_view(
    list=extend_schema(summary="List countries"),
    retrieve=extend_schema(
        summary="One country by ISO code (lower or upper case), with organizations and agreements signed"
    ),
)
class CountryViewSet(WriteResponseMixin, CuratedViewSet):
    """Countries, keyed by lower-case ISO 3166-1 alpha-2 code."""

    filterset_class = CountryFilter
    serializer_class = s.CountrySerializer
    list_serializer_class = s.CountryListSerializer
    lookup_field = "code"
    lookup_value_regex = "[A-Za-z]{2}"

    def get_object(self):
        self.kwargs[self.lookup_field] = self.kwargs[self.lookup_field].lower()
        return super().get_object()

    def get_queryset(self):
        return queries.country_api(self.request.user, detail=self.action != "list")


@extend_schema_view(
    list=extend_schema(summary="List missions and programmes"),
    retrieve=extend_schema(summary="One mission, with its participants (role and contribution)"),
)
class MissionViewSet(WriteResponseMixin, CuratedViewSet):
    """Missions and programmes carried out by more than one organization."""

    filterset_class = MissionFilter
    serializer_class = s.MissionSerializer
    list_serializer_class = s.MissionListSerializer

    def get_queryset(self):
        return queries.mission_api(self.request.user, detail=self.action != "list")


AS_OF_PARAMETER = OpenApiParameter(
    "as_of", datetime.date, description="Signatories and counts as they stood on this date (YYYY-MM-DD)."
)


@extend_schema_view(
    list=extend_schema(summary="List agreements with derived signatory counts (optionally as of a date)"),
    retrieve=extend_schema(summary="One agreement with its signatories", parameters=[AS_OF_PARAMETER]),
)
class AgreementViewSet(WriteResponseMixin, CuratedViewSet):
    """Treaties, conventions, accords, MOUs and charters with their signatories; `as_of` dates the counts."""

    filterset_class = AgreementFilter
    serializer_class = s.AgreementSerializer
    list_serializer_class = s.AgreementListSerializer
    detail_query_params = frozenset({"as_of"})
    # No aggregate over the signatory rows in the list's ETag: a row saved or deleted moves its
    # agreement's updated_at (coop_site/records/row_sync.py), which the ETag already includes.

    def as_of(self, strict: bool = True) -> datetime.date | None:
        """`as_of`, parsed by the same form field as AgreementFilter's (a bad value is a 400)."""
        try:
            return forms.DateField(required=False).clean(self.request.query_params.get("as_of"))
        except forms.ValidationError as exc:
            if strict:
                raise ValidationError({"as_of": exc.messages}) from exc
            return None

    def get_serializer_context(self) -> dict:
        # Not strict: the browsable API builds serializers while rendering an error, too.
        return {**super().get_serializer_context(), "as_of": self.as_of(strict=False)}

    def get_queryset(self):
        # The FilterSet adds the counts (as of `as_of`), for the list and the detail alike.
        detail = self.action != "list"
        return queries.agreement_api(self.request.user, detail=detail, as_of=self.as_of() if detail else None)


@extend_schema_view(
    list=extend_schema(summary="List topics"),
    retrieve=extend_schema(summary="One topic with the organizations, missions, agreements and events on it"),
)
class TopicViewSet(WriteResponseMixin, CuratedViewSet):
    """Themes linking organizations, missions, agreements and events."""

    filterset_class = TopicFilter
    serializer_class = s.TopicSerializer
    list_serializer_class = s.TopicListSerializer

    def get_queryset(self):
        return queries.topic_api(self.request.user, detail=self.action != "list")


@extend_schema_view(
    list=extend_schema(summary="List guides (explainers written from the records)"),
    retrieve=extend_schema(summary="One guide: its Markdown body and the records it links"),
)
class GuideViewSet(WriteResponseMixin, CuratedViewSet):
    """Guides: explainers in Markdown linking the records they rest on, with their sources."""

    filterset_class = GuideFilter
    serializer_class = s.GuideSerializer
    list_serializer_class = s.GuideListSerializer

    def get_queryset(self):
        return queries.guide_api(self.request.user, detail=self.action != "list")


@extend_schema_view(
    list=extend_schema(summary="List the questions of the FAQ"),
    retrieve=extend_schema(summary="One question: its Markdown answer and the records it links"),
)
class QuestionViewSet(WriteResponseMixin, CuratedViewSet):
    """Frequently asked questions, each answer linking the records it relies on."""

    filterset_class = QuestionFilter
    serializer_class = s.QuestionSerializer
    list_serializer_class = s.QuestionListSerializer

    def get_queryset(self):
        return queries.question_api(self.request.user, detail=self.action != "list")
