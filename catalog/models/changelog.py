"""The public change log: one line per published edit, derived from simple-history's records.

Simple-history keeps one table per model and one record per save or M2M change, so listing
"recent changes" straight from it means a union over a dozen tables plus a diff per row. Instead,
each new historical record is summarised once, when it is written, into `ChangeLogEntry`; the
public page then reads one table in a constant number of queries. Nothing here names the editor.
"""

import datetime

from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import NoReverseMatch
from django.utils import timezone
from simple_history.signals import post_create_historical_record

from .base import Curated, Status

# Consecutive records of one record within this window (one admin save writes the row, then one
# record per M2M field and inline row) read as one edit.
MERGE_WINDOW = datetime.timedelta(seconds=5)
MAX_NOTES = 4
_HEAD_NOTES = ("added to the Atlas", "published")
# Inline rows are reported on their parent record: (parent attribute, noun used in the summary).
INLINE_ROWS = {
    ("catalog", "signatory"): ("agreement", "signatory"),
    ("catalog", "participation"): ("mission", "participant"),
}


class ChangeLogEntry(models.Model):
    """What changed in a published record, when; shown on /changes/ and in its Atom feed."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    changed_at = models.DateTimeField(db_index=True)
    fields = models.JSONField(default=list, blank=True, help_text="Names of the fields that changed.")
    notes = models.JSONField(default=list, blank=True, help_text='Phrases such as "published", "added signatory Oman".')

    class Meta:
        ordering = ["-changed_at", "-pk"]
        verbose_name = "change log entry"
        verbose_name_plural = "change log entries"
        indexes = [models.Index(fields=["content_type", "object_id"], name="changelog_record_idx")]

    def __str__(self) -> str:
        return self.summary

    @property
    def summary(self) -> str:
        """One line: 'published; changed date, summary; added signatory Oman'."""
        head = [note for note in self.notes if note in _HEAD_NOTES]
        rest = [note for note in self.notes if note not in _HEAD_NOTES]
        parts = head + (["changed " + ", ".join(self.fields)] if self.fields else []) + rest[:MAX_NOTES]
        if len(rest) > MAX_NOTES:
            parts.append(f"and {len(rest) - MAX_NOTES} more")
        return "; ".join(parts)

    @property
    def record_type(self) -> str:
        return str(self.record._meta.verbose_name) if self.record is not None else ""

    def get_absolute_url(self) -> str:
        """The record's public page, or '' when it has none (yet)."""
        record = self.record
        if record is None:
            return ""
        try:
            return record.get_absolute_url()
        except NoReverseMatch:  # the public pages are wired by another part of the site
            return ""


def _field_label(model, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


def _record_changes(history) -> tuple[list[str], list[str]]:
    """(changed field names, notes) for a historical record of a curated model."""
    if history.history_type == "+":
        return [], ["added to the Atlas"]
    if history.history_type == "-":
        return [], []
    previous = history.prev_record
    if previous is None:
        return [], []
    fields, notes = [], []
    for change in history.diff_against(previous).changes:
        if change.field == "publication_status":
            if change.new == Status.PUBLISHED:
                notes.append("published")
            continue
        fields.append(_field_label(history.instance_type, change.field))
    return fields, notes


def _party_name(history) -> str:
    """Name of the country or organization of an inline row's historical record."""
    from catalog.models import Country, Organization

    if getattr(history, "country_id", None):
        return Country.objects.filter(pk=history.country_id).values_list("name", flat=True).first() or "?"
    org = Organization.objects.filter(pk=history.organization_id).first()
    return org.display_name if org else "?"


def describe_row(history, noun: str) -> list[str]:
    party = _party_name(history)
    if history.history_type == "+":
        return [f"added {noun} {party}"]
    if history.history_type == "-":
        return [f"removed {noun} {party}"]
    previous = history.prev_record
    changed = [] if previous is None else history.diff_against(previous).changed_fields
    if not changed:
        return []
    labels = ", ".join(_field_label(history.instance_type, name) for name in changed)
    return [f"changed {noun} {party} ({labels})"]


def _merge(items: list[str], new: list[str]) -> list[str]:
    return items + [item for item in new if item not in items]


def _store(model, object_id: int, when, fields: list[str], notes: list[str]) -> None:
    content_type = ContentType.objects.get_for_model(model)
    latest = (
        ChangeLogEntry.objects.filter(
            content_type=content_type, object_id=object_id, changed_at__gte=when - MERGE_WINDOW
        )
        .order_by("-changed_at")
        .first()
    )
    if latest is None:
        ChangeLogEntry.objects.create(
            content_type=content_type, object_id=object_id, changed_at=when, fields=fields, notes=notes
        )
        return
    latest.fields = _merge(latest.fields, fields)
    latest.notes = _merge(latest.notes, notes)
    latest.changed_at = max(latest.changed_at, when)
    latest.save(update_fields=["fields", "notes", "changed_at"])


def record_change(sender, instance, history_instance, **kwargs) -> None:
    """post_create_historical_record receiver: log edits that the public can see."""
    model = type(instance)
    opts = model._meta
    inline = INLINE_ROWS.get((opts.app_label, opts.model_name))
    if inline is not None:
        parent_attr, noun = inline
        parent_model = opts.get_field(parent_attr).related_model
        parent_id = getattr(history_instance, f"{parent_attr}_id")
        if not parent_model.objects.published().filter(pk=parent_id).exists():
            return
        notes = describe_row(history_instance, noun)
        if notes:
            _store(parent_model, parent_id, history_instance.history_date, [], notes)
        return
    if not issubclass(model, Curated) or history_instance.publication_status != Status.PUBLISHED:
        return
    fields, notes = _record_changes(history_instance)
    if fields or notes:
        _store(model, instance.pk, history_instance.history_date or timezone.now(), fields, notes)


post_create_historical_record.connect(record_change, dispatch_uid="catalog.changelog.record_change")
