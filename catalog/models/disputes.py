"""Disagreements between sources, kept as data: `[{"field", "value", "source_url"}]` on a record or row.

The stored value of `field` is the one the curators kept (from the record's own sources); each entry
gives another value a source states for the same field, and that source's address. Pages show a
"sources disagree" mark with both values; the lists filter on `?disputed=true`.
"""

from django.core.exceptions import ValidationError
from django.db import models

DISPUTE_KEYS = ("field", "value", "source_url")


def validate_disputes(errors: dict, disputes) -> None:
    """Add an error under "disputes" unless it is a list of {"field", "value", "source_url"} objects."""
    if disputes in (None, []):
        return
    problem = None
    if not isinstance(disputes, list):
        problem = "Expected a list of disagreements."
    else:
        for index, item in enumerate(disputes, start=1):
            if not isinstance(item, dict) or set(item) != set(DISPUTE_KEYS):
                problem = f"Disagreement {index}: give exactly field, value and source_url."
            elif not all(isinstance(item[key], str) and item[key].strip() for key in DISPUTE_KEYS):
                problem = f"Disagreement {index}: field, value and source_url must be non-empty text."
            elif not item["source_url"].startswith(("http://", "https://")):
                problem = f"Disagreement {index}: source_url must be a web address."
            if problem:
                break
    if problem:
        errors["disputes"] = ValidationError(problem, code="disputes")


def disputes_field() -> models.JSONField:
    return models.JSONField(
        default=list,
        blank=True,
        help_text='Where sources disagree: [{"field": "…", "value": "…", "source_url": "https://…"}].',
    )
