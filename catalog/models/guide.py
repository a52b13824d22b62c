"""Guides (explainers written from the records) and the FAQ's questions: curated Markdown texts
that link the records they rest on. Their text is rendered by catalog/markdown.py (sanitised)."""

from django.db import models
from django.urls import reverse
from simple_history.models import HistoricalRecords

from coop_site.records.models import Curated, CuratedQuerySet

LINKS = ["organizations", "countries", "missions", "agreements", "topics", "events"]


def _links(related_name: str) -> dict[str, models.ManyToManyField]:
    targets = {
        "organizations": "catalog.Organization",
        "countries": "catalog.Country",
        "missions": "catalog.Mission",
        "agreements": "catalog.Agreement",
        "topics": "catalog.Topic",
        "events": "timeline.Event",
    }
    return {
        name: models.ManyToManyField(target, blank=True, related_name=related_name) for name, target in targets.items()
    }


class Guide(Curated):
    """An explainer: a Markdown body linking the records it explains, with its sources."""

    registry_order = 7
    list_url_name = "catalog:guide-list"
    search_names = ["title"]
    search_texts = ["standfirst", "body"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008)

    title = models.CharField(max_length=200)
    slug = models.SlugField(max_length=120, unique=True)
    standfirst = models.TextField(blank=True, help_text="One or two sentences shown under the title and on cards.")
    body = models.TextField(
        help_text="Markdown. Link records with their paths (/missions/iss/); "
        "{{ count:agreement:<slug>:signatories }}, :parties and {{ count:mission:<slug>:participants }} "
        "render live counts."
    )
    order = models.PositiveIntegerField(default=0, help_text="Guides are listed by this number, then by title.")
    organizations, countries, missions, agreements, topics, events = _links("guides").values()

    history = HistoricalRecords(m2m_fields=["sources", *LINKS])
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "title"]
        verbose_name_plural = "guides"

    def __str__(self) -> str:
        return self.title

    @property
    def summary(self) -> str:
        return self.standfirst

    def get_absolute_url(self) -> str:
        return reverse("catalog:guide-detail", kwargs={"slug": self.slug})


class Question(Curated):
    """A question of the FAQ, with a short Markdown answer linking the records it relies on."""

    registry_order = 8
    list_url_name = "catalog:faq"
    search_names = ["question"]
    search_texts = ["answer"]
    stored_search_document = True  # PostgreSQL: a generated tsvector column (catalog.0008)

    question = models.CharField(max_length=300)
    slug = models.SlugField(max_length=120, unique=True)
    answer = models.TextField(help_text="Markdown, with the same links and count tokens as guides.")
    order = models.PositiveIntegerField(default=0)
    organizations, countries, missions, agreements, topics, events = _links("questions").values()

    history = HistoricalRecords(m2m_fields=["sources", *LINKS])
    objects = CuratedQuerySet.as_manager()

    class Meta:
        ordering = ["order", "question"]
        verbose_name_plural = "questions"

    def __str__(self) -> str:
        return self.question

    @property
    def title(self) -> str:
        return self.question

    def get_absolute_url(self) -> str:
        return reverse("catalog:question-detail", kwargs={"slug": self.slug})
