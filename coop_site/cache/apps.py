from django.apps import AppConfig


class ResponseCacheConfig(AppConfig):
    """The shared anonymous response cache: its generation row and the signals that bump it."""

    name = "coop_site.cache"
    label = "response_cache"
    verbose_name = "Response cache"
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from .invalidation import connect_signals

        connect_signals()
