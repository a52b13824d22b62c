"""Settings for Space Cooperation Atlas.

Everything that differs between machines comes from the environment (see `.env.example`).
With nothing set, the site runs in development mode on a SQLite file next to manage.py.
"""

from pathlib import Path

import dj_database_url

from coop_site.lib.env import envbool, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = envbool("DJANGO_DEBUG", default=True)

# Development gets a fixed, obviously-insecure key; production refuses to start without one.
_DEV_SECRET_KEY = "django-insecure-development-only-key-never-use-in-production"  # noqa: S105
SECRET_KEY = envstr("DJANGO_SECRET_KEY", default=_DEV_SECRET_KEY if DEBUG else "")
if not SECRET_KEY:
    raise RuntimeError("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", default=["localhost", "127.0.0.1", "[::1]", "testserver"])
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", default=[])

# The model every curated record cites (coop_site/records names no app itself).
RECORDS_SOURCE_MODEL = "catalog.Source"
RECORDS_HOME_URL_NAME = "catalog:home"

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "django.contrib.postgres",
    "django.contrib.humanize",
    "rest_framework",
    "rest_framework.authtoken",
    "django_filters",
    "drf_spectacular",
    "drf_spectacular_sidecar",
    "simple_history",
    "import_export",
    "django_htmx",
    "csp",
    "catalog",
    "timeline",
    "axes",
    "coop_site.cache.apps.ResponseCacheConfig",
]

MIDDLEWARE = [
    "coop_site.cache.middleware.ResponseCacheMiddleware",  # first: answers anonymous reads from the cache, stores them
    "django.middleware.security.SecurityMiddleware",
    "coop_site.middleware.DatabaseUnavailableMiddleware",
    "coop_site.middleware.SecurityHeadersMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "coop_site.languages.FirstVisitLanguageMiddleware",
    "coop_site.languages.AdminLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "coop_site.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

WSGI_APPLICATION = "coop_site.wsgi.application"

DATABASES = {
    "default": dj_database_url.parse(
        envstr("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}"),
        conn_max_age=60,
        conn_health_checks=True,
    )
}

REDIS_URL = envstr("REDIS_URL", default="")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "atlas",
            # A refused or hung Redis is a cache miss within a fraction of a second, never a stall;
            # the circuit breaker then skips Redis for a few seconds (coop_site/lib/resilience.py).
            "OPTIONS": {
                "CLIENT_CLASS": "coop_site.lib.resilience.CircuitBreakerClient",
                "SOCKET_CONNECT_TIMEOUT": 0.25,
                "SOCKET_TIMEOUT": 0.25,
                "IGNORE_EXCEPTIONS": True,
            },
        }
    }
