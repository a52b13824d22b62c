"""Catalog serializers: compact list items, full details (also used for staff writes)."""

import datetime

from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from catalog.models import (
    Agreement,
    Country,
    Guide,
    Mission,
    Organization,
    Participation,
    Question,
    Signatory,
    SignatoryStatus,
    Topic,
)
from coop_site.lib.dates import Precision
from coop_site.records.api.fields import (
    ApiUrlField,
    CountryCodeField,
    NullablePartialDateField,
    RowUrlField,
    SourceSerializer,
    StrictCharField,
    StrictIntegerField,
    StrictURLField,
    VisibleSlugRelatedField,
)
from coop_site.records.api.schema import CODE_PATTERN
from coop_site.records.api.serializers import (
    CURATED_DETAIL_FIELDS,
    CuratedSerializer,
    RowSerializer,
    WebUrlMixin,
    slugs_field,
)


# --- organizations ---------------------------------------------------------------------------
class OrganizationListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:organization-detail", lookup_field="slug")
    country = CountryCodeField(read_only=True, allow_null=True)
    founded = NullablePartialDateField("founded", "founded_precision", read_only=True)

    class Meta:
        model = Organization
        fields = [
            "url",
            "web_url",
            "slug",
            "acronym",
            "name",
            "kind",
            "country",
            "founded",
            "updated_at",
            "wikidata_id",
        ]


class OrganizationMissionSerializer(serializers.Serializer):
    mission = serializers.CharField(source="mission.slug")
    role = serializers.CharField()
    contribution = serializers.CharField()


class DisputeSerializer(serializers.Serializer):
    """Another value a source gives for a field (the record keeps its own sources' value)."""

    field = StrictCharField()
    value = StrictCharField()
    source_url = StrictURLField()


def disputes_field() -> DisputeSerializer:
    return DisputeSerializer(many=True, required=False, help_text="Where sources disagree: the other values.")


class MembershipSerializer(serializers.Serializer):
    """One membership row (read-only; curators edit memberships in the admin or the fixtures)."""

    organization = serializers.CharField(source="organization.slug")
    country = serializers.CharField(source="country.code")
    kind = serializers.CharField()
    joined_on = NullablePartialDateField("joined_on", "joined_precision", read_only=True)
    left_on = NullablePartialDateField("left_on", "left_precision", read_only=True)
    notes = serializers.CharField()
    disputes = DisputeSerializer(many=True, read_only=True)
    sources = SourceSerializer(many=True, read_only=True)


class OrganizationSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:organization-detail", lookup_field="slug")
    country = CountryCodeField(queryset=Country.objects.all(), allow_null=True, required=False)
    founded = NullablePartialDateField("founded", "founded_precision")
    founded_precision = serializers.ChoiceField(choices=Precision.choices, read_only=True)
    member_countries = CountryCodeField(many=True, queryset=Country.objects.all(), required=False)
    topics = slugs_field(Topic)
    missions = OrganizationMissionSerializer(source="visible_participations", many=True, read_only=True)
    members = MembershipSerializer(source="visible_members", many=True, read_only=True)
    disputes = disputes_field()
    related_fields = ("member_countries", "topics")

    class Meta:
        model = Organization
        fields = [
            "url",
            "web_url",
            "slug",
            "acronym",
            "name",
            "kind",
            "country",
            "founded",
            "founded_precision",
            "website",
            "summary",
            "member_countries",
            "members",
            "topics",
            "missions",
            "disputes",
            *CURATED_DETAIL_FIELDS,
            "wikidata_id",
        ]


# --- countries -------------------------------------------------------------------------------
class CountryListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:country-detail", lookup_field="code")

    class Meta:
        model = Country
        fields = ["url", "web_url", "code", "name", "region", "historical", "updated_at", "wikidata_id"]


