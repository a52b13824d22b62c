"""REST API v1, mounted at /api/v1/ (namespace "api").

Register further resources on `router`, or add paths (like the rows nested under an agreement or a
mission, or the network the /network/ page draws, `api:network`) above the final catch-all, which
answers unknown /api/v1/ URLs with a JSON 404.
"""

from django.urls import path, re_path
from drf_spectacular.utils import extend_schema
from drf_spectacular.views import SpectacularAPIView, SpectacularSwaggerSplitView
from rest_framework.decorators import api_view, permission_classes, renderer_classes, throttle_classes
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.renderers import JSONRenderer
from rest_framework.routers import DefaultRouter

from catalog.api.rows import ParticipationViewSet, SignatoryViewSet
from catalog.api.rows_across import DeletionsView, ParticipationRowViewSet, SignatoryRowViewSet
from catalog.visuals.api import NetworkView
from coop_site.records.registry import record_types, viewset_for
from timeline.timelinejs import TimelineJSView

app_name = "api"

router = DefaultRouter()
router.include_format_suffixes = False  # `?format=csv` is the one way to pick a format
for model in record_types():  # every record type, at /api/v1/<plural>/ (coop_site/records/registry.py)
    router.register(str(model._meta.verbose_name_plural), viewset_for(model), basename=model._meta.model_name)


ROWS = {"get": "list", "post": "create"}
ROW = {"get": "retrieve", "put": "update", "patch": "partial_update", "delete": "destroy"}
nested_urls = [
    path("agreements/<slug:slug>/signatories/", SignatoryViewSet.as_view(ROWS), name="agreement-signatories"),
    path(
        "agreements/<slug:slug>/signatories/<int:id>/",
        SignatoryViewSet.as_view(ROW),
        name="agreement-signatory-detail",
    ),
    path("missions/<slug:slug>/participants/", ParticipationViewSet.as_view(ROWS), name="mission-participants"),
    path(
        "missions/<slug:slug>/participants/<int:id>/",
        ParticipationViewSet.as_view(ROW),
        name="mission-participant-detail",
    ),
]


@extend_schema(exclude=True)
@api_view(["GET", "POST", "PUT", "PATCH", "DELETE", "HEAD", "OPTIONS"])
@permission_classes([AllowAny])
@throttle_classes([])
@renderer_classes([JSONRenderer])
def not_found(request, rest=""):
    raise NotFound("No such API endpoint. The API root /api/v1/ lists the resources.")


# Rows across records and deletions (catalog/api/rows_across.py): read-only, for sync and exports.
open_data_urls = [
    path("signatories/", SignatoryRowViewSet.as_view({"get": "list"}), name="signatory-list"),
    path("participations/", ParticipationRowViewSet.as_view({"get": "list"}), name="participation-list"),
    path("deletions/", DeletionsView.as_view(), name="deletions"),
    path("timelinejs/", TimelineJSView.as_view(), name="timelinejs"),
]

urlpatterns = [
    *router.urls,
    *nested_urls,
    *open_data_urls,
    # The one view the /network/ page fetches (catalog/visuals/api.py): not a resource, so not routed.
    path("network/", NetworkView.as_view(), name="network"),
    path("schema/", SpectacularAPIView.as_view(), name="schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api:schema"), name="docs"),
    re_path(r"^(?P<rest>[\s\S]*)$", not_found, name="not-found"),
]
