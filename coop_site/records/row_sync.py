"""A row's parent moves with the row: every save or delete of a signatory or a participation
(API, admin inline, CSV import, loader) bumps its parent's `updated_at`, so `updated_after` sync
and the lists' ETags notice. An UPDATE, not save(): the parent's version stays (no 409 for its
editors) and no history record is written for it.
"""

from __future__ import annotations

from django.db.models.signals import post_delete, post_save
from django.utils import timezone

from .registry import row_types


def touch_parent(sender, instance, **kwargs) -> None:
    if kwargs.get("raw"):  # loaddata: the fixture's own timestamps stand
        return
    field = sender._meta.get_field(sender.row_parent)
    parent_id = getattr(instance, field.attname)
    if parent_id is not None:
        field.related_model._default_manager.filter(pk=parent_id).update(updated_at=timezone.now())


def connect() -> None:
    """Called from an app's ready(): one receiver pair per row model the registry knows."""
    for model in row_types():
        uid = f"row_sync.{model._meta.label}"
        post_save.connect(touch_parent, sender=model, dispatch_uid=f"{uid}.save")
        post_delete.connect(touch_parent, sender=model, dispatch_uid=f"{uid}.delete")
