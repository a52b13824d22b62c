"""/map/, /network/, /data/ and the embeds in the six languages, like every other page: under the language
prefixes with English at today's URLs, translated chrome, and the words the charts' scripts write
handed over in the page's language (`map-labels`, `network-labels`). The data files and
/api/v1/network/ stay unprefixed and English."""

import datetime
import json
import re

import pytest
from django.urls import reverse
from django.utils import translation

from catalog.models import OrganizationKind
from catalog.visuals import ARTEMIS_ACCORDS_SLUG
from tests import factories as f

pytestmark = pytest.mark.django_db

LANGUAGES = ["fr", "es", "ru", "zh-hans", "ar"]


def html_tag(lang: str) -> str:
    return f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">'


def json_script(html: str, element_id: str):
    match = re.search(rf'<script id="{element_id}" type="application/json">(.*?)</script>', html, re.S)
    assert match, f"no json_script #{element_id}"
    return json.loads(match.group(1))


@pytest.fixture
def atlas(db):
    india = f.CountryFactory(code="in", name="India")
    japan = f.CountryFactory(code="jp", name="Japan")
    isro = f.OrganizationFactory(slug="isro", acronym="ISRO", country=india, kind=OrganizationKind.NATIONAL_AGENCY)
    jaxa = f.OrganizationFactory(slug="jaxa", acronym="JAXA", country=japan, kind=OrganizationKind.NATIONAL_AGENCY)
    mission = f.MissionFactory(slug="lupex", short_name="LUPEX")
    f.ParticipationFactory(mission=mission, organization=isro)
    f.ParticipationFactory(mission=mission, organization=jaxa)
    accords = f.AgreementFactory(slug=ARTEMIS_ACCORDS_SLUG, short_name="Artemis Accords")
    f.SignatoryFactory(agreement=accords, country=india, signed_on=datetime.date(2023, 6, 21))
    return accords


@pytest.mark.parametrize(
    ("path", "lang", "title", "heading"),
    [
        ("/fr/map/", "fr", "Carte du monde · Atlas de la coopération spatiale", "Carte du monde"),
        ("/ar/network/", "ar", "شبكة التعاون · أطلس التعاون الفضائي", "شبكة التعاون"),
        ("/es/data/", "es", "Descargar todo el Atlas · Atlas de la Cooperación Espacial", "Descargar todo el Atlas"),
        ("/ru/map/", "ru", "Карта мира · Атлас космического сотрудничества", "Карта мира"),
        ("/zh-hans/network/", "zh-hans", "合作网络 · 太空合作图集", "合作网络"),
        # Autoescaped like every title: l&#x27;Atlas reads "l'Atlas".
        (
            "/fr/data/",
            "fr",
            "Télécharger tout l&#x27;Atlas · Atlas de la coopération spatiale",
            "Télécharger tout l&#x27;Atlas",
        ),
        ("/ar/data/", "ar", "تنزيل الأطلس كاملاً · أطلس التعاون الفضائي", "تنزيل الأطلس كاملاً"),
    ],
)
def test_the_visual_and_data_pages_answer_in_each_language(client, atlas, path, lang, title, heading):
    response = client.get(path)

    assert response.status_code == 200
    text = response.content.decode()
    assert html_tag(lang) in text
    assert f"<title>{title}</title>" in text
    assert f"<h1>{heading}</h1>" in text
    bare = path[len(lang) + 1 :]
    assert f'hreflang="en-gb" href="http://testserver{bare}"' in text
    for other in LANGUAGES:
        assert f'hreflang="{other}" href="http://testserver/{other}{bare}"' in text


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("path", ["/map/", "/network/", "/data/"])
def test_every_language_has_the_three_pages(client, atlas, lang, path):
    response = client.get(f"/{lang}{path}")
    assert response.status_code == 200
    text = response.content.decode()
    assert html_tag(lang) in text
    # No English left in the pages' own words.
    for english in ["World map", "Collaboration network", "Download the whole Atlas", ">Show<", "Load it in pandas"]:
        assert english not in text, (lang, path, english)


