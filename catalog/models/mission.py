from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.dates import Precision, format_partial, iso_partial, truncate
from coop_site.lib.wikidata import wikidata_field
from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet, check_order

from .disputes import disputes_field, validate_disputes


class MissionKind(models.TextChoices):
    SPACE_STATION = "space_station", _("space station")
    OBSERVATORY = "observatory", _("observatory / telescope")
    PLANETARY = "planetary", _("planetary / lunar")
    EARTH_OBSERVATION = "earth_observation", _("Earth observation")
    TRANSPORT = "transport", _("crew / cargo transport")
    LAUNCH = "launch", _("launch")
    GROUND = "ground", _("ground infrastructure")
    DATA_SHARING = "data_sharing", _("data sharing / consortium")
    PROGRAMME = "programme", _("programme")


class MissionStatus(models.TextChoices):
    PLANNED = "planned", _("planned")
    ACTIVE = "active", _("active")
    COMPLETED = "completed", _("completed")
    CANCELLED = "cancelled", _("cancelled")


class Role(models.TextChoices):
    LEAD = "lead", _("lead")
    PARTNER = "partner", _("partner")
    CONTRIBUTOR = "contributor", _("contributor")
    CONTRACTOR = "contractor", _("contractor")
    OPERATOR = "operator", _("operator")


class Mission(Curated):
    """A mission or programme carried out by more than one organization."""

    registry_order = 3
    choice_label_fields = ("name",)  # what __str__ reads: filter-form options load only these
    list_url_name = "catalog:mission-list"
    search_names = ["short_name", "name"]
    search_texts = ["summary", "destination"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)

    name = models.CharField(max_length=200)
    short_name = models.CharField(
        max_length=60, blank=True, db_index=True, help_text="Acronym or usual short name (ISS, JWST)."
    )
    slug = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=MissionKind.choices, db_index=True)
    status = models.CharField(max_length=10, choices=MissionStatus.choices, db_index=True)
    status_note = models.CharField(
        max_length=300, blank=True, help_text="Status as the sources word it, with its date."
    )
    destination = models.CharField(max_length=120, blank=True)
    start_date = models.DateField(null=True, blank=True, db_index=True)
    start_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True, db_index=True)
    end_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    parent = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="children",
        help_text="The programme this mission belongs to (Orion → Artemis).",
    )
    summary = models.TextField(blank=True)
    topics = models.ManyToManyField("catalog.Topic", blank=True, related_name="missions")
    organizations = models.ManyToManyField(
        "catalog.Organization", through="catalog.Participation", related_name="missions", blank=True
    )
    disputes = disputes_field()

    wikidata_id = wikidata_field()
    # Derived, kept on write (catalog/partner_counts.py): participations whose organization is
    # published, i.e. the partner count the anonymous public sees. Staff previews count drafts too,
    # so they derive theirs; check_partner_counts() compares this with the derived count. (Kept in
    # the history too: simple_history cannot exclude a field that a reverse m2m change copies.)
    published_partner_count = models.PositiveIntegerField(default=0, editable=False)

    history = HistoricalRecords(m2m_fields=["sources", "topics"])
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["-start_date", "name"]
        verbose_name_plural = "missions"
        indexes = [
            # The home page's "most international missions": the top of this index, no aggregate.
            models.Index(F("published_partner_count").desc(), "name", name="mission_partner_count_idx"),
            models.Index(F("start_date").desc(), "name", name="mission_list_order_idx"),  # the list's order
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(start_date__isnull=True) | Q(end_date__gte=F("start_date")),
                name="mission_ends_after_it_starts",
                violation_error_message="The mission's end date is before its start date.",
            ),
        ]

    def __str__(self) -> str:
        return self.name

    @property
    def display_name(self) -> str:
        return self.short_name or self.name

    @property
    def start_display(self) -> str:
        return format_partial(self.start_date, self.start_precision)

    @property
    def end_display(self) -> str:
        return format_partial(self.end_date, self.end_precision)

    @property
    def start_iso(self) -> str | None:
        return iso_partial(self.start_date, self.start_precision)

    @property
    def end_iso(self) -> str | None:
        return iso_partial(self.end_date, self.end_precision)

    def clean(self):
        super().clean()
        errors: dict = {}
        check_order(errors, self.start_date, self.end_date, "start date", "end_date", "End date")
        validate_disputes(errors, self.disputes)
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        if self.start_date:
            self.start_date = truncate(self.start_date, self.start_precision)
        if self.end_date:
            self.end_date = truncate(self.end_date, self.end_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return record_url("catalog:mission-detail", slug=self.slug)


class Participation(models.Model):
    """One organization's part in a mission: its role and what it contributed."""

    # A row of its mission (coop_site/records/registry.py): the change log and the admin name it so.
    row_parent = "mission"
    row_noun = "participant"
    row_party_fields = ("organization",)

    mission = models.ForeignKey(Mission, on_delete=models.CASCADE, related_name="participations")
    organization = models.ForeignKey("catalog.Organization", on_delete=models.PROTECT, related_name="participations")
    role = models.CharField(max_length=12, choices=Role.choices, default=Role.PARTNER, db_index=True)
    contribution = models.CharField(max_length=500, blank=True, help_text="What it built, flew or paid for.")
    order = models.PositiveSmallIntegerField(default=0)
    sources = models.ManyToManyField("catalog.Source", blank=True, related_name="participations")

    history = HistoricalRecords(m2m_fields=["sources"])

    class Meta:
        ordering = ["order", "pk"]
        verbose_name_plural = "participations"
        constraints = [
            models.UniqueConstraint(
                fields=["mission", "organization", "role"],
                name="participation_unique_role_per_mission",
                violation_error_message="This organization already has that role in this mission.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.organization} — {self.get_role_display()} in {self.mission}"

    def get_absolute_url(self) -> str:
        return self.mission.get_absolute_url()
