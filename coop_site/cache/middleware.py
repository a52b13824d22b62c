"""A shared cache of anonymous responses, and the HTTP caching headers every response carries.

Two middleware, placed like Django's own cache middleware:

- `ResponseCacheMiddleware` comes first in MIDDLEWARE (it sees the response last, with every
  header and cookie the others added): it stores anonymous responses, sets `Cache-Control`, `Vary`,
  `ETag`, `Last-Modified`, and answers `304` to a matching conditional request.
- `FetchFromResponseCacheMiddleware` comes last (after sessions, authentication and the language
  are known): it answers an anonymous GET/HEAD from the cache without running the view.

Keys hold the generation (see invalidation.py), the host and scheme, the path (with its language
prefix), the sorted query string and every request header the body depends on (Accept, the htmx
headers, Accept-Language, the language cookie and the active language). Signed-in users (a session
cookie, an Authorization header, an authenticated user) never read from or write to the cache.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.cache import caches
from django.utils import timezone, translation
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    has_vary_header,
    patch_cache_control,
    patch_vary_headers,
    set_response_etag,
)
from django.utils.http import http_date, parse_http_date_safe

from .invalidation import current_generation

CACHEABLE_STATUS = frozenset({200, 404})
SAFE_METHODS = frozenset({"GET", "HEAD"})
VARY = ("Cookie", "Accept", "HX-Request", "Accept-Language")
KEY_HEADERS = ("Accept", "HX-Request", "HX-Target", "HX-Trigger", "HX-Trigger-Name", "HX-Boosted", "Accept-Language")
STATE = "_response_cache"


def _setting(name: str, default):
    return getattr(settings, name, default)


def _cache():
    return caches[_setting("RESPONSE_CACHE_ALIAS", "default")]


def is_signed_in(request) -> bool:
    """True when the answer may depend on who asks: a session, a token, a signed-in user."""
    if request.META.get("HTTP_AUTHORIZATION"):
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _excluded(request) -> bool:
    return any(request.path.startswith(prefix) for prefix in _setting("RESPONSE_CACHE_EXCLUDE", ("/admin/",)))


def cache_key(request, generation: int) -> str:
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        query,
        [request.headers.get(name, "") for name in KEY_HEADERS],
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
        translation.get_language(),
    ]
    digest = hashlib.sha256(json.dumps(parts, default=str).encode()).hexdigest()
    return f"response:{generation}:{digest}"


def _private_cache_control(value: str) -> bool:
    directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(value or "")}
    return bool(directives & {"private", "no-store"})


class FetchFromResponseCacheMiddleware:
    """Serve an anonymous GET/HEAD from the cache (last in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if self.may_use_cache(request):
            generation = current_generation()
            if generation is not None:
                key = cache_key(request, generation)
                state = {"key": key, "hit": False}
                setattr(request, STATE, state)
                response = _cache().get(key)
                if response is not None:
                    state["hit"] = True
                    response["X-Cache"] = "hit"
                    return response
        return self.get_response(request)

    @staticmethod
    def may_use_cache(request) -> bool:
        bypass = _setting("RESPONSE_CACHE_BYPASS_COOKIES", ("messages",))
        return (
            request.method in SAFE_METHODS
            and not _excluded(request)
            and not is_signed_in(request)
            and not any(name in request.COOKIES for name in bypass)
        )


class ResponseCacheMiddleware:
    """Store anonymous responses and set the HTTP caching headers (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in SAFE_METHODS or _excluded(request):
            return response
        if is_signed_in(request):
            return self.private(response)
        if response.status_code not in (*CACHEABLE_STATUS, 304) or response.cookies:
            return response
        if _private_cache_control(response.get("Cache-Control", "")):
            return response
        self.public(response)
        state = getattr(request, STATE, None)
        if state and not state["hit"] and self.storable(request, response):
            response["X-Cache"] = "miss"
            timeout = _setting("RESPONSE_CACHE_SECONDS", 3600)
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.add_post_render_callback(lambda r: _cache().set(state["key"], r, timeout))
            else:
                _cache().set(state["key"], response, timeout)
        if response.status_code == 200:
            return get_conditional_response(
                request,
                etag=response.get("ETag"),
                last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
                response=response,
            )
        return response

    @staticmethod
    def storable(request, response) -> bool:
        return (
            request.method == "GET"
            and response.status_code in CACHEABLE_STATUS
            and not response.streaming
            and not has_vary_header(response, "*")
        )

    @staticmethod
    def public(response) -> None:
        """What a CDN or proxy may do with an anonymous answer: keep it briefly, revalidate in the background."""
        response.headers.pop("Cache-Control", None)
        patch_cache_control(
            response,
            public=True,
            max_age=_setting("RESPONSE_CACHE_MAX_AGE", 60),
            stale_while_revalidate=_setting("RESPONSE_CACHE_STALE_WHILE_REVALIDATE", 300),
        )
        patch_vary_headers(response, VARY)
        if response.status_code == 200 and not response.streaming:
            if not response.has_header("ETag"):
                set_response_etag(response)
            if not response.has_header("Last-Modified"):
                response["Last-Modified"] = http_date(timezone.now().timestamp())

    @staticmethod
    def private(response):
        """A signed-in user's answer is theirs alone: never kept by a shared cache."""
        if not _private_cache_control(response.get("Cache-Control", "")):
            response.headers.pop("Cache-Control", None)
            patch_cache_control(response, private=True, no_cache=True)
        patch_vary_headers(response, ("Cookie",))
        return response
