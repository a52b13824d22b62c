"""No lost edits: change forms carry the version they were opened at; a stale save is refused.

The form refuses the save in `clean()` with a message listing what changed meanwhile (from
simple-history); `Curated.save(expected_version=...)` re-checks under a row lock, so two saves
racing past `clean()` still cannot both win.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.utils import timezone

from coop_site.records.history import describe_row

MAX_LINES = 15


def stored_version(instance) -> int | None:
    return type(instance)._default_manager.filter(pk=instance.pk).values_list("version", flat=True).first()


def _who(record) -> str:
    user = record.history_user
    if user is None:
        return "someone"
    return user.get_full_name() or user.get_username()


def _when(record) -> str:
    return timezone.localtime(record.history_date).strftime("%d %b %Y %H:%M:%S")


def _short(value) -> str:
    text = "—" if value in (None, "") else str(value)
    return text if len(text) <= 80 else text[:77] + "…"


def _field_lines(instance, expected: int) -> list[str]:
    lines = []
    m2m_names = {field.name for field in instance.history.model._history_m2m_fields}
    records = instance.history.filter(version__gt=expected).select_related("history_user").order_by("history_date")
    for record in records[:MAX_LINES]:
        previous = record.prev_record
        if previous is None:
            continue
        for change in record.diff_against(previous).changes:
            label = instance._meta.get_field(change.field).verbose_name
            if change.field in m2m_names:
                lines.append(f"{label} changed ({_who(record)}, {_when(record)})")
            else:
                lines.append(f"{label}: {_short(change.old)} → {_short(change.new)} ({_who(record)}, {_when(record)})")
    return lines


def _row_lines(instance, expected: int, inline_rows: list[tuple]) -> list[str]:
    """Changes to inline rows (signatories, participations) since the version the form was opened at."""
    since = (
        instance.history.filter(version__lte=expected).order_by("-history_date").values_list("history_date", flat=True)
    ).first()
    if since is None:
        return []
    lines = []
    for model, parent_field, _noun in inline_rows:
        records = model.history.filter(**{f"{parent_field}_id": instance.pk, "history_date__gt": since})
        for record in records.select_related("history_user").order_by("history_date")[:MAX_LINES]:
            lines.extend(f"{note} ({_who(record)}, {_when(record)})" for note in describe_row(record))
    return lines


def stale_edit_errors(instance, expected: int, inline_rows: list[tuple] = ()) -> list[ValidationError]:
    stored = stored_version(instance)
    head = ValidationError(
        "Someone else saved this %(name)s after you opened it (you opened version %(expected)s, it is now at "
        "version %(stored)s), so your changes were not saved. What changed meanwhile is listed below. Reload "
        "the page to edit the current version; your values are still in the form so you can copy them.",
        code="stale",
        params={"name": instance._meta.verbose_name, "expected": expected, "stored": stored},
    )
    lines = _field_lines(instance, expected) + _row_lines(instance, expected, list(inline_rows))
    return [head, *(ValidationError(line, code="stale_detail") for line in lines[: MAX_LINES * 2])]


class VersionedModelForm(forms.ModelForm):
    """A ModelForm for curated records that carries the version it was opened at."""

    expected_version = forms.IntegerField(
        widget=forms.HiddenInput,
        required=False,
        error_messages={"invalid": "This form is damaged; reload the page."},
    )
    # Set by the ModelAdmin: [(inline model, FK to this record, noun)] listed in stale-edit messages.
    inline_rows: list[tuple] = []

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        instance = self.instance
        if instance.pk is None:
            return
        historical = getattr(instance, "_history", None)
        # A revert form is built from an old version: guard the *current* version instead.
        self.fields["expected_version"].initial = stored_version(instance) if historical else instance.version
        if historical is not None:
            self._initial_m2m_from_history(historical)

    def _initial_m2m_from_history(self, historical) -> None:
        """Revert restores the M2M links too (simple-history only fills the concrete fields)."""
        for field in historical._history_m2m_fields:
            if field.name in self.fields:
                rows = getattr(historical, field.name).all()
                target = field.m2m_reverse_field_name()
                self.initial[field.name] = [getattr(row, f"{target}_id") for row in rows]

    def clean(self):
        cleaned = super().clean()
        if self.instance.pk is None or self.instance._state.adding:
            return cleaned
        expected = cleaned.get("expected_version")
        if expected is None:
            raise ValidationError("This form is missing its version; reload the page and make your change again.")
        stored = stored_version(self.instance)
        if stored is not None and stored != expected:
            raise ValidationError(stale_edit_errors(self.instance, expected, self.inline_rows))
        return cleaned
