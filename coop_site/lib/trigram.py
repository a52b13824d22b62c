"""SQLite: a trigram index over each searched table's text, so a search does not read every row.

PostgreSQL narrows word searches and the admin's `icontains` with pg_trgm indexes (catalog.0004,
timeline.0002). SQLite indexes no substring of a column, so there every search read the whole
table: at 100k events, public search and admin search cost 8-14x their 1k figures. SQLite's FTS5
`trigram` tokenizer indexes every three-character substring, case-insensitively; a MATCH of a
quoted phrase of three characters or more finds the rows that contain it in any indexed column.

`narrowing()` turns that into one more condition, `pk IN (rows containing the text)`: the rows the
exact conditions (the word-start regular expression of coop_site/lib/filters.py, the admin's
`icontains`) are then checked on. It never decides a match alone, so results are unchanged.

Each searched table `<table>` gets an external-content FTS5 table `<table>_trigram` over its
searched columns (`columns()`), kept by insert/update/delete triggers. It is made after every
`migrate` (post_migrate), not in a migration: to alter a table, Django's SQLite backend rebuilds it,
which drops its triggers, so the receiver recreates what is missing and rebuilds the index then.
"""

from __future__ import annotations

from django.db import connections
from django.db.models import Q
from django.db.models.expressions import RawSQL
from django.db.models.signals import post_migrate

MIN_LENGTH = 3  # the tokenizer's unit: a shorter text has no trigram to look up
SELECTIVE = 2000  # more matches than this: scan instead (`_selective`)
TRIGGERS = ("insert", "delete", "update")


def specs() -> dict:
    """{model: [indexed columns]}: each searched type's names, texts, slug and extra fields (notes),
    and each table of rows whose text its search matches (participants' contributions, signatory
    notes), as the registry and the apps' `queries.search_extra` declare them."""
    global _specs
    if _specs is None:
        from coop_site.records.models import PUBLIC
        from coop_site.records.registry import search_extra, searchable_types

        found: dict = {}
        for model in searchable_types():
            extra = search_extra(model, PUBLIC)
            names = [*model.search_names, *model.search_texts]
            if any(field.name == "slug" for field in model._meta.concrete_fields):
                names.append("slug")
            names += extra.fields if extra else ()
            found.setdefault(model, []).extend(names)
            for related in extra.related if extra else ():
                found.setdefault(related.rows.model, []).extend(related.fields)
        _specs = {
            model: [model._meta.get_field(name).column for name in dict.fromkeys(names)]
            for model, names in found.items()
        }
    return _specs


_specs = None


def columns(model) -> list[str]:
    return specs().get(model, [])


def table(model) -> str:
    return f"{model._meta.db_table}_trigram"


def covers(model, fields) -> bool:
    """True when every field is one of `model`'s own indexed columns (not across a relation)."""
    indexed = set(columns(model))
    if not indexed:
        return False
    for name in fields:
        try:
            field = model._meta.get_field(name)
        except Exception:  # a lookup across a relation ("country__name") or an admin prefix ("^name")
            return False
        if getattr(field, "column", None) not in indexed:
            return False
    return True


def _phrase(text: str, restrict: list[str] | None = None) -> str:
    """An FTS5 query for `text` as a substring, in the `restrict` columns only when given."""
    phrase = '"' + text.replace('"', '""') + '"'
    return "{" + " ".join(restrict) + "} : " + phrase if restrict else phrase


def _matching(model) -> str:
    name = table(model)  # identifiers come from model metadata; the text is a query parameter
    return f'SELECT rowid FROM "{name}" WHERE "{name}" MATCH %s'  # noqa: S608


def _selective(probes: list[tuple[str, str]], using: str) -> bool:
    """Fewer than SELECTIVE rows match, all `probes` [(FTS table, query)] together.

    A text in most rows (the admin's "event" among 100k events) is cheaper found by scanning: the
    list's ordered LIMIT stops after a page, and a LIKE costs less than gathering 100k ids first.
    Counting at most SELECTIVE matches is bounded. Asked on the DB-API cursor, like the response
    cache's generation (coop_site/cache/invalidation.py), so that the query counts the list tests
    pin stay the list's own.
    """
    connection = connections[using]
    connection.ensure_connection()
    cursor = connection.connection.cursor()
    try:
        seen = 0
        for name, query in probes:
            sql = f'SELECT count(*) FROM (SELECT 1 FROM "{name}" WHERE "{name}" MATCH ? LIMIT ?)'  # noqa: S608
            cursor.execute(sql, [query, SELECTIVE])
            seen += cursor.fetchone()[0]
            if seen >= SELECTIVE:
                return False
        return True
    finally:
        cursor.close()


