"""`Agreement.published_country_signature_count`: the signatures by countries the public sees, kept on the row.

The home page's "signatures by countries" figure, derived per request, counts every signatory row
joined to its agreement and its country (linear in the catalog); stored, it is a sum over the
agreements table. The stored count is of rows not withdrawn (`counted_q(None)`, the one definition)
whose country is *published*, so it is only read for the anonymous public (catalog/queries.py
`country_signature_count`, summed over published agreements); a viewer who sees drafts gets the
derived count. It is kept in the writer's transaction by the receivers below: a signatory saved,
moved to another agreement or deleted, a country saved (published or unpublished), an agreement
saved (a CSV import may carry any value). Writes that send no signal (`bulk_create`,
`QuerySet.update`) call `recount_signatures()`; `check_signature_counts()` lists the agreements
whose stored count differs from the derived one (tests, and after a bulk load).
"""

from __future__ import annotations

from django.db.models import Count, IntegerField, OuterRef, Subquery
from django.db.models.functions import Coalesce
from django.db.models.signals import post_delete, post_save, pre_save

from coop_site.records.models import PUBLIC, visible_q

from .models import Agreement, Country, Signatory
from .models.agreement import counted_q


def derived_signature_count():
    """The count as the public sees it, derived from the rows (a subquery on each agreement)."""
    rows = (
        Signatory.objects.filter(
            counted_q(None), visible_q(PUBLIC, "country__"), country__isnull=False, agreement=OuterRef("pk")
        )
        .order_by()
        .values("agreement")
        .annotate(n=Count("pk"))
        .values("n")
    )
    return Coalesce(Subquery(rows, output_field=IntegerField()), 0)


def recount_signatures(agreement_ids=None) -> int:
    """Store the derived count on the given agreements (all when None); returns how many rows were updated."""
    agreements = (
        Agreement.objects.all() if agreement_ids is None else Agreement.objects.filter(pk__in=list(agreement_ids))
    )
    return agreements.update(published_country_signature_count=derived_signature_count())


def check_signature_counts() -> list[tuple[str, int, int]]:
    """(slug, stored, derived) of every agreement whose stored count is wrong: an empty list when all agree."""
    rows = Agreement.objects.annotate(derived=derived_signature_count()).values_list(
        "slug", "published_country_signature_count", "derived"
    )
    return [(slug, stored, derived) for slug, stored, derived in rows if stored != derived]


def _signatory_moving(sender, instance, raw=False, **kwargs) -> None:
    instance._signature_count_old_agreement = None
    if instance.pk is not None:
        instance._signature_count_old_agreement = (
            Signatory.objects.filter(pk=instance.pk).values_list("agreement_id", flat=True).first()
        )


def _signatory_changed(sender, instance, **kwargs) -> None:
    ids = {instance.agreement_id, getattr(instance, "_signature_count_old_agreement", None)} - {None}
    recount_signatures(ids)


def _country_changed(sender, instance, **kwargs) -> None:
    agreements = Signatory.objects.filter(country_id=instance.pk).values("agreement_id")
    Agreement.objects.filter(pk__in=agreements).update(published_country_signature_count=derived_signature_count())


def _agreement_saved(sender, instance, **kwargs) -> None:
    recount_signatures([instance.pk])


def connect() -> None:
    uid = "signature_counts"
    pre_save.connect(_signatory_moving, sender=Signatory, dispatch_uid=f"{uid}.signatory.pre")
    post_save.connect(_signatory_changed, sender=Signatory, dispatch_uid=f"{uid}.signatory.save")
    post_delete.connect(_signatory_changed, sender=Signatory, dispatch_uid=f"{uid}.signatory.delete")
    post_save.connect(_country_changed, sender=Country, dispatch_uid=f"{uid}.country.save")
    post_save.connect(_agreement_saved, sender=Agreement, dispatch_uid=f"{uid}.agreement.save")
