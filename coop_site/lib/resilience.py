"""Keep serving when the cache falters: a Redis client with a circuit breaker, and a throttle that fails open.

django-redis with ``IGNORE_EXCEPTIONS`` turns a refused or timed-out Redis call into a cache miss, and
the socket timeouts in settings bound each call to a fraction of a second. A request still makes
several cache calls, so after one failure the breaker skips Redis altogether for ``OPEN_SECONDS``
(each call answers "miss" at once), then lets one call through to see whether Redis is back.
One warning is logged when an outage starts and one line when it ends -- not one per request.
"""

import functools
import logging
import threading
import time

from django_redis.client import DefaultClient
from django_redis.exceptions import ConnectionInterrupted
from rest_framework.throttling import AnonRateThrottle

logger = logging.getLogger("coop_site.cache")

OPEN_SECONDS = 5.0


class CacheSkipped(ConnectionInterrupted):
    """Raised instead of calling Redis while the breaker is open (an outage is already known)."""


class _Breaker:
    def __init__(self):
        self.lock = threading.Lock()
        self.open_until = 0.0
        self.down = False

    def is_open(self):
        return time.monotonic() < self.open_until

    def trip(self, error):
        with self.lock:
            self.open_until = time.monotonic() + OPEN_SECONDS
            first = not self.down
            self.down = True
        if first:
            logger.warning("Cache unavailable, serving without it: %s", error)

    def succeeded(self):
        if not self.down:
            return
        with self.lock:
            was_down, self.down = self.down, False
            self.open_until = 0.0
        if was_down:
            logger.warning("Cache available again")

    def reset(self):
        with self.lock:
            self.open_until = 0.0
            self.down = False


breaker = _Breaker()


def _skipped():
    error = CacheSkipped(connection=None)
    error.__cause__ = ConnectionError("cache skipped while it is known to be down")
    return error


def _guarded(method):
    @functools.wraps(method)
    def wrapper(self, *args, **kwargs):
        try:
            result = method(self, *args, **kwargs)
        except CacheSkipped:
            raise
        except ConnectionInterrupted as error:
            breaker.trip(error)
            raise
        breaker.succeeded()
        return result

    return wrapper


class CircuitBreakerClient(DefaultClient):
    """django-redis's client, but it does not touch Redis while a recent call has failed."""

    def get_client(self, *args, **kwargs):
        if breaker.is_open():
            raise _skipped()
        return super().get_client(*args, **kwargs)

    def get_client_with_index(self, *args, **kwargs):
        if breaker.is_open():
            raise _skipped()
        return super().get_client_with_index(*args, **kwargs)


_OPERATIONS = [
    "set",
    "add",
    "get",
    "persist",
    "expire",
    "pexpire",
    "pexpire_at",
    "expire_at",
    "delete",
    "delete_pattern",
    "delete_many",
    "clear",
    "get_many",
    "set_many",
    "incr",
    "decr",
    "ttl",
    "pttl",
    "has_key",
    "keys",
    "touch",
    "incr_version",
]
for _name in _OPERATIONS:
    setattr(CircuitBreakerClient, _name, _guarded(getattr(DefaultClient, _name)))


class FailOpenAnonRateThrottle(AnonRateThrottle):
    """The anonymous rate limit, but a cache that cannot be read lets the request through."""

    def allow_request(self, request, view):
        try:
            return super().allow_request(request, view)
        except Exception:  # noqa: BLE001 -- any cache failure: rate limiting is best effort
            logger.debug("Throttle skipped: cache unavailable", exc_info=True)
            return True
