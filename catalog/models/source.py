from django.db import models
from simple_history.models import HistoricalRecords


class SourceQuerySet(models.QuerySet):
    pass


class Source(models.Model):
    """A document that backs a fact: every published record cites at least one."""

    title = models.CharField(max_length=300)
    url = models.URLField(max_length=500, unique=True)
    publisher = models.CharField(max_length=200, blank=True)
    accessed_on = models.DateField(null=True, blank=True)
    notes = models.TextField(blank=True)
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True)

    history = HistoricalRecords()
    objects = SourceQuerySet.as_manager()

    class Meta:
        ordering = ["title"]
        verbose_name_plural = "sources"

    def __str__(self) -> str:
        return f"{self.title} ({self.publisher})" if self.publisher else self.title

    def get_absolute_url(self) -> str:
        return self.url