else:
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The rendered rows of list pages (templates/includes/results.html, the timeline's rows), in each
# process's memory: keyed by the response cache's generation (bumped by every write) and the
# record's version, so a row is never stale, and reading one costs no network round trip.
CACHES["fragments"] = {
    "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
    "LOCATION": "atlas-fragments",
    "TIMEOUT": 3600,
    "OPTIONS": {"MAX_ENTRIES": 20000},
}

# The shared anonymous response cache (coop_site/cache): exact, so entries may live long; shared
# caches downstream (a CDN) may keep a page for RESPONSE_CACHE_MAX_AGE seconds.
RESPONSE_CACHE_SECONDS = 3600
RESPONSE_CACHE_MAX_AGE = 60
RESPONSE_CACHE_STALE_WHILE_REVALIDATE = 300

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
# The six UN languages: English (en-gb, LANGUAGE_CODE) at unprefixed URLs, the others under /fr/, /es/, /ru/, /zh-hans/, /ar/.
LANGUAGES = [
    ("en-gb", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("ru", "Русский"),
    ("zh-hans", "中文"),
    ("ar", "العربية"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
# Dates and numbers per language: Django's formats, with the departures in coop_site/formats/.
FORMAT_MODULE_PATH = ["coop_site.formats"]
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"
        if DEBUG
        else "whitenoise.storage.CompressedManifestStaticFilesStorage"
    },
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
FORMS_URLFIELD_ASSUME_HTTPS = True  # Django 6.0's default, adopted now

SITE_NAME = "Space Cooperation Atlas"
SITE_URL = envstr("DJANGO_SITE_URL", default="")

LOGIN_URL = "admin:login"

# --- Login lockout (django-axes): password guessing on the admin and with API tokens ----------
# The axes backend comes first: it refuses a locked-out account+address before any password check.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_ENABLED = envbool("AXES_ENABLED", default=True)  # scripts/contract_test.sh turns it off for the fuzzer
AXES_HANDLER = "axes.handlers.database.AxesDatabaseHandler"  # every app server sees the same lockouts
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = 0.5  # hours; staff clear a lockout sooner in the admin (Axes > Access attempts)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]  # one account from one address
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_COOLOFF_MESSAGE = "Account locked: too many failed login attempts. Try again in 30 minutes."
# The client address is the socket's unless a proxy we trust is declared: a forged X-Forwarded-For
# must not give a guesser a fresh address per attempt.
AXES_IPWARE_META_PRECEDENCE_ORDER = envlist("AXES_CLIENT_IP_HEADERS", default=["REMOTE_ADDR"])

# --- Security: on by default outside development --------------------------------------------
SESSION_COOKIE_SECURE = not DEBUG
CSRF_COOKIE_SECURE = not DEBUG
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = 0 if DEBUG else 31536000
SECURE_HSTS_INCLUDE_SUBDOMAINS = not DEBUG
SECURE_HSTS_PRELOAD = not DEBUG
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
# Cross-Origin-Resource-Policy and Permissions-Policy: coop_site.middleware.SecurityHeadersMiddleware.

# Content-Security-Policy (django-csp 4): no inline scripts or styles, nothing from other hosts.
from csp.constants import NONE, SELF  # noqa: E402

CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "connect-src": [SELF],
        "object-src": [NONE],
        "base-uri": [SELF],
        "frame-ancestors": [NONE],
        "form-action": [SELF],
    }
}

# --- REST framework -------------------------------------------------------------------------
REST_FRAMEWORK = {
    "DEFAULT_SCHEMA_CLASS": "drf_spectacular.openapi.AutoSchema",
    "DEFAULT_FILTER_BACKENDS": ["django_filters.rest_framework.DjangoFilterBackend"],
    "DEFAULT_AUTHENTICATION_CLASSES": [
        "coop_site.lib.lockout.LockoutTokenAuthentication",
        "rest_framework.authentication.SessionAuthentication",
    ],
    "DEFAULT_PERMISSION_CLASSES": ["rest_framework.permissions.DjangoModelPermissionsOrAnonReadOnly"],
    "DEFAULT_THROTTLE_CLASSES": ["coop_site.lib.resilience.FailOpenAnonRateThrottle"],
    # The API reads JSON bodies only (anything else is a 415), as its OpenAPI schema says.
    "DEFAULT_PARSER_CLASSES": ["rest_framework.parsers.JSONParser"],
    "TEST_REQUEST_DEFAULT_FORMAT": "json",
    "DEFAULT_THROTTLE_RATES": {"anon": envstr("API_ANON_RATE", default="120/minute")},
    "EXCEPTION_HANDLER": "coop_site.records.api.exceptions.api_exception_handler",
}

SPECTACULAR_SETTINGS = {
    "TITLE": "Space Cooperation Atlas API",
    "DESCRIPTION": "Read the catalog and timeline of international cooperation in space.",
    "VERSION": "1.0.0",
    "SERVE_INCLUDE_SCHEMA": False,
    "SWAGGER_UI_DIST": "SIDECAR",
    "SWAGGER_UI_FAVICON_HREF": "SIDECAR",
    "REDOC_DIST": "SIDECAR",
    "COMPONENT_SPLIT_REQUEST": True,
    "SCHEMA_PATH_PREFIX": "/api/v1",
    "ENUM_NAME_OVERRIDES": {
        "OrganizationKindEnum": "catalog.models.OrganizationKind",
        "MissionKindEnum": "catalog.models.MissionKind",
        "MissionStatusEnum": "catalog.models.MissionStatus",
        "RoleEnum": "catalog.models.Role",
        "AgreementKindEnum": "catalog.models.AgreementKind",
        "SignatoryStatusEnum": "catalog.models.SignatoryStatus",
        "RegionEnum": "catalog.models.Region",
        "PublicationStatusEnum": "catalog.models.Status",
        "PrecisionEnum": "coop_site.lib.dates.Precision",
        "EventKindEnum": "timeline.models.EventKind",
    },
}

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("DJANGO_LOG_LEVEL", default="INFO")},
}

# --- Curation: CSV import/export in the admin (django-import-export) ---------------------------
# All-or-nothing imports: one bad row and nothing is written.
IMPORT_EXPORT_USE_TRANSACTIONS = True
# Importing creates and updates records; exporting needs only read access.
IMPORT_EXPORT_IMPORT_PERMISSION_CODE = "change"
IMPORT_EXPORT_EXPORT_PERMISSION_CODE = "view"
# The export action downloads the selection as CSV straight away (CSV is the only format offered).
IMPORT_EXPORT_SKIP_ADMIN_ACTION_EXPORT_UI = True
