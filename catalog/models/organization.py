import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.dates import Precision, format_partial, iso_partial, truncate
from coop_site.lib.wikidata import wikidata_field
from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet, check_order

from .agreement import PartialDates, counts_from_field, precision_field
from .disputes import disputes_field, validate_disputes


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
    choice_label_fields = ("name", "acronym")  # what __str__ reads: filter-form options load only these
    list_url_name = "catalog:organization-list"
    search_names = ["acronym", "name"]  # matched exactly / by prefix; the first one orders ties
    search_texts = ["summary"]  # matched by words only
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)
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
    disputes = disputes_field()

    wikidata_id = wikidata_field()

    history = HistoricalRecords(m2m_fields=["sources", "member_countries", "topics"])
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        indexes = [models.Index(fields=["name"], name="organization_list_order_idx")]  # the list's order
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

    def clean(self):
        super().clean()
        errors: dict = {}
        validate_disputes(errors, self.disputes)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.founded:
            self.founded = truncate(self.founded, self.founded_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return record_url("catalog:organization-detail", slug=self.slug)


class MembershipKind(models.TextChoices):
    MEMBER = "member", _("member")
    ASSOCIATE = "associate", _("associate member")
    COOPERATING = "cooperating", _("cooperating state")


class Membership(PartialDates, models.Model):
    """A country's membership of an organization (ESA, EUMETSAT, APSCO…), with its dates and sources.

    `Organization.member_countries` is kept in step by the loader: the countries with a current
    row (not left), so the older M2M readers stay true.
    """

    # A row of its organization (coop_site/records/registry.py): the change log and the admin name it so.
    row_parent = "organization"
    row_noun = "member"
    row_party_fields = ("country",)

    organization = models.ForeignKey(Organization, on_delete=models.CASCADE, related_name="membership_rows")
    country = models.ForeignKey("catalog.Country", on_delete=models.PROTECT, related_name="membership_rows")
    kind = models.CharField(max_length=12, choices=MembershipKind.choices, default=MembershipKind.MEMBER)
    joined_on = models.DateField(null=True, blank=True, db_index=True)
    joined_precision = precision_field("joined")
    left_on = models.DateField(null=True, blank=True)
    left_precision = precision_field("left")
    joined_counts_from = counts_from_field()
    left_counts_from = counts_from_field()
    notes = models.CharField(max_length=1000, blank=True)
    disputes = disputes_field()
    sources = models.ManyToManyField("catalog.Source", blank=True, related_name="memberships")
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=["sources"])
    partial_dates = ("joined", "left")

    class Meta:
        ordering = [models.F("joined_on").asc(nulls_last=True), "pk"]
        verbose_name_plural = "memberships"
        constraints = [
            models.UniqueConstraint(
                fields=["organization", "country", "kind"],
                name="membership_once_per_kind",
                violation_error_message="This country already has this kind of membership of this organization.",
            ),
            models.CheckConstraint(
                condition=Q(left_on__isnull=True) | Q(joined_on__isnull=True) | Q(left_on__gte=models.F("joined_on")),
                name="membership_left_after_joined",
                violation_error_message="The date it left is before the date it joined.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.country} — {self.get_kind_display()} of {self.organization}"

    @property
    def joined_display(self) -> str:
        return self.date_display("joined")

    @property
    def left_display(self) -> str:
        return self.date_display("left")

    @property
    def joined_iso(self) -> str | None:
        return self.date_iso("joined")

    @property
    def left_iso(self) -> str | None:
        return self.date_iso("left")

    def is_member_on(self, day: datetime.date | None) -> bool:
        """Member on `day` (today's rows when None), by the same end-of-period rule as signatories."""
        self.set_derived_dates()
        if day is None:
            return self.left_on is None
        joined = self.joined_counts_from
        return joined is not None and joined <= day and (self.left_on is None or self.left_counts_from > day)

    def clean(self):
        super().clean()
        errors: dict = {}
        check_order(errors, self.joined_on, self.left_on, "joined date", "left_on", "Left date")
        validate_disputes(errors, self.disputes)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.set_derived_dates()
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return self.organization.get_absolute_url()
