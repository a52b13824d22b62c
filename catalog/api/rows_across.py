"""Rows across records: every signatory of every agreement (/api/v1/signatories/), every
participation in every mission (/api/v1/participations/), and what a sync must remove
(/api/v1/deletions/?since=).

Read-only and read as the anonymous public (catalog/queries.py: a row is listed when its parent
and its party are published). Writes stay on the rows' own URLs under their parent
(catalog/api/rows.py), which these rows' `url` points to.
"""

from __future__ import annotations

from django import forms
from django.db.models import Count, Max
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, inline_serializer
from rest_framework import serializers
from rest_framework.exceptions import ValidationError
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.response import Response
from rest_framework.views import APIView

from catalog import queries
from catalog.filters import ParticipationRowFilter, SignatoryRowFilter
from coop_site.records.api.base import CuratedViewSet, MethodFirstMixin
from coop_site.records.api.schema import AtlasAutoSchema
from coop_site.records.models import PUBLIC

from . import serializers as s


class SignatoryRowSerializer(s.SignatorySerializer):
    agreement = serializers.SlugRelatedField(slug_field="slug", read_only=True, help_text="The agreement's slug.")

    class Meta(s.SignatorySerializer.Meta):
        fields = ["id", "url", "agreement", *s.SignatorySerializer.Meta.fields[2:]]


class ParticipationRowSerializer(s.ParticipantSerializer):
    mission = serializers.SlugRelatedField(slug_field="slug", read_only=True, help_text="The mission's slug.")

    class Meta(s.ParticipantSerializer.Meta):
        fields = ["id", "url", "mission", *s.ParticipantSerializer.Meta.fields[2:]]


class RowsAcrossViewSet(CuratedViewSet):
    """List only; the paginator reuses the count of the list's one stats query."""

    filterset_class = None  # each subclass names its own
    http_method_names = ["get", "head", "options"]
    permission_classes = [AllowAny]


@extend_schema(
    summary="Every signatory row of every agreement",
    description="Filter by agreement, country, organization, status or signature date; `updated_after` "
    "is the row's own last change. `?format=csv` for a spreadsheet.",
)
class SignatoryRowViewSet(RowsAcrossViewSet):
    """Signatory rows of every published agreement whose party is published."""

    filterset_class = SignatoryRowFilter
    serializer_class = SignatoryRowSerializer
    lookup_field = "pk"

    def get_queryset(self):
        return queries.signatory_rows_across(PUBLIC)

    def csv_filename(self) -> str:
        return "signatories"


@extend_schema(
    summary="Every participation in every mission",
    description="Filter by mission, organization, role or the organization's country. `?format=csv` for a spreadsheet.",
)
class ParticipationRowViewSet(RowsAcrossViewSet):
    """Participations in every published mission whose organization is published."""

    filterset_class = ParticipationRowFilter
    serializer_class = ParticipationRowSerializer
    lookup_field = "pk"

    def get_queryset(self):
        return queries.participation_rows_across(PUBLIC)

    def csv_filename(self) -> str:
        return "participations"

    def list_stats(self, queryset) -> dict:
        # Participations have no updated_at of their own: the latest of their missions' stands in.
        return queryset.aggregate(count=Count("pk"), latest=Max("mission__updated_at"))


_DELETION_FIELDS = {
    "type": serializers.CharField(help_text="Record type or row noun: mission, country, signatory…"),
    "change": serializers.ChoiceField(choices=["deleted", "unpublished"]),
    "key": serializers.CharField(help_text="The record's slug or ISO code (last published), or a row's id."),
    "parent": serializers.CharField(required=False, help_text="For a row: `agreements/<slug>` etc."),
    "when": serializers.DateTimeField(),
}


class DeletionsView(MethodFirstMixin, APIView):
    """Records deleted or unpublished, and rows deleted, since a moment: what `updated_after` cannot show."""

    permission_classes = [AllowAny]
    renderer_classes = [JSONRenderer]
    schema = AtlasAutoSchema()  # documents the 400 (no or a bad `since`) and the 429

    @extend_schema(
        summary="What was deleted or unpublished since a moment",
        parameters=[
            OpenApiParameter(
                "since", OpenApiTypes.DATETIME, required=True, description="ISO 8601 date-time, e.g. 2026-11-01T00:00Z."
            )
        ],
        responses={
            200: inline_serializer(
                "Deletions",
                {
                    "since": serializers.DateTimeField(),
                    "results": inline_serializer("Deletion", _DELETION_FIELDS, many=True),
                },
            )
        },
    )
    def get(self, request):
        unknown = sorted(set(request.query_params) - {"since", "format"})
        if unknown:
            raise ValidationError({name[:60]: ["Unknown query parameter. Allowed here: since."] for name in unknown})
        try:
            since = forms.DateTimeField(required=True).clean(request.query_params.get("since"))
        except forms.ValidationError as exc:
            raise ValidationError({"since": [*exc.messages, "Example: ?since=2026-11-01T00:00:00Z"]}) from exc
        return Response({"since": since, "results": queries.deletions(since, PUBLIC)})
