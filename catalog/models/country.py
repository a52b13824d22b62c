from django.db import models
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.wikidata import wikidata_field
from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet


class Region(models.TextChoices):
    AFRICA = "africa", _("Africa")
    AMERICAS = "americas", _("Americas")
    ASIA = "asia", _("Asia")
    EUROPE = "europe", _("Europe")
    OCEANIA = "oceania", _("Oceania")


class CountryQuerySet(CuratedQuerySet):
    pass


class Country(Curated):
    """A state, keyed by its lower-case ISO 3166-1 alpha-2 code (also its URL slug).

    Historical states keep their reserved code (`su` for the Soviet Union) and are flagged.
    """

    registry_order = 2
    choice_label_fields = ("name",)  # what __str__ reads: filter-form options load only these
    list_url_name = "catalog:country-list"
    search_names = ["code", "name"]
    search_texts = ["official_name"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)

    code = models.CharField(max_length=2, unique=True, help_text="ISO 3166-1 alpha-2 code, lower case (e.g. 'in').")
    name = models.CharField(max_length=120)
    official_name = models.CharField(max_length=200, blank=True)
    region = models.CharField(max_length=10, choices=Region.choices, blank=True, db_index=True)
    historical = models.BooleanField(default=False, help_text="A state that no longer exists (e.g. the USSR).")
    notes = models.TextField(blank=True)

    wikidata_id = wikidata_field()

    history = HistoricalRecords(m2m_fields=["sources"])
    objects = CountryQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "countries"
        constraints = [
            models.CheckConstraint(
                condition=models.Q(code__regex=r"^[a-z]{2}$"),
                name="country_code_is_two_lowercase_letters",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def local_name(self) -> str:
        """The name in the active language (CLDR through babel); the record's name in English."""
        from catalog.templatetags.languages import country_name

        return country_name(self)

    @property
    def slug(self) -> str:
        return self.code

    def save(self, *args, **kwargs):
        self.code = (self.code or "").lower()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return record_url("catalog:country-detail", code=self.code)
