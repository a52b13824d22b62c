"""Write a directory in the fixtures/ format from plain records, for `load_atlas` to read.

Two writers share it: `export_atlas` (every record of the database) and `load_atlas --from-package`
(the records of a data package, catalog/data_package.py). Records come in fixture form: the natural
key, fields under their fixture names, partial dates as '1998' / '2024-12' / '2025-11-02', links as
lists of natural keys. This module decides only where each goes: `<plural>.json`, participations
inside their mission, `signatories/<agreement>.csv`, `memberships.csv`, `guides/<slug>.md` (front
matter) and `faq.json`.
"""

from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

from catalog.loading import MEMBERSHIP_COLUMNS, SIGNATORY_COLUMNS, Loader
from catalog.models import Guide, Organization, Question

# Partial dates: the fixture key of a date field whose precision sits in a `<prefix>_precision` field.
PARTIAL_DATE_KEYS = {
    "founded": ("founded", "founded_precision"),
    "start_date": ("start", "start_precision"),
    "end_date": ("end", "end_precision"),
    "date": ("date", "date_precision"),
}
# Events keep `end_date` as their fixture key (missions say `end`).
FIXTURE_KEY_OVERRIDES = {("event", "end_date"): "end_date"}

# Guide and question links are written as `records: [type:key, …]` (Loader.LINK_TYPES).
TEXT_LINKS = {name: kind for kind, (name, _model, _key) in Loader.LINK_TYPES.items()}


def _quoted(value: Any) -> str:
    """A front matter scalar the loader reads back exactly (JSON string, ASCII so no line break hides)."""
    return json.dumps(value) if isinstance(value, str) else str(value)


def with_record_refs(record: dict) -> dict:
    """A guide's or question's link lists as one `records` list of `type:key` references."""
    out = {name: value for name, value in record.items() if name not in TEXT_LINKS}
    refs = [f"{TEXT_LINKS[name]}:{key}" for name in TEXT_LINKS for key in record.get(name, [])]
    if refs:
        out["records"] = refs
    return out


def guide_markdown(record: dict) -> str:
    """guides/<slug>.md: front matter (the loader's small YAML subset), then the Markdown body."""
    record = with_record_refs(record)
    body = record.pop("body", "")
    lines = ["---"]
    for name, value in record.items():
        if isinstance(value, list):
            lines.append(f"{name}:")
            lines += [f"  - {_quoted(item)}" for item in value]
        else:
            lines.append(f"{name}: {_quoted(value)}")
    lines += ["---", ""]
    return "\n".join(lines) + "\n" + body


def _write_json(path: Path, records: list[dict]) -> None:
    path.write_text(json.dumps(records, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")


def _write_csv(path: Path, columns: list[str], rows: list[dict]) -> None:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=columns, lineterminator="\n")
        writer.writeheader()
        for row in rows:
            writer.writerow({name: "" if row.get(name) is None else row[name] for name in columns})


def write_fixtures(
    directory: Path,
    sources: list[dict],
    records: dict[type, list[dict]],
    signatories: list[dict],
    memberships: list[dict],
) -> dict[str, int]:
    """Write every file; returns the number of records per file (for the command's summary).

    `signatories` and `memberships` are rows with the columns of SIGNATORY_COLUMNS / MEMBERSHIP_COLUMNS.
    An organization with membership rows gets its member countries from them (the loader's rule), so
    its own `member_countries` list is left out.
    """
    directory.mkdir(parents=True, exist_ok=True)
    counts: dict[str, int] = {}
    _write_json(directory / "sources.json", sources)
    counts["sources.json"] = len(sources)
    with_rows = {row["organization"] for row in memberships}
    for model, items in records.items():
        if model is Guide:
            folder = directory / "guides"
            folder.mkdir(exist_ok=True)
            for old in folder.glob("*.md"):
                old.unlink()
            for record in items:
                (folder / f"{record['slug']}.md").write_text(guide_markdown(record), encoding="utf-8")
            counts["guides/*.md"] = len(items)
            continue
        if model is Question:
            name, items = "faq.json", [with_record_refs(record) for record in items]
        else:
            name = f"{model._meta.verbose_name_plural}.json"
        if model is Organization:
            items = [
                {k: v for k, v in r.items() if not (k == "member_countries" and r["slug"] in with_rows)} for r in items
            ]
        _write_json(directory / name, items)
        counts[name] = len(items)
    folder = directory / "signatories"
    folder.mkdir(exist_ok=True)
    for old in folder.glob("*.csv"):
        old.unlink()
    by_agreement: dict[str, list[dict]] = {}
    for row in signatories:
        by_agreement.setdefault(row["agreement"], []).append(row)
    for slug, rows in by_agreement.items():
        _write_csv(folder / f"{slug}.csv", SIGNATORY_COLUMNS, rows)
    counts["signatories/*.csv"] = len(signatories)
    _write_csv(directory / "memberships.csv", MEMBERSHIP_COLUMNS, memberships)
    counts["memberships.csv"] = len(memberships)
    return counts
