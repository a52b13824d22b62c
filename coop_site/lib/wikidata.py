"""Wikidata identifiers: a record's Q-number, filled only where a stored source gives it."""

from django.core.validators import RegexValidator
from django.db import models

WIKIDATA_PATTERN = r"^Q[1-9][0-9]{0,11}$"
validate_wikidata_id = RegexValidator(
    WIKIDATA_PATTERN, "Enter a Wikidata item identifier: Q followed by its number, e.g. Q42262."
)


def wikidata_field() -> models.CharField:
    return models.CharField(
        "Wikidata ID",
        max_length=13,
        blank=True,
        db_index=True,
        validators=[validate_wikidata_id],
        help_text="The Wikidata item (Q-number), only where a source gives it; never guessed.",
    )


def wikidata_url(qid: str) -> str:
    return f"https://www.wikidata.org/wiki/{qid}" if qid else ""
