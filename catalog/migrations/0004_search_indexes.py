"""PostgreSQL-only indexes behind site search (catalog/search.py) and the lists' `q` filter.

Nothing runs on SQLite (or any other database): both functions return at once unless the
connection is PostgreSQL, so development databases and the SQLite test suite are unchanged.

On PostgreSQL, for every searched table:

* one GIN index on the exact weighted tsvector expression that catalog/search.py builds with
  SearchVector (names weighted A, texts weighted B, config 'english'), so the `@@` match is an
  index scan instead of to_tsvector() on every row;
* one GIN trigram index (pg_trgm, gin_trgm_ops) per searched column on UPPER(column::text), the
  expression Django emits for `__icontains` on PostgreSQL, so `UPPER(col::text) LIKE UPPER('%word%')`
  is an index scan too (the planner combines them with BitmapOr / BitmapAnd).

The expressions must stay byte-for-byte equivalent to what the ORM generates, or the planner
ignores the indexes: tests/catalog/test_search_indexes.py checks with EXPLAIN that they are used.

pg_trgm: `CREATE EXTENSION IF NOT EXISTS pg_trgm` needs a role allowed to create it (a superuser,
or the database owner on PostgreSQL 13+ since pg_trgm is a trusted extension). If that fails the
migration does not: it skips the trigram indexes (substring matches then scan the table, as
before), keeps the full-text indexes, and prints a warning. Create the extension as a superuser
and re-apply this migration (migrate catalog 0003, then migrate) to add them later.

Reversing drops the indexes but leaves the pg_trgm extension installed: other objects in the
database may use it, and it costs nothing unused. Drop it by hand if wanted.
"""

import sys

from django.db import migrations, transaction

# table: (names weighted A, texts weighted B), in catalog/search.py's TARGETS order of fields.
SEARCHED = {
    "catalog_organization": (["acronym", "name"], ["summary"]),
    "catalog_country": (["code", "name"], ["official_name"]),
    "catalog_mission": (["short_name", "name"], ["summary", "destination"]),
    "catalog_agreement": (["short_name", "name"], ["summary"]),
    "catalog_topic": (["name"], ["summary"]),
}


def _weighted(columns, weight):
    text = " || ' ' || ".join(f"COALESCE(\"{column}\", '')" for column in columns)
    return f"setweight(to_tsvector('english'::regconfig, {text}), '{weight}')"


def fts_index_sql(table, names, texts):
    return (
        f'CREATE INDEX IF NOT EXISTS "{table}_search_fts" ON "{table}" '
        f"USING gin (({_weighted(names, 'A')} || {_weighted(texts, 'B')}))"
    )


def trigram_index_sql(table, column):
    return (
        f'CREATE INDEX IF NOT EXISTS "{table}_{column}_trgm" ON "{table}" '
        f'USING gin ((UPPER("{column}"::text)) gin_trgm_ops)'
    )


def index_names(table, names, texts):
    return [f"{table}_search_fts"] + [f"{table}_{column}_trgm" for column in names + texts]


def has_pg_trgm(cursor):
    cursor.execute("SELECT 1 FROM pg_extension WHERE extname = 'pg_trgm'")
    return cursor.fetchone() is not None


def create_pg_trgm(schema_editor):
    """True if pg_trgm is (now) installed; never raises for a missing privilege or package."""
    connection = schema_editor.connection
    with connection.cursor() as cursor:
        if has_pg_trgm(cursor):
            return True
        try:
            with transaction.atomic(using=connection.alias):  # a savepoint: a failure leaves the migration usable
                cursor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        except Exception as exc:  # noqa: BLE001 - any failure (privilege, package not installed) is reported
            sys.stderr.write(
                f"WARNING: could not create the pg_trgm extension ({exc}); substring search stays unindexed. "
                "Create it as a superuser and re-apply catalog.0004_search_indexes to add the trigram indexes.\n"
            )
            return False
    return True


def create_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    trigrams = create_pg_trgm(schema_editor)
    for table, (names, texts) in SEARCHED.items():
        schema_editor.execute(fts_index_sql(table, names, texts))
        if trigrams:
            for column in names + texts:
                schema_editor.execute(trigram_index_sql(table, column))


def drop_indexes(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table, (names, texts) in SEARCHED.items():
        for name in index_names(table, names, texts):
            schema_editor.execute(f'DROP INDEX IF EXISTS "{name}"')


class Migration(migrations.Migration):
    dependencies = [
        ("catalog", "0003_curators_group"),
    ]

    operations = [
        migrations.RunPython(create_indexes, drop_indexes, elidable=False),
    ]
