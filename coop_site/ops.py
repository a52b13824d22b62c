"""One-off pages: health check, robots.txt and the 400/404 handlers."""

from django.db import DatabaseError, connection
from django.http import HttpResponse, JsonResponse
from django.shortcuts import render
from django.urls import reverse
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_GET


@never_cache
@require_GET
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except DatabaseError:
        return JsonResponse({"status": "error", "database": "unavailable"}, status=503)
    return JsonResponse({"status": "ok", "database": "ok", "vendor": connection.vendor})


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
    context = {"message": message, "page_title": "Page not found"}
    return render(request, "404.html", context, status=404)


def bad_request(request, exception=None):
    # Django's own 400s (a malformed request, a disallowed host) carry no field to name.
    return render(request, "400.html", {"fields": [], "page_title": "Bad request"}, status=400)
