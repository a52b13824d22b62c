"""A shared cache of anonymous responses, and the HTTP caching headers every response carries.

`ResponseCacheMiddleware` is the first middleware in MIDDLEWARE. For an anonymous GET/HEAD (no
session cookie, no `Authorization` header, no flash-message cookie, not under `/admin/` or the
static files) it reads the generation (one query, see invalidation.py), builds the key and, on a
hit, answers at once: the stored answer is the one the whole middleware chain produced (security
headers, CSP, `Vary`, `ETag`…), so nothing below has to run again. On a miss it lets the request
through and, on the way out (it sees the response last, with every header and cookie the others
added), sets `Cache-Control`, `Vary`, `ETag`, `Last-Modified`, stores the answer when it may, and
answers `304` to a matching conditional request.

Keys hold the generation, the scheme and host, the path (with its language prefix), the sorted
query string and every request header the body depends on (`Accept`, the htmx headers,
`Accept-Language`) and the language cookie; the active language follows from the path, that cookie
and `Accept-Language`, so it needs no place of its own. Signed-in users never read from or write to
the cache, and an answer that sets a cookie, any status but 200 and 404, or a `private`/`no-store`
answer (e.g. a 429 of the throttle) is never stored. The cache holds the status, the headers and the
body (bytes), not a pickled response object, so a hit costs one cache read and no unpickling of
view data. In front of a shared cache (Redis), each process keeps its hottest entries in local
memory (`RESPONSE_CACHE_LOCAL_ENTRIES`, 256): keyed by the same generation, they are exactly as
fresh, and a hit on them needs no Redis round trip — only the generation's query.
"""

from __future__ import annotations

import hashlib
import json

from django.conf import settings
from django.core.cache import caches
from django.core.cache.backends.dummy import DummyCache
from django.core.cache.backends.locmem import LocMemCache
from django.core.signals import setting_changed
from django.dispatch import receiver
from django.http import HttpResponse
from django.utils import timezone
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
KEY_HEADERS = (
    "HTTP_ACCEPT",
    "HTTP_HX_REQUEST",
    "HTTP_HX_TARGET",
    "HTTP_HX_TRIGGER",
    "HTTP_HX_TRIGGER_NAME",
    "HTTP_HX_BOOSTED",
    "HTTP_HX_HISTORY_RESTORE_REQUEST",
    "HTTP_ACCEPT_LANGUAGE",
)
CONDITIONAL_HEADERS = ("HTTP_IF_NONE_MATCH", "HTTP_IF_MODIFIED_SINCE", "HTTP_IF_MATCH", "HTTP_IF_UNMODIFIED_SINCE")
STATE = "_response_cache"
LOCAL_MAX_BYTES = 512 * 1024


def _setting(name: str, default):
    return getattr(settings, name, default)


def _cache():
    return caches[_setting("RESPONSE_CACHE_ALIAS", "default")]


_local = None  # this process's copy of the hottest entries: None = not built yet, False = none


def _local_cache():
    """A small in-process cache in front of a shared one (Redis): a hit then needs no Redis round trip.

    Its entries are keyed like the shared ones, generation included, so they are exactly as fresh:
    a write anywhere changes the generation every process reads from the database on each request.
    None when the shared cache is itself in local memory, when it is a dummy cache (caching switched
    off: nothing may be kept anywhere) or RESPONSE_CACHE_LOCAL_ENTRIES is 0.
    """
    global _local
    if _local is None:
        entries = _setting("RESPONSE_CACHE_LOCAL_ENTRIES", 256)
        if not entries or isinstance(_cache(), (LocMemCache, DummyCache)):
            _local = False
        else:
            params = {"TIMEOUT": _setting("RESPONSE_CACHE_LOCAL_SECONDS", 300), "OPTIONS": {"MAX_ENTRIES": entries}}
            _local = LocMemCache("coop-site-response-cache-local", params)
    return _local or None


