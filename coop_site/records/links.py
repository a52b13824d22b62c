"""`reverse()` for the one-argument URLs of record pages, without resolving each link anew.

A list page links hundreds of records (the timeline: about 400 links per page) and `reverse()`
costs tens of microseconds each. `record_url()` reverses a name once per language, script prefix
and URLconf with a placeholder argument, then only substitutes the value: the same string
`reverse()` returns. Values are limited to what needs no quoting ([-a-zA-Z0-9_]) and to the shape of
the placeholder the pattern accepted (a long slug, or a two-letter code); anything else goes
through `reverse()` itself, which quotes or rejects it.
"""

from __future__ import annotations

import re

from django.core.signals import setting_changed
from django.dispatch import receiver
from django.urls import NoReverseMatch, get_script_prefix, get_urlconf, reverse
from django.utils.translation import get_language

# (placeholder, the values it stands for): a slug pattern takes the first, an ISO-code one the second.
PLACEHOLDERS = (
    ("recordurlplaceholder", re.compile(r"[-a-zA-Z0-9_]+")),
    ("QZ", re.compile(r"[A-Za-z]{2}")),
)
_templates: dict[tuple, tuple[str, str, re.Pattern] | None] = {}


@receiver(setting_changed)
def _forget(setting, **kwargs):
    if setting in ("ROOT_URLCONF", "LANGUAGES", "LANGUAGE_CODE", "FORCE_SCRIPT_NAME", "APPEND_SLASH"):
        _templates.clear()


def _template(name: str, kwarg: str) -> tuple[str, str, re.Pattern] | None:
    key = (name, kwarg, get_language(), get_script_prefix(), get_urlconf())
    if key not in _templates:
        _templates[key] = None
        for placeholder, values in PLACEHOLDERS:
            try:
                url = reverse(name, kwargs={kwarg: placeholder})
            except NoReverseMatch:
                continue
            if url.count(placeholder) == 1:
                before, after = url.split(placeholder)
                _templates[key] = (before, after, values)
                break
    return _templates[key]


def record_url(name: str, **kwargs) -> str:
    """`reverse(name, kwargs={kwarg: value})` for a URL with exactly one argument."""
    ((kwarg, value),) = kwargs.items()
    template = _template(name, kwarg)
    value = str(value)
    if template is None or not template[2].fullmatch(value):
        return reverse(name, kwargs=kwargs)
    before, after, _ = template
    return f"{before}{value}{after}"
