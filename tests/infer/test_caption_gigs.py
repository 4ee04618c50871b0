"""A performer's, artist's or maker's trade told by its acts (caption_gigs), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a soundcheck, a gig, a tour, an album, an exhibition, a client of the owner's own
        "Soundcheck done, doors at 7. Leeds, you ready?? 🥁",
        "Post-gig pint, we earned this one 🍺",
        "Wir erwarten Nachwuchs 🤍 Termin im Oktober, zwischen zwei Touren perfekt getimt 😅",
        "Bandscheibenvorfall. Drei Wochen keine Gigs. Ich dreh durch.",
        "Enceinte de 5 mois et toujours derrière les platines le samedi soir 🎧",
        "Ramadán: el iftar en la furgo entre prueba de sonido y bolo 🌙",
        "Grávida de 6 meses e a gravar o álbum novo 🤰🎶",
        "Ultima data del tour con il pancione di 7 mesi 🤰🎸",
        "Tien jaar geleden stond ik op dit podium met mijn eerste bandje",
        "Piwo po premierze z całą obsadą 🍻 udało się!",
        "Dnes jsme byli s kapelou na demonstraci proti škrtům v kultuře",
        "Geçen hafta sergimde yaşlı bir adam bir tablonun önünde durdu",
        # the owner's own sponsored post: its tag and a code of theirs
        "#ad my morning coffee pods, code KELLY15 for 15% off, link in bio",
        "#publi He usado la crema de @pielsana y me ha ayudado. Código LAURA10 en su web",
        # the ruling on Work away: a paid post named so first is still the owner's own
        "sponsored: move house stress-free with @PackPro, code MOVE20 #ad",
    ],
)
def test_a_trade_told_by_its_acts_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner in the audience, a hobby, a photo album, a stag trip
        "Front row for the band tonight, soundcheck was audible from the queue",
        "Fomos ver o concerto, os meus concertos favoritos do ano",
        "Bolo de fubá da tarde",
        "Belediye konser salonunda koro konserimiz: ilk bölümde Itri",
        "Svatba na statku u rodičů, za stodolou, s kapelou z vesnice 💍",
        "Bugün nişan albümümüz geldi ve düğün tarihimiz belli oldu",
        "Lads on tour: Prague stag, 4 pints deep by noon 🍺",
        "pregnancy announcements on my feed every single day",
    ],
)
def test_no_trade_of_the_owners(caption):
    assert "work" not in caption_signals(caption)