def test_the_english_pages_are_unchanged_at_their_urls(client, atlas):
    for path, heading in [("/map/", "World map"), ("/network/", "Collaboration network")]:
        text = client.get(path).content.decode()
        assert html_tag("en-gb") in text and f"<h1>{heading}</h1>" in text
    data = client.get("/data/").content.decode()
    assert "<title>Download the whole Atlas · Space Cooperation Atlas</title>" in data
    assert "<h1>Download the whole Atlas</h1>" in data and "<h2>Load it in pandas</h2>" in data
    assert (reverse("visuals:map"), reverse("visuals:network"), reverse("data")) == ("/map/", "/network/", "/data/")
    for path in ["/en/map/", "/en/network/", "/en/data/"]:
        assert client.get(path).status_code == 404


def test_reverse_gives_each_language_its_own_address(atlas):
    for lang in LANGUAGES:
        with translation.override(lang):
            assert reverse("visuals:map") == f"/{lang}/map/"
            assert reverse("visuals:network") == f"/{lang}/network/"
            assert reverse("visuals:home") == f"/{lang}/visuals/home/"
            assert reverse("data") == f"/{lang}/data/"
            # Data, not pages: the same address in every language.
            assert reverse("api:network") == "/api/v1/network/"
            assert reverse("data-file", kwargs={"name": "atlas.zip"}) == "/data/atlas.zip"
            # The embeds speak the language of the page that offers them.
            assert reverse("embed-map") == f"/{lang}/embed/map/"


def test_the_data_files_and_the_network_api_stay_unprefixed(client, atlas):
    descriptor = client.get("/data/datapackage.json")
    assert descriptor.status_code == 200 and descriptor["Content-Type"] == "application/json"
    first = descriptor.json()["resources"][0]["path"]
    assert client.get(f"/data/{first}").status_code == 200
    assert client.get("/data/atlas.zip").status_code == 200
    network = client.get("/api/v1/network/")
    assert network.status_code == 200 and {n["slug"] for n in network.json()["nodes"]} == {"isro", "jaxa"}
    for path in ["/fr/data/datapackage.json", f"/es/data/{first}", "/ar/data/atlas.zip", "/fr/api/v1/network/"]:
        assert client.get(path).status_code == 404, path
    # The French data page links the files at their one address.
    french = client.get("/fr/data/").content.decode()
    assert 'href="http://testserver/data/atlas.zip"' in french
    assert f'href="http://testserver/data/{first}"' in french
    # The French network page draws from the API's one address too.
    assert 'data-src="/api/v1/network/"' in client.get("/fr/network/").content.decode()


def test_the_switcher_on_the_french_map_leads_to_the_map_in_each_language(client, atlas):
    text = client.get("/fr/map/?measure=artemis").content.decode()
    switcher = text[text.index('<nav class="language-switcher"') :]
    switcher = switcher[: switcher.index("</nav>")]
    assert 'href="/map/?measure=artemis"' in switcher
    for lang in ["es", "ru", "zh-hans", "ar"]:
        assert f'href="/{lang}/map/?measure=artemis"' in switcher
    assert '<option value="artemis" selected>' in text


def test_links_to_the_three_pages_keep_the_language(client, atlas):
    home = client.get("/fr/").content.decode()
    assert 'href="/fr/network/"' in home and 'href="/fr/map/"' in home  # header (and the home's plain links)
    assert 'href="/fr/data/"' in client.get("/fr/about/").content.decode()  # footer
    fragment = client.get("/fr/visuals/home/").content.decode()
    assert 'href="/fr/map/"' in fragment and 'href="/fr/network/"' in fragment
    network = client.get("/fr/network/").content.decode()
    assert 'action="/fr/network/"' in network and 'href="/fr/organizations/isro/"' in network
    assert 'action="/fr/map/"' in client.get("/fr/map/").content.decode()


