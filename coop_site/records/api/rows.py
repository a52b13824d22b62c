"""Rows that belong to one curated record (e.g. a signatory of an agreement), routed under it.

Subclasses name the parent model and the row's foreign key to it, and get list, detail and staff
writes per the row model's own permissions; the parent's `updated_at` moves with every row write,
so `updated_after` sync and list ETags notice.
"""

import json

from django.db import transaction
from django.db.models import Count, Model, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter
from rest_framework.response import Response

from .base import PAGINATION_PARAMS, CuratedViewSet, WriteResponseMixin, etag_matches

ROW_ID = OpenApiParameter("id", int, OpenApiParameter.PATH, description="The row's `id` (from the list).")


def parent_slug_parameter(model: type[Model]) -> OpenApiParameter:
    name = model._meta.verbose_name
    return OpenApiParameter("slug", str, OpenApiParameter.PATH, description=f"The {name}'s slug.")


class RowViewSet(WriteResponseMixin, CuratedViewSet):
    """List, detail and staff writes for the rows of one parent record.

    Subclasses set `parent_model`, `parent_field` (the row's foreign key to it), `serializer_class`
    and `permission_model`, and implement `rows()`: every row the user may see, of any parent.
    """

    parent_model: type[Model]
    parent_field: str
    lookup_field = "pk"
    lookup_url_kwarg = "id"
    filterset_class = None
    filter_backends = []
    versioned_delete = False  # rows carry no version of their own...
    may_conflict = False  # ...and nothing references them, so no write of theirs is a 409
    list_query_params: frozenset[str] = frozenset()
    csv_name: str  # `<parent slug>-<csv_name>.csv`
    # Aggregates over the parent's rows besides the count; `latest` becomes Last-Modified.
    list_aggregates: dict = {}

    def rows(self) -> QuerySet:
        raise NotImplementedError

    def get_parent(self):
        """The parent named in the URL, if the user may see it (else 404); looked up once."""
        if not hasattr(self, "_parent"):
            visible = self.parent_model.objects.visible_to(self.request.user)
            self._parent = get_object_or_404(visible, slug=self.kwargs["slug"])
        return self._parent

    def get_queryset(self) -> QuerySet:
        return self.rows().filter(**{self.parent_field: self.get_parent()})

    def get_object(self):
        row = super().get_object()
        setattr(row, self.parent_field, self.get_parent())  # the serializer's `url` reads it
        return row

    def allowed_query_params(self) -> set[str]:
        if self.action == "list":
            return {*self.list_query_params, *PAGINATION_PARAMS, "format"}
        if self.action == "create":
            return {*self.list_query_params, "format"}
        return {"format"}

    def csv_filename(self) -> str:
        return f"{self.kwargs['slug']}-{self.csv_name}"

    def list(self, request, *args, **kwargs):
        parent, rows = self.get_parent(), self.get_queryset()
        stats = rows.aggregate(count=Count("pk"), **self.list_aggregates)
        page = self.paginator.paginate_queryset(rows, request, view=self, count=stats["count"])
        for row in page:
            setattr(row, self.parent_field, parent)
        data = self.get_serializer(page, many=True).data
        # Hashed from the rows themselves: participations have no updated_at to compare.
        etag = self.make_etag((parent.updated_at, stats["count"], json.dumps(data, default=str)))
        if etag_matches(request.headers.get("If-None-Match"), etag):
            return self.not_modified(etag, stats.get("latest"))
        return self.with_validators(self.get_paginated_response(data), etag, stats.get("latest"))

    def retrieve(self, request, *args, **kwargs):
        row = self.get_object()
        data = self.get_serializer(row).data
        etag = self.make_etag(json.dumps(data, sort_keys=True, default=str))
        last_modified = getattr(row, "updated_at", None)
        if etag_matches(request.headers.get("If-None-Match"), etag):
            return self.not_modified(etag, last_modified)
        return self.with_validators(Response(data), etag, last_modified)

    # --- writes: the parent's updated_at moves too, so its list ETag and `updated_after` notice ---
    def perform_create(self, serializer):
        with transaction.atomic():
            serializer.save()
            self.touch_parent()

    def perform_update(self, serializer):
        with transaction.atomic():
            serializer.save()
            self.touch_parent()

    def perform_destroy(self, instance):
        with transaction.atomic():
            instance._history_user = self.request.user
            instance.delete()
            self.touch_parent()

    def touch_parent(self) -> None:
        """An UPDATE rather than save(): the parent's version stays, so nobody editing it gets a 409."""
        parent = self.get_parent()
        type(parent).objects.filter(pk=parent.pk).update(updated_at=timezone.now())

    def fresh_data(self, instance) -> dict:
        return self.get_serializer(self.get_object_by_pk(instance.pk)).data

    def get_object_by_pk(self, pk: int):
        row = self.get_queryset().get(pk=pk)
        setattr(row, self.parent_field, self.get_parent())
        return row
