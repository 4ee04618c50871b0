"""Travel read from the places a caption names (`caption_places`): a foreign country or a big
city abroad, in the ten caption languages and their cases, by flag and by hashtag; and the false
friends that stay silent. Captions of no labelled set; the first group failed before the class."""

import pytest

from exposure.infer.caption_places import home_of, named_places
from exposure.infer.caption_words import caption_tokens
from exposure.infer.captions import lexicon, rule_signals

TRAVEL = [
    ("Kroatien, Tag 4: Quallen gesichtet, Sonnenbrand auch", "de a country, a day"),
    ("Kopenhagen 🚲 Fahrräder überall", "de a capital by its German name"),
    ("Chorwacja 2023 🌊", "pl a country and a year"),
    ("w Chorwacji wreszcie morze i słońce", "pl the locative"),
    ("Konečně v Chorvatsku, moře jako kafe", "cs the locative"),
    ("Hırvatistan'da bir hafta geçirdik", "tr the locative after an apostrophe"),
    ("Tokio: ramen als ontbijt", "nl a city by its Dutch name"),
    ("Sunset over Cairo from our rooftop", "en a city abroad"),
    ("Tapas y vermut en Lisboa 🇵🇹", "es a city and its flag"),
    ("Premier soir à Budapest, les bains demain", "fr a capital"),
    ("Grecia, mare pazzesco e feta ovunque", "it a country"),
    ("Primeira vez em Praga, que cidade", "pt a capital by its Portuguese name"),
    ("#japan2024 #ramen #nofilter", "a hashtag opened by a country"),
]

SILENT = [
    ("Portugal gewinnt 2:1, was für ein Spiel", "a match and its score"),
    ("Polska - Niemcy, mecz roku", "pl a match"),
    ("Niedziela w Polsce, wszystko zamknięte 🇵🇱", "pl a Polish caption's own country"),
    ("Sonntag in Deutschland: alles zu, wie immer", "de at home"),
    ("my Polish grandma's pierogi", "an adjective is no name"),
    ("one day Japan. one day.", "a wish"),
    ("Meine Eltern sind zwei Wochen in Thailand, ich gieße die Blumen", "de other people's trip"),
    ("Mój brat wyjeżdża do Norwegii na budowę", "pl a brother's departure"),
    ("Erdbeben in der Türkei, schrecklich", "news abroad"),
    ("Dokument o Japonsku, krásné záběry", "cs a documentary"),
    ("we're moving to Spain for good 🏡📦", "the owner's move"),
    ("Drie jaar geleden in Peru, nu in de file", "nl a trip years ago"),
    ("Réunion d'équipe à 9h, encore", "fr a meeting is no island"),
    ("turecká káva a rohlík", "cs an adjective in a case ending"),
    ("Sonbahar Belgrad Ormanı'nda yürüyüş", "tr a forest named after a city"),
    ("Llueve en Bogotá, como siempre", "es a city of a Spanish-speaking writer's home"),
]


@pytest.mark.parametrize("caption,why", TRAVEL, ids=[c[0] for c in TRAVEL])
def test_a_place_abroad_is_travel(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", SILENT, ids=[c[0] for c in SILENT])
def test_false_friends_stay_silent(caption, why):
    assert "travel" not in rule_signals(caption), why


def test_names_in_their_cases_and_flags():
    text = "Wakacje w Chorwacji 🇭🇷"
    found = named_places(text, caption_tokens(text, lexicon())[0])
    assert {(name, code) for name, code, _, _ in found} == {("chorwacja", "HR"), ("🇭🇷", "HR")}


def test_home_is_the_writers_country():
    assert home_of(frozenset({"pl", "en"})) == {"PL"}  # an English word beside Polish
    assert "GB" in home_of(frozenset({"en"})) and "US" in home_of(frozenset({"en"}))
    assert {"DE", "AT", "CH"} <= home_of(frozenset({"de"}))
