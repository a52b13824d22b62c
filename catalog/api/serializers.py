"""Catalog serializers: compact list items, full details (also used for staff writes)."""

import datetime

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from catalog.models import (
    Agreement,
    Country,
    Mission,
    Organization,
    Participation,
    Signatory,
    SignatoryStatus,
    Topic,
)  # fmt: skip
from coop_site.lib.dates import Precision

from .fields import (
    MAX_INT,
    ApiUrlField,
    CountryCodeField,
    NullablePartialDateField,
    RowUrlField,
    SourceSerializer,
    StrictSlugRelatedField,
    VisibleSlugRelatedField,
    full_clean_candidate,
    save_sources,
    web_path,
)  # fmt: skip

VERSION_HELP = (
    "The record's version. Read it from the detail; send it back unchanged on PUT/PATCH: "
    "if somebody saved in between, the update is refused with 409."
)
CURATED_DETAIL_FIELDS = ["publication_status", "created_at", "updated_at", "version", "sources"]


def _slugs(model, **kwargs) -> serializers.SlugRelatedField:
    return StrictSlugRelatedField(many=True, slug_field="slug", queryset=model.objects.all(), required=False, **kwargs)


class WebUrlMixin(serializers.Serializer):
    web_url = serializers.SerializerMethodField(help_text="The record's page on the site.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_web_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(web_path(obj))


class CuratedSerializer(WebUrlMixin, serializers.ModelSerializer):
    """Detail and write serializer: validates through the model and saves with the client's version."""

    sources = SourceSerializer(many=True, required=False)
    version = serializers.IntegerField(min_value=1, max_value=MAX_INT, required=False, help_text=VERSION_HELP)
    # Many-to-many fields, set after the row is saved.
    related_fields: tuple[str, ...] = ()

    def validate(self, attrs: dict) -> dict:
        if self.instance is not None and "version" not in attrs:
            raise serializers.ValidationError(
                {"version": ["Send the version you read, so concurrent edits are caught."]}
            )
        instance = self.instance if self.instance is not None else self.Meta.model()
        full_clean_candidate(instance, attrs, skip={*self.related_fields, "sources", "version"})
        return attrs

    def _pop_related(self, data: dict) -> dict:
        return {name: data.pop(name) for name in (*self.related_fields, "sources") if name in data}

    def _save_related(self, instance, related: dict) -> None:
        for name, value in related.items():
            getattr(instance, name).set(save_sources(value) if name == "sources" else value)

    def create(self, validated_data: dict):
        related = self._pop_related(validated_data)
        validated_data.pop("version", None)
        instance = self.Meta.model(**validated_data)
        instance._history_user = self.context["request"].user
        instance.save()
        self._save_related(instance, related)
        return instance

    def update(self, instance, validated_data: dict):
        related = self._pop_related(validated_data)
        version = validated_data.pop("version")
        for name, value in validated_data.items():
            setattr(instance, name, value)
        instance._history_user = self.context["request"].user
        instance.save(expected_version=version)  # raises StaleEdit -> 409
        self._save_related(instance, related)
        return instance


class RowSerializer(serializers.ModelSerializer):
    """A row that belongs to one curated record (a signatory, a participation); staff write it.

    The parent comes from the URL (the view's `get_parent()`), never from the body. Writes run
    the model's full_clean(), so its sentences (date order, uniqueness) come back as a 400.
    """

    id = serializers.IntegerField(read_only=True)
    parent_field = ""

    def validate(self, attrs: dict) -> dict:
        instance = self.instance if self.instance is not None else self._new_row()
        full_clean_candidate(instance, attrs, skip=set())
        return attrs

    def _new_row(self, **values):
        return self.Meta.model(**{self.parent_field: self.context["view"].get_parent()}, **values)

    def create(self, validated_data: dict):
        row = self._new_row(**validated_data)
        row._history_user = self.context["request"].user
        row.save()
        return row

    def update(self, instance, validated_data: dict):
        for name, value in validated_data.items():
            setattr(instance, name, value)
        instance._history_user = self.context["request"].user
        instance.save()
        return instance


# --- organizations ---------------------------------------------------------------------------
class OrganizationListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:organization-detail", lookup_field="slug")
    country = CountryCodeField(read_only=True, allow_null=True)
    founded = NullablePartialDateField("founded", "founded_precision", read_only=True)

    class Meta:
        model = Organization
        fields = ["url", "web_url", "slug", "acronym", "name", "kind", "country", "founded", "updated_at"]


class OrganizationMissionSerializer(serializers.Serializer):
    mission = serializers.CharField(source="mission.slug")
    role = serializers.CharField()
    contribution = serializers.CharField()


class OrganizationSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:organization-detail", lookup_field="slug")
    country = CountryCodeField(queryset=Country.objects.all(), allow_null=True, required=False)
    founded = NullablePartialDateField("founded", "founded_precision")
    founded_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    member_countries = CountryCodeField(many=True, queryset=Country.objects.all(), required=False)
    topics = _slugs(Topic)
    missions = OrganizationMissionSerializer(source="visible_participations", many=True, read_only=True)
    related_fields = ("member_countries", "topics")

    class Meta:
        model = Organization
        fields = [
            "url", "web_url", "slug", "acronym", "name", "kind", "country", "founded", "founded_precision",
            "website", "summary", "member_countries", "topics", "missions", *CURATED_DETAIL_FIELDS,
        ]  # fmt: skip


# --- countries -------------------------------------------------------------------------------
class CountryListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:country-detail", lookup_field="code")

    class Meta:
        model = Country
        fields = ["url", "web_url", "code", "name", "region", "historical", "updated_at"]


class CountrySignatureSerializer(serializers.Serializer):
    agreement = serializers.CharField(source="agreement.slug")
    signed_on = serializers.DateField(allow_null=True)
    ratified_on = serializers.DateField(allow_null=True)
    withdrawn_on = serializers.DateField(allow_null=True)
    status = serializers.ChoiceField(choices=SignatoryStatus.choices)


class CountrySerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:country-detail", lookup_field="code")
    code = serializers.CharField(min_length=2, max_length=2, help_text="ISO 3166-1 alpha-2 (stored lower case).")
    organizations = serializers.SerializerMethodField(help_text="Slugs of the organizations based there.")
    signatures = CountrySignatureSerializer(source="visible_signatures", many=True, read_only=True)

    class Meta:
        model = Country
        fields = [
            "url", "web_url", "code", "name", "official_name", "region", "historical", "notes", "organizations",
            "signatures", *CURATED_DETAIL_FIELDS,
        ]  # fmt: skip

    def validate_code(self, value: str) -> str:
        return value.lower()

    def get_organizations(self, obj) -> list[str]:
        return [organization.slug for organization in obj.visible_organizations]


# --- missions --------------------------------------------------------------------------------
class MissionListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:mission-detail", lookup_field="slug")
    start_date = NullablePartialDateField("start_date", "start_precision", read_only=True)
    end_date = NullablePartialDateField("end_date", "end_precision", read_only=True)
    lead_organizations = serializers.SerializerMethodField(help_text="Slugs of the lead organizations.")

    class Meta:
        model = Mission
        fields = [
            "url", "web_url", "slug", "name", "short_name", "kind", "status", "destination", "start_date",
            "start_precision", "end_date", "end_precision", "lead_organizations", "updated_at",
        ]  # fmt: skip

    def get_lead_organizations(self, obj) -> list[str]:
        return [participation.organization.slug for participation in obj.lead_participations]


class ParticipantSerializer(RowSerializer):
    """One organization's part in a mission (in the mission detail and at .../participants/)."""

    url = RowUrlField("api:mission-participant-detail", "mission", help_text="This participation's API URL.")
    organization = VisibleSlugRelatedField(slug_field="slug", queryset=Organization.objects.all())
    order = serializers.IntegerField(
        min_value=0, max_value=32767, required=False, help_text="Position in the mission's participants table."
    )
    parent_field = "mission"

    class Meta:
        model = Participation
        fields = ["id", "url", "organization", "role", "contribution", "order"]


class MissionSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:mission-detail", lookup_field="slug")
    start_date = NullablePartialDateField("start_date", "start_precision")
    end_date = NullablePartialDateField("end_date", "end_precision")
    start_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    end_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    parent = VisibleSlugRelatedField(slug_field="slug", queryset=Mission.objects.all(), allow_null=True, required=False)
    topics = _slugs(Topic)
    participants = ParticipantSerializer(source="visible_participations", many=True, read_only=True)
    related_fields = ("topics",)

    class Meta:
        model = Mission
        fields = [
            "url", "web_url", "slug", "name", "short_name", "kind", "status", "status_note", "destination",
            "start_date", "start_precision", "end_date", "end_precision", "parent", "summary", "topics",
            "participants", *CURATED_DETAIL_FIELDS,
        ]  # fmt: skip


# --- agreements ------------------------------------------------------------------------------
class AgreementListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:agreement-detail", lookup_field="slug")
    signatory_count = serializers.IntegerField(read_only=True, help_text="Signatories (as of `as_of` if given).")
    party_count = serializers.IntegerField(read_only=True, help_text="Ratified or acceded (as of `as_of`).")

    class Meta:
        model = Agreement
        fields = [
            "url", "web_url", "slug", "name", "short_name", "kind", "binding", "opened_for_signature",
            "entered_into_force", "signatory_count", "party_count", "updated_at",
        ]  # fmt: skip


class SignatorySerializer(RowSerializer):
    """One signatory row; with `as_of` in the context, as it stood on that day."""

    url = RowUrlField("api:agreement-signatory-detail", "agreement", help_text="This signatory's API URL.")
    country = CountryCodeField(queryset=Country.objects.all(), allow_null=True, required=False)
    organization = VisibleSlugRelatedField(
        slug_field="slug", queryset=Organization.objects.all(), allow_null=True, required=False
    )
    parent_field = "agreement"

    class Meta:
        model = Signatory
        fields = [
            "id", "url", "country", "organization", "signed_on", "ratified_on", "withdrawn_on", "status", "notes",
            "updated_at",
        ]  # fmt: skip

    def to_representation(self, instance) -> dict:
        data = super().to_representation(instance)
        as_of = self.context.get("as_of")
        return _as_it_stood(data, instance, as_of) if as_of else data


def _as_it_stood(data: dict, row: Signatory, as_of: datetime.date) -> dict:
    """Hide what happened after `as_of`: a later ratification or withdrawal did not exist yet."""
    ratified = row.ratified_on is not None and row.ratified_on <= as_of
    if not ratified:
        data["ratified_on"] = None
    if row.withdrawn_on is not None and row.withdrawn_on > as_of:
        data["withdrawn_on"] = None
    if data["withdrawn_on"] is None:
        if not ratified:
            data["status"] = SignatoryStatus.SIGNED.value
        elif row.status == SignatoryStatus.WITHDRAWN:
            # The row no longer says whether it ratified or acceded before withdrawing.
            data["status"] = SignatoryStatus.RATIFIED.value
    return data


class AgreementSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:agreement-detail", lookup_field="slug")
    signatory_count = serializers.IntegerField(read_only=True, help_text="Signatories (as of `as_of` if given).")
    party_count = serializers.IntegerField(read_only=True, help_text="Ratified or acceded (as of `as_of`).")
    as_of = serializers.SerializerMethodField(help_text="The `as_of` date the counts and signatories are for.")
    reported_source = SourceSerializer(read_only=True, allow_null=True)
    topics = _slugs(Topic)
    organizations = _slugs(Organization)
    signatories = SignatorySerializer(source="visible_signatories", many=True, read_only=True)
    related_fields = ("topics", "organizations")

    class Meta:
        model = Agreement
        fields = [
            "url", "web_url", "slug", "name", "short_name", "kind", "binding", "adopted_on", "opened_for_signature",
            "entered_into_force", "depositary", "summary", "text_url", "topics", "organizations", "signatory_count",
            "party_count", "as_of", "reported_parties", "reported_signatories", "reported_as_of", "reported_source",
            "signatories", *CURATED_DETAIL_FIELDS,
        ]  # fmt: skip
        read_only_fields = ["reported_parties", "reported_signatories", "reported_as_of"]

    @extend_schema_field({"type": "string", "format": "date", "nullable": True})
    def get_as_of(self, obj) -> datetime.date | None:
        return self.context.get("as_of")


# --- topics ----------------------------------------------------------------------------------
class TopicListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:topic-detail", lookup_field="slug")

    class Meta:
        model = Topic
        fields = ["url", "web_url", "slug", "name", "updated_at"]


class TopicSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:topic-detail", lookup_field="slug")
    organizations = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    missions = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    agreements = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")
    events = serializers.SlugRelatedField(many=True, read_only=True, slug_field="slug")

    class Meta:
        model = Topic
        fields = [
            "url", "web_url", "slug", "name", "summary", "organizations", "missions", "agreements", "events",
            *CURATED_DETAIL_FIELDS,
        ]  # fmt: skip
