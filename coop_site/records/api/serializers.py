"""Serializer bases for every record type: details that write through the model's validation, rows."""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import extend_schema_field
from rest_framework import serializers

from .fields import (
    MAX_INT,
    STRICT_FIELD_MAPPING,
    SourceSerializer,
    StrictIntegerField,
    StrictSlugRelatedField,
    full_clean_candidate,
    save_sources,
    web_path,
)

VERSION_HELP = (
    "The record's version. Read it from the detail; send it back unchanged on PUT/PATCH: "
    "if somebody saved in between, the update is refused with 409."
)
CURATED_DETAIL_FIELDS = ["publication_status", "created_at", "updated_at", "version", "sources"]


def slugs_field(model, **kwargs) -> serializers.SlugRelatedField:
    return StrictSlugRelatedField(many=True, slug_field="slug", queryset=model.objects.all(), required=False, **kwargs)


class WebUrlMixin(serializers.Serializer):
    web_url = serializers.SerializerMethodField(help_text="The record's page on the site.")

    @extend_schema_field(OpenApiTypes.URI)
    def get_web_url(self, obj) -> str:
        return self.context["request"].build_absolute_uri(web_path(obj))


class CuratedSerializer(WebUrlMixin, serializers.ModelSerializer):
    """Detail and write serializer: validates through the model and saves with the client's version."""

    serializer_field_mapping = STRICT_FIELD_MAPPING
    version_required_on_update = True  # the OpenAPI schema says so too (AtlasAutoSchema)
    sources = SourceSerializer(many=True, required=False)
    version = StrictIntegerField(min_value=1, max_value=MAX_INT, required=False, help_text=VERSION_HELP)
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

    serializer_field_mapping = STRICT_FIELD_MAPPING
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
