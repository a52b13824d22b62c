"""One-off pages: health check (database and cache), robots.txt and the 400/404 handlers."""

import secrets

from django.core.cache import cache
from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET

from coop_site.middleware import RETRY_AFTER_SECONDS, close_broken_connections


def _database_ok():
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        close_broken_connections()  # the next request (or probe) reconnects
        return False
    return True


def _cache_ok():
    token = secrets.token_hex(8)
    try:
        cache.set("healthz-probe", token, 10)
        return cache.get("healthz-probe") == token
    except Exception:  # noqa: BLE001 -- any cache failure means "cache unavailable"
        return False


@never_cache
@require_GET
def healthz(request):
    """Which dependency is down: 503 without the database; without the cache the site still serves (200)."""
    database, cache_ok = _database_ok(), _cache_ok()
    body = {
        "status": "ok" if database and cache_ok else ("degraded" if database else "error"),
        "database": "ok" if database else "unavailable",
        "cache": "ok" if cache_ok else "unavailable",
        "vendor": connection.vendor,
    }
    response = JsonResponse(body, status=200 if database else 503)
    if not database:
        response["Retry-After"] = str(RETRY_AFTER_SECONDS)
    return response


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /search/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def page_not_found(request, exception=None):
    message = str(exception) if getattr(exception, "public", False) else ""
    context = {"message": message, "page_title": _("Page not found")}
    return render(request, "404.html", context, status=404)


def bad_request(request, exception=None):
    # Django's own 400s (a malformed request, a disallowed host) carry no field to name.
    return render(request, "400.html", {"fields": [], "page_title": _("Bad request")}, status=400)
