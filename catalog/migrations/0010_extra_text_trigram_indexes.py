"""PostgreSQL: trigram indexes on the extra text that search matches (notes and rows' text).

Search matches more than a record's names and texts: mission status notes, country notes,
participants' contributions, membership and signatory notes (catalog/queries.py `search_extra`).
That branch of a search asks first for the rows with a word there (coop_site/lib/filters.py
`in_extra_q`: `UPPER(column::text) LIKE UPPER('%word%')`, Django's `icontains`); these GIN trigram
indexes on the same expression make each of those an index scan instead of a scan of the table
(at 100k records, 60k participations). Like catalog.0004: PostgreSQL only, and skipped with a
warning where pg_trgm is not installed. Nothing runs on SQLite, which has its own trigram tables
(coop_site/lib/trigram.py).
"""

from django.db import migrations

EXTRA_TEXT = {
    "catalog_mission": ["status_note"],
    "catalog_country": ["notes"],
    "catalog_participation": ["contribution"],
    "catalog_membership": ["notes"],
    "catalog_signatory": ["notes"],
}


def _has_pg_trgm(schema_editor) -> bool:
    with schema_editor.connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
        return cursor.fetchone() is not None


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql" or not _has_pg_trgm(schema_editor):
        return
    for table, columns in EXTRA_TEXT.items():
        for column in columns:
            schema_editor.execute(
                f'CREATE INDEX IF NOT EXISTS "{table}_{column}_trgm" ON "{table}" '
                f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
            )


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, columns in EXTRA_TEXT.items():
        for column in columns:
            schema_editor.execute(f'DROP INDEX IF EXISTS "{table}_{column}_trgm"')


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0009_agreement_signature_count"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
