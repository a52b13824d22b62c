"""The public change log: one line per published edit, derived from simple-history's records.

Simple-history keeps one table per model and one record per save or M2M change, so listing
"recent changes" straight from it means a union over a dozen tables plus a diff per row. Instead,
each new historical record is summarised once, when it is written, into `ChangeLogEntry`; the
public page then reads one table in a constant number of queries. Nothing here names the editor,
and a row's party (a signatory, a participant) is stored as a reference that the reader's
visibility resolves (catalog/queries.py), so a draft is never named to a visitor.
"""

import datetime

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone, translation
from django.utils.translation import gettext, ngettext
from simple_history.signals import post_create_historical_record

from coop_site.records.history import (
    ADDED,
    HEAD_NOTES,
    record_changes,
    render_note,
    row_note_parts,
    row_notes,
    row_spec,
    show_fields,
)
from coop_site.records.models import Curated, Status

# Consecutive records of one record within this window (one admin save writes the row, then one
# record per M2M field and inline row) read as one edit.
MERGE_WINDOW = datetime.timedelta(seconds=5)
MAX_NOTES = 4


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
        return self.summary_for()

    def party_refs(self) -> set[tuple[str, int]]:
        return {tuple(note["party"]) for note in self.notes if isinstance(note, dict) and note.get("party")}

    def summary_for(self, may_name=lambda ref: True) -> str:
        """One line in the reader's language: 'published; changed date, summary; added signatory Oman'.

        What a creation already says is left out: the fields and links a new record was saved with
        ("added to the Atlas", not "…; changed sources, topics"), and the links of a row added in
        the same edit ("added participant ESA", not "…; changed participant ESA (sources)").
        """
        added_rows = {_row(note, "added") for note in self.notes} - {None}
        notes = [note for note in self.notes if _row(note, "changed") not in added_rows]
        head = [render_note(note) for note in notes if note in HEAD_NOTES]
        rest = [render_note(note, may_name) for note in notes if note not in HEAD_NOTES]
        fields = [] if ADDED in notes else self.fields
        parts = head + ([gettext("changed %(fields)s") % {"fields": show_fields(fields)}] if fields else [])
        parts += rest[:MAX_NOTES]
        if len(rest) > MAX_NOTES:
            more = len(rest) - MAX_NOTES
            parts.append(ngettext("and %(count)s more", "and %(count)s more", more) % {"count": more})
        return "; ".join(parts)

    @property
    def record_type(self) -> str:
        """The record's type in the reader's language (catalog/field_labels.py, timeline/field_labels.py)."""
        if self.record is None:
            return ""
        with translation.override(settings.LANGUAGE_CODE):
            name = str(self.record._meta.verbose_name)
        return gettext(name)

    def get_absolute_url(self) -> str:
        return self.record.get_absolute_url() if self.record is not None else ""


def _row(note, action: str) -> tuple[str, str] | None:
    """(row noun, party) of a row's note about `action` ("added", "changed"), else None."""
    parts = row_note_parts(note)
    return (parts[1], str(note["party"])) if parts and parts[0] == action else None


def _merge(items: list, new: list) -> list:
    return items + [item for item in new if item not in items]


def _store(model, object_id: int, when, fields: list[str], notes: list) -> None:
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
    """post_create_historical_record receiver: log edits of published records."""
    model = type(instance)
    spec = row_spec(model)
    if spec is not None:
        parent_attr = spec[0]
        parent_model = model._meta.get_field(parent_attr).related_model
        parent_id = getattr(history_instance, f"{parent_attr}_id")
        if not parent_model.objects.published().filter(pk=parent_id).exists():
            return
        notes = row_notes(history_instance)
        if notes:
            _store(parent_model, parent_id, history_instance.history_date, [], notes)
        return
    if not issubclass(model, Curated) or history_instance.publication_status != Status.PUBLISHED:
        return
    fields, notes = record_changes(history_instance)
    if fields or notes:
        _store(model, instance.pk, history_instance.history_date or timezone.now(), fields, notes)


post_create_historical_record.connect(record_change, dispatch_uid="catalog.changelog.record_change")