def test_the_map_names_countries_in_the_pages_language(client, atlas):
    text = client.get("/fr/map/?measure=artemis").content.decode()
    rows = {row["code"]: row for row in json_script(text, "map-data")["countries"]}
    assert rows["in"]["name"] == "Inde" and rows["in"]["url"] == "/fr/countries/in/"
    assert rows["in"]["artemis_signed_display"] == "21 juin 2023"
    assert '<a href="/fr/countries/in/">Inde</a>' in text
    assert 'Oui, signé <time datetime="2023-06-21">21 juin 2023</time>' in text
    english = client.get("/map/").content.decode()
    assert '<a href="/countries/in/">India</a>' in english


def test_the_map_scripts_words_come_from_the_page(client, atlas):
    french = json_script(client.get("/fr/map/").content.decode(), "map-labels")
    assert french["legend_no_record"] == "Aucune fiche"
    assert french["legend_signatory"] == "Signataire"
    assert french["artemis_since"] == "%(country)s : signataire de « %(agreement)s » depuis le %(date)s"
    assert french["chart"] == "Carte du monde des mesures de coopération par pays"
    # Counted words: the forms by CLDR plural category (what Intl.PluralRules gives the script).
    assert french["agreements_signed"] == {
        "one": "%(country)s : %(count)s accord signé",
        "other": "%(country)s : %(count)s accords signés",
        "many": "%(country)s : %(count)s accords signés",
    }
    assert french["names"]["076"] == "Brésil"  # a country the Atlas has no record of, for its tooltip
    russian = json_script(client.get("/ru/map/").content.decode(), "map-labels")
    assert russian["agreements_signed"] == {
        "one": "%(country)s: подписано %(count)s соглашение",
        "few": "%(country)s: подписано %(count)s соглашения",
        "many": "%(country)s: подписано %(count)s соглашений",
    }
    arabic = json_script(client.get("/ar/map/").content.decode(), "map-labels")
    assert sorted(arabic["missions"]) == ["few", "many", "one", "other", "two", "zero"]
    assert arabic["missions"]["two"] == "%(country)s: بعثتان عبر منظماته (%(count)s)"
    english = json_script(client.get("/map/").content.decode(), "map-labels")
    assert english["agreements_signed"] == {
        "one": "%(country)s: %(count)s agreement signed",
        "other": "%(country)s: %(count)s agreements signed",
    }
    assert english["names"] == {}  # English keeps the map's own names


def test_the_network_scripts_words_come_from_the_page(client, atlas):
    labels = json_script(client.get("/zh-hans/network/").content.decode(), "network-labels")
    assert labels["zoom_in"] == "放大" and labels["reset"] == "重置"
    assert labels["edge"] == {"other": "%(source)s – %(target)s：%(count)s 项共同任务（%(missions)s）"}
    assert labels["countries"] == {"in": "印度", "jp": "日本"}
    # Nodes lead to the organizations' pages in the page's language (the API's urls are English).
    assert labels["node_urls"] == {"isro": "/zh-hans/organizations/isro/", "jaxa": "/zh-hans/organizations/jaxa/"}
    with translation.override("zh-hans"):
        assert labels["kinds"] == {"national_agency": str(OrganizationKind.NATIONAL_AGENCY.label)}
    arabic = json_script(client.get("/ar/network/").content.decode(), "network-labels")
    assert arabic["zoom_out"] == "تصغير" and arabic["reset_view"] == "إعادة ضبط العرض"
    assert arabic["organizations"]["two"]  # the dual, for "two organizations"
    english = json_script(client.get("/network/").content.decode(), "network-labels")
    assert english["node"] == {
        "one": "%(name)s, %(count)s mission, %(kind)s",
        "other": "%(name)s, %(count)s missions, %(kind)s",
    }
    assert english["zoom_in"] == "Zoom in" and english["reset"] == "Reset"


