"""The interface in the five other languages: every marked string extracted and translated (with the
language's plural forms), translated pages, dates and numbers per language, country names from CLDR,
and the admin in the curator's language."""

import datetime
import re
import shutil
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.conf import settings
from django.contrib.humanize.templatetags.humanize import intcomma
from django.utils import translation

from coop_site.lib.dates import format_partial
from tests import factories as f

BASE = Path(settings.BASE_DIR)
LOCALE = BASE / "locale"
CATALOGUES = ["fr", "es", "ru", "zh_Hans", "ar"]
NPLURALS = {"fr": 2, "es": 2, "ru": 3, "zh_Hans": 1, "ar": 6}


def catalogue(lang: str) -> polib.POFile:
    return polib.pofile(str(LOCALE / lang / "LC_MESSAGES" / "django.po"))


@pytest.fixture(scope="module")
def extracted(tmp_path_factory) -> set[tuple[str, str]]:
    """The messages makemessages finds in today's templates and code, from a copy of the sources
    (so the committed catalogues are left alone)."""
    if not shutil.which("xgettext"):
        pytest.fail("xgettext (Debian's gettext) is needed: run `make gettext`.")
    root = tmp_path_factory.mktemp("sources")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "migrations")
    for name in ["catalog", "timeline", "coop_site", "templates"]:
        shutil.copytree(BASE / name, root / name, ignore=ignore)
    shutil.copy(BASE / "manage.py", root / "manage.py")
    (root / "locale").mkdir()
    subprocess.run(
        [sys.executable, "manage.py", "makemessages", "-l", "fr", "--no-location", "--no-wrap"],
        cwd=root,
        check=True,
        capture_output=True,
    )
    po = polib.pofile(str(root / "locale" / "fr" / "LC_MESSAGES" / "django.po"))
    return {(entry.msgid, entry.msgid_plural) for entry in po}


def test_every_marked_string_is_in_the_catalogues_and_no_stale_one(extracted):
    assert len(extracted) > 400
    for lang in CATALOGUES:
        committed = {(entry.msgid, entry.msgid_plural) for entry in catalogue(lang) if not entry.obsolete}
        assert sorted(extracted - committed) == [], f"{lang}: run makemessages and locale/translations.py"
        assert sorted(committed - extracted) == [], f"{lang}: messages no template or module uses any more"


@pytest.mark.parametrize("lang", CATALOGUES)
def test_every_message_has_all_the_plural_forms_of_its_language(lang):
    po = catalogue(lang)
    assert f"nplurals={NPLURALS[lang]};" in po.metadata["Plural-Forms"]
    assert not po.metadata_is_fuzzy
    plurals = [entry for entry in po if entry.msgid_plural]
    assert len(plurals) >= 30
    for entry in plurals:
        forms = entry.msgstr_plural
        assert sorted(forms) == list(range(NPLURALS[lang])), entry.msgid
        assert all(text.strip() for text in forms.values()), entry.msgid
    for entry in po:
        assert entry.msgstr != entry.msgid or len(entry.msgid) < 12 or lang == "fr", (lang, entry.msgid)
        for text in [entry.msgstr, *entry.msgstr_plural.values()]:
            # HTML in a message comes back with the same tags and links.
            assert sorted(re.findall(r"</?\w+", text or entry.msgid)) == sorted(re.findall(r"</?\w+", entry.msgid))


@pytest.fixture
def atlas(db):
    india = f.CountryFactory(code="in", name="India", region="asia")
    japan = f.CountryFactory(code="jp", name="Japan", region="asia")
    isro = f.OrganizationFactory(slug="isro", name="Indian Space Research Organisation", acronym="ISRO", country=india)
    jaxa = f.OrganizationFactory(slug="jaxa", name="Japan Aerospace Exploration Agency", acronym="JAXA", country=japan)
    mission = f.MissionFactory(slug="lupex", name="LUPEX", start_date=datetime.date(2025, 1, 1), start_precision="year")
    f.ParticipationFactory(mission=mission, organization=isro)
    f.ParticipationFactory(mission=mission, organization=jaxa)
    accords = f.AgreementFactory(
        slug="artemis-accords", name="Artemis Accords", opened_for_signature=datetime.date(2020, 10, 13)
    )
    f.SignatoryFactory(agreement=accords, country=india, signed_on=datetime.date(2023, 6, 21), signed_precision="day")
    f.SignatoryFactory(agreement=accords, country=japan, signed_on=datetime.date(2020, 10, 1), signed_precision="month")
    for n in range(3):
        f.AgreementFactory(slug=f"treaty-{n}")
    f.EventFactory(slug="launch", title="A launch", date=datetime.date(1998, 11, 20)).countries.add(india)
    return accords


