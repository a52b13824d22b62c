"""Settings come from the environment through strict readers; production refuses to start insecurely."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from coop_site.lib.env import envbool, envlist

ROOT = Path(__file__).resolve().parent.parent


def test_envbool_accepts_only_real_booleans(monkeypatch):
    monkeypatch.setenv("FLAG", "off")
    assert envbool("FLAG", default=True) is False
    monkeypatch.setenv("FLAG", "maybe")
    with pytest.raises(ValueError, match="FLAG must be one of"):
        envbool("FLAG", default=True)


def test_envlist_splits_on_commas(monkeypatch):
    monkeypatch.setenv("HOSTS", "atlas.example.org, www.atlas.example.org")
    assert envlist("HOSTS", default=[]) == ["atlas.example.org", "www.atlas.example.org"]


def _manage(*args, **env):
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("DJANGO_", "DATABASE_URL", "REDIS_URL"))}
    return subprocess.run(
        [sys.executable, "manage.py", *args],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _manage("check", DJANGO_DEBUG="0")
    assert result.returncode != 0
    assert "DJANGO_SECRET_KEY must be set" in result.stderr


def test_check_deploy_is_clean_with_production_settings():
    result = _manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        DJANGO_DEBUG="0",
        DJANGO_SECRET_KEY="x" * 30 + "-prod-only-7f3a9c2e1b5d8f4a6c0e",
        DJANGO_ALLOWED_HOSTS="atlas.example.org",
    )
    assert result.returncode == 0, result.stderr
    assert "no issues" in result.stdout


def test_with_redis_url_the_cache_lives_in_redis():
    code = (
        "from django.core.cache import caches; cache = caches['default']; cache.set('atlas-probe', 'ok', 5);"
        "print(type(cache).__module__, cache.get('atlas-probe'))"
    )
    result = _manage("shell", "-c", code, REDIS_URL="redis://127.0.0.1:6379/15")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["django_redis.cache", "ok"]


def test_with_a_postgres_database_url_the_site_runs_on_postgresql():
    code = "from django.db import connection; print(connection.vendor, connection.settings_dict['NAME'])"
    result = _manage("shell", "-c", code, DATABASE_URL="postgres://postgres@127.0.0.1:5432/atlas")
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1].split() == ["postgresql", "atlas"]


def test_with_nothing_set_the_site_runs_on_a_sqlite_file_next_to_manage_py():
    code = "from django.db import connection; print(connection.vendor, connection.settings_dict['NAME'])"
    result = _manage("shell", "-c", code)
    assert result.stdout.splitlines()[-1].split() == ["sqlite", str(ROOT / "db.sqlite3")]
