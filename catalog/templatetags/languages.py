"""The language switcher and hreflang alternates: the current page (and query) in each language."""

import functools

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils.translation import get_language, get_language_bidi

register = template.Library()


@register.simple_tag(takes_context=True)
def language_versions(context) -> list[dict]:
    """[{code, name, url, current}] for every language of the site, for the current request."""
    request = context.get("request")
    path = request.get_full_path() if request else "/"
    current = get_language()
    return [
        {"code": code, "name": name, "url": translate_url(path, code), "current": code == current}
        for code, name in settings.LANGUAGES
    ]


@register.simple_tag
def text_direction() -> str:
    return "rtl" if get_language_bidi() else "ltr"


@functools.lru_cache(maxsize=16)
def _territory_names(language: str) -> dict:
    from babel import Locale, UnknownLocaleError
    from django.utils.translation import to_locale

    try:
        return dict(Locale.parse(to_locale(language)).territories)
    except (UnknownLocaleError, ValueError):
        return {}


@register.filter
def country_name(country) -> str:
    """The country's name in the visitor's language (CLDR, through babel); its record name otherwise
    (English, and historical states CLDR does not name)."""
    language = get_language() or settings.LANGUAGE_CODE
    if language.startswith("en"):
        return country.name
    return _territory_names(language).get(str(country.code).upper(), country.name)
