"""The interface in the six UN languages: prefixes, lang/dir, translated navigation, switcher,
Accept-Language on the first visit, hreflang alternates, country names from CLDR, complete catalogues."""

import re
from pathlib import Path

import polib
import pytest
from django.conf import settings

from tests import factories as f

pytestmark = pytest.mark.django_db

LOCALE = Path(settings.BASE_DIR) / "locale"
NAV = {"fr": "Accords", "es": "Acuerdos", "ru": "Соглашения", "zh-hans": "协定", "ar": "الاتفاقات"}


@pytest.fixture
def records(db):
    country = f.CountryFactory(code="in", name="India")
    agreement = f.AgreementFactory(slug="artemis-accords")
    f.SignatoryFactory(agreement=agreement, country=country)
    f.MissionFactory(slug="iss")
    f.GuideFactory(slug="a-guide")
    return country


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh-hans", "ar"])
def test_prefixed_pages_answer_in_their_language(client, records, lang):
    for path in [
        "/",
        "/agreements/",
        "/agreements/artemis-accords/",
        "/countries/",
        "/countries/in/",
        "/guides/",
        "/faq/",
    ]:
        response = client.get(f"/{lang}{path}")
        assert response.status_code == 200, (lang, path)
        text = response.content.decode()
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in text
        assert NAV[lang] in text
        assert f'hreflang="en-gb" href="http://testserver{path}"' in text


def test_english_stays_at_todays_urls(client, records):
    text = client.get("/agreements/").content.decode()
    assert '<html lang="en-gb" dir="ltr">' in text and ">Agreements</a>" in text
    assert client.get("/en/agreements/").status_code == 404


def test_country_names_come_from_cldr_in_the_visitors_language(client, records):
    assert "<h1>Inde</h1>" in client.get("/fr/countries/in/").content.decode()
    assert "<h1>India</h1>" in client.get("/countries/in/").content.decode()
    assert "<h1>الهند</h1>" in client.get("/ar/countries/in/").content.decode()
    assert "Inde" in client.get("/fr/countries/").content.decode()


def test_the_switcher_keeps_the_page_and_the_query(client, records):
    text = client.get("/agreements/?kind=treaty&page=1").content.decode()
    for lang in ["fr", "es", "ru", "zh-hans", "ar"]:
        assert f'href="/{lang}/agreements/?kind=treaty&amp;page=1"' in text
    french = client.get("/fr/agreements/?kind=treaty").content.decode()
    assert 'href="/agreements/?kind=treaty"' in french


def test_accept_language_chooses_the_language_on_the_first_visit_only(client, records):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE="fr-FR,fr;q=0.9,en;q=0.5")
    assert response.status_code == 302 and response["Location"] == "/fr/"
    # Afterwards (the cookie is set) "/" is English, e.g. from the switcher's English link.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="fr").status_code == 200
    fresh = client.__class__()
    assert fresh.get("/", HTTP_ACCEPT_LANGUAGE="en-GB").status_code == 200


def test_the_api_and_admin_are_not_prefixed(client):
    assert client.get("/api/v1/").status_code == 200
    assert client.get("/fr/api/v1/").status_code == 404


def test_the_sitemap_lists_the_language_alternates(client, records):
    text = client.get("/sitemap.xml").content.decode()
    assert 'hreflang="fr"' in text and 'hreflang="x-default"' in text and "/ar/guides/a-guide/" in text


@pytest.mark.parametrize("lang", ["fr", "es", "ru", "zh_Hans", "ar"])
def test_catalogues_are_complete(lang):
    catalogue = polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))
    assert catalogue.untranslated_entries() == []
    assert catalogue.fuzzy_entries() == []
    assert len(catalogue.translated_entries()) >= 90
    for entry in catalogue.translated_entries():
        placeholders = set(re.findall(r"%\(\w+\)s", entry.msgid))
        translations = [entry.msgstr] if not entry.msgid_plural else list(entry.msgstr_plural.values())
        for text in translations:
            assert set(re.findall(r"%\(\w+\)s", text)) == placeholders, (lang, entry.msgid)


def test_iso_numeric_codes_come_from_pycountry():
    from catalog.iso_numeric import NUMERIC_TO_ALPHA2, numeric_code

    assert len(NUMERIC_TO_ALPHA2) == 249
    assert (numeric_code("in"), numeric_code("AR"), numeric_code("su"), numeric_code("dd")) == (
        "356",
        "032",
        "810",
        "278",
    )
    assert numeric_code("xk") is None
