"""PostgreSQL-only indexes behind site search and the timeline's `q` filter (see catalog.0004).

A no-op on SQLite and any other database. On PostgreSQL: a GIN index on the exact weighted
tsvector expression catalog/search.py builds for events (title weighted A, summary B, 'english'),
and GIN trigram indexes on UPPER(title::text) and UPPER(summary::text), the expressions of
`__icontains`. The trigram indexes need the pg_trgm extension, which catalog.0004 creates when it
can; without it they are skipped with a warning (substring search then scans the table, as
before). Reversing drops the indexes and leaves the extension.
"""

import sys

from django.db import migrations

TABLE = "timeline_event"
NAMES, TEXTS = ["title"], ["summary"]


def _weighted(columns, weight):
    text = " || ' ' || ".join(f"COALESCE(\"{column}\", '')" for column in columns)
    return f"setweight(to_tsvector('english'::regconfig, {text}), '{weight}')"


def index_names():
    return [f"{TABLE}_search_fts"] + [f"{TABLE}_{column}_trgm" for column in NAMES + TEXTS]


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{TABLE}_search_fts" ON "{TABLE}" '
        f"USING gin (({_weighted(NAMES, 'A')} || {_weighted(TEXTS, 'B')}))"
    )
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        trigrams = cursor.fetchone() is not None
    if not trigrams:
        sys.stderr.write("WARNING: pg_trgm is not installed; timeline_event trigram indexes skipped (see catalog.0004).\n")
        return
    for column in NAMES + TEXTS:
        schema_editor.execute(
            f'CREATE INDEX IF NOT EXISTS "{TABLE}_{column}_trgm" ON "{TABLE}" '
            f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
        )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for name in index_names():
        schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0001_initial"),
        ("catalog", "0004_search_indexes"),  # creates pg_trgm when it can
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
