"""Create the Curators group with its permissions (idempotent; safe to run again)."""

from django.db import migrations

# Models curators edit. Historical models are not listed: simple-history derives history
# permissions from these. No auth/user permissions: curators do not manage accounts.
CURATED = {
    "catalog": ["agreement", "country", "mission", "organization", "participation", "signatory", "source", "topic"],
    "timeline": ["event"],
}
# Delete is granted, but the admin only lets non-superusers delete drafts (catalog/admin/base.py).
ACTIONS = ["add", "change", "delete", "view"]


def create_curators_group(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    # Permissions are normally created after all migrations; make sure they exist now.
    for label in CURATED:
        app_config = apps.get_app_config(label)
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    group, _ = Group.objects.get_or_create(name="Curators")
    wanted = [
        Permission.objects.get(content_type__app_label=label, codename=f"{action}_{model}")
        for label, models in CURATED.items()
        for model in models
        for action in ACTIONS
    ]
    group.permissions.add(*wanted)


class Migration(migrations.Migration):
    dependencies = [
        ("auth", "0012_alter_user_first_name_max_length"),
        ("contenttypes", "0002_remove_content_type_name"),
        ("catalog", "0002_changelogentry"),
        ("timeline", "0001_initial"),
    ]

    operations = [migrations.RunPython(create_curators_group, migrations.RunPython.noop)]
