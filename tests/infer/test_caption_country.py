"""The countryside's farm and village (caption_country.country_reading), read by the rules."""

import pytest

from exposure.infer.caption_country import country_said
from exposure.infer.caption_lexicon import fold
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's herd, farm or vineyard named with a possessive
        "Our cows are out on the spring grass at last",
        "Nos vaches ont le droit aux échos maintenant, le progrès",
        "Meine Kühe stehen heute zum ersten Mal auf der Weide",
        "I miei vitelli sono nati tutti sani quest'anno",
        "Onze koeien staan eindelijk weer buiten",
        "Nasze krowy pierwszy raz w tym roku na pastwisku",
        "Naše kravy konečně venku na pastvě",
        "Ineklerimiz yaylada, biz de peşlerinden",
        "Vendemmia nella nostra cantina, l'uva è stupenda quest'anno",
        # the owner's farming said in the first person, the farm taken over
        "Od 20 lat prowadzę gospodarstwo i wiem, ile kosztuje brak drogi",
        "Papa, jetzt übernehm ich den Hof.",
        "Il veut reprendre la ferme plus tard, son grand-père serait fier",
        "Bakalář z agronomie a jdu rovnou pracovat na rodinnou farmu",
        "Soy ganadera desde los veinte años y no lo cambio",
        # the herd that will not wait
        "Kein Urlaub heuer, die Kühe fahren nicht in den Süden",
        "Otro verano sin vacaciones, las vacas no entienden de agosto",
        "Queria tanto ir ao concerto, mas quem trata das vacas?",
        "Nie pojadę na wesele, nie mam z kim zostawić krów",
        "Cows don't take holidays, so neither do we",
        # the owner's herding dog
        "Naše Bella je nejlepší ovčácký pes, ovce ji poslouchají víc než mě",
        "O meu Tejo, cão de gado transmontano, a vigiar o rebanho",
    ],
)
def test_own_farm_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a tasting at another's vineyard, a dog breed, a leg's calves, a pet goat
        "Dégustation de vins chez un vigneron 🍇",
        "Mon frère a adopté un berger australien",
        "Day 3 in Lisbon and my calves have filed a formal complaint about the hills",
        "Moje kozy dnes utekly k sousedovi. Zase.",
        # a postman's round with the farms' dogs: no first-person herding dog
        "Our postie Dave retired today. Half the valley came, sheepdogs and all",
        # a meeting of the council, the village or a club: no job
        "Parish council meeting tonight. The bench by the pond needs a consultation",
        "Réunion du conseil municipal hier soir: trois heures pour la couleur des bancs",
        "Gisteravond de jaarvergadering van de ijsclub, twee uur over de kantine",
        "Gestern Bürgerversammlung im Gemeinderat, Sitzung bis Mitternacht",
        "Zebranie wiejskie w świetlicy, sołtys znowu o drodze",
        "Köy toplantısı yine kavgayla bitti",
    ],
)
def test_no_farm_work(caption):
    assert "work" not in caption_signals(caption)


def test_country_said_opens_the_gate():
    assert country_said(fold("Kein Urlaub heuer, die Kühe fahren nicht in den Süden"))
    assert not country_said(fold("Kein Urlaub heuer, wir bleiben daheim"))


@pytest.mark.parametrize(
    "caption",
    [
        # the village school closed, saved or kept open; the school of one's childhood; a reunion
        "Wow what a turnout to save the village school, 300 signatures handed in",
        "Aquí se cerró la escuela, luego el consultorio, luego el banco",
        "Que saudades da minha escola primária em Resende",
        "Hoera, de dorpsschool blijft open!",
        "Köyde kimse kalmadı, okulumuz kapandı",
        "Cena della classe del '59: a scuola eravamo 34",
        "Zjazd absolwentów technikum po 50 latach",
        "Gestern Klassentreffen in der alten Schule, 40 Jahre danach",
    ],
)
def test_village_school_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own or their child's school days still are
        "Primer día de escuela para nuestro Mateo 🎒",
        "Náš Vašík dnes poprvé do školy 🎒",
        "Erster Schultag für unsere Mia in der Dorfschule 🎒",
    ],
)
def test_own_school_day_stays(caption):
    assert "school" in caption_signals(caption)
