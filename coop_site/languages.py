"""The first visit to `/` goes to the visitor's language (Accept-Language); later visits keep the page.

Only a visitor without the language cookie is redirected, and the redirect sets the cookie, so the
switcher's link to English ("/") is never sent back to the browser's language. A visitor whose
browser asks for English (or nothing) gets the page without a cookie: "/" is English for them
anyway, and an answer without a cookie can be kept by the shared response cache (coop_site/cache).
"""

from django.conf import settings
from django.http import HttpResponseRedirect
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request


class FirstVisitLanguageMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path != "/" or request.method not in ("GET", "HEAD"):
            return self.get_response(request)
        cookie = settings.LANGUAGE_COOKIE_NAME
        if cookie in request.COOKIES:
            return self.get_response(request)
        language = get_language_from_request(request) if request.headers.get("Accept-Language") else None
        default = settings.LANGUAGES[0][0]
        if language and language != default:
            query = request.META.get("QUERY_STRING", "")
            response = HttpResponseRedirect(f"/{language}/" + (f"?{query}" if query else ""))
            response.set_cookie(cookie, language, max_age=settings.LANGUAGE_COOKIE_AGE, samesite="Lax")
        else:
            response = self.get_response(request)
        patch_vary_headers(response, ["Accept-Language", "Cookie"])
        return response


class AdminLanguageMiddleware:
    """The admin follows the curator's language (the language cookie, else Accept-Language).

    The admin is not under a language prefix, and with `prefix_default_language=False` Django's
    LocaleMiddleware gives every unprefixed address the default language; this puts it back to the
    curator's choice for /admin/ only (public pages keep their address's language).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info.startswith("/admin/"):
            language = get_language_from_request(request, check_path=False)
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
            response = self.get_response(request)
            patch_vary_headers(response, ["Accept-Language", "Cookie"])
            return response
        return self.get_response(request)