def _ids(model, texts: list[str], related, restrict: list[str] | None, using: str) -> Q | None:
    """`pk IN` the union, over `texts`, of model's rows containing the text in an indexed column (in
    the `restrict` fields only, when given; none when it is empty), and of those linked to a row
    of `related` [(row model, name of its link to model)] containing it; None when that would be
    most of the table (`_selective`)."""
    parts, params, probes = [], [], []
    for text in texts:
        if restrict is None or restrict:
            columns_ = [model._meta.get_field(name).column for name in restrict] if restrict else None
            parts.append(_matching(model))
            params.append(_phrase(text, columns_))
            probes.append((table(model), params[-1]))
        for row_model, link in related:
            link_column = row_model._meta.get_field(link).column
            pk_column = row_model._meta.pk.column
            parts.append(
                f'SELECT "{link_column}" FROM "{row_model._meta.db_table}" WHERE "{pk_column}" IN ({_matching(row_model)})'  # noqa: S608
            )
            params.append(_phrase(text))
            probes.append((table(row_model), params[-1]))
    if not parts:
        return Q(pk__in=[])
    if not _selective(probes, using):
        return None
    return Q(pk__in=RawSQL(" UNION ".join(parts), params))  # noqa: S611


def usable(text: str, using: str = "default") -> bool:
    """The index can answer for `text`: SQLite, and three characters or more."""
    return connections[using].vendor == "sqlite" and len(text) >= MIN_LENGTH


def narrowing(model, text: str, related=(), using: str = "default") -> Q | None:
    """Rows of `model` containing `text` in an indexed column or linked to a row of `related` that
    does, or None where there is no index to ask (PostgreSQL, a model nobody searches, a text of
    fewer than three characters) or the text is in too many rows to be worth it."""
    if not columns(model) or not usable(text, using):
        return None
    return _ids(model, [text], related, None, using)


def narrowing_any(model, texts: list[str], fields: list[str], related=(), using: str = "default") -> Q | None:
    """Rows of `model` containing one of `texts` in `fields` or in a row of `related`, or None where
    the index cannot answer for every text, or they are in too many rows."""
    if not columns(model) or not texts or not all(usable(text, using) for text in texts):
        return None
    return _ids(model, texts, related, list(fields), using)


# --- the index, made after every migrate --------------------------------------------------------


def _statements(model) -> list[str]:
    """The FTS5 table and its three triggers, each created only if missing (every identifier in
    them comes from model metadata)."""
    base, name = model._meta.db_table, table(model)
    cols = columns(model)
    listed = ", ".join(f'"{column}"' for column in cols)
    new = ", ".join(f'new."{column}"' for column in cols)
    old = ", ".join(f'old."{column}"' for column in cols)
    remove = f'INSERT INTO "{name}"("{name}", rowid, {listed}) VALUES (\'delete\', old.rowid, {old});'  # noqa: S608
    add = f'INSERT INTO "{name}"(rowid, {listed}) VALUES (new.rowid, {new});'  # noqa: S608
    return [
        f'CREATE VIRTUAL TABLE IF NOT EXISTS "{name}" USING fts5({listed}, '
        f"content='{base}', content_rowid='{model._meta.pk.column}', tokenize='trigram')",
        f'CREATE TRIGGER IF NOT EXISTS "{name}_insert" AFTER INSERT ON "{base}" BEGIN {add} END',
        f'CREATE TRIGGER IF NOT EXISTS "{name}_delete" AFTER DELETE ON "{base}" BEGIN {remove} END',
        f'CREATE TRIGGER IF NOT EXISTS "{name}_update" AFTER UPDATE ON "{base}" BEGIN {remove} {add} END',
    ]


def _complete(cursor, model) -> bool:
    """The FTS5 table exists over today's columns, with all its triggers."""
    name = table(model)
    expected = {name, *(f"{name}_{trigger}" for trigger in TRIGGERS)}
    marks = ", ".join(["%s"] * len(expected))
    cursor.execute(f"SELECT name FROM sqlite_master WHERE name IN ({marks})", sorted(expected))  # noqa: S608
    if {row[0] for row in cursor.fetchall()} != expected:
        return False
    cursor.execute(f'PRAGMA table_info("{name}")')
    return [row[1] for row in cursor.fetchall()] == columns(model)


def ensure(models, using: str = "default") -> list[str]:
    """Create the missing indexes of `models` and rebuild them from their tables; returns the tables
    rebuilt (an index whose table and triggers all exist is left as it is)."""
    connection = connections[using]
    if connection.vendor != "sqlite":
        return []
    rebuilt = []
    with connection.cursor() as cursor:
        for model in models:
            if not columns(model) or _complete(cursor, model):
                continue
            name = table(model)
            # A stale FTS table (its columns changed, or its triggers were dropped with a rebuilt
            # table) is dropped and made again from the table's rows.
            cursor.execute(f'DROP TABLE IF EXISTS "{name}"')
            for trigger in TRIGGERS:
                cursor.execute(f'DROP TRIGGER IF EXISTS "{name}_{trigger}"')
            for statement in _statements(model):
                cursor.execute(statement)
            cursor.execute(f'INSERT INTO "{name}"("{name}") VALUES (\'rebuild\')')  # noqa: S608
            rebuilt.append(name)
    return rebuilt


def _after_migrate(sender, using="default", plan=None, **kwargs) -> None:
    ensure([model for model in specs() if model._meta.app_config is sender], using)


def connect(app_config) -> None:
    """Keep the indexes of `app_config`'s tables after every migrate (SQLite only)."""
    post_migrate.connect(_after_migrate, sender=app_config, dispatch_uid=f"trigram.{app_config.label}")
