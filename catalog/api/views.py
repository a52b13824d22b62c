"""Catalog viewsets: organizations, countries, missions, agreements, topics (rows under them: rows.py)."""

import datetime

from django import forms
from django.db.models import Count, Max, Prefetch
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework import status
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from catalog.filters import AgreementFilter, CountryFilter, MissionFilter, OrganizationFilter, TopicFilter
from catalog.models import Agreement, Country, Mission, Organization, Participation, Role, Signatory, Topic
from timeline.models import Event

from . import serializers as s
from .base import CuratedViewSet, visible_q


def _visible(model, user):
    return model.objects.visible_to(user)


class WriteResponseMixin:
    """After a write, answer with the record as a later GET would show it (prefetches, counts)."""

    def create(self, request, *args, **kwargs):
        serializer = self.get_serializer(data=request.data)
        serializer.is_valid(raise_exception=True)
        self.perform_create(serializer)
        data = self.fresh_data(serializer.instance)
        return Response(data, status=status.HTTP_201_CREATED, headers=self.get_success_headers(data))

    def update(self, request, *args, **kwargs):
        serializer = self.get_serializer(self.get_object(), data=request.data, partial=kwargs.pop("partial", False))
        serializer.is_valid(raise_exception=True)
        self.perform_update(serializer)
        return Response(self.fresh_data(serializer.instance))

    def fresh_data(self, instance) -> dict:
        return self.get_serializer(self.filter_queryset(self.get_queryset()).get(pk=instance.pk)).data


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
        user = self.request.user
        queryset = _visible(Organization, user).select_related("country")
        if self.action == "list":
            return queryset
        participations = Participation.objects.select_related("mission").filter(visible_q(user, "mission__"))
        return queryset.prefetch_related(
            Prefetch("member_countries", queryset=_visible(Country, user)),
            Prefetch("topics", queryset=_visible(Topic, user)),
            Prefetch("participations", queryset=participations, to_attr="visible_participations"),
            "sources",
        )


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
        user = self.request.user
        queryset = _visible(Country, user)
        if self.action == "list":
            return queryset
        signatures = Signatory.objects.select_related("agreement").filter(visible_q(user, "agreement__"))
        return queryset.prefetch_related(
            Prefetch("organizations", queryset=_visible(Organization, user), to_attr="visible_organizations"),
            Prefetch("signatures", queryset=signatures.order_by("signed_on", "pk"), to_attr="visible_signatures"),
            "sources",
        )


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
        user = self.request.user
        participations = Participation.objects.select_related("organization").filter(visible_q(user, "organization__"))
        queryset = _visible(Mission, user)
        if self.action == "list":
            leads = participations.filter(role=Role.LEAD)
            return queryset.prefetch_related(Prefetch("participations", queryset=leads, to_attr="lead_participations"))
        return queryset.select_related("parent").prefetch_related(
            Prefetch("topics", queryset=_visible(Topic, user)),
            Prefetch("participations", queryset=participations, to_attr="visible_participations"),
            "sources",
        )


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
    # Signatory rows change the counts without touching the agreement's own updated_at.
    etag_aggregates = {
        "rows_linked": Count("signatories", distinct=True),
        "rows_latest": Max("signatories__updated_at"),
    }

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

    def signatory_rows(self):
        """The detail's signatories; `/agreements/<slug>/signatories/` is catalog.api.rows.SignatoryViewSet."""
        as_of = self.as_of()
        rows = Signatory.objects.all() if as_of is None else Signatory.objects.as_of(as_of)
        return rows.for_table().filter(
            visible_q(self.request.user, "country__") | visible_q(self.request.user, "organization__")
        )

    def get_queryset(self):
        user = self.request.user
        queryset = _visible(Agreement, user)
        if self.action == "list":
            return queryset
        return queryset.select_related("reported_source").prefetch_related(
            Prefetch("topics", queryset=_visible(Topic, user)),
            Prefetch("organizations", queryset=_visible(Organization, user)),
            Prefetch("signatories", queryset=self.signatory_rows(), to_attr="visible_signatories"),
            "sources",
        )


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
        user = self.request.user
        queryset = _visible(Topic, user)
        if self.action == "list":
            return queryset
        return queryset.prefetch_related(
            Prefetch("organizations", queryset=_visible(Organization, user)),
            Prefetch("missions", queryset=_visible(Mission, user)),
            Prefetch("agreements", queryset=_visible(Agreement, user)),
            Prefetch("events", queryset=_visible(Event, user)),
            "sources",
        )
