from django.db import models


class CacheGeneration(models.Model):
    """One row (pk=1): the generation of the anonymous response cache, part of every cache key.

    It lives in the database, not in the cache, so that a write made while Redis is unreachable
    still invalidates what Redis holds when it comes back.
    """

    value = models.BigIntegerField(default=0)

    class Meta:
        verbose_name = "response cache generation"

    def __str__(self) -> str:
        return f"generation {self.value}"
