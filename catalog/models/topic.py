from django.db import models
from simple_history.models import HistoricalRecords

from coop_site.records.links import record_url
from coop_site.records.models import Curated, CuratedQuerySet


class TopicQuerySet(CuratedQuerySet):
    pass


class Topic(Curated):
    """A theme (human spaceflight, space law, Earth observation…) linking missions, agreements, events."""

    registry_order = 6
    choice_label_fields = ("name",)  # what __str__ reads: filter-form options load only these
    search_names = ["name"]
    search_texts = ["summary"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008, timeline.0004)

    name = models.CharField(max_length=120, unique=True)
    slug = models.SlugField(max_length=120, unique=True)
    summary = models.TextField(blank=True)

    history = HistoricalRecords(m2m_fields=["sources"])
    objects = TopicQuerySet.as_manager()

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "topics"

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return record_url("catalog:topic-detail", slug=self.slug)
