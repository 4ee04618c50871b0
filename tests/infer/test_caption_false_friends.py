"""False friends that reached claims (stop 41's lives): a hobby said of a cousin or of strangers
(`caption_rules.anothers_activity`), "my baby" said of a car, a plant or a cat, and a colleague's
leave for a birth (`caption_child.baby_false_friends`); the owner's own uses stay. Captions of no
set, each read by the rules alone."""

import pandas as pd
import pytest

from exposure.infer.caption_rules import rule_hits
from exposure.infer.captions import rule_signals

# a hobby rule's words in every language (as rules/hobbies.yaml writes them: {lang: [words]})
TENNIS = {
    "en": ["tennis"],
    "de": ["tennis"],
    "fr": ["tennis"],
    "es": ["tenis"],
    "pt": ["ténis"],
    "it": ["tennis"],
    "nl": ["tennis"],
    "pl": ["tenis"],
    "cs": ["tenis"],
    "tr": ["tenis"],
}
FOOTBALL = {"en": ["football"], "de": ["fußball"], "it": ["calcio"], "es": ["fútbol"]}

# someone else plays: a relative or a friend as the subject, a trailing "not me", strangers watched
OTHERS = [
    ("My cousin is obsessed with tennis, not me", TENNIS),
    ("My boss plays tennis every Friday", TENNIS),
    ("Mein Bruder spielt jeden Sonntag Tennis", TENNIS),
    ("Mon frère adore le tennis, moi non", TENNIS),
    ("Mój brat gra w tenisa, ja nie bardzo", TENNIS),
    ("Brácha hraje tenis, já ne", TENNIS),
    ("Kardeşim tenis oynuyor", TENNIS),
    ("Mijn neef is gek op tennis", TENNIS),
    ("Tennis is big in this town, ik niet 😅", TENNIS),
    ("Wir schauen den Kindern beim Fußball zu", FOOTBALL),
    ("Guardando i ragazzi giocare a calcio", FOOTBALL),
]

# the owner plays, alone or with the relative
MINE = [
    ("I play tennis with my cousin", TENNIS),
    ("My cousin and I played tennis all afternoon", TENNIS),
    ("My brother plays tennis with me on Sundays", TENNIS),
    ("Mit meinem Bruder beim Tennis", TENNIS),
    ("Papa und ich beim Tennis", TENNIS),
    ("Kardeşimle tenis oynadık", TENNIS),
    ("Tennis this morning, legs are done", TENNIS),
    ("Fußball gucken mit den Jungs, Bier kalt", FOOTBALL),
]


@pytest.mark.parametrize("text,words", OTHERS)
def test_a_hobby_of_someone_else_is_no_rule_hit(text, words):
    hits = rule_hits(pd.Series([text]), words, about="activity")
    assert not hits.iloc[0], text


@pytest.mark.parametrize("text,words", MINE)
def test_the_owners_hobby_stays(text, words):
    assert rule_hits(pd.Series([text]), words, about="activity").iloc[0], text


# "my baby" said of a thing or a pet: no baby
THINGS = [
    "my baby got new tyres today 🚗",
    "Mein Baby hat neue Felgen 😍",
    "Bebeğime yeni jant taktım",
    "Mi bebé ya tiene la ITV pasada",
    "Mijn baby 😍 (nieuwe bakfiets)",
    "mi bebé es mi moto, 15 años conmigo",
    "Mes plantes sont mes bébés",
    "Mon chat c'est mon bébé",
    "My sourdough starter is my baby now",
]

# a colleague's or a friend's leave for a birth: not the owner's baby nor pregnancy
LEAVES = [
    "Mijn collega is met zwangerschapsverlof, ik doe nu twee banen",
    "Mon collègue est en congé paternité depuis lundi",
    "Meine Kollegin geht in Elternzeit, wir vermissen sie",
    "Moja koleżanka z pracy idzie na macierzyński",
    "My colleague is on maternity leave so I'm covering her desk",
    "Kolegyně je na mateřské",
]

# the owner's own baby
BABIES = [
    "my baby turned one today",
    "Mi bebé ya camina",
    "My baby loves her bike seat",
    "Elternzeit mit unserem Sohn",
    "Idę na macierzyński!",
]


@pytest.mark.parametrize("text", THINGS + LEAVES)
def test_a_false_baby_is_no_baby(text):
    said = rule_signals(text)
    assert not said & {"baby", "pregnancy"}, (text, said)


@pytest.mark.parametrize("text", BABIES)
def test_the_owners_baby_stays(text):
    assert "baby" in rule_signals(text), text


# the children rule's words (rules/family.yaml) read as a person the photo shows
CHILDREN = {
    "en": ["my son", "my daughter", "our son", "our daughter", "my kids"],
    "de": ["mein sohn", "meine tochter", "unsere kinder"],
    "fr": ["mon fils", "ma fille", "nos enfants"],
    "es": ["mi hijo", "mi hija", "mis hijos"],
}
ASKED_FOR = [
    "Any tips for a good dentist in Leeds? For my son",
    "Quelqu'un connaît un bon orthophoniste à Lyon ? Pour ma fille",
    "Weiß jemand eine gute Nachhilfe in Köln? Für meine Tochter",
    "¿Alguien conoce una buena academia de inglés? Es para mi hijo",
]
SHOWN = [
    "Exam results day for my daughter, fingers crossed",
    "Birthday cake for my son 🎂",
    "Who's the happiest boy? My son!",
    "Premier jour d'école pour ma fille",
]


@pytest.mark.parametrize("text", ASKED_FOR)
def test_whom_an_ask_is_for_is_no_child_shown(text):
    assert not rule_hits(pd.Series([text]), CHILDREN, about="person").iloc[0], text
    assert rule_hits(pd.Series([text]), CHILDREN).iloc[0], text  # a hit read without `about`


@pytest.mark.parametrize("text", SHOWN)
def test_the_owners_child_stays_shown(text):
    assert rule_hits(pd.Series([text]), CHILDREN, about="person").iloc[0], text
