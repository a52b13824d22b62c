"""The invalidation rule: any write to an app that holds record types bumps the generation.

The generation is a row in the database (`CacheGeneration`, pk=1) and is part of every response
cache key, so bumping it makes every cached response unreachable at once. The bump is an UPDATE in
the writer's own transaction: other servers see the new generation exactly when the write commits
(never before, so nobody caches the new generation with old data; never after, so nobody is served
the old data once the write is visible), and a rolled-back write leaves it unchanged. Nothing is
deleted from the cache: old entries expire on their timeout.
"""

from __future__ import annotations

import contextlib
import threading

from django.apps import apps
from django.db import connections, router
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save

_state = threading.local()
DISPATCH_UID = "response-cache-bump"


def _model():
    return apps.get_model("response_cache", "CacheGeneration")


def bump() -> None:
    """Make every cached response stale (call it after a write that sends no signal, e.g. update())."""
    if getattr(_state, "held", 0):
        _state.pending = True
        return
    model = _model()
    if not model._default_manager.filter(pk=1).update(value=F("value") + 1):
        model._default_manager.get_or_create(pk=1, defaults={"value": 1})


@contextlib.contextmanager
def one_bump():
    """Run many writes (a fixture load, an import) with a single bump at the end instead of one per save.

    Use it inside the writes' transaction, so that the bump commits with them. Writes that will not
    commit need no bump: none is made when the block raises, or when its transaction is already
    marked for rollback (a dry run)."""
    _state.held = getattr(_state, "held", 0) + 1
    completed = False
    try:
        yield
        completed = True
    finally:
        _state.held -= 1
        if not _state.held and getattr(_state, "pending", False):
            _state.pending = False
            connection = connections[router.db_for_write(_model())]
            if completed and not (connection.in_atomic_block and connection.get_rollback()):
                bump()


def current_generation() -> int | None:
    """The generation, read with one query on the DB-API cursor (None if the table is missing).

    A raw cursor keeps this constant, per-request read out of Django's query log, so the query
    counts pinned by the view tests stay the view's own.
    """
    model = _model()
    connection = connections[router.db_for_read(model)]
    try:
        connection.ensure_connection()
        cursor = connection.connection.cursor()
    except Exception:  # no database at all (or none allowed, as in some tests): serve uncached
        return None
    try:
        table = connection.ops.quote_name(model._meta.db_table)  # our own table name, not input
        cursor.execute(f"SELECT value FROM {table} WHERE id = 1")  # noqa: S608
        row = cursor.fetchone()
    except connection.Database.DatabaseError:
        return None
    finally:
        cursor.close()
    return row[0] if row else 0


def watched_app_labels() -> set[str]:
    """The apps whose every model can change what visitors see: those that hold record types."""
    from coop_site.records.registry import record_types, row_types

    return {model._meta.app_label for model in [*record_types(), *row_types()]}


def watched_models() -> list:
    return [
        model
        for label in sorted(watched_app_labels())
        for model in apps.get_app_config(label).get_models(include_auto_created=True)
    ]


def _on_write(sender, **kwargs):
    bump()


def _on_m2m(sender, action, **kwargs):
    if action in {"post_add", "post_remove", "post_clear"}:
        bump()


def connect_signals() -> None:
    for model in watched_models():
        post_save.connect(_on_write, sender=model, dispatch_uid=(DISPATCH_UID, model._meta.label, "save"))
        post_delete.connect(_on_write, sender=model, dispatch_uid=(DISPATCH_UID, model._meta.label, "delete"))
        m2m_changed.connect(_on_m2m, sender=model, dispatch_uid=(DISPATCH_UID, model._meta.label, "m2m"))