class CountrySignatureSerializer(serializers.Serializer):
    agreement = serializers.CharField(source="agreement.slug")
    signed_on = NullablePartialDateField("signed_on", "signed_precision", read_only=True)
    ratified_on = NullablePartialDateField("ratified_on", "ratified_precision", read_only=True)
    withdrawn_on = NullablePartialDateField("withdrawn_on", "withdrawn_precision", read_only=True)
    status = serializers.ChoiceField(choices=SignatoryStatus.choices)
    disputes = DisputeSerializer(many=True, read_only=True)


class CountrySerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:country-detail", lookup_field="code")
    code = serializers.RegexField(CODE_PATTERN, help_text="ISO 3166-1 alpha-2, either case (stored lower case).")
    organizations = serializers.SerializerMethodField(help_text="Slugs of the organizations based there.")
    signatures = CountrySignatureSerializer(source="visible_signatures", many=True, read_only=True)
    memberships = MembershipSerializer(source="visible_memberships", many=True, read_only=True)

    class Meta:
        model = Country
        fields = [
            "url",
            "web_url",
            "code",
            "name",
            "official_name",
            "region",
            "historical",
            "notes",
            "organizations",
            "signatures",
            "memberships",
            *CURATED_DETAIL_FIELDS,
            "wikidata_id",
        ]

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
            "url",
            "web_url",
            "slug",
            "name",
            "short_name",
            "kind",
            "status",
            "destination",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "lead_organizations",
            "updated_at",
            "wikidata_id",
        ]

    def get_lead_organizations(self, obj) -> list[str]:
        return [participation.organization.slug for participation in obj.lead_participations]


class ParticipantSerializer(RowSerializer):
    """One organization's part in a mission (in the mission detail and at .../participants/)."""

    url = RowUrlField("api:mission-participant-detail", "mission", help_text="This participation's API URL.")
    organization = VisibleSlugRelatedField(slug_field="slug", queryset=Organization.objects.all())
    order = StrictIntegerField(
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
    topics = slugs_field(Topic)
    participants = ParticipantSerializer(source="visible_participations", many=True, read_only=True)
    agreements = slugs_field(Agreement, help_text="Agreements that govern or enable it (slugs).")
    disputes = disputes_field()
    related_fields = ("topics", "agreements")

    class Meta:
        model = Mission
        fields = [
            "url",
            "web_url",
            "slug",
            "name",
            "short_name",
            "kind",
            "status",
            "status_note",
            "destination",
            "start_date",
            "start_precision",
            "end_date",
            "end_precision",
            "parent",
            "summary",
            "topics",
            "agreements",
            "participants",
            "disputes",
            *CURATED_DETAIL_FIELDS,
            "wikidata_id",
        ]


# --- agreements ------------------------------------------------------------------------------
class AgreementListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:agreement-detail", lookup_field="slug")
    signatory_count = serializers.IntegerField(read_only=True, help_text="Signatories (as of `as_of` if given).")
    party_count = serializers.IntegerField(read_only=True, help_text="Ratified or acceded (as of `as_of`).")

    class Meta:
        model = Agreement
        fields = [
            "url",
            "web_url",
            "slug",
            "name",
            "short_name",
            "kind",
            "binding",
            "opened_for_signature",
            "entered_into_force",
            "signatory_count",
            "party_count",
            "updated_at",
            "wikidata_id",
        ]


class SignatorySerializer(RowSerializer):
    """One signatory row; with `as_of` in the context, as it stood on that day."""

    url = RowUrlField("api:agreement-signatory-detail", "agreement", help_text="This signatory's API URL.")
    country = CountryCodeField(queryset=Country.objects.all(), allow_null=True, required=False)
    organization = VisibleSlugRelatedField(
        slug_field="slug", queryset=Organization.objects.all(), allow_null=True, required=False
    )
    signed_on = NullablePartialDateField("signed_on", "signed_precision")
    ratified_on = NullablePartialDateField("ratified_on", "ratified_precision")
    withdrawn_on = NullablePartialDateField("withdrawn_on", "withdrawn_precision")
    disputes = disputes_field()
    parent_field = "agreement"

    class Meta:
        model = Signatory
        fields = [
            "id",
            "url",
            "country",
            "organization",
            "signed_on",
            "ratified_on",
            "withdrawn_on",
            "status",
            "notes",
            "disputes",
            "updated_at",
        ]

    def to_representation(self, instance) -> dict:
        data = super().to_representation(instance)
        as_of = self.context.get("as_of")
        return _as_it_stood(data, instance, as_of) if as_of else data


def _as_it_stood(data: dict, row: Signatory, as_of: datetime.date) -> dict:
    """Hide what happened after `as_of`: a later ratification or withdrawal did not exist yet."""
    ratified = row.is_party_on(as_of)  # the rows listed as of a day were not withdrawn by then
    if not ratified:
        data["ratified_on"] = None
    if row.withdrawn_on is not None and row.withdrawn_counts_from > as_of:
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
    topics = slugs_field(Topic)
    organizations = slugs_field(Organization)
    signatories = SignatorySerializer(source="visible_signatories", many=True, read_only=True)
    missions = slugs_field(Mission, help_text="Missions and programmes it governs or enables (slugs).")
    disputes = disputes_field()
    related_fields = ("topics", "organizations", "missions")

    class Meta:
        model = Agreement
        fields = [
            "url",
            "web_url",
            "slug",
            "name",
            "short_name",
            "kind",
            "binding",
            "adopted_on",
            "opened_for_signature",
            "entered_into_force",
            "depositary",
            "summary",
            "text_url",
            "topics",
            "organizations",
            "missions",
            "disputes",
            "signatory_count",
            "party_count",
            "as_of",
            "reported_parties",
            "reported_signatories",
            "reported_as_of",
            "reported_source",
            "signatories",
            *CURATED_DETAIL_FIELDS,
            "wikidata_id",
        ]
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
            "url",
            "web_url",
            "slug",
            "name",
            "summary",
            "organizations",
            "missions",
            "agreements",
            "events",
            *CURATED_DETAIL_FIELDS,
        ]


