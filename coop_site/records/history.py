"""Sentences about edits, read off simple-history records: shared by the change log and the admin.

A row that belongs to a record (a signatory of an agreement, a participant of a mission) names
its party ("added signatory Oman"). Whether a visitor may read that name is decided when the
sentence is shown, not when it is written: `row_notes()` keeps a reference to the party next to
the sentence, and `render_note()` leaves the name out unless the reader may see the party.

What is stored is English, whatever language the curator's admin speaks; what is shown is in the
reader's language: `render_note()` and `show_fields()` translate at reading time. The apps mark
their field labels for translation (catalog/field_labels.py, timeline/field_labels.py).
"""

from __future__ import annotations

import re

from django.conf import settings
from django.db import models
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from .models import Status

PARTY = "{party}"
ADDED = gettext_noop("added to the Atlas")
PUBLISHED = gettext_noop("published")
HEAD_NOTES = (ADDED, PUBLISHED)

# A row's stored sentence ("added signatory {party}", "changed member {party} (joined on)") and its
# words in the reader's language: (with the party named, without it), per action and row noun.
ROW_NOTE = re.compile(r"^(added|removed|changed) (\w+) \{party\}(?: \((.*)\))?$")
ROW_MESSAGES = {
    ("added", "signatory"): (gettext_noop("added signatory %(party)s"), gettext_noop("added a signatory")),
    ("removed", "signatory"): (gettext_noop("removed signatory %(party)s"), gettext_noop("removed a signatory")),
    ("changed", "signatory"): (gettext_noop("changed signatory %(party)s"), gettext_noop("changed a signatory")),
    ("added", "participant"): (gettext_noop("added participant %(party)s"), gettext_noop("added a participant")),
    ("removed", "participant"): (
        gettext_noop("removed participant %(party)s"),
        gettext_noop("removed a participant"),
    ),
    ("changed", "participant"): (
        gettext_noop("changed participant %(party)s"),
        gettext_noop("changed a participant"),
    ),
    ("added", "member"): (gettext_noop("added member %(party)s"), gettext_noop("added a member")),
    ("removed", "member"): (gettext_noop("removed member %(party)s"), gettext_noop("removed a member")),
    ("changed", "member"): (gettext_noop("changed member %(party)s"), gettext_noop("changed a member")),
}


def row_spec(model: type[models.Model]) -> tuple[str, str, tuple[str, ...]] | None:
    """(parent field, noun, party fields) for a row model that declares them, else None."""
    parent = getattr(model, "row_parent", None)
    if parent is None:
        return None
    return parent, model.row_noun, tuple(model.row_party_fields)


def field_label(model, name: str) -> str:
    """The field's label as stored: in English, the language of the messages' ids."""
    with translation.override(settings.LANGUAGE_CODE):
        return str(model._meta.get_field(name).verbose_name)


def show_fields(labels: list[str]) -> str:
    """Stored field labels, in the reader's language: "date, summary"."""
    return ", ".join(gettext(label) for label in labels)


def record_changes(history) -> tuple[list[str], list[str]]:
    """(changed field labels, notes) for a historical record of a curated model."""
    if history.history_type == "+":
        return [], [ADDED]
    if history.history_type == "-":
        return [], []
    previous = history.prev_record
    if previous is None:
        return [], []
    fields, notes = [], []
    for change in history.diff_against(previous).changes:
        if change.field == "publication_status":
            if change.new == Status.PUBLISHED:
                notes.append(PUBLISHED)
            continue
        fields.append(field_label(history.instance_type, change.field))
    return fields, notes


def party_of(history) -> models.Model | None:
    """The country or organization a historical row names (None when it is gone)."""
    _, _, party_fields = row_spec(history.instance_type)
    for name in party_fields:
        pk = getattr(history, f"{name}_id", None)
        if pk:
            related = history.instance_type._meta.get_field(name).related_model
            return related._default_manager.filter(pk=pk).first()
    return None


def party_label(party) -> str:
    return getattr(party, "display_name", None) or str(party)


def row_notes(history) -> list[dict]:
    """Notes on a row's edit: {"text": "added signatory {party}", "party": [label, pk], "name": …}."""
    _, noun, _ = row_spec(history.instance_type)
    if history.history_type == "+":
        text = f"added {noun} {PARTY}"
    elif history.history_type == "-":
        text = f"removed {noun} {PARTY}"
    else:
        previous = history.prev_record
        changed = [] if previous is None else history.diff_against(previous).changed_fields
        if not changed:
            return []
        labels = ", ".join(field_label(history.instance_type, name) for name in changed)
        text = f"changed {noun} {PARTY} ({labels})"
    party = party_of(history)
    if party is None:
        return [{"text": text, "party": None, "name": "?"}]
    return [{"text": text, "party": [party._meta.label_lower, party.pk], "name": party_label(party)}]


def row_note_parts(note) -> tuple[str, str, str | None] | None:
    """(action, row noun, changed field labels or None) of a row's note; None for any other note."""
    match = ROW_NOTE.match(note.get("text", "")) if isinstance(note, dict) else None
    return match.groups() if match else None


def render_note(note, may_name=lambda ref: True) -> str:
    """A note as text in the reader's language; a row's party is named only when
    `may_name((label, pk))` says so."""
    if isinstance(note, str):
        return gettext(note) if note in HEAD_NOTES else note
    party = note.get("party")
    named = party is not None and may_name(tuple(party))
    parts = row_note_parts(note)
    messages = ROW_MESSAGES.get(parts[:2]) if parts else None
    if messages is None:  # a sentence this version does not know: shown as stored
        return note["text"].replace(PARTY, note["name"] if named else "").replace("  ", " ").strip()
    text = gettext(messages[0]) % {"party": note["name"]} if named else gettext(messages[1])
    fields = parts[2]
    return f"{text} ({show_fields(fields.split(', '))})" if fields else text


def describe_row(history) -> list[str]:
    """The row's notes for staff (the admin names every party)."""
    return [render_note(note) for note in row_notes(history)]
