"""Sentences about edits, read off simple-history records: shared by the change log and the admin.

A row that belongs to a record (a signatory of an agreement, a participant of a mission) names
its party ("added signatory Oman"). Whether a visitor may read that name is decided when the
sentence is shown, not when it is written: `row_notes()` keeps a reference to the party next to
the sentence, and `render_note()` leaves the name out unless the reader may see the party.
"""

from __future__ import annotations

from django.db import models

from .models import Status

PARTY = "{party}"


def row_spec(model: type[models.Model]) -> tuple[str, str, tuple[str, ...]] | None:
    """(parent field, noun, party fields) for a row model that declares them, else None."""
    parent = getattr(model, "row_parent", None)
    if parent is None:
        return None
    return parent, model.row_noun, tuple(model.row_party_fields)


def field_label(model, name: str) -> str:
    return str(model._meta.get_field(name).verbose_name)


def record_changes(history) -> tuple[list[str], list[str]]:
    """(changed field labels, notes) for a historical record of a curated model."""
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


def render_note(note, may_name=lambda ref: True) -> str:
    """A note as text; a row's party is named only when `may_name((label, pk))` says so."""
    if isinstance(note, str):
        return note
    party = note.get("party")
    named = party is not None and may_name(tuple(party))
    return note["text"].replace(PARTY, note["name"] if named else "").replace("  ", " ").strip()


def describe_row(history) -> list[str]:
    """The row's notes for staff (the admin names every party)."""
    return [render_note(note) for note in row_notes(history)]