# --- guides and FAQ questions (read-only links: curators link records in the admin) --------------
def _link_fields() -> dict:
    slug = {"many": True, "read_only": True}
    return {
        "organizations": serializers.SlugRelatedField(slug_field="slug", **slug),
        "countries": serializers.SlugRelatedField(slug_field="code", **slug),
        "missions": serializers.SlugRelatedField(slug_field="slug", **slug),
        "agreements": serializers.SlugRelatedField(slug_field="slug", **slug),
        "topics": serializers.SlugRelatedField(slug_field="slug", **slug),
        "events": serializers.SlugRelatedField(slug_field="slug", **slug),
    }


LINK_FIELDS = ["organizations", "countries", "missions", "agreements", "topics", "events"]


class GuideListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:guide-detail", lookup_field="slug")

    class Meta:
        model = Guide
        fields = ["url", "web_url", "slug", "title", "standfirst", "order", "updated_at"]


class GuideSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:guide-detail", lookup_field="slug")
    locals().update(_link_fields())

    class Meta:
        model = Guide
        fields = [
            "url",
            "web_url",
            "slug",
            "title",
            "standfirst",
            "body",
            "order",
            *LINK_FIELDS,
            *CURATED_DETAIL_FIELDS,
        ]


class QuestionListSerializer(WebUrlMixin, serializers.ModelSerializer):
    url = ApiUrlField(view_name="api:question-detail", lookup_field="slug")

    class Meta:
        model = Question
        fields = ["url", "web_url", "slug", "question", "order", "updated_at"]


class QuestionSerializer(CuratedSerializer):
    url = ApiUrlField(view_name="api:question-detail", lookup_field="slug")
    locals().update(_link_fields())

    class Meta:
        model = Question
        fields = ["url", "web_url", "slug", "question", "answer", "order", *LINK_FIELDS, *CURATED_DETAIL_FIELDS]
