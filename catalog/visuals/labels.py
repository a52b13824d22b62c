"""The words the charts' scripts write, in the page's language.

The scripts (static/js/visuals/) hold no English of their own: each page hands them its words in a
`json_script`. A counted message comes as its forms keyed by CLDR plural category, which the script
picks with `Intl.PluralRules` for the page's `lang`; placeholders stay `%(name)s` for the script to fill.
"""

import functools
from collections.abc import Callable

from babel import Locale
from django.conf import settings
from django.utils.translation import get_language, gettext, ngettext, to_locale


@functools.lru_cache(maxsize=16)
def _plural_samples(language: str) -> dict[str, int]:
    """One whole number per CLDR plural category of the language: {"one": 1, "few": 2, "many": 0}."""
    rule = Locale.parse(to_locale(language)).plural_form
    samples: dict[str, int] = {}
    for n in (*range(120), 1_000_000):  # 100+ is Arabic's "other"; a million French and Spanish "many"
        samples.setdefault(rule(n), n)
    return samples


def plural_forms(message: Callable[[int], str]) -> dict[str, str]:
    """A counted message's forms keyed by CLDR plural category, for a script to pick with
    `Intl.PluralRules`: the form gettext gives each category's sample number."""
    samples = _plural_samples(get_language() or settings.LANGUAGE_CODE)
    return {category: message(n) for category, n in samples.items()}


def timeline_labels() -> dict:
    """What timeline.js writes on /timeline/: era buttons, the empty and partial notes, its label."""
    return {
        "eras": [
            [gettext("Space race"), 1957, 1974],
            [gettext("Détente and the Shuttle"), 1975, 1997],
            [gettext("The ISS era"), 1998, 2019],
            [gettext("Artemis and after"), 2020, None],
        ],
        "all_years": gettext("All years"),
        "partial": plural_forms(
            lambda n: ngettext(
                "The picture shows the events on this page of the list: %(count)s of the %(total)s event that match.",
                "The picture shows the events on this page of the list: %(count)s of the %(total)s events that match.",
                n,
            )
        ),
        "empty": gettext("No event to show on the timeline."),
        "chart": plural_forms(
            lambda n: ngettext(
                "Timeline of %(count)s event, %(from)s to %(to)s",
                "Timeline of %(count)s events, %(from)s to %(to)s",
                n,
            )
        ),
    }


def signatory_growth_labels() -> dict:
    """What signatory-growth.js writes on an agreement page: the chart's label and its dots' tooltips."""
    return {
        "chart": gettext("Step chart of cumulative signatories; the table below has the same figures"),
        "signed": plural_forms(
            lambda n: ngettext("%(date)s: %(count)s signatory", "%(date)s: %(count)s signatories", n)
        ),
        "ratified": plural_forms(lambda n: ngettext("%(date)s: %(count)s party", "%(date)s: %(count)s parties", n)),
        # The same words as the table's "What changed" column.
        "joined": gettext("+%(count)s joined"),
        "ratifications": gettext("+%(count)s ratified or acceded"),
        "withdrawals": gettext("−%(count)s withdrew"),
    }
