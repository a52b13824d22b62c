"""Small helpers shared by the API tests."""

import datetime

from django.utils import timezone


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item.get("slug", item.get("code")) for item in response.json()["results"]]


def set_updated_at(obj, when: datetime.datetime) -> None:
    """auto_now cannot be set through save(); tests move the clock with an UPDATE."""
    type(obj).objects.filter(pk=obj.pk).update(updated_at=when)


def at(year: int, month: int, day: int, hour: int = 0) -> datetime.datetime:
    return datetime.datetime(year, month, day, hour, tzinfo=datetime.UTC)


NOW = timezone.now
