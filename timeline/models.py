from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import F, Q
from django.utils.translation import gettext_lazy as _
from simple_history.models import HistoricalRecords

from coop_site.lib.dates import Precision, format_partial, iso_partial, truncate
from coop_site.lib.wikidata import wikidata_field
from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet, check_order


class EventKind(models.TextChoices):
    LAUNCH = "launch", _("launch")
    DOCKING = "docking", _("docking / crew")
    SIGNATURE = "signature", _("signature")
    ENTRY_INTO_FORCE = "entry_into_force", _("entry into force")
    MILESTONE = "milestone", _("milestone")
    CONFERENCE = "conference", _("conference")
    FUNDING = "funding", _("funding / policy")
    PLANNED = "planned", _("planned")


class Event(Curated):
    """A dated moment in the history of cooperation, known to the day, the month or only the year."""

    registry_order = 5
    list_url_name = "timeline:event-list"
    search_names = ["title"]
    search_texts = ["summary"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)

    title = models.CharField(max_length=300)
    slug = models.SlugField(max_length=140, unique=True)
    date = models.DateField(db_index=True, help_text="The first day of the year or month when only those are known.")
    date_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    end_date = models.DateField(null=True, blank=True)
    end_precision = models.CharField(max_length=5, choices=Precision.choices, default=Precision.DAY)
    kind = models.CharField(max_length=20, choices=EventKind.choices, db_index=True)
    summary = models.TextField(blank=True)
    featured = models.BooleanField(default=False, db_index=True)
    organizations = models.ManyToManyField("catalog.Organization", blank=True, related_name="events")
    countries = models.ManyToManyField("catalog.Country", blank=True, related_name="events")
    missions = models.ManyToManyField("catalog.Mission", blank=True, related_name="events")
    agreements = models.ManyToManyField("catalog.Agreement", blank=True, related_name="events")
    topics = models.ManyToManyField("catalog.Topic", blank=True, related_name="events")

    wikidata_id = wikidata_field()

    history = HistoricalRecords(
        m2m_fields=["sources", "organizations", "countries", "missions", "agreements", "topics"]
    )
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["date", "title"]
        indexes = [
            models.Index(fields=["date", "title"], name="event_list_order_idx"),  # the timeline's order
            # A date range's count and latest change (the API list's ETag), from the index alone.
            models.Index(fields=["date", "publication_status", "updated_at"], name="event_date_stats_idx"),
        ]
        verbose_name_plural = "events"
        constraints = [
            models.CheckConstraint(
                condition=Q(end_date__isnull=True) | Q(end_date__gte=F("date")),
                name="event_ends_after_it_starts",
                violation_error_message="The event's end date is before its date.",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.date_display}: {self.title}"

    @property
    def date_display(self) -> str:
        return format_partial(self.date, self.date_precision)

    @property
    def date_iso(self) -> str:
        return iso_partial(self.date, self.date_precision)

    @property
    def end_display(self) -> str:
        return format_partial(self.end_date, self.end_precision)

    @property
    def end_iso(self) -> str | None:
        return iso_partial(self.end_date, self.end_precision)

    @property
    def year(self) -> int:
        return self.date.year

    @property
    def decade(self) -> int:
        return self.date.year // 10 * 10

    def clean(self):
        super().clean()
        errors: dict = {}
        check_order(errors, self.date, self.end_date, "date", "end_date", "End date")
        if errors:
            raise ValidationError(errors)

    def save(self, *args, **kwargs):
        self.date = truncate(self.date, self.date_precision)
        if self.end_date:
            self.end_date = truncate(self.end_date, self.end_precision)
        super().save(*args, **kwargs)

    def get_absolute_url(self) -> str:
        return record_url("timeline:event-detail", slug=self.slug)
