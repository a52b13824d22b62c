"""What every curated record shares: a publication status, timestamps, a version and sources."""

from django.apps import apps
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils.translation import gettext_lazy as _


class StaleEdit(Exception):
    """Raised when an edit was made on a version of a record that somebody else has since changed."""

    def __init__(self, instance, expected: int, stored: int):
        self.instance, self.expected, self.stored = instance, expected, stored
        super().__init__(
            f'{instance._meta.verbose_name.capitalize()} "{instance}" was changed by someone else '
            f"(you edited version {expected}, it is now at version {stored})."
        )


class Status(models.TextChoices):
    DRAFT = "draft", _("draft")
    PUBLISHED = "published", _("published")


# The reading rule, in one place. A viewer is a user, or None for the anonymous public (the view
# every shared channel reads as: lists, search, sitemap, feeds, charts, exports). Active staff see
# drafts too, to preview them; everybody else sees published records only. Apps apply the rule in
# their `queries.py`, through `visible_q()` for linked records and `visible_to()` for querysets.
PUBLIC = None


def sees_drafts(viewer) -> bool:
    """Active staff preview drafts; everybody else sees published records only."""
    return bool(viewer is not None and viewer.is_active and viewer.is_staff)


def visible_q(viewer, prefix: str = "") -> models.Q:
    """Rows whose record reached through `prefix` (e.g. "organization__") the viewer may see."""
    if sees_drafts(viewer):
        return models.Q()
    return models.Q(**{f"{prefix}publication_status": Status.PUBLISHED})


def is_visible(record, viewer) -> bool:
    """The same rule for a record already loaded."""
    return record is not None and (record.publication_status == Status.PUBLISHED or sees_drafts(viewer))


def visible_prefetch(model, lookup: str, viewer, queryset=None, to_attr: str | None = None) -> models.Prefetch:
    """Prefetch the records of `model.<lookup>` (a relation to curated records) the viewer may see."""
    related = model._meta.get_field(lookup).related_model
    queryset = queryset if queryset is not None else related._default_manager.all()
    return models.Prefetch(lookup, queryset=queryset.filter(visible_q(viewer)), to_attr=to_attr)


def public_choices(model):
    """For a filter's record choices (django-filter calls it with the request): published records."""

    def choices(request=None):
        return model._default_manager.filter(visible_q(PUBLIC))

    return choices


def source_model() -> type[models.Model]:
    """The model that records cite (settings.RECORDS_SOURCE_MODEL)."""
    return apps.get_model(settings.RECORDS_SOURCE_MODEL)


class CuratedQuerySet(models.QuerySet):
    def published(self):
        return self.filter(publication_status=Status.PUBLISHED)

    def drafts(self):
        return self.filter(publication_status=Status.DRAFT)

    def visible_to(self, viewer):
        """Staff see drafts (to preview them); everybody else sees published records only."""
        return self.filter(visible_q(viewer))


class Curated(models.Model):
    """Abstract base of every record curators publish (the registry enumerates its subclasses).

    `version` grows by one on every save: an edit made on an older version is refused
    (optimistic concurrency), so two curators never silently overwrite each other.
    """

    publication_status = models.CharField(
        max_length=10,
        choices=Status.choices,
        default=Status.DRAFT,
        db_index=True,
        help_text="Only published records reach the public site, the API, search, sitemap and feeds.",
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(auto_now=True, db_index=True)
    version = models.PositiveIntegerField(default=1, editable=False)
    sources = models.ManyToManyField(
        settings.RECORDS_SOURCE_MODEL, blank=True, related_name="%(app_label)s_%(class)s_set"
    )

    objects = CuratedQuerySet.as_manager()

    class Meta:
        abstract = True

    @property
    def is_published(self) -> bool:
        return self.publication_status == Status.PUBLISHED

    @property
    def is_draft(self) -> bool:
        return self.publication_status == Status.DRAFT

    def save(self, *args, expected_version: int | None = None, **kwargs):
        """Save, refusing the edit if `expected_version` is given and the stored row has moved on."""
        if self.pk is None or self._state.adding:
            super().save(*args, **kwargs)
            return
        with transaction.atomic(using=kwargs.get("using")):
            stored = (
                type(self)
                ._default_manager.select_for_update()
                .filter(pk=self.pk)
                .values_list("version", flat=True)
                .first()
            )
            if expected_version is not None and stored is not None and stored != expected_version:
                raise StaleEdit(self, expected_version, stored)
            self.version = (stored or self.version or 0) + 1
            super().save(*args, **kwargs)


def check_order(errors: dict, earlier, later, earlier_label: str, later_field: str, later_label: str) -> None:
    """Add a curator-readable error when `later` falls before `earlier`."""
    if earlier is not None and later is not None and later < earlier:
        errors[later_field] = ValidationError(
            f"{later_label} {later.isoformat()} is before {earlier_label} {earlier.isoformat()}.",
            code="date_order",
        )
