"""An agreement's signatories and a mission's participants, routed under their parent
(`/api/v1/agreements/<slug>/signatories/<id>/`, see coop_site/api_urls.py), on the framework's
RowViewSet. Anybody reads what the parent's page shows; staff write per the row model's own
permissions (add/change/delete signatory or participation), whatever the parent's status.
"""

import datetime

from django import forms
from django.db.models import Max, QuerySet
from drf_spectacular.utils import extend_schema, extend_schema_view
from rest_framework.exceptions import ValidationError

from catalog import queries
from catalog.models import Agreement, Mission, Participation, Signatory
from coop_site.records.api.rows import ROW_ID, RowViewSet, parent_slug_parameter

from . import serializers as s
from .views import AS_OF_PARAMETER

_SIGNATORY = [parent_slug_parameter(Agreement)]
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
        return queries.signatory_rows(self.request.user, self.as_of())


_PARTICIPANT = [parent_slug_parameter(Mission)]
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
        return queries.participation_rows(self.request.user)
