"""The owner's trips told by their acts where no travel word counts (caption_journeys): an
airport's gate or a route of airport codes, a later day of a stay, skiing at a place, a stay long
ago, a place longed back to; read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # boarding: a gate, a terminal, two airports' codes joined by an arrow
        "Gate C17, coffee in hand, phone on 4%",
        "Puerta A9, el embarque ya lleva media hora de retraso",
        "gate D4, tot ziens regen",
        "LHR → NRT 🇯🇵",
        "MAD → LIM, doce horas por delante",
        # a later day of a stay in a named place
        "Second day in Kraków and my feet already hate me",
        "Cuarto día en Cusco y ya me acostumbré a la altura",
        "Terzo giorno in Puglia, ho mangiato solo orecchiette",
        "Quarto dia em Florianópolis e não quero ir embora",
        # skiing at a named place
        "First time skiing in Zermatt, fell over eleven times",
        "Semaine de ski à Tignes, les cuisses en feu",
        "Skifahren in Sölden, Sonne pur",
        # a stay long ago, in the owner's own words
        "Five years ago today we were in Marrakech, I still dream of that mint tea",
        "Hace tres años estuvimos en Lima, qué ceviche",
        "Vor zehn Jahren waren wir in Lissabon, die Fotos sind so unscharf",
        "İki yıl önce Roma'daydık, o dondurmayı unutamıyorum",
        # a place longed back to
        "Take me back to Mykonos 😭",
        "Ramenez-moi à Essaouira, s'il vous plaît",
    ],
)
def test_journey_told_by_its_acts(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a gate with no letter is a car park's or a stadium's; an airport worker's gate is work
        "Meet you at gate 3 of the stadium, kick off at 8",
        # a move's arrow between two cities stays a move
        "Umzug Bremen → Leipzig, die Katze hasst mich",
        # a first or last day is a job's or a move's, a day in a row no stay
        "Tweede dag in Folkingestraat gewerkt, nieuwe collega's zijn top",
        "Ultimo giorno a Torino, domani trasloco a Genova",
        "Der Zug fällt aus. Vierter Tag in Folge.",
        # someone else's stay long ago; one wished for; a wedding's place long ago
        "Mein Onkel: vor zwanzig Jahren war er in Kanada",
        "Take me back to Iceland 😩 (never been, a girl can dream)",
        "Nasza rocznica. 25 lat temu w Kaliszu, lało jak z cebra",
        # a school trip of the owner's child or sibling is theirs
        "Klassenfahrt nach Berlin für meine Tochter, das Haus ist so leise",
        "School trip to Paris for my son, four days of no texts",
        "Viaje de estudios a Londres de mi hija, yo sin dormir",
        "Wycieczka szkolna do Gdańska, syn dzwoni tylko po kasę",
        # a proposal's place is no trip where no journey is told
        "Ze zei ja! Drie jaar geleden in Maastricht, op de brug",
    ],
)
def test_no_journey_of_the_owner(caption):
    assert "travel" not in caption_signals(caption)
