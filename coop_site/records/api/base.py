"""The base viewset every API resource shares: scoping, strict query strings, ETags, CSV, writes."""

import hashlib
import json

from django.db import transaction
from django.db.models import Count, Max
from django.utils.cache import patch_vary_headers
from django.utils.http import http_date
from rest_framework import status, viewsets
from rest_framework.exceptions import MethodNotAllowed, ValidationError
from rest_framework.renderers import BrowsableAPIRenderer, JSONRenderer
from rest_framework.response import Response

from coop_site.records.models import StaleEdit, sees_drafts

from .pagination import AtlasPagination
from .permissions import StaffModelPermissionsOrReadOnly
from .renderers import CSVRenderer
from .schema import AtlasAutoSchema

SLUG_REGEX = r"[-a-zA-Z0-9_]+"
PAGINATION_PARAMS = frozenset({"page", "page_size"})
LIST_ACTIONS = frozenset({"list"})
MAX_VERSION = 2_147_483_647


def _weak_etag(*parts) -> str:
    digest = hashlib.sha256(repr(parts).encode()).hexdigest()[:32]
    return f'W/"{digest}"'


def etag_matches(if_none_match: str | None, etag: str) -> bool:
    if not if_none_match:
        return False
    if if_none_match.strip() == "*":
        return True
    # Weak comparison (RFC 9110 13.1.2): the W/ prefix does not take part.
    return etag.removeprefix("W/") in {tag.strip().removeprefix("W/") for tag in if_none_match.split(",")}


def stable_order(queryset):
    """End every ordering with the primary key, so that pages never skip or repeat a row on ties.

    Also restores the model's default ordering, which Django drops from GROUP BY queries
    (the agreement counts).
    """
    ordering = list(queryset.query.order_by) or list(queryset.model._meta.ordering)
    return queryset.order_by(*ordering, "pk")


class MethodFirstMixin:
    """A method the URL does not offer (TRACE, PUT on a list) is a 405 with `Allow`, before anything
    else (authentication, `?format=`) can answer 401 or 404."""

    def initial(self, request, *args, **kwargs):
        method = request.method.lower()
        if method not in self.http_method_names or not hasattr(self, method):
            raise MethodNotAllowed(request.method)
        super().initial(request, *args, **kwargs)