@receiver(setting_changed)
def _forget_local_cache(setting, **kwargs):
    global _local
    if setting in {"CACHES", "RESPONSE_CACHE_ALIAS", "RESPONSE_CACHE_LOCAL_ENTRIES", "RESPONSE_CACHE_LOCAL_SECONDS"}:
        if _local:
            _local.clear()
        _local = None


def _get(key: str):
    local = _local_cache()
    stored = local.get(key) if local else None
    if stored is None:
        stored = _cache().get(key)
        if local and stored is not None and len(stored[2]) <= LOCAL_MAX_BYTES:
            local.set(key, stored)
    return stored


def _set(key: str, stored: tuple, timeout: int) -> None:
    _cache().set(key, stored, timeout)
    local = _local_cache()
    if local and len(stored[2]) <= LOCAL_MAX_BYTES:
        local.set(key, stored)


def is_signed_in(request) -> bool:
    """True when the answer may depend on who asks: a session, a token, a signed-in user."""
    if request.META.get("HTTP_AUTHORIZATION"):
        return True
    if settings.SESSION_COOKIE_NAME in request.COOKIES:
        return True
    user = getattr(request, "user", None)
    return bool(user is not None and user.is_authenticated)


def _excluded(request) -> bool:
    prefixes = _setting("RESPONSE_CACHE_EXCLUDE", ("/admin/",))
    static = settings.STATIC_URL if settings.STATIC_URL.startswith("/") else "/" + settings.STATIC_URL
    return request.path.startswith(static) or any(request.path.startswith(prefix) for prefix in prefixes)


def may_use_cache(request) -> bool:
    """An anonymous GET/HEAD outside the admin and the static files, without a flash message waiting."""
    bypass = _setting("RESPONSE_CACHE_BYPASS_COOKIES", ("messages",))
    return (
        request.method in SAFE_METHODS
        and not _excluded(request)
        and not is_signed_in(request)
        and not any(name in request.COOKIES for name in bypass)
    )


def cache_key(request, generation: int) -> str:
    query = sorted((name, value) for name, values in request.GET.lists() for value in values)
    parts = [
        request.scheme,
        request.get_host(),
        request.path,
        query,
        [request.META.get(name, "") for name in KEY_HEADERS],
        request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME, ""),
    ]
    digest = hashlib.sha256(json.dumps(parts).encode()).hexdigest()
    return f"response:{generation}:{digest}"


def _private_cache_control(value: str) -> bool:
    directives = {d.split("=")[0].strip().lower() for d in cc_delim_re.split(value or "")}
    return bool(directives & {"private", "no-store"})


def _freeze(response) -> tuple:
    """What the cache keeps of an answer: its status, its headers and its body."""
    return (response.status_code, list(response.headers.items()), response.content)


def _thaw(stored: tuple) -> HttpResponse:
    status, headers, content = stored
    response = HttpResponse(content, status=status, headers=headers)
    response["X-Cache"] = "hit"
    return response


class ResponseCacheMiddleware:
    """Answer anonymous reads from the shared cache; store them; set the HTTP caching headers (first in MIDDLEWARE)."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        state = None
        if may_use_cache(request):
            generation = current_generation()
            if generation is not None:
                state = {"key": cache_key(request, generation)}
                stored = _get(state["key"])
                if stored is not None:
                    return self.conditional(request, _thaw(stored))
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
        if state is not None and self.storable(request, response):
            response["X-Cache"] = "miss"
            timeout = _setting("RESPONSE_CACHE_SECONDS", 3600)
            if hasattr(response, "render") and callable(response.render) and not response.is_rendered:
                response.add_post_render_callback(lambda r: _set(state["key"], _freeze(r), timeout))
            else:
                _set(state["key"], _freeze(response), timeout)
        return self.conditional(request, response)

    @staticmethod
    def conditional(request, response):
        """A 304 to a matching If-None-Match / If-Modified-Since, cached or not."""
        if response.status_code != 200 or not any(name in request.META for name in CONDITIONAL_HEADERS):
            return response
        return get_conditional_response(
            request,
            etag=response.get("ETag"),
            last_modified=parse_http_date_safe(response.get("Last-Modified", "")),
            response=response,
        )

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
