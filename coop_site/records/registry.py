"""The record types of the Atlas, found through the app registry rather than kept by hand.

Every concrete subclass of `Curated` is a record type: search, the sitemap, the change log, the
loader, the data exports and the hostile-input sweep enumerate them here, so a new record type
reaches them all by existing. A record type says how it is searched and listed with a few class
attributes (`search_names`, `search_texts`, `list_url_name`, `registry_order`); rows that belong
to a record (signatories, participations) declare `row_parent`, `row_noun`, `row_party_fields`.
"""

from __future__ import annotations

from importlib import import_module

from django.apps import apps
from django.db import models

from .models import Curated


def record_types() -> list[type[Curated]]:
    """Concrete curated models, in their declared order (then by name)."""
    found = [model for model in apps.get_models() if issubclass(model, Curated) and not model._meta.abstract]
    return sorted(found, key=lambda model: (getattr(model, "registry_order", 100), model.__name__))


def in_dependency_order() -> list[type[Curated]]:
    """Record types, each after the record types it links to (a loader creates them in this order)."""
    types = record_types()
    pending = {model: _links(model, types) for model in types}
    ordered: list[type[Curated]] = []
    while pending:
        ready = [model for model, needs in pending.items() if needs <= set(ordered)]
        if not ready:  # a cycle: keep the declared order for what is left
            ready = list(pending)
        for model in ready:
            ordered.append(model)
            del pending[model]
    return ordered


def _links(model: type[Curated], types: list) -> set:
    """The other record types `model` points at (foreign keys, many-to-many, rows through)."""
    targets = set()
    for field in model._meta.get_fields():
        if field.is_relation and not field.auto_created and field.related_model in types:
            targets.add(field.related_model)
    for row, parent, _noun in rows_of(model):
        targets |= {f.related_model for f in row._meta.get_fields() if f.is_relation and f.name != parent}
    return {target for target in targets if target in types and target is not model}


def row_types() -> list[type[models.Model]]:
    """Models whose rows belong to a record (they declare `row_parent`)."""
    return [model for model in apps.get_models() if getattr(model, "row_parent", None)]


def rows_of(model: type[models.Model]) -> list[tuple[type[models.Model], str, str]]:
    """[(row model, its foreign key to `model`, noun)] for the rows that belong to `model`."""
    return [
        (row, row.row_parent, row.row_noun)
        for row in row_types()
        if row._meta.get_field(row.row_parent).related_model is model
    ]


def searchable_types() -> list[type[Curated]]:
    return [model for model in record_types() if getattr(model, "search_names", None)]


def viewset_for(model: type[Curated]):
    """The API viewset of a record type: the `CuratedViewSet` in its app's `api` whose FilterSet is
    for that model. The API router registers every record type this way (coop_site/api_urls.py)."""
    from .api.base import CuratedViewSet
    from .api.rows import RowViewSet

    import_module(f"{model._meta.app_config.name}.api")
    found = [
        cls
        for cls in _subclasses(CuratedViewSet)
        if not issubclass(cls, RowViewSet)
        and getattr(cls.filterset_class, "_meta", None)
        and cls.filterset_class._meta.model is model
    ]
    if len(found) != 1:
        raise LookupError(
            f"{model.__name__} needs exactly one API viewset in {model._meta.app_label}.api, found {found}."
        )
    return found[0]


def _subclasses(cls) -> list[type]:
    return [sub for direct in cls.__subclasses__() for sub in (direct, *_subclasses(direct))]


def card_query(model: type[Curated]):
    """The function of the model's app `queries.CARDS` that lists it as cards: f(viewer) -> QuerySet."""
    module = import_module(f"{model._meta.app_config.name}.queries")
    return module.CARDS[model]


def search_extra(model: type[Curated], viewer):
    """What else a search of `model` matches for `viewer` (the app's `queries.search_extra`), or None."""
    module = import_module(f"{model._meta.app_config.name}.queries")
    finder = getattr(module, "search_extra", None)
    return finder(model, viewer) if finder else None