NAVIGATION = {
    "fr": ["Missions", "Accords", "Organisations", "Pays", "Chronologie", "Thèmes", "Rechercher"],
    "es": ["Misiones", "Acuerdos", "Organizaciones", "Países", "Cronología", "Temas", "Buscar"],
    "ru": ["Миссии", "Соглашения", "Организации", "Страны", "Хронология", "Темы", "Поиск"],
    "zh-hans": ["任务", "协定", "机构", "国家", "时间线", "主题", "搜索"],
    "ar": ["البعثات", "الاتفاقات", "المنظمات", "البلدان", "الخط الزمني", "المواضيع", "بحث"],
}


@pytest.mark.parametrize("lang", NAVIGATION)
def test_list_and_detail_pages_speak_the_language_throughout(client, atlas, lang):
    for path in [
        "/",
        "/missions/",
        "/missions/lupex/",
        "/agreements/",
        "/agreements/artemis-accords/",
        "/agreements/status/",
        "/organizations/",
        "/organizations/isro/",
        "/countries/",
        "/countries/in/",
        "/timeline/",
        "/timeline/launch/",
        "/topics/",
        "/search/?q=artemis",
        "/compare/?countries=in,jp",
        "/changes/",
    ]:
        response = client.get(f"/{lang}{path}")
        assert response.status_code == 200, (lang, path)
        text = response.content.decode()
        assert f'<html lang="{lang}" dir="{"rtl" if lang == "ar" else "ltr"}">' in text
        nav = text[text.index('<nav class="site-nav"') : text.index("</form>", text.index('<nav class="site-nav"'))]
        for label in NAVIGATION[lang]:
            assert f">{label}<" in nav, (lang, path, label)
        # No English left in the page's own chrome: headings, labels, buttons.
        for english in [
            ">Signatories<",
            ">Apply<",
            ">Clear filters<",
            "Cite this page",
            ">Status<",
            ">Home<",
            ">Page not found<",
        ]:
            assert english not in text, (lang, path, english)


def test_result_counts_take_the_languages_plural_forms(client, atlas):
    # Four agreements: Russian "4 соглашения" (few), Arabic "4 اتفاقات" (3–10), French "4 accords".
    assert "<strong>4</strong> соглашения" in client.get("/ru/agreements/").content.decode()
    assert "<strong>4</strong> اتفاقات" in client.get("/ar/agreements/").content.decode()
    assert "<strong>4</strong> accords" in client.get("/fr/agreements/").content.decode()
    # One mission: Russian singular; two signatories of the accords: Arabic dual.
    assert "<strong>1</strong> миссия" in client.get("/ru/missions/").content.decode()
    assert "<strong>2</strong> موقِّعان حتى" in client.get("/ar/agreements/artemis-accords/").content.decode()
    assert "<strong>2</strong> signatories as of" in client.get("/agreements/artemis-accords/").content.decode()


def test_dates_are_written_the_languages_way(client, atlas):
    french = client.get("/fr/agreements/artemis-accords/").content.decode()
    assert "21 juin 2023" in french and "octobre 2020" in french  # a day, and a month-precision date
    assert "13 octobre 2020" in client.get("/fr/agreements/").content.decode()  # opened for signature
    assert "13 de octubre de 2020" in client.get("/es/agreements/").content.decode()
    assert "21 июня 2023<" in client.get("/ru/agreements/artemis-accords/").content.decode()
    assert "2023年6月21日" in client.get("/zh-hans/agreements/artemis-accords/").content.decode()
    # Arabic keeps Western digits (the policy in coop_site/formats/): "21 يونيو، 2023".
    arabic = client.get("/ar/agreements/artemis-accords/").content.decode()
    assert "21 يونيو، 2023" in arabic and "٢" not in arabic
    english = client.get("/agreements/artemis-accords/").content.decode()
    assert "21 June 2023" in english and "October 2020" in english
    # The event's date on the timeline and on its page.
    assert "20 novembre 1998" in client.get("/fr/timeline/").content.decode()
    assert "1998年11月20日" in client.get("/zh-hans/timeline/launch/").content.decode()


