"""ISO 3166-1 numeric country codes mapped to the lower-case alpha-2 codes the Atlas uses.

The world map (static/vendor/countries-110m.json, Natural Earth via world-atlas 2.0.2) keys its
features by ISO 3166-1 numeric code as a zero-padded string ("032" is Argentina); the Atlas keys
countries by alpha-2. The codes come from pycountry (Debian's iso-codes data: ISO 3166-1 for the
249 current codes, ISO 3166-3 for states that no longer exist), not from a table typed by hand.
Withdrawn codes are not on a present-day map, so map pages list those states in the table only.
"""

import pycountry

NUMERIC_TO_ALPHA2: dict[str, str] = {country.numeric: country.alpha_2.lower() for country in pycountry.countries}

# ISO 3166-3: the historical states the Atlas records, by their four-letter code (an alpha-2 such as
# "CS" was used by two states, so the four-letter code picks the one meant).
HISTORICAL_STATES = {"su": "SUHH", "cs": "CSHH", "dd": "DDDE"}  # USSR, Czechoslovakia, GDR
WITHDRAWN_NUMERIC_TO_ALPHA2: dict[str, str] = {
    pycountry.historic_countries.get(alpha_4=alpha_4).numeric: alpha2 for alpha2, alpha_4 in HISTORICAL_STATES.items()
}

ALPHA2_TO_NUMERIC: dict[str, str] = {alpha2: numeric for numeric, alpha2 in NUMERIC_TO_ALPHA2.items()} | {
    alpha2: numeric for numeric, alpha2 in WITHDRAWN_NUMERIC_TO_ALPHA2.items()
}


def numeric_code(alpha2: str) -> str | None:
    """'in' -> '356'; None for a code ISO 3166 does not assign (e.g. 'xk')."""
    return ALPHA2_TO_NUMERIC.get(alpha2.lower())
