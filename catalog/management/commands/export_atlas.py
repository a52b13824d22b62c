"""`manage.py export_atlas DIR`: every record, drafts included, in the fixtures/ format `load_atlas` reads.

A backup that restores: `load_atlas --fixtures-dir DIR` into an empty database gives the same records
(tests/catalog/test_export_atlas.py compares every field). The record types come from the registry
(coop_site/records/registry.py); each is written as `<plural>.json` with its fields under their own
names, links by natural key (URL, ISO code, slug) and partial dates as '1998', '2024-12', '2025-11-02'.
Rows that belong to a record follow the fixtures' layout (catalog/fixture_files.py): participations
inside their mission, signatories in `signatories/<agreement>.csv`, memberships in `memberships.csv`,
guides as `guides/<slug>.md`, questions in `faq.json`; a record's `wikidata_id` is one of its fields. Bookkeeping (ids, timestamps, versions) is not exported.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError
from django.db import models

from catalog.fixture_files import FIXTURE_KEY_OVERRIDES, PARTIAL_DATE_KEYS, write_fixtures
from catalog.models import Membership, Participation, Signatory, Source
from coop_site.lib.dates import iso_partial
from coop_site.records.registry import in_dependency_order, rows_of

BOOKKEEPING = {"id", "created_at", "updated_at", "version"}


def _derived(field) -> bool:
    """A stored field the records keep themselves (e.g. Mission.published_partner_count): not data."""
    return getattr(field, "concrete", False) and not field.editable


def natural_key_field(model: type[models.Model]) -> str:
    """The field a fixture names a record by: a source's URL, a country's ISO code, otherwise the slug."""
    for name in ("slug", "code", "url"):
        try:
            field = model._meta.get_field(name)
        except Exception:  # noqa: BLE001, S112 -- not this one
            continue
        if field.unique:
            return name
    raise CommandError(f"{model.__name__} has no natural key (slug, code or url) to export it by.")


def natural_key(obj: models.Model | None) -> Any:
    return None if obj is None else getattr(obj, natural_key_field(type(obj)))


def _value(value: Any) -> Any:
    return value.isoformat() if hasattr(value, "isoformat") else value


def fields_of(obj: models.Model, skip: set[str] = frozenset()) -> dict[str, Any]:
    """A record's fields in fixture form; `None` and empty lists are left out (the loader's default)."""
    model = type(obj)
    out: dict[str, Any] = {}
    precision_fields = {p for _key, p in PARTIAL_DATE_KEYS.values()}
    for field in model._meta.get_fields():
        name = field.name
        if name in BOOKKEEPING or name in skip or name in precision_fields or field.auto_created or _derived(field):
            continue
        if field.many_to_many:
            if not field.remote_field.through._meta.auto_created:
                continue  # a link kept in rows of its own (participations), exported with them
            out[name] = sorted(natural_key(target) for target in getattr(obj, name).all())
        elif field.many_to_one:
            out[name] = natural_key(getattr(obj, name))
        elif name in PARTIAL_DATE_KEYS and model._meta.get_field(PARTIAL_DATE_KEYS[name][1]):
            key, precision = PARTIAL_DATE_KEYS[name]
            key = FIXTURE_KEY_OVERRIDES.get((model._meta.model_name, name), key)
            out[key] = iso_partial(getattr(obj, name), getattr(obj, precision))
        else:
            out[name] = _value(getattr(obj, name))
    return {name: value for name, value in out.items() if value is not None and value != []}


def partial_columns(row: Any) -> dict[str, str]:
    """A row's `<name>_on` dates at their precision ('1998', '2024-12', '2025-11-02'), '' when unknown."""
    return {f"{name}_on": row.date_iso(name) or "" for name in row.partial_dates}


def source_urls(row: Any) -> str:
    return " | ".join(sorted(s.url for s in row.sources.all()))


def disputes_text(value: list) -> str:
    return json.dumps(value, ensure_ascii=False) if value else ""


class Exporter:
    def __init__(self, directory: Path):
        self.dir = directory

    def run(self) -> dict[str, int]:
        records = {model: self.export(model) for model in in_dependency_order()}
        return write_fixtures(
            self.dir,
            [fields_of(s) for s in Source.objects.order_by("url")],
            records,
            self.signatories(),
            self.memberships(),
        )

    def export(self, model) -> list[dict]:
        key = natural_key_field(model)
        rows = {row: parent for row, parent, _noun in rows_of(model)}
        unknown = set(rows) - {Participation, Signatory, Membership}
        if unknown:
            raise CommandError(f"The fixtures format has no place for {', '.join(m.__name__ for m in unknown)} rows.")
        records = []
        queryset = model._default_manager.order_by(key).prefetch_related(
            *(f.name for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created)
        )
        for obj in queryset:
            record = {key: getattr(obj, key), **fields_of(obj, skip={key})}
            if Participation in rows:
                record["participations"] = [self.participation(p) for p in obj.participations.order_by("order", "pk")]
            records.append(record)
        return records

    @staticmethod
    def participation(row: Participation) -> dict:
        return {
            "organization": row.organization.slug,
            "role": row.role,
            "contribution": row.contribution,
            "order": row.order,
            "sources": sorted(s.url for s in row.sources.all()),
        }

    @staticmethod
    def signatories() -> list[dict]:
        rows = Signatory.objects.select_related("agreement", "country", "organization").prefetch_related("sources")
        return [
            {
                "agreement": row.agreement.slug,
                "country": row.country.code if row.country else "",
                "organization": row.organization.slug if row.organization else "",
                **partial_columns(row),
                "status": row.status,
                "notes": row.notes,
                "source_urls": source_urls(row),
                "disputes": disputes_text(row.disputes),
            }
            for row in rows.order_by("agreement__slug", "country__code", "organization__slug")
        ]

    @staticmethod
    def memberships() -> list[dict]:
        rows = Membership.objects.select_related("organization", "country").prefetch_related("sources")
        return [
            {
                "organization": row.organization.slug,
                "country": row.country.code,
                "kind": row.kind,
                **partial_columns(row),
                "notes": row.notes,
                "source_urls": source_urls(row),
                "disputes": disputes_text(row.disputes),
            }
            for row in rows.order_by("organization__slug", "country__code", "kind")
        ]


class Command(BaseCommand):
    help = (
        "Write every record, drafts included, to DIR in the fixtures/ format (one JSON file per record type, "
        "signatories/*.csv). Restore with `load_atlas --fixtures-dir DIR`."
    )

    def add_arguments(self, parser):
        parser.add_argument("directory", type=Path, help="Directory to write (created if missing).")

    def handle(self, *args, directory: Path, **options):
        counts = Exporter(directory).run()
        summary = ", ".join(f"{n} in {name}" for name, n in counts.items())
        self.stdout.write(self.style.SUCCESS(f"Exported to {directory}: {summary}."))
