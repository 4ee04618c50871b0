"""The label guide's ruling on Work read by the rules (caption_business.ruled_work): a colleague's
news told by the owner says the owner has colleagues, and the owner's life as a pensioner is
their retirement; the colleague's own event stays theirs."""

import pytest

from exposure.infer.caption_business import ruled_work
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a colleague's news, whoever's event it is
        "Meine Kollegin ist schwanger, wir freuen uns so",
        "Kollege ist Papa geworden, Kuchen im Pausenraum",
        "Kolegyně porodila holčičku, posíláme dupačky",
        "kolega onemocněl, takže dneska makám za dva",
        "Ma collègue part en congé maternité, on lui a fait un pot",
        "O meu colega vai ser pai, fizemos vaquinha",
        "Collega is vader geworden, we hebben beschuit met muisjes gegeten",
        "Un collega si è trasferito in Germania, ci mancherà",
        "İş arkadaşım nişanlandı, bütün ofis çikolata yedi",
        "Meslektaşım Ayşe Hanım'ın kızı hekim oldu",
        "Koleżanka z biurka obok jest w 8 miesiącu",
        "El bebé de mi compañera de trabajo es lo más lindo del mundo",
        # the owner's life as a pensioner
        "Ich hab gar keine Elternzeit genommen, ich bin Rentner.",
        "Po 40 letech v dole jsem v důchodu. Kamarádi z šachty, díky",
        "Emekliliğin 5. yılı, sabahları çay kedim ve ben",
        "Un buon caffè e la Gazzetta, questa è la mia pensione",
        "Participei da audiência pública. Aposentada mas não calada ✊",
        "En la manifestacion por las pensiones dignas, aqui seguimos los jubilados ✊",
        "Kein Urlaub dieses Jahr, die Rente reicht nicht. Balkonien it is",
        "Výlet do Kutné Hory s klubem důchodců, chrám je nádherný",
        "Jaka piękna ta katedra! Wycieczka z kołem emerytów",
        "leafleting in the rain for the council elections, who says retirement is boring",
    ],
)
def test_a_colleague_or_a_pensioners_life_is_the_owners_work(caption):
    assert ruled_work(caption) is not None
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's colleague, a former one, a classmate, a roommate, a meme's
        "De collega's van mijn man gaan op teamuitje naar Ibiza",
        "Il collega di mio marito ha un cane che porta in ufficio",
        "Die Kollegin meines Mannes ist schwanger",
        "Il mio ex collega ha finito Ingegneria a 38 anni",
        "La mia amica si è fidanzata con il suo collega di banco del liceo",
        "Minha colega de quarto vai casar e eu sou a madrinha",
        "Mój kolega z podstawówki otworzył restaurację w Berlinie",
        "Kolega z wojska zadzwonił po 40 latach",
        "Wanneer de collega vraagt 'even sparren?' om 16:55",
        "fútbol y birras con los colegas",
        # another's retirement, a wish, a figure
        "mis papás se mudaron a la casa de la playa, ya jubilados",
        "Annemle babam Antalya'ya taşındı, emekli hayatı sahilde",
        "Kiedyś, jak będę na emeryturze, kupię domek na Mazurach",
        "helped Tom move his sofa up 4 flights, my back has retired",
    ],
)
def test_no_colleague_and_no_pension_of_the_owner(caption):
    assert ruled_work(caption) is None