class CuratedViewSet(MethodFirstMixin, viewsets.ModelViewSet):
    """List, detail and staff writes for one curated model.

    Subclasses set `filterset_class`, `serializer_class` (detail and writes),
    `list_serializer_class` and implement `get_queryset()` with the rows the user may see.
    """

    lookup_field = "slug"
    lookup_value_regex = SLUG_REGEX
    pagination_class = AtlasPagination
    permission_classes = [StaffModelPermissionsOrReadOnly]
    schema = AtlasAutoSchema()
    list_serializer_class = None
    detail_query_params: frozenset[str] = frozenset()
    # Extra aggregates over the filtered rows that change when linked rows change (see list()).
    etag_aggregates: dict = {}
    # DELETE accepts `?version=N` and refuses with 409 when the record has moved on.
    versioned_delete = True
    may_conflict = True  # a stale version, or a delete of a record others reference (documented 409)

    # --- content negotiation -----------------------------------------------------------------
    def get_renderers(self):
        renderers = [JSONRenderer(), BrowsableAPIRenderer()]
        if self.action in LIST_ACTIONS:
            renderers.append(CSVRenderer())
        return renderers

    def get_serializer_class(self):
        if self.action == "list" and self.list_serializer_class is not None:
            return self.list_serializer_class
        return super().get_serializer_class()

    def finalize_response(self, request, response, *args, **kwargs):
        renderer = getattr(request, "accepted_renderer", None)
        if isinstance(renderer, CSVRenderer) and isinstance(response, Response):
            if response.status_code >= 400:
                # Errors are JSON whatever the requested format (the brief: JSON 4xx).
                request.accepted_renderer, request.accepted_media_type = JSONRenderer(), "application/json"
            elif response.status_code == 200:
                response["Content-Disposition"] = f'attachment; filename="{self.csv_filename()}.csv"'
        response = super().finalize_response(request, response, *args, **kwargs)
        patch_vary_headers(response, ("Accept", "Authorization", "Cookie"))
        return response

    def csv_filename(self) -> str:
        return str(self.filterset_class._meta.model._meta.verbose_name_plural)

    # --- strict query strings ------------------------------------------------------------------
    def allowed_query_params(self) -> set[str]:
        if self.action == "list":
            return set(self.filterset_class.base_filters) | PAGINATION_PARAMS | {"format"}
        if self.action == "destroy" and self.versioned_delete:
            return {"version", "format"}
        return set(self.detail_query_params) | {"format"}

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)  # authentication, permissions, throttling first
        unknown = sorted(set(request.query_params) - self.allowed_query_params())
        if unknown:
            allowed = ", ".join(sorted(self.allowed_query_params()))
            raise ValidationError(
                {name[:60]: [f"Unknown query parameter. Allowed here: {allowed}."] for name in unknown}
            )

    # --- reads with ETag / Last-Modified -------------------------------------------------------
    def list(self, request, *args, **kwargs):
        queryset = stable_order(self.filter_queryset(self.get_queryset()))
        stats = self.list_stats(queryset)
        etag = self.make_etag(stats)
        if etag_matches(request.headers.get("If-None-Match"), etag):
            return self.not_modified(etag, stats["latest"])
        page = self.paginator.paginate_queryset(queryset, request, view=self, count=stats["count"])
        response = self.get_paginated_response(self.get_serializer(page, many=True).data)
        return self.with_validators(response, etag, stats["latest"])

    def list_stats(self, queryset) -> dict:
        """One query: the row count (reused by the paginator) and what the list's ETag depends on.

        This replaces the paginator's COUNT query, so ETags cost no extra query.
        """
        query = queryset.query
        if not self.etag_aggregates and len(query.alias_map) <= 1 and not query.annotations and not query.distinct:
            # Filters on the table's own columns only: each record is one row, aggregate it directly
            # (an index on the filtered and aggregated columns then answers without reading the table).
            return queryset.order_by().aggregate(count=Count("pk"), latest=Max("updated_at"))
        rows = queryset.model._default_manager.filter(pk__in=queryset.values("pk"))
        # `pk IN (…)` gives each record once, so only aggregates over joined rows need DISTINCT.
        count = Count("pk", distinct=bool(self.etag_aggregates))
        return rows.aggregate(count=count, latest=Max("updated_at"), **self.etag_aggregates)

    def retrieve(self, request, *args, **kwargs):
        instance = self.get_object()
        data = self.get_serializer(instance).data
        # Details are hashed from their content: exact, and no extra query.
        etag = self.make_etag(json.dumps(data, sort_keys=True, default=str))
        if etag_matches(request.headers.get("If-None-Match"), etag):
            return self.not_modified(etag, instance.updated_at)
        return self.with_validators(Response(data), etag, instance.updated_at)

    def make_etag(self, content) -> str:
        request = self.request
        return _weak_etag(
            self.basename,
            self.action,
            sorted(request.query_params.lists()),
            request.accepted_renderer.format,
            sees_drafts(request.user),
            content,
        )

    @staticmethod
    def with_validators(response: Response, etag: str, last_modified) -> Response:
        response["ETag"] = etag
        if last_modified is not None:
            response["Last-Modified"] = http_date(last_modified.timestamp())
        # Cache-Control comes from coop_site/cache/middleware.py, like every other response: public
        # with a short max-age for visitors, private for signed-in users.
        return response

    def not_modified(self, etag: str, last_modified) -> Response:
        return self.with_validators(Response(status=304), etag, last_modified)

    # --- writes ----------------------------------------------------------------------------------
    def perform_create(self, serializer):
        with transaction.atomic():
            serializer.save()

    def perform_update(self, serializer):
        with transaction.atomic():
            serializer.save()

    def perform_destroy(self, instance):
        expected = self.expected_version() if self.versioned_delete else None
        with transaction.atomic():
            if expected is not None:
                check_version(instance, expected)
            instance._history_user = self.request.user
            instance.delete()

    def expected_version(self) -> int | None:
        """`?version=N` on DELETE: the version the client read (optional; without it, no check)."""
        values = self.request.query_params.getlist("version")
        if not values:
            return None
        if len(values) > 1:
            raise ValidationError({"version": ["Give the record's version once, not several times."]})
        raw = values[0]
        if not raw.isdigit() or not 1 <= int(raw) <= MAX_VERSION:
            raise ValidationError(
                {"version": [f"Enter the record's version, a whole number from 1, not {raw[:40]!r}."]}
            )
        return int(raw)


def check_version(instance, expected: int) -> None:
    """Raise StaleEdit (a 409) unless the stored row is still at `expected`; locks it until commit."""
    stored = type(instance)._default_manager.select_for_update().filter(pk=instance.pk)
    version = stored.values_list("version", flat=True).first()
    if version != expected:
        raise StaleEdit(instance, expected, version)


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
