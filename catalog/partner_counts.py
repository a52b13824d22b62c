"""`Mission.published_partner_count`: the partners the public sees, kept on the row.

The home page ranks missions by partner count. Derived per request, that is an aggregate over every
participation of every mission (linear in the catalog); stored, it is the top of an index. The
stored count is of participations whose organization is *published*, so it is only read for the
anonymous public (catalog/queries.py `featured_missions`); a viewer who sees drafts gets the
derived count. It is kept in the writer's transaction by the receivers below: a participation
saved, moved or deleted, an organization saved (published or unpublished) or deleted, a mission
saved (a CSV import may carry any value). Writes that send no signal (`bulk_create`,
`QuerySet.update`) call `recount_partners()`; `check_partner_counts()` lists the missions whose
stored count differs from the derived one (tests, and `manage.py check_partner_counts`).
"""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_save

from coop_site.records.models import PUBLIC, visible_q

from .models import Mission, Organization, Participation


def derived_partner_count():
    """The count as the public sees it, derived from the rows (a subquery on each mission)."""
    rows = (
        Participation.objects.filter(visible_q(PUBLIC, "organization__"), mission=OuterRef("pk"))
        .order_by()
        .values("mission")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def recount_partners(mission_ids=None) -> int:
    """Store the derived count on the given missions (all when None); returns how many rows were updated."""
    missions = Mission.objects.all() if mission_ids is None else Mission.objects.filter(pk__in=list(mission_ids))
    return missions.update(published_partner_count=derived_partner_count())


def check_partner_counts() -> list[tuple[str, int, int]]:
    """(slug, stored, derived) of every mission whose stored count is wrong: an empty list when all agree."""
    rows = Mission.objects.annotate(derived=derived_partner_count()).values_list(
        "slug", "published_partner_count", "derived"
    )
    return [(slug, stored, derived) for slug, stored, derived in rows if stored != derived]


def _participation_moving(sender, instance, raw=False, **kwargs) -> None:
    instance._partner_count_old_mission = None
    if instance.pk is not None:
        instance._partner_count_old_mission = (
            Participation.objects.filter(pk=instance.pk).values_list("mission_id", flat=True).first()
        )


def _participation_changed(sender, instance, **kwargs) -> None:
    ids = {instance.mission_id, getattr(instance, "_partner_count_old_mission", None)} - {None}
    recount_partners(ids)


def _organization_changed(sender, instance, **kwargs) -> None:
    missions = Participation.objects.filter(organization_id=instance.pk).values("mission_id")
    Mission.objects.filter(pk__in=missions).update(published_partner_count=derived_partner_count())


def _mission_saved(sender, instance, **kwargs) -> None:
    recount_partners([instance.pk])


def connect() -> None:
    uid = "partner_counts"
    pre_save.connect(_participation_moving, sender=Participation, dispatch_uid=f"{uid}.participation.pre")
    post_save.connect(_participation_changed, sender=Participation, dispatch_uid=f"{uid}.participation.save")
    post_delete.connect(_participation_changed, sender=Participation, dispatch_uid=f"{uid}.participation.delete")
    post_save.connect(_organization_changed, sender=Organization, dispatch_uid=f"{uid}.organization.save")
    post_save.connect(_mission_saved, sender=Mission, dispatch_uid=f"{uid}.mission.save")
