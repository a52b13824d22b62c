"""The whole published Atlas as a Frictionless Data Package (/data/): `datapackage.json`, one CSV per
resource and `atlas.zip` holding them all.

Everything is read as the anonymous public through catalog/queries.py (`package_records`,
`package_links`, `package_rows`, …), so a draft, and any link or row that reaches one, never appears.
The tables follow the models: one per record type (keyed by slug, ISO code or URL), one per row type
(signatories, participations, memberships, keyed by the API's row id), one per many-to-many link
(`mission-topics`: mission, topic) and per citation (`signatory-sources`). Each column's type,
enumerated values and required-ness come from the model field, and every reference is a foreign key,
so `frictionless validate` checks the whole package. Partial dates are a date (the first day of the
year or month) and its `<name>_precision` (year, month or day).

`version` is the data's last change: the latest `updated_at` of anything in the package, or the latest
deletion or unpublication reported by `/api/v1/deletions/`. The built files are cached under the
response cache's generation, which every write bumps, so the package is rebuilt after any write.

`package_to_fixtures()` turns a package back into the fixtures/ format, for `load_atlas --from-package`.
"""

from __future__ import annotations

import csv
import datetime
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.core.exceptions import FieldDoesNotExist
from django.db import models

from catalog import queries
from catalog.fixture_files import FIXTURE_KEY_OVERRIDES, PARTIAL_DATE_KEYS, write_fixtures
from catalog.models import Membership, Mission, Participation, Signatory, Source
from coop_site.cache.invalidation import current_generation
from coop_site.lib.dates import iso_partial
from coop_site.records.models import PUBLIC
from coop_site.records.registry import in_dependency_order

NAME = "space-cooperation-atlas"
# The licence of the data; set DATA_PACKAGE_LICENSE in the settings to publish under another.
DEFAULT_LICENSE = {
    "name": "ODC-By-1.0",
    "path": "https://opendatacommons.org/licenses/by/1-0/",
    "title": "Open Data Commons Attribution License 1.0",
}
BOOKKEEPING = {"id", "created_at", "version", "publication_status"}
ROW_MODELS = (Signatory, Participation, Membership)
CACHE_SECONDS = 24 * 3600
EPOCH = datetime.datetime(1970, 1, 1, tzinfo=datetime.UTC)

_TYPES = {
    "BooleanField": "boolean",
    "DateField": "date",
    "DateTimeField": "datetime",
    "IntegerField": "integer",
    "PositiveIntegerField": "integer",
    "PositiveSmallIntegerField": "integer",
    "BigAutoField": "integer",
    "AutoField": "integer",
    "JSONField": "array",
}


def resource_name(model: type[models.Model]) -> str:
    return str(model._meta.verbose_name_plural).replace(" ", "-")


def link_name(model: type[models.Model], field_name: str) -> str:
    return f"{model._meta.model_name}-{field_name.replace('_', '-')}"


def key_field(model: type[models.Model]) -> str:
    """The column a table is keyed by: URL for sources, ISO code for countries, slug, else the row id."""
    for name in ("url", "code", "slug"):
        if any(f.name == name and f.unique for f in model._meta.fields):
            return name
    return "id"


def columns_of(model: type[models.Model]) -> list[models.Field]:
    """The model's own columns in the package: its key first, then every editable field and `updated_at`."""
    key = key_field(model)
    out = [model._meta.get_field(key)]
    for f in model._meta.concrete_fields:
        if f.name == key or f.name in BOOKKEEPING or (not f.editable and f.name != "updated_at"):
            continue
        out.append(f)
    # Each partial date's precision right after it.
    precisions = {f.name: p for f in out if (p := precision_of(model, f.name))}
    ordered = []
    for f in out:
        if f.name in {p.name for p in precisions.values()}:
            continue
        ordered += [f, precisions[f.name]] if f.name in precisions else [f]
    return ordered


