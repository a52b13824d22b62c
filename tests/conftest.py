"""Shared fixtures: named users (a visitor, a curator, a superuser) and test-friendly settings."""

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache


@pytest.fixture(autouse=True)
def _test_settings(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
    settings.CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
    # The throttle and cached fragments live in the cache: every test starts from an empty one.
    cache.clear()


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
