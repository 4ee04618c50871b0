"""Classes read from captions_holdout23 (a plain feed) and holdout24 (an adult's Facebook and
Instagram export), dev sets since stop 40, each kept only where it showed in both sets or in one
and two other dev sets. Captions of no set: each class has captions that failed on the reader
before it, and false friends it must leave silent (read by the rules alone)."""

import pytest

from exposure.infer.caption_signs import birth_measure
from exposure.infer.caption_told import child_years, place_beauty, season_in
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # a feast wished to others who keep it (`greeting`)
    ("Happy Eid to all my Muslim friends, enjoy the feast", set(), {"religion"}, "en Eid"),
    ("Feliz Eid a todos los que lo celebran", set(), {"religion"}, "es Eid"),
    ("Bonne fête de Diwali à mes amis hindous", set(), {"religion"}, "fr Diwali"),
    ("Kandiliniz mübarek olsun, hayırlı geceler", set(), {"religion"}, "tr kandil"),
    ("Ramadan Mubarak to everyone, our first iftar at home", {"religion"}, set(), "en own iftar"),
    # a new post announced
    ("Thrilled to join Acme as a data analyst next month", {"work"}, set(), "en join"),
    ("Neue Stelle als Lagerleiter bei Bosch, ab Montag", {"work"}, set(), "de new post"),
    ("Dołączyłam do zespołu mBanku jako analityczka", {"work"}, set(), "pl joined"),
    ("Koç'ta mühendis olarak çalışmaya başladım", {"work"}, set(), "tr started as"),
    ("my sister has a new position as head nurse", set(), {"work"}, "en a sister's"),
    # a pregnancy by its week or month, the partner's too
    ("Woche 25 und die Tritte werden stärker", {"pregnancy"}, set(), "de week"),
    ("Žena v 6. měsíci, já montuju postýlku", {"pregnancy"}, set(), "cs month"),
    ("32. haftadayız, çanta hazır", {"pregnancy"}, set(), "tr week"),
    ("Minha mulher tá de 5 meses e eu já choro", {"pregnancy"}, set(), "pt partner"),
    ("la mia ragazza aspetta un bimbo, sono al settimo cielo", {"pregnancy"}, set(), "it"),
    ("La vicina aspetta un bambino, siamo contenti per lei", set(), {"pregnancy"}, "it hers"),
    ("Woche 3 im neuen Job, alles gut", set(), {"pregnancy"}, "de a week of a job"),
    # a builder's trade by its site
    ("Baustelle in Linz, heute kommt der Estrich", {"work"}, set(), "de site"),
    ("chantier fini à Lille, apéro avec les gars", {"work"}, set(), "fr site"),
    ("na stavbě od rána a mrzne", {"work"}, set(), "cs site"),
    ("Şantiyede on iki saat, yorgunum", {"work"}, set(), "tr site"),
    ("Obras na estrada outra vez, trânsito parado", set(), {"work"}, "pt roadworks"),
    # a newborn's weight said alone
    ("Welkom Lotte, 3450 gram en een bos haar", {"baby"}, set(), "nl weight"),
    ("Benvenuto Pietro, 3,6 kg di felicità", {"baby"}, set(), "it weight"),
    ("Schudłam 4,2 kg w dwa miesiące", set(), {"baby"}, "pl a weight lost"),
    ("Mi sobrina nació anoche, 3,1 kg de amor", set(), {"baby"}, "es a niece"),
    # "amené" is no amen
    ("On a amené la voiture au garage ce matin", set(), {"religion"}, "fr amené"),
    # a business trip is work and a journey
    ("Werkreis naar Oslo, hotel met uitzicht op de haven", {"work", "travel"}, set(), "nl"),
    ("Služební cesta do Brna, porada do šesti", {"work", "travel"}, set(), "cs"),
    ("Trasferta a Torino per il cliente, tre giorni", {"work", "travel"}, set(), "it"),
    # a winter or a year in a place: a move made (`caption_told.season_in`)
    ("Zweiter Winter in Oslo, langsam gewöhne ich mich dran", {"moving"}, set(), "de"),
    ("Second year in Lisbon and I still get lost in Alfama", {"moving"}, set(), "en"),
    ("Primer invierno en Toronto, -20 y yo en chanclas", {"moving"}, set(), "es"),
    ("İstanbul'daki ilk yılım, trafik hâlâ şaşırtıyor", {"moving"}, set(), "tr"),
    ("Third year in a row we won the pub quiz", set(), {"moving"}, "en a row"),
    # the owner's child turning an age (`caption_told.child_years`)
    ("my girl turns 6 on Sunday, unicorn party incoming", {"baby"}, set(), "en"),
    ("Meine Prinzessin wird heute 5, Einhorntorte", {"baby"}, set(), "de"),
    ("Il mio principe compie 2 anni oggi", {"baby"}, set(), "it"),
    ("Ufaklığım 4 yaşında oldu, pasta yaptık", {"baby"}, set(), "tr"),
    ("my girl and I, 3 years together today", set(), {"baby"}, "en a partner"),
    # the owner and the kids
    ("Me and the kids on the beach, sand everywhere", {"baby"}, set(), "en"),
    ("Io e i bambini al lago, acqua gelida", {"baby"}, set(), "it"),
    ("Ben ve çocuklar parkta, güneş var", {"baby"}, set(), "tr"),
    ("me and the girls at brunch, bottomless coffee", set(), {"baby"}, "en friends"),
    # the owner's pub, inn or venture turning an age (`business_age`)
    ("Naše vinárna slaví 5 let, přijďte", {"work"}, set(), "cs wine bar"),
    ("Mijn eetcafé bestaat 10 jaar, taart voor iedereen", {"work"}, set(), "nl café"),
    ("Mi emprendimiento cumple 3 años, gracias", {"work"}, set(), "es venture"),
    # a cousin named bare, the neighbour's in Turkish
    ("Cousine hat geheiratet, wir haben bis vier getanzt", set(), {"wedding"}, "de cousin"),
    ("Cugina fidanzata ufficialmente, che festa", set(), {"engagement"}, "it cousin"),
    ("Komşunun oğlu üniversiteyi bitirdi, davul zurna", set(), {"school"}, "tr neighbour"),
    # the shows of weddings and farmers seeking wives are a screen
    ("Hochzeit auf den ersten Blick läuft wieder, Chips bereit", set(), {"wedding"}, "de"),
    ("ślub od pierwszego wejrzenia, nowy sezon i nowe dramy", set(), {"wedding"}, "pl"),
    # a home's keys received
    ("Ya tenemos las llaves, piso viejo pero nuestro", {"new_home"}, set(), "es keys"),
    ("Dostali jsme klíče od bytu, hurá", {"new_home"}, set(), "cs keys"),
    ("Anahtarları aldık, kredi 15 yıl ama olsun", {"new_home"}, set(), "tr keys"),
    # a carer's or a warehouse night shift by its name
    ("Nachtdienst op de kinderafdeling, rustig nachtje", {"work"}, set(), "nl night shift"),
    ("Nuit en réa, trois entrées depuis minuit", {"work"}, set(), "fr night shift"),
    ("Nocka na produkcji, jeszcze 3 godziny", {"work"}, set(), "pl night shift"),
    ("nocka w akademiku przed egzaminem, kawa numer 4", {"school"}, {"work"}, "pl a student's"),
    # a place hailed for its beauty (`caption_told.place_beauty`)
    ("Vienna, you beauty. Two days of cake", {"travel"}, set(), "en Vienna"),
    ("Monday you beauty, coffee number three", set(), {"travel"}, "en a day"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[3] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    """Each class gives its signals and takes the others' away, read by the rules alone (the
    sentence reader's store is refitted apart)."""
    assert_reads(caption, given, taken, why)


def test_season_in_needs_a_place():
    """An ordinal winter or year before a capitalised place; a row, a lexicon word or a time is
    none."""
    assert season_in("premier hiver à Québec, on gèle") == "premier hiver à Québec"
    assert season_in("Ankara'daki ikinci yılım") == "Ankara'daki ikinci yılım"
    assert season_in("Third year in a row") is None
    assert season_in("first year in Uni", frozenset({"uni"})) is None


def test_child_years_needs_mine_and_an_age():
    """'My' or 'our' and a child word before a verb of turning and an age; a partner's years
    together are none."""
    assert child_years("Our boy turned 9 yesterday") == "our boy turned 9"
    assert child_years("Prensim bugün 3 yaşında") == "prensim bugun 3 yasin"
    assert child_years("my girl and I, 3 years together") is None
    assert child_years("Our boy is 7.5 kg now") is None


def test_place_beauty_needs_a_place():
    """A capitalised place before the words; a season or a day is none."""
    assert place_beauty("Porto, você é lindo") == "Porto, você é lindo"
    assert place_beauty("Autumn you beauty") is None


def test_birth_measure_reads_a_weight_alone():
    """A weight of 2 to 5 kg alone is a newborn's; one lost or gained, a heavier one or one beside
    another measure is not."""
    assert birth_measure("Mats, 3360 gram, heel veel haar") == "3360 gram"
    assert birth_measure("Ilk ay 2,5 kg verdim") is None
    assert birth_measure("6 kg of ginger cat on my legs") is None
    assert birth_measure("Paket: 40 cm lang, 2500 g schwer") is None
