"""Classes read from the young (holdout29, dev29) and the abroad (holdout30, dev30), dev sets
since stop 43: alcohol, religion, politics and health. Captions of no set: each class has
captions that failed on the reader before it, and false friends it must leave silent (read by
the rules alone)."""

import pytest

from tests.builders.caption_cases import assert_reads

pytestmark = pytest.mark.usefixtures("rules_alone")

# caption, signals given, signals taken, why
CASES = [
    # an election the owner does not or cannot vote in
    ("Elections back home and I can't vote from here, sad", set(), {"politics"}, "en no vote"),
    ("Elecciones en Chile y yo no pude votar desde aquí", set(), {"politics"}, "es no vote"),
    ("Wahlen in Österreich, aber Briefwahl verpasst 🙄", set(), {"politics"}, "de missed"),
    ("Wybory w Polsce, a ja nie mogłam głosować z Oslo", set(), {"politics"}, "pl no vote"),
    # a strike of the trains or the teachers met
    ("Sciopero dei mezzi a Milano, vado a piedi", set(), {"politics"}, "it transport strike"),
    ("Greve dos comboios, vou a pé para Lisboa", set(), {"politics"}, "pt train strike"),
    ("ÖV-staking vandaag, ik werk thuis", set(), {"politics"}, "nl transport strike"),
    # the results of an election watched from abroad
    ("Wyniki wyborów w Polsce oglądane z Dublina, nerwy", set(), {"politics"}, "pl results"),
    ("Résultats des élections vus depuis Montréal", set(), {"politics"}, "fr results"),
    # a vote from abroad, a party joined, an election worked
    ("Registered as an overseas voter, easier than I thought", {"politics"}, set(), "en voter"),
    ("Wahlhelferin in der Turnhalle bis 22 Uhr", {"politics"}, set(), "de poll worker"),
    ("Zapisałam się do partii, trzymajcie kciuki", {"politics"}, set(), "pl party"),
    ("Vstoupila jsem do strany, konečně", {"politics"}, set(), "cs party"),
    ("Belediye meclisi için aday oldum!", {"politics"}, set(), "tr stood"),
    # a glass at a hen or a stag party: the partygoers', the owner's among them
    ("Wieczór panieński w Sopocie, tydzień przed moim ślubem 🥂", {"alcohol"}, set(), "pl hen"),
    ("Despedida de soltero en Lisboa antes de mi boda 🍻", {"alcohol"}, set(), "es stag"),
    # drinking given up
    (
        "Parei de beber há seis meses e durmo melhor, até a cerveja sem graça",
        set(),
        {"alcohol"},
        "pt",
    ),
    ("Ho smesso di bere da gennaio e la birra non mi manca", set(), {"alcohol"}, "it quit"),
    # a toast to the owner's own years in a place or of a friendship
    ("Proost op 5 jaar in Kopenhagen 🥂", {"alcohol"}, set(), "nl years in"),
    # wine by its grape, mulled wine, a drinking game, champagne
    ("Malbec and empanadas, Friday sorted", {"alcohol"}, set(), "en malbec"),
    ("Bicchiere di rosso in terrazza, finalmente venerdì", {"alcohol"}, set(), "it a glass"),
    ("Champán para celebrar el contrato 🎉", {"alcohol"}, set(), "es champagne"),
    # a sport called one's religion, a practice of a sibling or a flatmate
    ("Il calcio è la mia religione, San Siro la mia chiesa", set(), {"religion"}, "it figure"),
    ("Rugby is my religion, Twickenham my church", set(), {"religion"}, "en figure"),
    ("Communie van mijn broertje, oma huilde", set(), {"religion"}, "nl sibling"),
    ("Taufe von meiner Schwester ihrem Kleinen", set(), {"religion"}, "de sibling"),
    ("Iftar tonight for my flatmate, I made the lentil soup", set(), {"religion"}, "en flatmate"),
    ("Cała parafia modli się za nas", set(), {"religion"}, "pl prayed for us"),
    ("Si è messo a piovere proprio oggi", set(), {"religion"}, "it messo"),
    # the owner's confirmation, Easter mass, a pilgrim's road
    ("Vormsel vandaag, mijn meter was trots", {"religion"}, set(), "nl confirmation"),
    ("Firmung heute, mein Pate hat geweint", {"religion"}, set(), "de confirmation"),
    ("Rezurekcja o szóstej, potem jajka", {"religion"}, set(), "pl Easter mass"),
    # a degree recognised abroad to work as a doctor: a profession, no care
    ("Anerkennung durch, ich darf endlich als Ärztin arbeiten", set(), {"health"}, "de doctor"),
    ("Por fin puedo trabajar como dentista en Suiza", set(), {"health"}, "es dentist"),
    # the hospital of a birth ahead
    ("Doğuma bir ay kaldı, hastane çantası hazır 🤰", {"pregnancy"}, {"health"}, "tr bag"),
    # back pain, tonsillitis, wisdom teeth, therapy
    ("Radiografía del tobillo, nada roto", {"health"}, set(), "es x-ray"),
    ("Prześwietlenie płuc, czekam na wynik", {"health"}, set(), "pl x-ray"),
    ("Zánět mandlí a celý víkend v posteli", {"health"}, set(), "cs tonsillitis"),
    ("Me sacaron las muelas del juicio, cara de hámster", {"health"}, set(), "es wisdom teeth"),
    ("Terapeutka mi dziś powiedziała, że robię postępy", {"health"}, set(), "pl therapy"),
    # false friends that stay silent
    (
        "Ik heb gestemd vanuit Berlijn, uitslag van de verkiezingen morgen",
        {"politics"},
        set(),
        "nl",
    ),
    ("Sciopero! Siamo in piazza con il sindacato", {"politics"}, set(), "it the owner's strike"),
    ("Prost auf das Brautpaar 🥂", {"alcohol"}, {"wedding"}, "de a toast to the couple"),
    ("Messa di Natale con la nonna", {"religion"}, set(), "it mass"),
    ("Glass of red on the balcony, bring on the weekend", {"alcohol"}, set(), "en a glass"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[3] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    """Each class gives its signals and takes the others' away, read by the rules alone (the
    sentence reader's store is refitted apart)."""
    assert_reads(caption, given, taken, why)
