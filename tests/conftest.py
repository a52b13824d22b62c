"""Shared fixtures: named users (a visitor, a curator, a superuser) and test-friendly settings."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache, caches
from django.utils import translation


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "fragments": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "test-fragments"},
    }
    # The throttle and cached fragments live in the caches: every test starts from empty ones (a
    # rolled-back test leaves ids and generations that the next test's records may reuse).
    cache.clear()
    caches["fragments"].clear()
    # A request leaves its language active in the thread (LocaleMiddleware activates, nothing
    # deactivates), so a test that ended on /fr/ would make the next test's reverse() French.
    translation.deactivate()
    yield
    translation.deactivate()


@pytest.fixture(autouse=True)
def _edit_history(request, settings):
    """Edit history (django-simple-history, and the change log it feeds) is written in the tests that
    are about writes: those marked `history` (every curation, admin, response-cache and row-writing
    API module, and each test that reads history or the change log). Elsewhere the records a test
    sets up are written without it: a history entry copies every link of its record, which made the
    suite's set-up code (factories growing a record's links one by one) nearly half its run time."""
    if request.node.get_closest_marker("history") is None:
        settings.SIMPLE_HISTORY_ENABLED = False


@pytest.fixture
def visitor(db):
    """A logged-in member of the public: not staff."""
    return get_user_model().objects.create_user("visitor", "visitor@example.org", "visitor-pass")


@pytest.fixture
def superuser(db):
    return get_user_model().objects.create_superuser("admin", "admin@example.org", "admin-pass")


@pytest.fixture
def staff_user(db):
    """Staff without any model permission."""
    return get_user_model().objects.create_user("staff", "staff@example.org", "staff-pass", is_staff=True)


@pytest.fixture(scope="session", autouse=True)
def _compiled_translations():
    """The interface translations compiled (.mo files are build products, not in git), as `make
    messages` does: a bare `pytest` on a fresh clone then sees the same pages as `make test`."""
    import os
    import shutil
    import subprocess
    import tempfile
    from pathlib import Path

    from django.conf import settings
    from django.utils.translation import trans_real

    compiled = False
    for po in sorted(Path(settings.BASE_DIR, "locale").glob("*/LC_MESSAGES/django.po")):
        mo = po.with_suffix(".mo")
        if mo.exists() and mo.stat().st_mtime >= po.stat().st_mtime:
            continue
        msgfmt = shutil.which("msgfmt")
        if not msgfmt:
            pytest.exit("msgfmt (Debian's gettext) is needed to compile the translations: run `make gettext`.")
        # Written beside and renamed into place, so parallel workers never read half a file.
        handle, partial = tempfile.mkstemp(dir=mo.parent, suffix=".mo.part")
        os.close(handle)
        subprocess.run([msgfmt, "--check-format", "-o", partial, str(po)], check=True)
        os.replace(partial, mo)
        compiled = True
    if compiled:
        trans_real._translations = {}
        trans_real._default = None
