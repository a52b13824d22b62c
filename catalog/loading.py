"""Load the curated demo data in `fixtures/` into the database (`manage.py load_atlas`).

Records are matched by their natural key (URL, ISO code, slug; signatories by agreement + party;
participations by mission + organization + role), validated with `full_clean()` and saved only
when a value differs, so a second run changes nothing and bumps no `version`. Nothing is deleted:
rows the fixtures no longer mention are left for curators to handle.
"""

from __future__ import annotations

import csv
import datetime
import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.core.exceptions import ValidationError
from django.db import models

from catalog.models import (
    Agreement,
    Country,
    Guide,
    Membership,
    Mission,
    Organization,
    Participation,
    Question,
    Signatory,
    Source,
    Status,
    Topic,
)
from coop_site.lib.dates import parse_partial
from coop_site.records.registry import in_dependency_order, row_types
from timeline.models import Event

SIGNATORY_COLUMNS = [
    *("agreement", "country", "organization", "signed_on", "ratified_on", "withdrawn_on"),
    *("status", "notes", "source_urls", "disputes"),
]
# A record may carry its Q-number itself (export_atlas, data packages); fixtures/ keep them in wikidata.csv.
WIKIDATA = ("wikidata_id",)
# fixtures/memberships.csv: one row per country and kind of membership of an organization.
MEMBERSHIP_COLUMNS = ["organization", "country", "kind", "joined_on", "left_on", "notes", "source_urls", "disputes"]


class FixtureError(Exception):
    """Bad data in a fixture file; the message names the file and the record."""

    def __init__(self, where: str, message: str):
        super().__init__(f"{where}: {message}")


@dataclass
class Change:
    action: str  # "create" or "update"
    label: str
    fields: list[str] = field(default_factory=list)

    def __str__(self) -> str:
        detail = f" ({', '.join(self.fields)})" if self.fields else ""
        return f"{self.action} {self.label}{detail}"


@dataclass
class Report:
    counts: dict[str, dict[str, int]] = field(default_factory=lambda: defaultdict(lambda: defaultdict(int)))
    changes: list[Change] = field(default_factory=list)

    def add(self, kind: str, label: str, created: bool, changed: list[str]) -> None:
        action = "created" if created else "updated" if changed else "unchanged"
        self.counts[kind][action] += 1
        if created or changed:
            self.changes.append(
                Change("create" if created else "update", f"{kind} {label}", [] if created else changed)
            )


def _messages(exc: ValidationError) -> str:
    if hasattr(exc, "error_dict"):
        return "; ".join(f"{name}: {' '.join(errs)}" for name, errs in exc.message_dict.items())
    return " ".join(exc.messages)


def _stored(obj: models.Model, name: str) -> Any:
    """The value to compare: primary keys for foreign keys, plain values otherwise."""
    fk = obj._meta.get_field(name)
    return getattr(obj, fk.attname) if fk.is_relation else getattr(obj, name)


def _wanted(obj: models.Model, name: str, value: Any) -> Any:
    return value.pk if obj._meta.get_field(name).is_relation and value is not None else value


class Record:
    """One fixture record, with typed accessors that blame the file and record on bad values."""

    def __init__(self, data: Any, where: str, allowed: set[str]):
        if not isinstance(data, dict):
            raise FixtureError(where, "expected an object with named fields")
        unknown = sorted(set(data) - allowed)
        if unknown:
            raise FixtureError(where, f"unknown field(s) {', '.join(unknown)}")
        self.data, self.where = data, where

    def req(self, name: str) -> Any:
        value = self.data.get(name)
        if value in (None, ""):
            raise FixtureError(self.where, f"'{name}' is required")
        return value

    def opt(self, name: str, default: Any = "") -> Any:
        value = self.data.get(name)
        return default if value is None else value

    def status(self) -> str:
        return self.opt("publication_status", Status.PUBLISHED)

    def day(self, name: str) -> datetime.date | None:
        value = self.data.get(name)
        if value in (None, ""):
            return None
        try:
            return datetime.date.fromisoformat(value)
        except (TypeError, ValueError):
            raise FixtureError(self.where, f"'{name}' is not an ISO date (YYYY-MM-DD): {value!r}") from None

    def disputes(self) -> list:
        """`disputes`: a JSON list (in JSON fixtures) or JSON text (in CSV cells); '' is none."""
        value = self.data.get("disputes")
        if value in (None, "", []):
            return []
        if isinstance(value, str):
            try:
                value = json.loads(value)
            except json.JSONDecodeError as exc:
                raise FixtureError(self.where, f"'disputes' is not valid JSON ({exc})") from None
        return value

    def wikidata(self) -> dict[str, str]:
        """`wikidata_id` when the record gives one (a backup or data package); fixtures/ keep them in wikidata.csv."""
        return {"wikidata_id": self.data["wikidata_id"] or ""} if "wikidata_id" in self.data else {}

    def partial(self, name: str, empty_precision: str) -> tuple[datetime.date | None, str]:
        """A date known to the year, month or day ('1998', '2024-12', '2025-11-02')."""
        value = self.data.get(name)
        if value in (None, ""):
            return None, empty_precision
        try:
            return parse_partial(str(value))
        except ValueError as exc:
            raise FixtureError(self.where, f"'{name}': {exc}") from None


