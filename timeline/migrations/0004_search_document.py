"""timeline_event: the timeline's order index; on PostgreSQL a stored search document (see catalog.0008).

A generated tsvector column equal to the expression of timeline.0002's `timeline_event_search_fts`
index (title weighted A, summary weighted B, config 'english'), with a GIN index; it replaces that
expression index. Search reads the column instead of computing to_tsvector() on every match.
"""

from django.db import migrations, models

TABLE = "timeline_event"
NAMES = ["title"]
TEXTS = ["summary"]


def _weighted(columns, weight):
    text = " || ' ' || ".join(f"COALESCE(\"{column}\", '')" for column in columns)
    return f"setweight(to_tsvector('english'::regconfig, {text}), '{weight}')"


def add_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(
        f'ALTER TABLE "{TABLE}" ADD COLUMN IF NOT EXISTS "search_document" tsvector '
        f"GENERATED ALWAYS AS ({_weighted(NAMES, 'A')} || {_weighted(TEXTS, 'B')}) STORED"
    )
    schema_editor.execute(f'CREATE INDEX IF NOT EXISTS "{TABLE}_search_document" ON "{TABLE}" USING gin ("search_document")')
    schema_editor.execute(f'DROP INDEX IF EXISTS "{TABLE}_search_fts"')
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        if cursor.fetchone() is not None:  # the admin searches the slug too (title OR slug OR summary)
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{TABLE}_slug_trgm" ON "{TABLE}" USING gin ((UPPER("slug"::text)) gin_trgm_ops)'
            )


def drop_document(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute(f'DROP INDEX IF EXISTS "{TABLE}_slug_trgm"')
    schema_editor.execute(
        f'CREATE INDEX IF NOT EXISTS "{TABLE}_search_fts" ON "{TABLE}" '
        f"USING gin (({_weighted(NAMES, 'A')} || {_weighted(TEXTS, 'B')}))"
    )
    schema_editor.execute(f'ALTER TABLE "{TABLE}" DROP COLUMN IF EXISTS "search_document"')


class Migration(migrations.Migration):
    dependencies = [
        ("timeline", "0003_wikidata"),
    ]

    operations = [
        migrations.RunPython(add_document, drop_document, elidable=False),
        # The timeline's order, so a page of events is the first rows of an index.
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["date", "title"], name="event_list_order_idx"),
        ),
        # A date range's count and latest change (the API list's ETag), from the index alone.
        migrations.AddIndex(
            model_name="event",
            index=models.Index(fields=["date", "publication_status", "updated_at"], name="event_date_stats_idx"),
        ),
    ]
