from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.dates import Precision, format_partial, iso_partial, truncate
from coop_site.lib.wikidata import wikidata_field
from coop_site.records.models import Curated, CuratedQuerySet


class OrganizationKind(models.TextChoices):
    NATIONAL_AGENCY = "national_agency", _("national space agency")
    INTERGOVERNMENTAL = "intergovernmental", _("intergovernmental organization")
    UN_BODY = "un_body", _("UN body")
    NGO = "ngo", _("international federation / NGO")
    COMPANY = "company", _("company")
    RESEARCH = "research", _("research institution")
    GOVERNMENT = "government", _("government / ministry")


class Organization(Curated):
    registry_order = 1
    list_url_name = "catalog:organization-list"
    search_names = ["acronym", "name"]  # matched exactly / by prefix; the first one orders ties
    search_texts = ["summary"]  # matched by words only
    acronym = models.CharField(max_length=40, blank=True, db_index=True)
    name = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=OrganizationKind.choices, db_index=True)
    country = models.ForeignKey(
        "catalog.Country",
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="organizations",
        help_text="Empty for international organizations.",
    )
    member_countries = models.ManyToManyField("catalog.Country", blank=True, related_name="memberships")
    founded = models.DateField(
        null=True, blank=True, help_text="Stored as the first day of the year or month when only those are known."
    )
    founded_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.YEAR)
    website = models.URLField(blank=True)
    summary = models.TextField(blank=True)
    topics = models.ManyToManyField("catalog.Topic", blank=True, related_name="organizations")

    wikidata_id = wikidata_field()

    history = HistoricalRecords(m2m_fields=["sources", "member_countries", "topics"])
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "organizations"

    def __str__(self) -> str:
        return f"{self.name} ({self.acronym})" if self.acronym else self.name

    @property
    def display_name(self) -> str:
        return self.acronym or self.name

    @property
    def founded_display(self) -> str:
        return format_partial(self.founded, self.founded_precision)

    @property
    def founded_iso(self) -> str | None:
        return iso_partial(self.founded, self.founded_precision)

    def save(self, *args, **kwargs):
        if self.founded:
            self.founded = truncate(self.founded, self.founded_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return reverse("catalog:organization-detail", kwargs={"slug": self.slug})
