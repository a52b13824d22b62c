"""GET /api/v1/network/: the collaboration network the /network/ page draws, in one response."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiExample, OpenApiParameter, OpenApiResponse, extend_schema
from rest_framework import serializers
from rest_framework.permissions import AllowAny
from rest_framework.request import Request
from rest_framework.response import Response
from rest_framework.views import APIView

from catalog.filters import NetworkFilterForm
from catalog.models import OrganizationKind
from coop_site.lib.filters import MAX_YEAR, MIN_YEAR, SLUG_PATTERN

from .data import collaboration_network

YEAR_SCHEMA = {"type": "integer", "minimum": MIN_YEAR, "maximum": MAX_YEAR}


class NetworkNodeSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    acronym = serializers.CharField(allow_blank=True)
    label = serializers.CharField(help_text="Acronym, or the name when there is none.")
    kind = serializers.ChoiceField(choices=OrganizationKind.choices)
    kind_label = serializers.CharField()
    country = serializers.CharField(allow_null=True, help_text="Lower-case ISO code; null for international bodies.")
    country_name = serializers.CharField(allow_null=True)
    mission_count = serializers.IntegerField(help_text="Matching missions the organization takes part in.")
    url = serializers.CharField(help_text="The organization's page.")


class NetworkEdgeSerializer(serializers.Serializer):
    source = serializers.SlugField(help_text="Organization slug (the alphabetically first of the pair).")
    target = serializers.SlugField(help_text="Organization slug.")
    weight = serializers.IntegerField(help_text="Number of matching missions both take part in.")
    missions = serializers.ListField(child=serializers.SlugField(), help_text="Slugs of those missions.")


class NetworkMissionSerializer(serializers.Serializer):
    slug = serializers.SlugField()
    name = serializers.CharField()
    label = serializers.CharField()
    url = serializers.CharField(help_text="The mission's page.")


class NetworkSerializer(serializers.Serializer):
    nodes = NetworkNodeSerializer(many=True)
    edges = NetworkEdgeSerializer(many=True)
    missions = NetworkMissionSerializer(many=True, help_text="The shared missions the edges name.")


class NetworkView(APIView):
    """Read-only for everyone (published records only), so no model permission applies."""

    permission_classes = [AllowAny]
    http_method_names = ["get", "head", "options"]

    @extend_schema(
        operation_id="network_retrieve",
        summary="Collaboration network",
        description=(
            "Organizations (nodes) linked by the published missions they share (edges, weight = number of shared "
            "missions). Only organizations that share at least one mission appear. A mission matches a period "
            "when its dates overlap it."
        ),
        tags=["visuals"],
        parameters=[
            OpenApiParameter("topic", {"type": "string", "pattern": SLUG_PATTERN}, description="Topic slug."),
            OpenApiParameter("year_from", YEAR_SCHEMA, description="Missions running in or after this year."),
            OpenApiParameter("year_to", YEAR_SCHEMA, description="Missions started in or before this year."),
        ],
        responses={
            200: NetworkSerializer,
            400: OpenApiResponse(
                OpenApiTypes.OBJECT,
                description="A filter value was not valid: messages keyed by parameter name.",
                examples=[OpenApiExample("Unknown topic", value={"topic": ["Select a valid choice."]})],
            ),
        },
    )
    def get(self, request: Request) -> Response:
        # As on every API list: a parameter sent empty is a 400, not "no filter" (the schema's patterns).
        empty = {
            name: ["Give a value or leave the parameter out."]
            for name, value in request.query_params.items()
            if not value
        }
        if empty:
            raise serializers.ValidationError(empty)
        form = NetworkFilterForm(request.query_params, strict_order=False)
        if not form.is_valid():
            raise serializers.ValidationError(_messages(form))
        if form.reversed_period():  # a period that ends before it starts holds no mission
            return Response(NetworkSerializer({"nodes": [], "edges": [], "missions": []}).data)
        return Response(NetworkSerializer(collaboration_network(**form.network_kwargs())).data)


def _messages(form: NetworkFilterForm) -> dict[str, list[str]]:
    return {field: [error["message"] for error in errors] for field, errors in form.errors.get_json_data().items()}
