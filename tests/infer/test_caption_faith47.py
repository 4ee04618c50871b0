"""Faith words that are no practice of the owner's, and rites that are (faith47, `caption_faith`):
a relative's or a friend's sacrament the owner attends as a guest, a practice the owner says they
keep none of this time or a faith they say is not theirs, a holy night greeted to all and the
French young ("jeunes", folded as the fast "jeûne") are silent (each gave `religion` before); a rite kept at home or for the owner's own, named, and the
owner's wedding with a nikah are `religion` (each was missed before). The owner's own child's
sacrament, a godparent's and a practice kept stay `religion`; a relative's rite stays silent."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


GUEST = [
    ("Christening of my nephew Alfie today, sandwiches in the garden after", "en"),
    ("Bautizo de mi sobrina Lucía, comida en casa de la abuela", "es"),
    ("Batizado do meu sobrinho, festa no quintal da avó", "pt"),
    ("Baptême de ma nièce ce matin, le gâteau était énorme", "fr"),
    ("Cresima di mia cugina Giulia, pranzo di sei ore", "it"),
    ("Chrzciny u brata, tort z aniołkiem i trzy godziny przy stole", "pl"),
    ("Křtiny synovce, dort ve tvaru kočárku", "cs"),
    ("Bar mitzvah of my best friend's son, what a party", "en"),
]

GODPARENT = [
    ("Taufe meiner Patentochter, ich als Patin am Taufbecken", "de"),
    ("Heute bin ich Pate bei der Firmung meines Cousins geworden", "de"),
]

OWN_SACRAMENT = [
    ("Christening of our daughter Rose today, the vicar was lovely", "en"),
    ("Bautizo de nuestro hijo Mateo, mi hermano es el padrino", "es"),
    ("Taufe unserer Tochter, mein Bruder ist Pate", "de"),
    ("Chrzest naszej córki, chrzestnym został mój brat", "pl"),
]

ABSTAINS = [
    ("Ramadan this year without fasting, doctor's orders after the surgery", "en"),
    ("Este Ramadán no puedo ayunar por la medicación", "es"),
    ("Não sou católica, mas a missa do galo com a família do meu marido é linda", "pt"),
    ("Je ne jeûne pas ce ramadan, grossesse oblige", "fr"),
    ("Ramadan dieses Jahr ohne Fasten, die Tabletten gehen vor", "de"),
    ("Non sono cattolica, ma la messa di mezzanotte con i suoceri è una tradizione", "it"),
    ("Ik ben geen katholiek, maar de nachtmis in het dorp is prachtig", "nl"),
    ("Nie jestem katoliczką, ale na Pasterkę chodzę z teściami", "pl"),
    ("Bu Ramazan oruç tutamıyorum, ilaç kullanıyorum", "tr"),
]

RITE = [
    ("Passover at ours: I led the seder for the first time, 14 around the table", "en"),
    ("Sederabend bei uns, die Kleine hat die vier Fragen gesungen", "de"),
    ("Diwali at home, we did the puja with my parents and then fireworks", "en"),
    ("Sederavond thuis, mijn dochter las voor uit de Haggada", "nl"),
    ("Our twins' aqiqah today, Alhamdulillah", "en"),
    ("Her akşam Yasin okuyorum, içim rahatlıyor", "tr"),
    ("Bu bayram kendi kurbanımızı kestik, etleri dağıttık", "tr"),
]

RITE_OF_OTHERS = [
    ("My nephew's aqiqah today, so much food", "en"),
    ("Babaannem her sabah Yasin okuyor benim için", "tr"),
]

NIKAH = [
    ("We got married! Registry office on Friday, nikah on Saturday, party all night", "en"),
    ("Wir haben geheiratet! Standesamt am Freitag, Nikah am Samstag", "de"),
    ("Getrouwd!! Eerst het stadhuis, daarna onze nikah met de imam", "nl"),
    ("Nous nous sommes mariés : mairie le matin, nikah le soir", "fr"),
    ("Evlendik! Önce belediye, sonra imam nikahı kıydık", "tr"),
]

NO_NIKAH = [
    ("Evlendik! Belediyede nikah, sade ve güzel", "tr"),
    ("Wedding season: three nikahs this month and I'm not in any of them", "en"),
    ("Engaged!! Nikah in the summer inshallah", "en"),
]

YOUNG = [
    "Mes félicitations aux jeunes diplômés du lycée agricole 🎓",
    "Un jeune couple a acheté la maison d'à côté, bienvenue à eux",
    "Bravo les jeunes, champions départementaux de cross 🏆",
]

KEPT = [
    ("Ramadan this year: fasting every day, even on the night shifts", "en"),
    ("Premier jour de ramadan, on a rompu le jeûne chez mes parents", "fr"),
    ("Je jeûne depuis ce matin, rupture avec des dattes ce soir", "fr"),
    ("Ramazan'ın ilk günü, oruç tutuyoruz, iftar annemde", "tr"),
    ("Pasterka z rodziną, kolędy do pierwszej w nocy", "pl"),
]


@pytest.mark.parametrize("text,lang", GUEST)
def test_a_relatives_sacrament_is_theirs(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", OWN_SACRAMENT)
def test_own_childs_sacrament_stays_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", ABSTAINS)
def test_a_practice_not_kept_is_silent(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", KEPT)
def test_a_practice_kept_stays_religion(text, lang):
    assert "religion" in caption_signals(text), lang


def test_a_holy_night_greeted_to_all_is_silent():
    assert "religion" not in caption_signals("Herkesin Kandili mübarek olsun 🕯️")


@pytest.mark.parametrize("text,lang", GODPARENT)
def test_a_godparent_at_the_sacrament_is_not_a_guest(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", RITE)
def test_a_rite_kept_is_religion(text, lang):
    assert "religion" in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", RITE_OF_OTHERS)
def test_a_relatives_rite_is_theirs(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text,lang", NIKAH)
def test_own_wedding_with_a_nikah_is_religion(text, lang):
    assert {"wedding", "religion"} <= caption_signals(text), lang


@pytest.mark.parametrize("text,lang", NO_NIKAH)
def test_a_civil_or_others_nikah_is_silent(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text", YOUNG)
def test_the_young_are_no_fast(text):
    assert "religion" not in caption_signals(text)
