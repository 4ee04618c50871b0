"""An academic's work away, teaching and thesis, as researchers and doctoral students tell them
(caption_plans' academic events, caption_school's teaching, the lexicon's thesis words), read by
the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a colloquium, a workshop or a congress named with its place, after it or before it
        "Colloque à Lyon demain, j'ai fini mes slides dans le train",
        "Al congreso de Valencia con el póster bajo el brazo, deseadme suerte",
        "Aperitivo dopo il convegno di Bologna, finalmente si parla d'altro",
        "Biertje in Utrecht na de workshop, morgen weer terug",
        "Berlin'deki workshop bitti, şimdi biraz dinlenme zamanı",
        # fieldwork, a research stay, a visiting post, an archive abroad
        "Trabajo de campo en Chiapas, semana 2. Sin luz desde el martes",
        "Trabalho de campo no Pantanal, dia 4. Muito calor e zero sinal",
        "Estancia de investigación en Lisboa, dos meses entre legajos",
        "Visiting a Cambridge per un semestre, la pioggia è come me l'aspettavo",
        "Veldwerk in Ghana, dag 3. Geen bereik, wel veel stof",
        "Kwerenda w archiwum w Pradze, trzeci dzień w rękawiczkach",
        "Viyana'da misafir araştırmacıyım, iki ay. Kahveler harika",
    ],
)
def test_academic_away_is_travel(caption):
    assert "travel" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's thesis, told without the word school
        "Escribiendo la conclusión de la tesis con el tercer café del día",
        "Revisando o capítulo da tese pela quinta vez, socorro",
        "Terzo capitolo della tesi finito, adesso si dorme",
        "Disertace: kapitola 4 hotová, motivace nulová",
        "Tez bölümümü danışmanıma gönderdim, şimdi bekleyiş",
        "Mijn scriptie staat eindelijk op papier, nog even nakijken op typfouten",
        "Meine Doktorarbeit wächst, mein Kaffeekonsum auch",
        # a throwback to the owner's own year abroad (the guide's Memories ruling)
        "#tbt Erasmus in Bologna, 2012. Wat een jaar",
    ],
)
def test_thesis_is_school(caption):
    assert "school" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner teaching: the university is the workplace, no schooling
        "In meiner Vorlesung schlief heute die halbe erste Reihe",
        "Je corrige les copies de partiels depuis ce matin, au secours",
        "Corrigiendo exámenes con la radio puesta, quedan 80",
        "Dando aula pra 90 calouros às 8h, o café não dá conta",
        "Vandaag gaf ik weer college voor 250 eerstejaars",
        "Prowadzę zajęcia z kaszlem, studenci są wyrozumiali",
        "Student mi napsal v neděli v noci, jestli zítra bude zkouška",
        "Derslerimi bu hafta online vereceğim, sesim yok",
        # a relative's language course is theirs
        "Mi madre se ha apuntado a clases de inglés a los 72, qué crack",
        "Mon père s'est inscrit à un cours d'italien, il parle avec les mains maintenant",
    ],
)
def test_teaching_and_others_courses_are_no_school(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a conference call or a webinar is no journey; the workshop of others named first
        "Conference call from the kitchen table again, no travel this year",
        "Les collègues partent en colloque à Lyon, moi je garde le labo",
        # a workshop in a room, the congress a petition goes to, a place before the event
        "Workshop in der Aula heute, Kaffee war leider kalt",
        "Lo llevamos al Congreso el mes que viene, ya tenemos 3.000 firmas",
        "La mia vicina fa il dottorato a Pisa, io le annaffio le piante quando va ai convegni",
    ],
)
def test_no_journey(caption):
    assert "travel" not in caption_signals(caption)
