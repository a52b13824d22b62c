"""Recover deleted records from simple-history: a "Deleted records" page on every changelist."""

import datetime

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.http import HttpResponseRedirect
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.views.decorators.http import require_POST

# Inline rows deleted with their parent carry history dates a few milliseconds before it.
CASCADE_WINDOW = datetime.timedelta(seconds=10)
MAX_LISTED = 200


def _check_foreign_keys(obj) -> None:
    """Refuse (with a sentence) to restore a record whose related records are gone too."""
    for field in obj._meta.concrete_fields:
        if not field.is_relation:
            continue
        value = getattr(obj, field.attname)
        if value is not None and not field.related_model._default_manager.filter(pk=value).exists():
            if field.null:
                setattr(obj, field.attname, None)
            else:
                raise ValidationError(
                    f"its {field.verbose_name} (#{value}) was deleted too; recover that {field.verbose_name} first."
                )


def _restore_m2m(obj, before) -> None:
    """Links as they stood in the last record before the deletion (the deletion record has none)."""
    if before is None:
        return
    for field in before._history_m2m_fields:
        target_field = field.m2m_reverse_field_name()
        ids = [getattr(row, f"{target_field}_id") for row in getattr(before, field.name).all()]
        getattr(obj, field.name).set(field.related_model._default_manager.filter(pk__in=ids))


def restore(deletion, user, inline_rows=()) -> tuple[object, list[str]]:
    """Re-create the record a deletion record describes, with its M2M links and cascaded inline rows."""
    model = deletion.instance_type
    obj = deletion.instance
    _check_foreign_keys(obj)
    obj.validate_unique()
    obj.validate_constraints()
    obj._history_user = user
    obj.save()
    if hasattr(obj, "created_at"):  # auto_now_add stamped "now" on the re-insert
        model._default_manager.filter(pk=obj.pk).update(created_at=deletion.created_at)
    _restore_m2m(obj, deletion.prev_record)
    warnings = []
    for row_model, parent_field, noun in inline_rows:
        existing = row_model._default_manager.values("pk")
        rows = row_model.history.filter(
            **{f"{parent_field}_id": obj.pk},
            history_type="-",
            history_date__lte=deletion.history_date,
            history_date__gte=deletion.history_date - CASCADE_WINDOW,
        ).exclude(id__in=existing)
        for row in rows:
            try:
                with transaction.atomic():
                    restore(row, user)
            except ValidationError as error:
                warnings.append(f"{noun} #{row.id} not restored: {' '.join(error.messages)}")
    return obj, warnings


class RecoverDeletedMixin:
    """Adds `<model>/deleted/` (list) and `<model>/deleted/<history_id>/restore/` (POST) to a ModelAdmin."""

    inline_rows: list[tuple] = []

    def get_urls(self):
        prefix = f"{self.opts.app_label}_{self.opts.model_name}"
        return [
            path("deleted/", self.admin_site.admin_view(self.deleted_view), name=f"{prefix}_deleted"),
            path(
                "deleted/<int:history_id>/restore/",
                self.admin_site.admin_view(require_POST(self.restore_view)),
                name=f"{prefix}_restore",
            ),
        ] + super().get_urls()

    def deleted_records(self):
        """The latest deletion record of every record that does not exist any more."""
        history = self.model.history
        existing = self.model._default_manager.values("pk")
        records = (
            history.filter(history_type="-")
            .exclude(id__in=existing)
            .select_related("history_user")
            .order_by("-history_date")[:MAX_LISTED]
        )
        latest: dict = {}
        for record in records:
            latest.setdefault(record.id, record)
        return list(latest.values())

    def deleted_view(self, request):
        if not self.has_add_permission(request):
            raise PermissionDenied
        context = {
            **self.admin_site.each_context(request),
            "title": f"Deleted {self.opts.verbose_name_plural}",
            "opts": self.opts,
            "records": self.deleted_records(),
        }
        return TemplateResponse(request, "admin/records/deleted_records.html", context)

    def restore_view(self, request, history_id: int):
        if not self.has_add_permission(request):
            raise PermissionDenied
        deletion = get_object_or_404(self.model.history.filter(history_type="-"), history_id=history_id)
        prefix = f"admin:{self.opts.app_label}_{self.opts.model_name}"
        if self.model._default_manager.filter(pk=deletion.id).exists():
            self.message_user(request, f"{deletion.instance} exists already.", messages.WARNING)
            return HttpResponseRedirect(reverse(f"{prefix}_change", args=[deletion.id]))
        try:
            with transaction.atomic():
                obj, warnings = restore(deletion, request.user, self.inline_rows)
        except ValidationError as error:
            self.message_user(
                request, f"Could not restore {deletion.instance}: {' '.join(error.messages)}", messages.ERROR
            )
            return HttpResponseRedirect(reverse(f"{prefix}_deleted"))
        self.log_addition(request, obj, "Restored from history.")
        self.message_user(request, f'Restored "{obj}" as it was when it was deleted.', messages.SUCCESS)
        for warning in warnings:
            self.message_user(request, warning, messages.WARNING)
        return HttpResponseRedirect(reverse(f"{prefix}_change", args=[obj.pk]))
