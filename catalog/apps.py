from django.apps import AppConfig


class CatalogConfig(AppConfig):
    default_auto_field = "django.db.models.BigAutoField"
    name = "catalog"

    def ready(self) -> None:
        from coop_site.records import row_sync

        row_sync.connect()  # a signatory or participation change moves its parent's updated_at

        from . import partner_counts

        partner_counts.connect()  # Mission.published_partner_count kept on every write

        from . import signature_counts

        signature_counts.connect()  # Agreement.published_country_signature_count kept on every write

        from coop_site.lib import trigram

        trigram.connect(self)  # SQLite: the searched columns' trigram indexes (PostgreSQL has its own)
