from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from coop_site.records.models import Curated, CuratedQuerySet


class TopicQuerySet(CuratedQuerySet):
    pass


class Topic(Curated):
    """A theme (human spaceflight, space law, Earth observation…) linking missions, agreements, events."""

    registry_order = 6
    search_names = ["name"]
    search_texts = ["summary"]

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
        return reverse("catalog:topic-detail", kwargs={"slug": self.slug})
