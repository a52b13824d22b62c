"""Rows that belong to one curated record: an agreement's signatories, a mission's participants.

Routed under their parent (`/api/v1/agreements/<slug>/signatories/<id>/`, see coop_site/api_urls.py).
Anybody reads what the parent's page shows; staff write per the row model's own permissions
(add/change/delete signatory or participation), whatever the parent's publication status.
"""

import datetime
import json

from django import forms
from django.db import transaction
from django.db.models import Count, Max, Model, QuerySet
from django.shortcuts import get_object_or_404
from django.utils import timezone
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError
from rest_framework.response import Response

from catalog.models import Agreement, Mission, Participation, Signatory

from . import serializers as s
from .base import PAGINATION_PARAMS, CuratedViewSet, etag_matches, visible_q
from .views import AS_OF_PARAMETER, WriteResponseMixin

ROW_ID = OpenApiParameter("id", int, OpenApiParameter.PATH, description="The row's `id` (from the list).")


def _parent_slug(model: type[Model]) -> OpenApiParameter:
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


_SIGNATORY = [_parent_slug(Agreement)]
_SIGNATORY_ROW = [*_SIGNATORY, ROW_ID]


@extend_schema_view(
    list=extend_schema(summary="An agreement's signatories (as of a date)", parameters=[*_SIGNATORY, AS_OF_PARAMETER]),
    create=extend_schema(summary="Add a signatory (staff with `add_signatory`)", parameters=_SIGNATORY),
    retrieve=extend_schema(summary="One signatory of an agreement", parameters=_SIGNATORY_ROW),
    update=extend_schema(summary="Replace a signatory (staff with `change_signatory`)", parameters=_SIGNATORY_ROW),
    partial_update=extend_schema(
        summary="Change a signatory, e.g. its ratification date (staff with `change_signatory`)",
        parameters=_SIGNATORY_ROW,
    ),
    destroy=extend_schema(summary="Remove a signatory (staff with `delete_signatory`)", parameters=_SIGNATORY_ROW),
)
class SignatoryViewSet(RowViewSet):
    """Countries (or organizations) that signed, ratified, acceded to or withdrew from an agreement."""

    parent_model = Agreement
    parent_field = "agreement"
    csv_name = "signatories"
    permission_model = Signatory
    serializer_class = s.SignatorySerializer
    list_query_params = frozenset({"as_of"})
    list_aggregates = {"latest": Max("updated_at")}

    def as_of(self, strict: bool = True) -> datetime.date | None:
        """`as_of` on the list, parsed like AgreementFilter's (a bad value is a 400)."""
        if self.action != "list":
            return None
        try:
            return forms.DateField(required=False).clean(self.request.query_params.get("as_of"))
        except forms.ValidationError as exc:
            if strict:
                raise ValidationError({"as_of": exc.messages}) from exc
            return None

    def get_serializer_context(self) -> dict:
        # Not strict: the browsable API builds serializers while rendering an error, too.
        return {**super().get_serializer_context(), "as_of": self.as_of(strict=False)}

    def rows(self) -> QuerySet:
        as_of = self.as_of()
        rows = Signatory.objects.all() if as_of is None else Signatory.objects.as_of(as_of)
        user = self.request.user
        return rows.for_table().filter(visible_q(user, "country__") | visible_q(user, "organization__"))


_PARTICIPANT = [_parent_slug(Mission)]
_PARTICIPANT_ROW = [*_PARTICIPANT, ROW_ID]


@extend_schema_view(
    list=extend_schema(summary="A mission's participants (organization, role, contribution)", parameters=_PARTICIPANT),
    create=extend_schema(summary="Add a participant (staff with `add_participation`)", parameters=_PARTICIPANT),
    retrieve=extend_schema(summary="One participation in a mission", parameters=_PARTICIPANT_ROW),
    update=extend_schema(
        summary="Replace a participation (staff with `change_participation`)", parameters=_PARTICIPANT_ROW
    ),
    partial_update=extend_schema(
        summary="Change a participation's role or contribution (staff with `change_participation`)",
        parameters=_PARTICIPANT_ROW,
    ),
    destroy=extend_schema(
        summary="Remove a participation (staff with `delete_participation`)", parameters=_PARTICIPANT_ROW
    ),
)
class ParticipationViewSet(RowViewSet):
    """Organizations taking part in a mission: their role and what they contributed."""

    parent_model = Mission
    parent_field = "mission"
    csv_name = "participants"
    permission_model = Participation
    serializer_class = s.ParticipantSerializer

    def rows(self) -> QuerySet:
        rows = Participation.objects.select_related("organization")
        return rows.filter(visible_q(self.request.user, "organization__")).order_by("order", "pk")
