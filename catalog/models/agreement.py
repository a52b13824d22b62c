import datetime

from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Count, F, Max, OuterRef, Q, Subquery
from django.db.models.functions import Coalesce
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.dates import Precision, format_partial, iso_partial, truncate
from coop_site.lib.wikidata import wikidata_field
from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet, check_order

from .disputes import disputes_field, validate_disputes


class AgreementKind(models.TextChoices):
    TREATY = "treaty", _("treaty")
    CONVENTION = "convention", _("convention")
    ACCORDS = "accords", _("accords / principles")
    INTERGOVERNMENTAL = "intergovernmental", _("intergovernmental agreement")
    MOU = "mou", _("memorandum of understanding")
    CHARTER = "charter", _("charter")


class SignatoryStatus(models.TextChoices):
    SIGNED = "signed", _("signed")
    RATIFIED = "ratified", _("ratified")
    ACCEDED = "acceded", _("acceded")
    WITHDRAWN = "withdrawn", _("withdrawn")


# --- "Counted on day D": the one definition --------------------------------------------------------
# A row counts as a signatory on day D from its signature (or, if it never signed, its
# ratification/accession) until its withdrawal; it counts as a party from its ratification or
# accession until its withdrawal. With no day (today, as the rows stand), the status decides:
# every row but a withdrawn one is a signatory, a ratified or acceded one is a party. Pages, API
# (`as_of`), charts, the map and the home page all count through these functions; the Q form and
# the Python form are tested against each other (tests/catalog/test_counted_on.py).
#
# Partial dates: a date known only to the month or the year counts from the END of its month or
# year (a signature of "October 2025" counts from 31 October 2025; a withdrawal of "2024" takes
# effect on 31 December 2024), so a row is never counted before it can have happened. The rule is
# kept in one place: `counts_from()`, stored by `save()` in the `*_counts_from` columns that the
# Q forms below and the Python twins read.
PARTY_STATUSES = frozenset({SignatoryStatus.RATIFIED, SignatoryStatus.ACCEDED})


def counts_from(value: datetime.date | None, precision: str) -> datetime.date | None:
    """The first day a date known to `precision` counts: the last day of its month or year."""
    if value is None:
        return None
    if precision == Precision.YEAR:
        return value.replace(month=12, day=31)
    if precision == Precision.MONTH:
        following = value.replace(day=28) + datetime.timedelta(days=4)
        return following - datetime.timedelta(days=following.day)
    return value


def counted_q(day: datetime.date | None, prefix: str = "") -> Q:
    """Signatory rows (reached through `prefix`, e.g. "signatories__") counted on `day`."""
    if day is None:
        return ~Q(**{f"{prefix}status": SignatoryStatus.WITHDRAWN})
    joined = Q(**{f"{prefix}signed_counts_from__lte": day}) | Q(
        **{f"{prefix}signed_on__isnull": True, f"{prefix}ratified_counts_from__lte": day}
    )
    return joined & _not_withdrawn_q(day, prefix)


def party_q(day: datetime.date | None, prefix: str = "") -> Q:
    """Signatory rows that are parties (ratified or acceded) on `day`."""
    if day is None:
        return Q(**{f"{prefix}status__in": PARTY_STATUSES})
    return Q(**{f"{prefix}ratified_counts_from__lte": day}) & _not_withdrawn_q(day, prefix)


def _not_withdrawn_q(day: datetime.date, prefix: str) -> Q:
    return Q(**{f"{prefix}withdrawn_on__isnull": True}) | Q(**{f"{prefix}withdrawn_counts_from__gt": day})


