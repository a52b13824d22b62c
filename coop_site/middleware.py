"""Middleware of the site as a whole: a database that fails answers 503; security headers."""

import logging

from django.db import InterfaceError, OperationalError, connections
from django.http import HttpResponse, JsonResponse
from django.template.loader import render_to_string
from django.utils.translation import gettext_lazy as _

import coop_site.lib.lockout  # noqa: F401 -- connects the login and lockout log receivers

logger = logging.getLogger("coop_site.database")

RETRY_AFTER_SECONDS = 10
DATABASE_ERRORS = (OperationalError, InterfaceError)
UNAVAILABLE_MESSAGE = "The database is unavailable for a moment. Please try again shortly."


def close_broken_connections():
    """Drop connections that failed, so the next request opens a fresh one (outside a transaction)."""
    for conn in connections.all(initialized_only=True):
        if conn.in_atomic_block:
            continue
        try:
            conn.close()
        except Exception:  # noqa: BLE001 -- a dead connection may fail to close; it is dropped either way
            conn.connection = None


def unavailable_response(request):
    """503 with Retry-After: JSON under /api/, the site's own page elsewhere."""
    if request.path.startswith("/api/"):
        response = JsonResponse({"detail": UNAVAILABLE_MESSAGE}, status=503)
    else:
        response = HttpResponse(_page(request), status=503)
    response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    response["Cache-Control"] = "no-store"
    return response


def _page(request):
    context = {"page_title": _("Temporarily unavailable"), "message": UNAVAILABLE_MESSAGE}
    try:  # the page must not need the database: no request context (no user, no session)
        return render_to_string("503.html", context)
    except Exception:  # noqa: BLE001 -- fall back to plain HTML rather than fail again
        return f"<!doctype html><title>Temporarily unavailable</title><h1>Temporarily unavailable</h1><p>{UNAVAILABLE_MESSAGE}</p>"


class DatabaseUnavailableMiddleware:
    """A view whose database connection fails answers 503 with Retry-After, not a 500 traceback."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_exception(self, request, exception):
        if isinstance(exception, DATABASE_ERRORS):
            return self._answer(request, exception)
        return None

    def _answer(self, request, error):
        logger.warning("Database unavailable, answered 503 for %s %s: %s", request.method, request.path, error)
        close_broken_connections()
        return unavailable_response(request)


PERMISSIONS_POLICY = ", ".join(
    f"{feature}=()"
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "payment",
        "usb",
    )
)


class SecurityHeadersMiddleware:
    """Headers Django's SecurityMiddleware does not set: Cross-Origin-Resource-Policy and Permissions-Policy.

    (Cross-Origin-Opener-Policy comes from SECURE_CROSS_ORIGIN_OPENER_POLICY.) A view may set its own.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        response.headers.setdefault("Cross-Origin-Resource-Policy", "same-origin")
        response.headers.setdefault("Permissions-Policy", PERMISSIONS_POLICY)
        return response