def front_matter(text: str, where: str) -> tuple[dict[str, Any], str]:
    """A Markdown file's front matter and body. The front matter is a small subset of YAML:
    `key: value`, `key: "quoted value"`, `key: [a, b]`, and `key:` followed by `  - item` lines."""
    lines = text.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---":
        raise FixtureError(where, "expected front matter between '---' lines at the top")
    try:
        end = next(i for i, line in enumerate(lines[1:], start=1) if line.strip() == "---")
    except StopIteration:
        raise FixtureError(where, "front matter is not closed by a '---' line") from None
    data: dict[str, Any] = {}
    key = None
    for line in lines[1:end]:
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        if line.startswith((" ", "\t")) and line.strip().startswith("- ") and isinstance(data.get(key), list):
            data[key].append(_scalar(line.strip()[2:]))
            continue
        name, sep, value = line.partition(":")
        if not sep or not name.strip().isidentifier():
            raise FixtureError(where, f"cannot read front matter line {line!r}")
        key, value = name.strip(), value.strip()
        if value.startswith("[") and value.endswith("]"):
            data[key] = [_scalar(item) for item in value[1:-1].split(",") if item.strip()]
        else:
            data[key] = _scalar(value) if value else []
    return data, "\n".join(lines[end + 1 :]).strip() + "\n"


def _scalar(value: str) -> Any:
    value = value.strip()
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return json.loads(value) if value[0] == '"' else value[1:-1].replace("''", "'")
    return int(value) if value.isdigit() else value


def _parents_first(records: list[Any]) -> list[Any]:
    """Missions ordered so that a programme is loaded before the missions that name it as parent."""
    by_slug = {r.get("slug"): r for r in records if isinstance(r, dict)}

    def depth(record: Any, seen: tuple = ()) -> int:
        parent = record.get("parent") if isinstance(record, dict) else None
        if not parent or parent not in by_slug or parent in seen:
            return 0
        return 1 + depth(by_slug[parent], (*seen, parent))

    return sorted(records, key=depth)