class PartialDates:
    """`<name>_on` dates stored with their `<name>_precision`, and the derived `<name>_counts_from`."""

    partial_dates: tuple[str, ...] = ()

    def _date(self, name: str) -> datetime.date | None:
        return getattr(self, f"{name}_on")

    def date_display(self, name: str) -> str:
        return format_partial(self._date(name), getattr(self, f"{name}_precision"))

    def date_iso(self, name: str) -> str | None:
        return iso_partial(self._date(name), getattr(self, f"{name}_precision"))

    def set_derived_dates(self) -> None:
        for name in self.partial_dates:
            value, precision = self._date(name), getattr(self, f"{name}_precision")
            if value is not None:
                value = truncate(value, precision)
                setattr(self, f"{name}_on", value)
            if hasattr(self, f"{name}_counts_from"):
                setattr(self, f"{name}_counts_from", counts_from(value, precision))


def precision_field(verbose: str) -> models.CharField:
    return models.CharField(f"{verbose} precision", max_length=5, choices=Precision.choices, default=Precision.DAY)


def counts_from_field() -> models.DateField:
    return models.DateField(
        null=True, blank=True, editable=False, db_index=True, help_text="Derived: the first day the date counts."
    )


class SignatoryQuerySet(models.QuerySet):
    def as_of(self, day: datetime.date):
        """Rows as they stood on `day`: counted as signatories then."""
        return self.filter(counted_q(day))


class AgreementQuerySet(CuratedQuerySet):
    def with_counts(self, as_of: datetime.date | None = None, rows: Q | None = None):
        """Annotate counts derived from the signatory rows (those matching `rows`, a Q on Signatory), as on `as_of`.

        Correlated subqueries, not a join and GROUP BY: a page of 20 agreements counts the rows of
        those 20 only (PostgreSQL evaluates them after the LIMIT), where a join aggregated every
        agreement's rows before sorting and cutting the page. Ordering by a count still works.
        """
        signatories = Signatory.objects.filter(agreement=OuterRef("pk"))
        if rows is not None:
            signatories = signatories.filter(rows)
        signatories = signatories.order_by().values("agreement")

        def count(counted: Q):
            counts = signatories.filter(counted).annotate(n=Count("pk")).values("n")
            return Coalesce(Subquery(counts, output_field=models.IntegerField()), 0)

        latest = Q(signed_counts_from__lte=as_of) if as_of is not None else Q()
        latest_dates = signatories.filter(latest).annotate(day=Max("signed_on")).values("day")
        return self.annotate(
            signatory_count=count(counted_q(as_of)),
            party_count=count(party_q(as_of)),
            latest_signature=Subquery(latest_dates, output_field=models.DateField()),
        )


