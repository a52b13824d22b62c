"""The Curators group at runtime: same permissions as migration 0003 grants, for models added since.

The data migration creates the group; `create_curator` and test fixtures call this so the group
is complete even after a database flush or when a new record type has been added.
"""

from django.contrib.auth.models import Group, Permission
from django.contrib.contenttypes.models import ContentType

from coop_site.records.registry import record_types

GROUP_NAME = "Curators"
ACTIONS = ["add", "change", "delete", "view"]
# Derived or internal models curators do not edit directly.
EXCLUDED_MODELS = {"changelogentry"}


def curated_apps() -> set[str]:
    """The apps that hold record types: their models (rows and sources included) are curated."""
    return {model._meta.app_label for model in record_types()}


def sync_curators_group() -> Group:
    group, _ = Group.objects.get_or_create(name=GROUP_NAME)
    models = [
        content_type
        for content_type in ContentType.objects.filter(app_label__in=curated_apps())
        if content_type.model_class() is not None
        and not content_type.model.startswith("historical")
        and content_type.model not in EXCLUDED_MODELS
    ]
    codenames = [f"{action}_{ct.model}" for ct in models for action in ACTIONS]
    group.permissions.add(*Permission.objects.filter(content_type__in=models, codename__in=codenames))
    return group