class Loader:
    """One pass over a fixtures directory. Run it inside `transaction.atomic()`: it raises on bad data."""

    def __init__(self, directory: Path | str):
        self.dir = Path(directory)
        self.report = Report()
        self._cache: dict[tuple[type, str], models.Model] = {}
        self._seen: set[tuple[str, str]] = set()

    def run(self) -> Report:
        """Sources, then every record type of the registry after the types it links to."""
        self.load_sources()
        for model in in_dependency_order():
            self.loader_for(model)()
        self.load_wikidata()
        return self.report

    def loader_for(self, model):
        """`load_<plural>()`: a record type without one is an error here, not silently skipped."""
        name = f"load_{model._meta.verbose_name_plural}".replace(" ", "_")
        if not hasattr(self, name):
            raise NotImplementedError(f"{type(self).__name__} has no {name}() for the {model.__name__} records.")
        return getattr(self, name)

    # --- reading ------------------------------------------------------------------------------

    def _name(self, path: Path) -> str:
        return f"{self.dir.name}/{path.relative_to(self.dir).as_posix()}"

    def records(self, filename: str, key: str, allowed: set[str]) -> list[tuple[Record, str]]:
        """(record, key value) pairs from a JSON list, each able to say where it came from."""
        path = self.dir / filename
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise FixtureError(self._name(path), "file not found") from None
        except json.JSONDecodeError as exc:
            raise FixtureError(self._name(path), f"not valid JSON ({exc})") from None
        if not isinstance(data, list):
            raise FixtureError(self._name(path), "expected a JSON list of records")
        if filename == "missions.json":
            data = _parents_first(data)
        out = []
        for index, item in enumerate(data, start=1):
            label = item.get(key) if isinstance(item, dict) else None
            where = f"{self._name(path)}, record {label!r}" if label else f"{self._name(path)}, record #{index}"
            out.append((Record(item, where, allowed | {key}), label))
        return out

    # --- references ---------------------------------------------------------------------------

    def resolve(self, model: type[models.Model], where: str, value: Any, key: str = "slug") -> Any:
        if value in (None, ""):
            return None
        cached = self._cache.get((model, value))
        if cached is None:
            cached = model._default_manager.filter(**{key: value}).first()
            if cached is None:
                raise FixtureError(where, f"unknown {model._meta.verbose_name} {value!r}")
            self._cache[(model, value)] = cached
        return cached

    def resolve_all(self, model: type[models.Model], where: str, values: Any, key: str = "slug") -> list:
        if not isinstance(values, list):
            raise FixtureError(where, f"expected a list of {model._meta.verbose_name_plural}, got {values!r}")
        return [self.resolve(model, where, value, key) for value in values]

    def sources(self, where: str, urls: Any) -> list[Source]:
        if not urls:
            raise FixtureError(where, "cites no source (every record needs at least one)")
        return self.resolve_all(Source, where, urls, key="url")

    # --- writing ------------------------------------------------------------------------------

    def upsert(self, model, where: str, label: str, lookup: dict, values: dict, m2m: dict | None = None):
        """Create or update one row; save (and so bump `version`/`updated_at`) only when something differs."""
        kind = str(model._meta.verbose_name)
        if (kind, label) in self._seen:
            raise FixtureError(where, f"{kind} {label!r} appears more than once")
        self._seen.add((kind, label))
        obj = model._default_manager.filter(**lookup).first()
        created = obj is None
        obj = model(**lookup) if created else obj
        changed = [name for name, value in values.items() if _stored(obj, name) != _wanted(obj, name, value)]
        for name, value in values.items():
            setattr(obj, name, value)
        try:
            obj.full_clean()
        except ValidationError as exc:
            raise FixtureError(where, _messages(exc)) from None
        if created or changed:
            obj.save()
        changed += self._set_m2m(obj, m2m or {}, created=created)
        self.report.add(kind, label, created, changed)
        self._cache[(model, label)] = obj
        return obj

    @staticmethod
    def _set_m2m(obj: models.Model, m2m: dict[str, list], created: bool = False) -> list[str]:
        """Set the links that differ; the record's history gets one entry for all of them, not one per
        field (each entry diffs every link, which made a load of the demo data several times slower).
        A record just created has no links yet: they are added without reading what is stored."""
        pending = []
        for name, targets in m2m.items():
            wanted = {target.pk for target in targets}
            stored = set() if created else set(getattr(obj, name).values_list("pk", flat=True))
            if stored != wanted:
                pending.append((name, wanted))
        for index, (name, wanted) in enumerate(pending):
            last = index == len(pending) - 1
            if not last:
                obj.skip_history_when_saving = True
            try:
                if created:
                    getattr(obj, name).add(*wanted)
                else:
                    getattr(obj, name).set(wanted)
            finally:
                if not last:
                    del obj.skip_history_when_saving
        return [name for name, _wanted in pending]

    # --- one method per fixture file --------------------------------------------------------------

    def load_sources(self) -> None:
        for rec, url in self.records("sources.json", "url", {"title", "publisher", "accessed_on", "notes"}):
            values = {
                "title": rec.req("title"),
                "publisher": rec.opt("publisher"),
                "accessed_on": rec.day("accessed_on"),
                "notes": rec.opt("notes"),
            }
            self.upsert(Source, rec.where, rec.req("url"), {"url": url}, values)

    def load_countries(self) -> None:
        allowed = {"name", "official_name", "region", "historical", "notes", "sources", "publication_status", *WIKIDATA}
        for rec, code in self.records("countries.json", "code", allowed):
            values = {
                "name": rec.req("name"),
                "official_name": rec.opt("official_name"),
                "region": rec.opt("region"),
                "historical": bool(rec.opt("historical", False)),
                "notes": rec.opt("notes"),
                "publication_status": rec.status(),
                **rec.wikidata(),
            }
            m2m = {"sources": self.sources(rec.where, rec.opt("sources", []))}
            self.upsert(Country, rec.where, rec.req("code"), {"code": code}, values, m2m)

    def load_topics(self) -> None:
        for rec, slug in self.records("topics.json", "slug", {"name", "summary", "sources", "publication_status"}):
            values = {"name": rec.req("name"), "summary": rec.opt("summary"), "publication_status": rec.status()}
            m2m = {"sources": self.sources(rec.where, rec.opt("sources", []))}
            self.upsert(Topic, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)

    def load_organizations(self) -> None:
        allowed = {
            "acronym",
            "name",
            "kind",
            "country",
            "founded",
            "website",
            "summary",
            "member_countries",
            "topics",
            "sources",
            "disputes",
            "publication_status",
            *WIKIDATA,
        }
        members = self.membership_table()
        for rec, slug in self.records("organizations.json", "slug", allowed):
            founded, precision = rec.partial("founded", empty_precision="year")
            values = {
                "acronym": rec.opt("acronym"),
                "name": rec.req("name"),
                "kind": rec.req("kind"),
                "country": self.resolve(Country, rec.where, rec.opt("country", None), key="code"),
                "founded": founded,
                "founded_precision": precision,
                "website": rec.opt("website"),
                "summary": rec.opt("summary"),
                "disputes": rec.disputes(),
                "publication_status": rec.status(),
                **rec.wikidata(),
            }
            member_codes = rec.opt("member_countries", [])
            if slug in members:
                if member_codes:
                    raise FixtureError(rec.where, "member_countries come from memberships.csv for this organization")
                # Kept in step with the membership rows: the full members that have not left.
                member_codes = sorted(
                    {row["country"] for row in members[slug] if row["kind"] == "member"}
                    - {row["country"] for row in members[slug] if row["left_on"]}
                )
            m2m = {
                "member_countries": self.resolve_all(Country, rec.where, member_codes, key="code"),
                "topics": self.resolve_all(Topic, rec.where, rec.opt("topics", [])),
                "sources": self.sources(rec.where, rec.opt("sources", [])),
            }
            self.upsert(Organization, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)
        self.load_memberships(members)

    def membership_table(self) -> dict[str, list[dict]]:
        """fixtures/memberships.csv (optional) as {organization slug: [row, …]}, rows keeping their line."""
        path = self.dir / "memberships.csv"
        table: dict[str, list[dict]] = defaultdict(list)
        if not path.exists():
            return table
        with path.open(newline="", encoding="utf-8") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != MEMBERSHIP_COLUMNS:
                raise FixtureError(self._name(path), f"header must be {','.join(MEMBERSHIP_COLUMNS)}")
            for row in reader:
                where = f"{self._name(path)}, line {reader.line_num}"
                if None in row:
                    raise FixtureError(where, f"more values than the {len(MEMBERSHIP_COLUMNS)} columns")
                row = {k: (v or "").strip() for k, v in row.items()}
                table[row["organization"]].append({**row, "_where": where})
        return table

    def load_memberships(self, table: dict[str, list[dict]]) -> None:
        for slug, rows in table.items():
            for row in rows:
                where = row.pop("_where")
                rec = Record(row, where, set(MEMBERSHIP_COLUMNS))
                organization = self.resolve(Organization, where, rec.req("organization"))
                country = self.resolve(Country, where, rec.req("country").lower(), key="code")
                kind = rec.req("kind")
                joined, joined_precision = rec.partial("joined_on", empty_precision="day")
                left, left_precision = rec.partial("left_on", empty_precision="day")
                values = {
                    "joined_on": joined,
                    "joined_precision": joined_precision,
                    "left_on": left,
                    "left_precision": left_precision,
                    "notes": rec.opt("notes"),
                    "disputes": rec.disputes(),
                }
                urls = [url.strip() for url in rec.opt("source_urls").split(" | ") if url.strip()]
                label = f"{slug}/{country.code}/{kind}"
                lookup = {"organization": organization, "country": country, "kind": kind}
                self.upsert(
                    Membership, f"{where} ({label})", label, lookup, values, {"sources": self.sources(where, urls)}
                )

    def load_missions(self) -> None:
        allowed = {
            "name",
            "short_name",
            "kind",
            "status",
            "status_note",
            "destination",
            "start",
            "end",
            "parent",
            "summary",
            "topics",
            "sources",
            "participations",
            "disputes",
            "publication_status",
            *WIKIDATA,
        }
        for rec, slug in self.records("missions.json", "slug", allowed):
            start, start_precision = rec.partial("start", empty_precision="day")
            end, end_precision = rec.partial("end", empty_precision="day")
            values = {
                "name": rec.req("name"),
                "short_name": rec.opt("short_name"),
                "kind": rec.req("kind"),
                "status": rec.req("status"),
                "status_note": rec.opt("status_note"),
                "destination": rec.opt("destination"),
                "start_date": start,
                "start_precision": start_precision,
                "end_date": end,
                "end_precision": end_precision,
                "summary": rec.opt("summary"),
                "parent": self.resolve(Mission, rec.where, rec.opt("parent", None)),
                "disputes": rec.disputes(),
                "publication_status": rec.status(),
                **rec.wikidata(),
            }
            sources = self.sources(rec.where, rec.opt("sources", []))
            m2m = {"topics": self.resolve_all(Topic, rec.where, rec.opt("topics", [])), "sources": sources}
            mission = self.upsert(Mission, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)
            self.load_participations(mission, rec, sources)

    def load_participations(self, mission: Mission, rec: Record, mission_sources: list[Source]) -> None:
        """Participations are listed inside their mission; without their own `sources` they cite the mission's."""
        for order, item in enumerate(rec.opt("participations", [])):
            org_slug = item.get("organization") if isinstance(item, dict) else None
            part = Record(
                item,
                f"{rec.where}, participation {org_slug or order + 1!r}",
                {"organization", "role", "contribution", "order", "sources"},
            )
            organization = self.resolve(Organization, part.where, part.req("organization"))
            role = part.req("role")
            lookup = {"mission": mission, "organization": organization, "role": role}
            values = {"contribution": part.opt("contribution"), "order": part.opt("order", order)}
            own = part.opt("sources", [])
            m2m = {"sources": self.sources(part.where, own) if own else mission_sources}
            self.upsert(Participation, part.where, f"{mission.slug}/{org_slug}/{role}", lookup, values, m2m)

    def load_agreements(self) -> None:
        allowed = {
            "name",
            "short_name",
            "kind",
            "binding",
            "adopted_on",
            "opened_for_signature",
            "entered_into_force",
            "depositary",
            "summary",
            "text_url",
            "reported_parties",
            "reported_signatories",
            "reported_as_of",
            "reported_source",
            "organizations",
            "missions",
            "topics",
            "sources",
            "disputes",
            "publication_status",
            *WIKIDATA,
        }
        for rec, slug in self.records("agreements.json", "slug", allowed):
            values = {
                "name": rec.req("name"),
                "short_name": rec.opt("short_name"),
                "kind": rec.req("kind"),
                "binding": bool(rec.opt("binding", False)),
                "adopted_on": rec.day("adopted_on"),
                "opened_for_signature": rec.day("opened_for_signature"),
                "entered_into_force": rec.day("entered_into_force"),
                "depositary": rec.opt("depositary"),
                "summary": rec.opt("summary"),
                "text_url": rec.opt("text_url"),
                "reported_parties": rec.opt("reported_parties", None),
                "reported_signatories": rec.opt("reported_signatories", None),
                "reported_as_of": rec.day("reported_as_of"),
                "reported_source": self.resolve(Source, rec.where, rec.opt("reported_source", None), key="url"),
                "disputes": rec.disputes(),
                "publication_status": rec.status(),
                **rec.wikidata(),
            }
            m2m = {
                "organizations": self.resolve_all(Organization, rec.where, rec.opt("organizations", [])),
                "missions": self.resolve_all(Mission, rec.where, rec.opt("missions", [])),
                "topics": self.resolve_all(Topic, rec.where, rec.opt("topics", [])),
                "sources": self.sources(rec.where, rec.opt("sources", [])),
            }
            self.upsert(Agreement, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)
        self.load_signatories()

    def load_signatories(self) -> None:
        """Every `signatories/*.csv`, in the column format the admin CSV importer shares."""
        for path in sorted((self.dir / "signatories").glob("*.csv")):
            with path.open(newline="", encoding="utf-8") as handle:
                reader = csv.DictReader(handle)
                if reader.fieldnames != SIGNATORY_COLUMNS:
                    raise FixtureError(self._name(path), f"header must be {','.join(SIGNATORY_COLUMNS)}")
                for row in reader:
                    self.load_signatory(row, f"{self._name(path)}, line {reader.line_num}")

    def load_signatory(self, row: dict[str, Any], where: str) -> None:
        if None in row:
            raise FixtureError(where, f"more values than the {len(SIGNATORY_COLUMNS)} columns")
        rec = Record({k: (v or "").strip() for k, v in row.items()}, where, set(SIGNATORY_COLUMNS))
        agreement = self.resolve(Agreement, where, rec.req("agreement"))
        country = self.resolve(Country, where, rec.opt("country").lower(), key="code")
        organization = self.resolve(Organization, where, rec.opt("organization"))
        if (country is None) == (organization is None):
            raise FixtureError(where, "give a country or an organization (exactly one)")
        party = {"country": country} if country else {"organization": organization}
        other = {"organization": None} if country else {"country": None}
        values = {**other, "status": rec.req("status"), "notes": rec.opt("notes"), "disputes": rec.disputes()}
        for name in ("signed", "ratified", "withdrawn"):
            day, precision = rec.partial(f"{name}_on", empty_precision="day")
            values.update({f"{name}_on": day, f"{name}_precision": precision})
        urls = [url.strip() for url in rec.opt("source_urls").split(" | ") if url.strip()]
        label = f"{agreement.slug}/{country.code if country else organization.slug}"
        where = f"{where} ({label})"
        self.upsert(
            Signatory, where, label, {"agreement": agreement, **party}, values, {"sources": self.sources(where, urls)}
        )

    def load_events(self) -> None:
        allowed = {
            "title",
            "date",
            "end_date",
            "kind",
            "featured",
            "summary",
            "organizations",
            "countries",
            "missions",
            "agreements",
            "topics",
            "sources",
            "publication_status",
            *WIKIDATA,
        }
        for rec, slug in self.records("events.json", "slug", allowed):
            rec.req("date")
            date, precision = rec.partial("date", empty_precision="day")
            end, end_precision = rec.partial("end_date", empty_precision="day")
            values = {
                "title": rec.req("title"),
                "date": date,
                "date_precision": precision,
                "end_date": end,
                "end_precision": end_precision,
                "kind": rec.req("kind"),
                "featured": bool(rec.opt("featured", False)),
                "summary": rec.opt("summary"),
                "publication_status": rec.status(),
                **rec.wikidata(),
            }
            m2m = {
                "organizations": self.resolve_all(Organization, rec.where, rec.opt("organizations", [])),
                "countries": self.resolve_all(Country, rec.where, rec.opt("countries", []), key="code"),
                "missions": self.resolve_all(Mission, rec.where, rec.opt("missions", [])),
                "agreements": self.resolve_all(Agreement, rec.where, rec.opt("agreements", [])),
                "topics": self.resolve_all(Topic, rec.where, rec.opt("topics", [])),
                "sources": self.sources(rec.where, rec.opt("sources", [])),
            }
            self.upsert(Event, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)

    # --- linked data: wikidata.csv (optional; model,key,wikidata_id,source_url) --------------------

    WIKIDATA_COLUMNS = ["model", "key", "wikidata_id", "source_url"]

    def load_wikidata(self) -> None:
        """Q-numbers of records, each from a stored source listed in sources.json (never guessed).

        A step after the records, from its own file, so the record files stay as they are; the
        source is checked to exist but not added to the record's sources (the record's own file
        decides those, and a reload would otherwise take it away again).
        """
        path = self.dir / "wikidata.csv"
        if not path.exists():
            return
        types = {model._meta.model_name: model for model in in_dependency_order()}
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            if reader.fieldnames != self.WIKIDATA_COLUMNS:
                raise FixtureError(self._name(path), f"expected the columns {','.join(self.WIKIDATA_COLUMNS)}")
            for line, row in enumerate(reader, start=2):
                self.load_wikidata_row(row, f"{self._name(path)}, line {line}", types)

    def load_wikidata_row(self, row: dict[str, str], where: str, types: dict) -> None:
        model = types.get(row["model"])
        if model is None or not any(f.name == "wikidata_id" for f in model._meta.fields):
            raise FixtureError(where, f"no record type with a wikidata_id called {row['model']!r}")
        key = "code" if model is Country else "slug"
        record = self.resolve(model, where, row["key"], key=key)
        self.resolve(Source, where, row["source_url"], key="url")
        if record.wikidata_id == row["wikidata_id"]:
            return
        record.wikidata_id = row["wikidata_id"]
        try:
            record.full_clean()
        except ValidationError as exc:
            raise FixtureError(where, _messages(exc)) from None
        record.save()
        self.report.add(str(model._meta.verbose_name), row["key"], False, ["wikidata_id"])

    # --- guides (fixtures/guides/*.md) and the FAQ (fixtures/faq.json) --------------------------

    LINK_TYPES = {
        "organization": ("organizations", Organization, "slug"),
        "country": ("countries", Country, "code"),
        "mission": ("missions", Mission, "slug"),
        "agreement": ("agreements", Agreement, "slug"),
        "topic": ("topics", Topic, "slug"),
        "event": ("events", Event, "slug"),
    }

    def links(self, where: str, refs: Any, topics: Any = ()) -> dict[str, list]:
        """`["mission:iss", "country:in", …]` (and extra topic slugs) as the m2m values of a text."""
        if not isinstance(refs, list):
            raise FixtureError(where, f"'records' must be a list of 'type:key' references, got {refs!r}")
        m2m: dict[str, list] = {name: [] for name, _model, _key in self.LINK_TYPES.values()}
        for ref in [*refs, *(f"topic:{slug}" for slug in topics)]:
            kind, _sep, key = str(ref).partition(":")
            if kind not in self.LINK_TYPES or not key:
                raise FixtureError(where, f"bad record reference {ref!r} (expected e.g. 'mission:iss')")
            name, model, field_name = self.LINK_TYPES[kind]
            record = self.resolve(model, where, key, key=field_name)
            if record not in m2m[name]:
                m2m[name].append(record)
        return m2m

    def load_guides(self) -> None:
        allowed = {"title", "slug", "standfirst", "order", "topics", "records", "sources", "publication_status"}
        for path in sorted((self.dir / "guides").glob("*.md")):
            where = self._name(path)
            data, body = front_matter(path.read_text(encoding="utf-8"), where)
            rec = Record(data, where, allowed)
            slug = rec.req("slug")
            values = {
                "title": rec.req("title"),
                "standfirst": rec.opt("standfirst"),
                "body": body,
                "order": int(rec.opt("order", 0)),
                "publication_status": rec.status(),
            }
            m2m = {
                **self.links(where, rec.opt("records", []), rec.opt("topics", [])),
                "sources": self.sources(where, rec.opt("sources", [])),
            }
            self.upsert(Guide, where, slug, {"slug": slug}, values, m2m)

    def load_questions(self) -> None:
        allowed = {"question", "answer", "order", "records", "sources", "publication_status"}
        for rec, slug in self.records("faq.json", "slug", allowed):
            values = {
                "question": rec.req("question"),
                "answer": rec.req("answer"),
                "order": int(rec.opt("order", 0)),
                "publication_status": rec.status(),
            }
            m2m = {
                **self.links(rec.where, rec.opt("records", [])),
                "sources": self.sources(rec.where, rec.opt("sources", [])),
            }
            self.upsert(Question, rec.where, rec.req("slug"), {"slug": slug}, values, m2m)


def database_counts() -> dict[str, int]:
    """Rows per record type (and per row type, and sources), for the command's summary."""
    tables = [Source, *in_dependency_order(), *row_types()]
    return {str(model._meta.verbose_name_plural): model._default_manager.count() for model in tables}