class Agreement(Curated):
    """A treaty, convention, accords, intergovernmental agreement, MOU or charter."""

    registry_order = 4
    choice_label_fields = ("name",)  # what __str__ reads: filter-form options load only these
    list_url_name = "catalog:agreement-list"
    search_names = ["short_name", "name"]
    search_texts = ["summary"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)

    name = models.CharField(max_length=300)
    short_name = models.CharField(max_length=80, blank=True, db_index=True)
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices, db_index=True)
    binding = models.BooleanField(default=False, db_index=True, help_text="Legally binding under international law.")
    adopted_on = models.DateField(null=True, blank=True, help_text="Adopted (e.g. by the UN General Assembly).")
    opened_for_signature = models.DateField(null=True, blank=True, db_index=True)
    entered_into_force = models.DateField(null=True, blank=True, db_index=True)
    depositary = models.CharField(max_length=300, blank=True)
    summary = models.TextField(blank=True)
    text_url = models.URLField(max_length=500, blank=True)
    topics = models.ManyToManyField("catalog.Topic", blank=True, related_name="agreements")
    organizations = models.ManyToManyField(
        "catalog.Organization",
        blank=True,
        related_name="agreements",
        help_text="Organizations that administer or drafted the agreement (UNOOSA, NASA…).",
    )
    missions = models.ManyToManyField(
        "catalog.Mission",
        blank=True,
        related_name="agreements",
        help_text="Missions and programmes the agreement governs or enables (ISS IGA → ISS).",
    )
    disputes = disputes_field()
    # Where the signatory rows are known to be incomplete, the total reported by a source.
    reported_parties = models.PositiveIntegerField(null=True, blank=True)
    reported_signatories = models.PositiveIntegerField(
        null=True, blank=True, help_text="Further states that signed but have not ratified."
    )
    reported_as_of = models.DateField(null=True, blank=True)
    reported_source = models.ForeignKey(
        "catalog.Source", on_delete=models.PROTECT, null=True, blank=True, related_name="reported_totals"
    )

    wikidata_id = wikidata_field()
    # Derived, kept on write (catalog/signature_counts.py): the home page sums it over published
    # agreements instead of joining every signatory row. Drafts are previewed by staff, who derive
    # theirs; check_signature_counts() compares this with the derived count. (Kept in the history
    # like Mission.published_partner_count: the change log diffs editable fields only.)
    published_country_signature_count = models.PositiveIntegerField(
        default=0,
        editable=False,
        help_text="Derived, kept on every write: signatory rows not withdrawn whose country is published.",
    )

    history = HistoricalRecords(m2m_fields=["sources", "topics", "organizations", "missions"])
    objects = AgreementQuerySet.as_manager()

    class Meta:
        ordering = ["opened_for_signature", "name"]
        indexes = [models.Index(fields=["opened_for_signature", "name"], name="agreement_list_order_idx")]
        verbose_name_plural = "agreements"
        constraints = [
            models.CheckConstraint(
                condition=Q(entered_into_force__isnull=True)
                | Q(opened_for_signature__isnull=True)
                | Q(entered_into_force__gte=F("opened_for_signature")),
                name="agreement_in_force_after_opening",
                violation_error_message="Entry into force is before the agreement opened for signature.",
            ),
            models.CheckConstraint(
                condition=Q(reported_parties__isnull=True)
                | (Q(reported_as_of__isnull=False) & Q(reported_source__isnull=False)),
                name="agreement_reported_total_has_date_and_source",
                violation_error_message="A reported total needs its as-of date and its source.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    def clean(self):
        super().clean()
        errors: dict = {}
        check_order(
            errors,
            self.opened_for_signature,
            self.entered_into_force,
            "opened-for-signature date",
            "entered_into_force",
            "Entry into force",
        )
        if self.reported_parties is not None and not (self.reported_as_of and self.reported_source_id):
            errors["reported_as_of"] = ValidationError("A reported total needs its as-of date and its source.")
        validate_disputes(errors, self.disputes)
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return record_url("catalog:agreement-detail", slug=self.slug)


class Signatory(PartialDates, models.Model):
    """A country (or an organization, e.g. ESA under the Registration Convention) bound by an agreement."""

    # A row of its agreement (coop_site/records/registry.py): the change log and the admin name it so.
    row_parent = "agreement"
    row_noun = "signatory"
    row_party_fields = ("country", "organization")

    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="signatories")
    country = models.ForeignKey(
        "catalog.Country", on_delete=models.PROTECT, null=True, blank=True, related_name="signatures"
    )
    organization = models.ForeignKey(
        "catalog.Organization", on_delete=models.PROTECT, null=True, blank=True, related_name="signatures"
    )
    signed_on = models.DateField(null=True, blank=True, db_index=True)
    ratified_on = models.DateField(
        "ratified / acceded on",
        null=True,
        blank=True,
        db_index=True,
        help_text="Date of ratification, accession or acceptance.",
    )
    withdrawn_on = models.DateField(null=True, blank=True)
    signed_precision = precision_field("signed")
    ratified_precision = precision_field("ratified")
    withdrawn_precision = precision_field("withdrawn")
    signed_counts_from = counts_from_field()
    ratified_counts_from = counts_from_field()
    withdrawn_counts_from = counts_from_field()
    status = models.CharField(
        max_length=10, choices=SignatoryStatus.choices, default=SignatoryStatus.SIGNED, db_index=True
    )
    notes = models.CharField(max_length=1000, blank=True)
    disputes = disputes_field()
    sources = models.ManyToManyField("catalog.Source", blank=True, related_name="signatories")

    partial_dates = ("signed", "ratified", "withdrawn")
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords(m2m_fields=["sources"])
    objects = SignatoryQuerySet.as_manager()

    class Meta:
        ordering = ["signed_on", "pk"]
        verbose_name_plural = "signatories"
        constraints = [
            models.CheckConstraint(
                condition=Q(country__isnull=False, organization__isnull=True)
                | Q(country__isnull=True, organization__isnull=False),
                name="signatory_is_a_country_or_an_organization",
                violation_error_message="A signatory is either a country or an organization.",
            ),
            models.CheckConstraint(
                condition=Q(ratified_on__isnull=True) | Q(signed_on__isnull=True) | Q(ratified_on__gte=F("signed_on")),
                name="signatory_ratified_after_signed",
                violation_error_message="The ratified date is before the signed date.",
            ),
            models.UniqueConstraint(
                fields=["agreement", "country"],
                condition=Q(country__isnull=False),
                name="signatory_country_once_per_agreement",
                violation_error_message="This country is already a signatory of this agreement.",
            ),
            models.UniqueConstraint(
                fields=["agreement", "organization"],
                condition=Q(organization__isnull=False),
                name="signatory_organization_once_per_agreement",
                violation_error_message="This organization is already a signatory of this agreement.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.party} — {self.agreement}"

    @property
    def party(self):
        return self.country or self.organization

    def is_counted_on(self, day: datetime.date | None) -> bool:
        """Python twin of `counted_q()`, for rows a page has already loaded."""
        if day is None:
            return self.status != SignatoryStatus.WITHDRAWN
        self.set_derived_dates()
        joined_on = self.signed_counts_from if self.signed_on else self.ratified_counts_from
        return joined_on is not None and joined_on <= day and self._not_withdrawn_on(day)

    def is_party_on(self, day: datetime.date | None) -> bool:
        """Python twin of `party_q()`."""
        if day is None:
            return self.status in PARTY_STATUSES
        self.set_derived_dates()
        ratified = self.ratified_counts_from
        return ratified is not None and ratified <= day and self._not_withdrawn_on(day)

    def _not_withdrawn_on(self, day: datetime.date) -> bool:
        return self.withdrawn_on is None or self.withdrawn_counts_from > day

    @property
    def signed_display(self) -> str:
        return self.date_display("signed")

    @property
    def ratified_display(self) -> str:
        return self.date_display("ratified")

    @property
    def withdrawn_display(self) -> str:
        return self.date_display("withdrawn")

    @property
    def signed_iso(self) -> str | None:
        return self.date_iso("signed")

    @property
    def ratified_iso(self) -> str | None:
        return self.date_iso("ratified")

    @property
    def withdrawn_iso(self) -> str | None:
        return self.date_iso("withdrawn")

    def save(self, *args, **kwargs):
        self.set_derived_dates()
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors: dict = {}
        if (self.country_id is None) == (self.organization_id is None):
            errors["country"] = ValidationError("Choose a country or an organization (exactly one).")
        check_order(errors, self.signed_on, self.ratified_on, "signed date", "ratified_on", "Ratified date")
        check_order(errors, self.signed_on, self.withdrawn_on, "signed date", "withdrawn_on", "Withdrawal date")
        # A status without its date is allowed (sources often give the status alone): such a row counts
        # by its status today and on no given day.
        if self.status == SignatoryStatus.WITHDRAWN and self.withdrawn_on is None:
            errors["withdrawn_on"] = ValidationError("A withdrawn signatory needs its withdrawal date.")
        validate_disputes(errors, self.disputes)
        if errors:
            raise ValidationError(errors)

    def get_absolute_url(self) -> str:
        return self.agreement.get_absolute_url()
