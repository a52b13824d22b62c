from django.apps import AppConfig


class TimelineConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "timeline"

    def ready(self) -> None:
        from coop_site.lib import trigram

        trigram.connect(self)  # SQLite: the searched columns' trigram indexes (PostgreSQL has its own)