def precision_of(model: type[models.Model], name: str) -> models.Field | None:
    """The `<…>_precision` field of a partial date field (`founded`, `start_date`, `signed_on`…)."""
    if not name or name.endswith("_precision"):
        return None
    for stem in (name, name.removesuffix("_date"), name.removesuffix("_on")):
        try:
            return model._meta.get_field(f"{stem}_precision")
        except FieldDoesNotExist:
            continue
    return None


def field_schema(f: models.Field, key: str) -> dict[str, Any]:
    kind = "string" if f.is_relation else _TYPES.get(f.get_internal_type(), "string")
    schema: dict[str, Any] = {"name": f.name, "type": kind}
    description = str(f.help_text or "")
    if f.is_relation:
        target = f.related_model
        description = description or f"The {target._meta.verbose_name}'s {key_field(target)}."
    if description:
        schema["description"] = description
    constraints: dict[str, Any] = {}
    if f.name == key or (not f.blank and not f.null and kind != "boolean" and not f.has_default()):
        constraints["required"] = True
    if f.choices and not f.is_relation:
        constraints["enum"] = [str(value) for value, _label in f.choices]
    if constraints:
        schema["constraints"] = constraints
    return schema


def cell(value: Any) -> str:
    """A CSV cell: ISO dates, UTC date-times to the second, true/false, JSON lists; '' for nothing."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.datetime):
        return value.astimezone(datetime.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")
    if isinstance(value, datetime.date):
        return value.isoformat()
    if isinstance(value, (list, dict)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


@dataclass
class Table:
    name: str
    title: str
    description: str
    fields: list[dict]
    primary_key: list[str]
    foreign_keys: list[dict] = field(default_factory=list)
    rows: list[list[str]] = field(default_factory=list)

    def csv_bytes(self) -> bytes:
        out = io.StringIO()
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([f["name"] for f in self.fields])
        writer.writerows(self.rows)
        return out.getvalue().encode("utf-8")

    def descriptor(self, data: bytes) -> dict[str, Any]:
        schema: dict[str, Any] = {"fields": self.fields, "primaryKey": self.primary_key}
        if self.foreign_keys:
            schema["foreignKeys"] = self.foreign_keys
        return {
            "name": self.name,
            "path": f"{self.name}.csv",
            "title": self.title,
            "description": self.description,
            "profile": "tabular-data-resource",
            "format": "csv",
            "mediatype": "text/csv",
            "encoding": "utf-8",
            "bytes": len(data),
            "schema": schema,
        }


def _foreign_key(column: str, target: type[models.Model]) -> dict:
    return {"fields": column, "reference": {"resource": resource_name(target), "fields": key_field(target)}}


def resource_names() -> list[str]:
    """Every table of the package, in the order of datapackage.json (the CSV of each is /data/<name>.csv)."""
    records = in_dependency_order()
    links = [
        link_name(model, f.name)
        for model in records
        for f in model._meta.many_to_many
        if f.remote_field.through._meta.auto_created
    ]
    rows = [resource_name(model) for model in ROW_MODELS]
    row_links = [link_name(model, "sources") for model in ROW_MODELS]
    return ["sources", *(resource_name(m) for m in records), *rows, *links, *row_links]


class Builder:
    """Reads the package as `viewer` (the public), one query per table."""

    def __init__(self, viewer=PUBLIC):
        self.viewer = viewer
        self.keys: dict[type, dict[int, str]] = {}  # pk -> key of every record in the package
        self.cited: set[int] = set()  # pks of the sources the package cites
        self.latest = EPOCH

    def _seen(self, when: datetime.datetime | None) -> None:
        if when is not None and when > self.latest:
            self.latest = when

    def record_table(self, model, objects) -> Table:
        columns = columns_of(model)
        key = key_field(model)
        rows = []
        for obj in objects:
            row = []
            for f in columns:
                if f.is_relation:
                    target = f.related_model
                    pk = getattr(obj, f.attname)
                    if target is Source and pk is not None:
                        self.cited.add(pk)
                        row.append(pk)  # replaced by the URL once the sources are read
                    else:
                        row.append(self.keys.get(target, {}).get(pk, ""))
                else:
                    row.append(getattr(obj, f.attname))
            self._seen(getattr(obj, "updated_at", None))
            rows.append(row)
        fks = [_foreign_key(f.name, f.related_model) for f in columns if f.is_relation]
        return Table(
            name=resource_name(model),
            title=str(model._meta.verbose_name_plural).capitalize(),
            description=(model.__doc__ or "").strip().split("\n\n")[0].replace("\n", " "),
            fields=[field_schema(f, key) for f in columns],
            primary_key=[key],
            foreign_keys=fks,
            rows=rows,
        )

    def link_table(self, model, field_name: str, pairs, row_keys: dict[int, str] | None = None) -> Table:
        f = model._meta.get_field(field_name)
        target = f.related_model
        own, other = model._meta.model_name, target._meta.model_name
        own_keys = row_keys if row_keys is not None else self.keys[model]
        rows = []
        for pk, target_pk in pairs:
            if target is Source:
                self.cited.add(target_pk)
                rows.append([own_keys[pk], target_pk])
            elif pk in own_keys and target_pk in self.keys.get(target, {}):
                rows.append([own_keys[pk], self.keys[target][target_pk]])
        rows.sort(key=lambda r: (str(r[0]), str(r[1])))
        own_type = "integer" if key_field(model) == "id" else "string"
        return Table(
            name=link_name(model, field_name),
            title=f"{model._meta.verbose_name.capitalize()} → {f.verbose_name}",
            description=f"Which {target._meta.verbose_name_plural} each {model._meta.verbose_name} links "
            f"({field_name}): one line per link.",
            fields=[
                {"name": own, "type": own_type, "constraints": {"required": True}},
                {"name": other, "type": "string", "constraints": {"required": True}},
            ],
            primary_key=[own, other],
            foreign_keys=[_foreign_key(own, model), _foreign_key(other, target)],
            rows=rows,
        )

    def build(self) -> list[Table]:
        records, links = [], []
        for model in in_dependency_order():
            objects = list(queries.package_records(model, self.viewer).order_by(key_field(model)))
            self.keys[model] = {obj.pk: getattr(obj, key_field(model)) for obj in objects}
            records.append((model, objects))
        # Missions name their parent: every mission must be known before the table is written.
        tables = [self.record_table(model, objects) for model, objects in records]
        for model, _objects in records:
            for f in model._meta.many_to_many:
                if f.remote_field.through._meta.auto_created:
                    links.append(self.link_table(model, f.name, queries.package_links(model, f.name, self.viewer)))
        rows = queries.package_rows(self.viewer)
        for model in ROW_MODELS:
            objects = list(rows[model])
            self.keys[model] = {obj.pk: obj.pk for obj in objects}
            tables.append(self.record_table(model, objects))
            pairs = queries.package_row_sources(rows[model])
            links.append(self.link_table(model, "sources", pairs, row_keys=self.keys[model]))
        sources = list(queries.package_sources(self.cited))
        urls = {s.pk: s.url for s in sources}
        for table in [*tables, *links]:
            for row in table.rows:
                for i, f in enumerate(table.fields):
                    ref = next((fk for fk in table.foreign_keys if fk["fields"] == f["name"]), None)
                    if ref and ref["reference"]["resource"] == "sources" and row[i] != "":
                        row[i] = urls[row[i]]
        self.keys[Source] = urls
        source_table = self.record_table(Source, sources)
        for when in [d["when"] for d in queries.deletions(EPOCH, self.viewer)]:
            self._seen(when)
        for table in [source_table, *tables, *links]:
            table.rows = [[cell(value) for value in row] for row in table.rows]
        return [source_table, *tables, *links]


@dataclass
class Package:
    files: dict[str, bytes]  # name -> content: every CSV, datapackage.json, atlas.zip
    descriptor: dict[str, Any]
    last_change: datetime.datetime
    row_counts: dict[str, int]

    def resources(self) -> list[dict[str, Any]]:
        return self.descriptor["resources"]


def build_package(base_url: str, viewer=PUBLIC) -> Package:
    builder = Builder(viewer)
    tables = builder.build()
    files = {f"{t.name}.csv": t.csv_bytes() for t in tables}
    version = cell(builder.latest)
    descriptor = {
        "profile": "tabular-data-package",
        "name": NAME,
        "title": "Space Cooperation Atlas",
        "description": (
            "The published records of the Space Cooperation Atlas: organizations, countries, missions and "
            "programmes, agreements with their signatory rows, events, topics, guides and questions, the "
            "links between them, and the sources every record and row cites. Partial dates are a date "
            "(the first day of the year or month) with its precision."
        ),
        "version": version,
        "created": version,
        "homepage": base_url,
        "licenses": [getattr(settings, "DATA_PACKAGE_LICENSE", DEFAULT_LICENSE)],
        "sources": [
            {"title": "Space Cooperation Atlas", "path": base_url},
            {"title": "The pages each record and row cites (sources.csv and the *-sources tables)", "path": base_url},
        ],
        "resources": [t.descriptor(files[f"{t.name}.csv"]) for t in tables],
    }
    files["datapackage.json"] = (json.dumps(descriptor, indent=2, ensure_ascii=False) + "\n").encode("utf-8")
    zipped = io.BytesIO()
    stamp = builder.latest.astimezone(datetime.UTC).timetuple()[:6]
    with zipfile.ZipFile(zipped, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        for name in ["datapackage.json", *(f"{t.name}.csv" for t in tables)]:
            info = zipfile.ZipInfo(name, date_time=max(stamp, (1980, 1, 1, 0, 0, 0)))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, files[name])
    files["atlas.zip"] = zipped.getvalue()
    return Package(files, descriptor, builder.latest, {t.name: len(t.rows) for t in tables})


def cached_package(base_url: str) -> Package:
    """The public package, built once per response-cache generation (every write bumps it)."""
    generation = current_generation()
    if generation is None:
        return build_package(base_url)
    key = f"data-package:{generation}:{base_url}"
    package = cache.get(key)
    if package is None:
        package = build_package(base_url)
        cache.set(key, package, CACHE_SECONDS)
    return package


# --- reading a package back: load_atlas --from-package ------------------------------------------------


class PackageError(Exception):
    """Not a readable Atlas data package (the message names the file and what is missing)."""


def read_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    """Every CSV of a package (a directory holding datapackage.json, or the zip), by resource name."""
    try:
        return _read_tables(path)
    except (OSError, KeyError, ValueError, zipfile.BadZipFile) as exc:
        raise PackageError(f"{path} is not a readable data package ({type(exc).__name__}: {exc}).") from None


def _read_tables(path: Path) -> dict[str, list[dict[str, str]]]:
    if path.is_dir():
        descriptor = json.loads((path / "datapackage.json").read_text(encoding="utf-8"))
        read = lambda name: (path / name).read_text(encoding="utf-8")  # noqa: E731
    else:
        archive = zipfile.ZipFile(path)
        descriptor = json.loads(archive.read("datapackage.json"))
        read = lambda name: archive.read(name).decode("utf-8")  # noqa: E731
    return {r["name"]: list(csv.DictReader(io.StringIO(read(r["path"])))) for r in descriptor["resources"]}


def _fixture_record(model, row: dict[str, str], links: dict[str, list[str]]) -> dict[str, Any]:
    """One package row as a fixture record (the export_atlas form): partial dates, natural keys, lists."""
    record: dict[str, Any] = {}
    precision_fields = {p for _k, p in PARTIAL_DATE_KEYS.values()}
    for f in columns_of(model):
        value = row.get(f.name, "")
        if f.name in precision_fields or f.name == "updated_at":
            continue
        if f.name in PARTIAL_DATE_KEYS and f.get_internal_type() == "DateField":
            key, precision = PARTIAL_DATE_KEYS[f.name]
            key = FIXTURE_KEY_OVERRIDES.get((model._meta.model_name, f.name), key)
            value = iso_partial(datetime.date.fromisoformat(value), row[precision]) if value else ""
            record[key] = value
        elif isinstance(f, models.BooleanField):
            record[f.name] = value == "true"
        elif f.get_internal_type() in ("PositiveIntegerField", "PositiveSmallIntegerField", "IntegerField"):
            record[f.name] = int(value) if value else None
        elif f.get_internal_type() == "JSONField":
            record[f.name] = json.loads(value) if value else []
        else:
            record[f.name] = value
    record.update(links)
    return {k: v for k, v in record.items() if v is not None and v != "" and v != []}


def _row_partials(model, row: dict[str, str]) -> dict[str, str]:
    return {
        f"{name}_on": iso_partial(datetime.date.fromisoformat(row[f"{name}_on"]), row[f"{name}_precision"])
        if row[f"{name}_on"]
        else ""
        for name in model.partial_dates
    }


def package_to_fixtures(path: Path, directory: Path) -> dict[str, int]:
    """Write the package at `path` (zip or directory) as a fixtures/ directory `load_atlas` reads."""
    tables = read_tables(path)
    try:
        return _to_fixtures(tables, directory)
    except (KeyError, ValueError) as exc:
        raise PackageError(f"{path}: a table or column the Atlas needs is missing or malformed ({exc}).") from None


def _to_fixtures(tables: dict[str, list[dict[str, str]]], directory: Path) -> dict[str, int]:
    def linked(model, field_name: str) -> dict[str, list[str]]:
        out: dict[str, list[str]] = {}
        own, other = model._meta.model_name, model._meta.get_field(field_name).related_model._meta.model_name
        for row in tables.get(link_name(model, field_name), []):
            out.setdefault(row[own], []).append(row[other])
        return {k: sorted(v) for k, v in out.items()}

    def row_sources(model) -> dict[str, str]:
        return {k: " | ".join(v) for k, v in linked(model, "sources").items()}

    participations: dict[str, list[dict]] = {}
    part_sources = linked(Participation, "sources")
    for row in tables.get(resource_name(Participation), []):
        participations.setdefault(row["mission"], []).append(
            {
                "organization": row["organization"],
                "role": row["role"],
                "contribution": row["contribution"],
                "order": int(row["order"]),
                "sources": part_sources.get(row["id"], []),
            }
        )
    records: dict[type, list[dict]] = {}
    for model in in_dependency_order():
        key = key_field(model)
        m2m = {
            f.name: linked(model, f.name) for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created
        }
        items = []
        for row in tables.get(resource_name(model), []):
            links = {name: by_key.get(row[key], []) for name, by_key in m2m.items()}
            record = _fixture_record(model, row, links)
            if model is Mission:
                record["participations"] = sorted(participations.get(row[key], []), key=lambda p: p["order"])
            items.append(record)
        records[model] = items
    sources = [_fixture_record(Source, row, {}) for row in tables["sources"]]
    sig_sources, member_sources = row_sources(Signatory), row_sources(Membership)
    signatories = [
        {
            **{k: row[k] for k in ("agreement", "country", "organization", "status", "notes")},
            **_row_partials(Signatory, row),
            "source_urls": sig_sources.get(row["id"], ""),
            "disputes": "" if row["disputes"] in ("", "[]") else row["disputes"],
        }
        for row in tables.get(resource_name(Signatory), [])
    ]
    memberships = [
        {
            **{k: row[k] for k in ("organization", "country", "kind", "notes")},
            **_row_partials(Membership, row),
            "source_urls": member_sources.get(row["id"], ""),
            "disputes": "" if row["disputes"] in ("", "[]") else row["disputes"],
        }
        for row in tables.get(resource_name(Membership), [])
    ]
    return write_fixtures(directory, sources, records, signatories, memberships)
