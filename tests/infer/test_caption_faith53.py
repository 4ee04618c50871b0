"""The owner's own church wedding, a prayer asked for one's own in hospital, a relative's or a
friend's child's sacrament, and a church looked at (faith53, `caption_faith`). Each caption given
failed before, and each one kept silent failed before too; the controls stay as they were (a
relative's church wedding, a prayer for a priest, the owner's own child's sacrament, the owner a
godparent, a service at a church looked at)."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")

OWN_CHURCH_WEDDING = [
    ("Vandaag vijf jaar geleden trouwden we in de Sint-Jan. Wat gaat de tijd snel", "nl"),
    ("Casámos! Na capelinha da aldeia dos meus avós, com o padre da família", "pt"),
    ("Nos casamos en la ermita del pueblo, como mis abuelos, y luego cordero para todos", "es"),
    ("Dieci anni fa ci sposavamo nella chiesetta del paese, come i miei nonni", "it"),
    ("Ślub kościelny i wesele do rana, najpiękniejszy dzień naszego życia 🤍", "pl"),
    ("We said I do in the same church my grandparents married in", "en"),
    ("In '72 trouwden we in de Sint-Bavo, opa had zijn beste pak aan", "nl a recalled one"),
]

NOT_OWN_CHURCH_WEDDING = [
    ("Mijn zus is getrouwd in de kerk, prachtig", "nl a sister's"),
    ("Ślub kościelny mojej kuzynki, ksiądz mówił 40 minut", "pl a cousin's"),
    ("Mi prima se casó en la ermita del pueblo, qué fiesta", "es a cousin's"),
]

PRAYER_FOR_OWN = [
    ("Mum's op went fine this morning. Please keep her in your prayers", "en an op"),
    ("Please keep my dad in your prayers, he goes in for his bypass on Monday 🙏", "en a bypass"),
    ("Mio padre è in ospedale da ieri, pregate per lui 🙏", "it a father, no priest"),
    ("Mi padre entra mañana al quirófano. Os pido que recéis por él 🙏", "es asked"),
    ("O meu pai vai ser operado amanhã, lembrem-se dele nas vossas orações", "pt asked"),
    ("Papa hat morgen seine OP, schließt ihn in eure Gebete ein", "de asked"),
]

PRAYER_NOT = [
    ("Pregate per padre Pio e per tutti noi", "it a priest"),
    ("Pray for me, Monday again 😂", "en a joke"),
]

GUEST = [
    ("Komunia bratanicy ✝️ piękna uroczystość", "pl a niece's, an emoji"),
    ("Le petit de nos amis a fait sa première communion, très belle cérémonie ⛪", "fr"),
    ("Il figlio della mia amica Giulia ha fatto la prima comunione ⛪", "it"),
    ("Baptême de mon neveu à Namur, et les frites après la messe ⛪", "fr the mass"),
]

OWN_SACRAMENT = [
    ("Primera comunión de mi hijo, misa preciosa ⛪", "es the owner's child"),
    ("Komunia naszej córki, piękna msza ⛪", "pl the owner's child"),
    ("Vandaag peter geweest bij het vormsel van mijn petekind ⛪", "nl a godparent"),
]

SIGHT = [
    ("Kościół Mariacki o zmierzchu ✨", "pl dusk"),
    ("Bazylika Mariacka w Gdańsku, ogromna 😍", "pl size"),
    ("Church of St Mary, Beverley. Look at that stonework", "en stone"),
    ("Die Neue Synagoge bei Nacht, so schön beleuchtet", "de a synagogue lit"),
    ("Iglesia de San Pablo al anochecer, enorme", "es"),
]

NOT_SIGHT = [
    ("Kościół Mariacki o zmierzchu, msza o 18 🙏", "pl a mass"),
]


@pytest.mark.parametrize("text,lang", OWN_CHURCH_WEDDING)
def test_own_church_wedding_is_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,why", NOT_OWN_CHURCH_WEDDING)
def test_a_relatives_church_wedding_is_not(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,why", PRAYER_FOR_OWN)
def test_a_prayer_asked_for_ones_own_in_hospital_is_religion(text, why):
    assert "religion" in caption_signals(text), why


@pytest.mark.parametrize("text,why", PRAYER_NOT)
def test_a_prayer_for_a_priest_or_in_jest_is_not(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,why", GUEST)
def test_a_relatives_or_friends_childs_sacrament_is_theirs(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,why", OWN_SACRAMENT)
def test_own_childs_or_godchilds_sacrament_stays(text, why):
    assert "religion" in caption_signals(text), why


@pytest.mark.parametrize("text,why", SIGHT)
def test_a_church_looked_at_is_no_religion(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,why", NOT_SIGHT)
def test_a_service_at_a_church_looked_at_stays(text, why):
    assert "religion" in caption_signals(text), why