def test_the_french_data_page_is_french_throughout(client, atlas):
    text = client.get("/fr/data/").content.decode()
    assert "<h2>Le charger dans pandas</h2>" in text and "<h2>Les tables</h2>" in text
    assert '<th scope="col">Fichier</th>' in text and '<th scope="col">Taille</th>' in text
    assert re.search(r'<caption id="data-caption">\d+ fichiers CSV</caption>', text)
    assert 'pd.read_csv(archive.open("signatories.csv"))' in text  # the code stays code
    assert "Les brouillons n'y figurent jamais." in text


def test_the_timeline_scripts_words_come_from_the_page(client, atlas):
    f.EventFactory(slug="chandrayaan-3", title="Chandrayaan-3", date=datetime.date(2023, 7, 14))
    french = json_script(client.get("/fr/timeline/").content.decode(), "timeline-labels")
    assert french["eras"][0] == ["La course à l'espace", 1957, 1974]
    assert french["eras"][-1] == ["Artemis et au-delà", 2020, None]
    assert french["all_years"] == "Toutes les années"
    assert french["chart"] == {
        "one": "Frise de %(count)s événement, de %(from)s à %(to)s",
        "many": "Frise de %(count)s événements, de %(from)s à %(to)s",
        "other": "Frise de %(count)s événements, de %(from)s à %(to)s",
    }
    arabic = json_script(client.get("/ar/timeline/").content.decode(), "timeline-labels")
    assert set(arabic["chart"]) == {"zero", "one", "two", "few", "many", "other"}
    assert arabic["empty"] == "لا توجد أحداث لعرضها على الخط الزمني."
    english = json_script(client.get("/timeline/").content.decode(), "timeline-labels")
    assert english["eras"][1] == ["Détente and the Shuttle", 1975, 1997]
    assert english["partial"]["one"].endswith("%(count)s of the %(total)s event that match.")


def test_the_agreement_charts_words_come_from_the_page(client, atlas):
    russian = json_script(client.get("/ru/agreements/artemis-accords/").content.decode(), "signatory-growth-labels")
    assert russian["signed"] == {
        "one": "%(date)s: %(count)s подписант",
        "few": "%(date)s: %(count)s подписанта",
        "many": "%(date)s: %(count)s подписантов",
    }
    assert russian["withdrawals"] == "−%(count)s вышли"
    chinese = json_script(
        client.get("/zh-hans/agreements/artemis-accords/").content.decode(), "signatory-growth-labels"
    )
    assert chinese["signed"] == {"other": "%(date)s：%(count)s 个签署方"}
    assert chinese["chart"] == "累计签署方阶梯图；下表列出了相同的数据"


@pytest.mark.parametrize(
    ("path", "lang", "words"),
    [
        ("/fr/embed/map/", "fr", "Carte du monde"),
        ("/ar/embed/network/", "ar", "شبكة التعاون"),
        ("/ru/embed/agreements/artemis-accords/chart/", "ru", "Artemis Accords"),
    ],
)
def test_the_embeds_answer_in_each_language_and_stay_frameable(client, atlas, path, lang, words):
    response = client.get(path)
    assert response.status_code == 200
    assert "X-Frame-Options" not in response and "frame-ancestors *" in response["Content-Security-Policy"]
    text = response.content.decode()
    assert html_tag(lang) in text and words in text
    # The attribution leads back to the page in the same language.
    assert f'href="http://testserver/{lang}/' in text


def test_a_french_chart_page_offers_the_french_embed(client, atlas):
    text = client.get("/fr/agreements/artemis-accords/").content.decode()
    assert "iframe src=&quot;http://testserver/fr/embed/agreements/artemis-accords/chart/&quot;" in text or (
        'iframe src="http://testserver/fr/embed/agreements/artemis-accords/chart/"' in text
    )
    map_text = client.get("/fr/map/").content.decode()
    assert "http://testserver/fr/embed/map/" in map_text
