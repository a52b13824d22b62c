"""The names of the timeline app's record types and the labels of their fields, marked for translation
(what catalog/field_labels.py does for the catalog app)."""

from django.utils.translation import gettext_noop

FIELD_LABELS = (
    gettext_noop("ID"),
    gettext_noop("Wikidata ID"),
    gettext_noop("agreements"),
    gettext_noop("countries"),
    gettext_noop("created at"),
    gettext_noop("date"),
    gettext_noop("date precision"),
    gettext_noop("end date"),
    gettext_noop("end precision"),
    gettext_noop("featured"),
    gettext_noop("kind"),
    gettext_noop("missions"),
    gettext_noop("organizations"),
    gettext_noop("publication status"),
    gettext_noop("slug"),
    gettext_noop("sources"),
    gettext_noop("summary"),
    gettext_noop("title"),
    gettext_noop("topics"),
    gettext_noop("updated at"),
    gettext_noop("version"),
)

RECORD_NAMES = (gettext_noop("event"),)
