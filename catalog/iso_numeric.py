"""ISO 3166-1 numeric country codes mapped to the lower-case alpha-2 codes the Atlas uses.

The world map (static/vendor/countries-110m.json, Natural Earth via world-atlas 2.0.2) keys its
features by ISO 3166-1 numeric code as a zero-padded string ("032" is Argentina); the Atlas keys
countries by alpha-2. Source: ISO 3166-1:2020 "Codes for the representation of names of countries
and their subdivisions", transcribed from Debian's iso-codes 4.15.0 (iso_3166-1.json, all 249
current codes). Withdrawn codes of historical states follow ISO 3166-3 (iso_3166-3.json); they are
not on a present-day map, so map pages list those states in the table only.
"""

NUMERIC_TO_ALPHA2: dict[str, str] = {
    "004": "af",  # Afghanistan
    "008": "al",  # Albania
    "010": "aq",  # Antarctica
    "012": "dz",  # Algeria
    "016": "as",  # American Samoa
    "020": "ad",  # Andorra
    "024": "ao",  # Angola
    "028": "ag",  # Antigua and Barbuda
    "031": "az",  # Azerbaijan
    "032": "ar",  # Argentina
    "036": "au",  # Australia
    "040": "at",  # Austria
    "044": "bs",  # Bahamas
    "048": "bh",  # Bahrain
    "050": "bd",  # Bangladesh
    "051": "am",  # Armenia
    "052": "bb",  # Barbados
    "056": "be",  # Belgium
    "060": "bm",  # Bermuda
    "064": "bt",  # Bhutan
    "068": "bo",  # Bolivia, Plurinational State of
    "070": "ba",  # Bosnia and Herzegovina
    "072": "bw",  # Botswana
    "074": "bv",  # Bouvet Island
    "076": "br",  # Brazil
    "084": "bz",  # Belize
    "086": "io",  # British Indian Ocean Territory
    "090": "sb",  # Solomon Islands
    "092": "vg",  # Virgin Islands, British
    "096": "bn",  # Brunei Darussalam
    "100": "bg",  # Bulgaria
    "104": "mm",  # Myanmar
    "108": "bi",  # Burundi
    "112": "by",  # Belarus
    "116": "kh",  # Cambodia
    "120": "cm",  # Cameroon
    "124": "ca",  # Canada
    "132": "cv",  # Cabo Verde
    "136": "ky",  # Cayman Islands
    "140": "cf",  # Central African Republic
    "144": "lk",  # Sri Lanka
    "148": "td",  # Chad
    "152": "cl",  # Chile
    "156": "cn",  # China
    "158": "tw",  # Taiwan, Province of China
    "162": "cx",  # Christmas Island
    "166": "cc",  # Cocos (Keeling) Islands
    "170": "co",  # Colombia
    "174": "km",  # Comoros
    "175": "yt",  # Mayotte
    "178": "cg",  # Congo
    "180": "cd",  # Congo, The Democratic Republic of the
    "184": "ck",  # Cook Islands
    "188": "cr",  # Costa Rica
    "191": "hr",  # Croatia
    "192": "cu",  # Cuba
    "196": "cy",  # Cyprus
    "203": "cz",  # Czechia
    "204": "bj",  # Benin
    "208": "dk",  # Denmark
    "212": "dm",  # Dominica
    "214": "do",  # Dominican Republic
    "218": "ec",  # Ecuador
    "222": "sv",  # El Salvador
    "226": "gq",  # Equatorial Guinea
    "231": "et",  # Ethiopia
    "232": "er",  # Eritrea
    "233": "ee",  # Estonia
    "234": "fo",  # Faroe Islands
    "238": "fk",  # Falkland Islands (Malvinas)
    "239": "gs",  # South Georgia and the South Sandwich Islands
    "242": "fj",  # Fiji
    "246": "fi",  # Finland
    "248": "ax",  # Åland Islands
    "250": "fr",  # France
    "254": "gf",  # French Guiana
    "258": "pf",  # French Polynesia
    "260": "tf",  # French Southern Territories
    "262": "dj",  # Djibouti
    "266": "ga",  # Gabon
    "268": "ge",  # Georgia
    "270": "gm",  # Gambia
    "275": "ps",  # Palestine, State of
    "276": "de",  # Germany
    "288": "gh",  # Ghana
    "292": "gi",  # Gibraltar
    "296": "ki",  # Kiribati
    "300": "gr",  # Greece
    "304": "gl",  # Greenland
    "308": "gd",  # Grenada
    "312": "gp",  # Guadeloupe
    "316": "gu",  # Guam
    "320": "gt",  # Guatemala
    "324": "gn",  # Guinea
    "328": "gy",  # Guyana
    "332": "ht",  # Haiti
    "334": "hm",  # Heard Island and McDonald Islands
    "336": "va",  # Holy See (Vatican City State)
    "340": "hn",  # Honduras
    "344": "hk",  # Hong Kong
    "348": "hu",  # Hungary
    "352": "is",  # Iceland
    "356": "in",  # India
    "360": "id",  # Indonesia
    "364": "ir",  # Iran, Islamic Republic of
    "368": "iq",  # Iraq
    "372": "ie",  # Ireland
    "376": "il",  # Israel
    "380": "it",  # Italy
    "384": "ci",  # Côte d'Ivoire
    "388": "jm",  # Jamaica
    "392": "jp",  # Japan
    "398": "kz",  # Kazakhstan
    "400": "jo",  # Jordan
    "404": "ke",  # Kenya
    "408": "kp",  # Korea, Democratic People's Republic of
    "410": "kr",  # Korea, Republic of
    "414": "kw",  # Kuwait
    "417": "kg",  # Kyrgyzstan
    "418": "la",  # Lao People's Democratic Republic
    "422": "lb",  # Lebanon
    "426": "ls",  # Lesotho
    "428": "lv",  # Latvia
    "430": "lr",  # Liberia
    "434": "ly",  # Libya
    "438": "li",  # Liechtenstein
    "440": "lt",  # Lithuania
    "442": "lu",  # Luxembourg
    "446": "mo",  # Macao
    "450": "mg",  # Madagascar
    "454": "mw",  # Malawi
    "458": "my",  # Malaysia
    "462": "mv",  # Maldives
    "466": "ml",  # Mali
    "470": "mt",  # Malta
    "474": "mq",  # Martinique
    "478": "mr",  # Mauritania
    "480": "mu",  # Mauritius
    "484": "mx",  # Mexico
    "492": "mc",  # Monaco
    "496": "mn",  # Mongolia
    "498": "md",  # Moldova, Republic of
    "499": "me",  # Montenegro
    "500": "ms",  # Montserrat
    "504": "ma",  # Morocco
    "508": "mz",  # Mozambique
    "512": "om",  # Oman
    "516": "na",  # Namibia
    "520": "nr",  # Nauru
    "524": "np",  # Nepal
    "528": "nl",  # Netherlands
    "531": "cw",  # Curaçao
    "533": "aw",  # Aruba
    "534": "sx",  # Sint Maarten (Dutch part)
    "535": "bq",  # Bonaire, Sint Eustatius and Saba
    "540": "nc",  # New Caledonia
    "548": "vu",  # Vanuatu
    "554": "nz",  # New Zealand
    "558": "ni",  # Nicaragua
    "562": "ne",  # Niger
    "566": "ng",  # Nigeria
    "570": "nu",  # Niue
    "574": "nf",  # Norfolk Island
    "578": "no",  # Norway
    "580": "mp",  # Northern Mariana Islands
    "581": "um",  # United States Minor Outlying Islands
    "583": "fm",  # Micronesia, Federated States of
    "584": "mh",  # Marshall Islands
    "585": "pw",  # Palau
    "586": "pk",  # Pakistan
    "591": "pa",  # Panama
    "598": "pg",  # Papua New Guinea
    "600": "py",  # Paraguay
    "604": "pe",  # Peru
    "608": "ph",  # Philippines
    "612": "pn",  # Pitcairn
    "616": "pl",  # Poland
    "620": "pt",  # Portugal
    "624": "gw",  # Guinea-Bissau
    "626": "tl",  # Timor-Leste
    "630": "pr",  # Puerto Rico
    "634": "qa",  # Qatar
    "638": "re",  # Réunion
    "642": "ro",  # Romania
    "643": "ru",  # Russian Federation
    "646": "rw",  # Rwanda
    "652": "bl",  # Saint Barthélemy
    "654": "sh",  # Saint Helena, Ascension and Tristan da Cunha
    "659": "kn",  # Saint Kitts and Nevis
    "660": "ai",  # Anguilla
    "662": "lc",  # Saint Lucia
    "663": "mf",  # Saint Martin (French part)
    "666": "pm",  # Saint Pierre and Miquelon
    "670": "vc",  # Saint Vincent and the Grenadines
    "674": "sm",  # San Marino
    "678": "st",  # Sao Tome and Principe
    "682": "sa",  # Saudi Arabia
    "686": "sn",  # Senegal
    "688": "rs",  # Serbia
    "690": "sc",  # Seychelles
    "694": "sl",  # Sierra Leone
    "702": "sg",  # Singapore
    "703": "sk",  # Slovakia
    "704": "vn",  # Viet Nam
    "705": "si",  # Slovenia
    "706": "so",  # Somalia
    "710": "za",  # South Africa
    "716": "zw",  # Zimbabwe
    "724": "es",  # Spain
    "728": "ss",  # South Sudan
    "729": "sd",  # Sudan
    "732": "eh",  # Western Sahara
    "740": "sr",  # Suriname
    "744": "sj",  # Svalbard and Jan Mayen
    "748": "sz",  # Eswatini
    "752": "se",  # Sweden
    "756": "ch",  # Switzerland
    "760": "sy",  # Syrian Arab Republic
    "762": "tj",  # Tajikistan
    "764": "th",  # Thailand
    "768": "tg",  # Togo
    "772": "tk",  # Tokelau
    "776": "to",  # Tonga
    "780": "tt",  # Trinidad and Tobago
    "784": "ae",  # United Arab Emirates
    "788": "tn",  # Tunisia
    "792": "tr",  # Türkiye
    "795": "tm",  # Turkmenistan
    "796": "tc",  # Turks and Caicos Islands
    "798": "tv",  # Tuvalu
    "800": "ug",  # Uganda
    "804": "ua",  # Ukraine
    "807": "mk",  # North Macedonia
    "818": "eg",  # Egypt
    "826": "gb",  # United Kingdom
    "831": "gg",  # Guernsey
    "832": "je",  # Jersey
    "833": "im",  # Isle of Man
    "834": "tz",  # Tanzania, United Republic of
    "840": "us",  # United States
    "850": "vi",  # Virgin Islands, U.S.
    "854": "bf",  # Burkina Faso
    "858": "uy",  # Uruguay
    "860": "uz",  # Uzbekistan
    "862": "ve",  # Venezuela, Bolivarian Republic of
    "876": "wf",  # Wallis and Futuna
    "882": "ws",  # Samoa
    "887": "ye",  # Yemen
    "894": "zm",  # Zambia
}

# ISO 3166-3: codes withdrawn with the state (kept so a historical country still has its number).
WITHDRAWN_NUMERIC_TO_ALPHA2: dict[str, str] = {
    "810": "su",  # USSR, Union of Soviet Socialist Republics (withdrawn 1992-08-30)
    "200": "cs",  # Czechoslovakia (withdrawn 1993-06-15)
    "278": "dd",  # German Democratic Republic (withdrawn 1990-10-30)
}

ALPHA2_TO_NUMERIC: dict[str, str] = {alpha2: numeric for numeric, alpha2 in NUMERIC_TO_ALPHA2.items()} | {
    alpha2: numeric for numeric, alpha2 in WITHDRAWN_NUMERIC_TO_ALPHA2.items()
}


def numeric_code(alpha2: str) -> str | None:
    """'in' -> '356'; None for a code ISO 3166 does not assign (e.g. 'xk')."""
    return ALPHA2_TO_NUMERIC.get(alpha2.lower())