@pytest.mark.parametrize(
    ("lang", "day", "month", "number"),
    [
        ("en-gb", "13 October 2020", "October 2020", "12,345"),
        ("fr", "13 octobre 2020", "octobre 2020", "12\xa0345"),
        ("es", "13 de octubre de 2020", "octubre de 2020", "12\xa0345"),
        ("ru", "13 октября 2020", "Октябрь 2020", "12\xa0345"),
        ("zh-hans", "2020年10月13日", "2020年10月", "12,345"),
        ("ar", "13 أكتوبر، 2020", "أكتوبر 2020", "12,345"),
    ],
)
def test_partial_dates_and_counts_per_language(lang, day, month, number):
    with translation.override(lang):
        assert format_partial(datetime.date(2020, 10, 13), "day") == day
        assert format_partial(datetime.date(2020, 10, 1), "month") == month
        assert format_partial(datetime.date(2020, 1, 1), "year") == "2020"
        assert intcomma(12345) == number


def test_country_names_in_the_visitors_language_on_every_page_that_names_them(client, atlas):
    for path in [
        "/fr/countries/",
        "/fr/countries/in/",
        "/fr/agreements/artemis-accords/",
        "/fr/agreements/status/",
        "/fr/organizations/isro/",
        "/fr/missions/lupex/",
        "/fr/timeline/",
        "/fr/compare/?countries=in,jp",
    ]:
        text = client.get(path).content.decode()
        assert "Inde" in text and ">India<" not in text, path
    assert "<title>Inde · Atlas de la coopération spatiale</title>" in client.get("/fr/countries/in/").content.decode()
    assert "الهند" in client.get("/ar/agreements/status/").content.decode()
    assert "印度" in client.get("/zh-hans/countries/").content.decode()


def test_htmx_results_and_the_home_visuals_come_in_the_pages_language(client, atlas):
    partial = client.get("/fr/timeline/?year_from=1990", HTTP_HX_REQUEST="true").content.decode()
    assert "<strong>1</strong> événement" in partial and "<html" not in partial
    home = client.get("/fr/").content.decode()
    assert 'hx-get="/fr/visuals/home/"' in home
    assert "Explorer en images" in client.get("/fr/visuals/home/").content.decode()


def test_error_pages_speak_the_language(client, atlas):
    response = client.get("/fr/agreements/no-such-agreement/")
    assert response.status_code == 404 and "Page introuvable" in response.content.decode()
    response = client.get("/ru/agreements/?as_of=yesterday")
    assert response.status_code == 400 and "Неверный запрос" in response.content.decode()
    response = client.get("/es/agreements/?page=99")
    assert response.status_code == 404 and "No existe la página 99" in response.content.decode()


def test_the_admin_follows_the_curators_language(client, db):
    assert "Nom d’utilisateur" in client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    assert "Имя пользователя" in client.get("/admin/login/", HTTP_ACCEPT_LANGUAGE="fr").content.decode()
    fresh = client.__class__()
    assert "Username" in fresh.get("/admin/login/").content.decode()


def test_search_groups_and_filter_forms_speak_the_language(client, atlas):
    text = client.get("/fr/search/?q=artemis").content.decode()
    assert '<h2 id="group-agreements-heading">Accords</h2>' in text
    assert "Résultats de la recherche « artemis »" in text
    form = client.get("/ru/agreements/").content.decode()
    assert ">Сортировать по<" in form and ">Название (по убыванию)<" in form and ">Любой<" in form
    # Country options carry the CLDR name; their values stay the ISO codes the API takes.
    assert '<option value="in">Индия</option>' in form
    assert client.get("/agreements/?ordering=-name").status_code == 200
