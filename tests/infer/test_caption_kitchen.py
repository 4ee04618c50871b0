"""The owner's food and drink trade told by its acts (caption_kitchen), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner named by a food or drink trade in the first person
        "Ich trinke keinen Alkohol mehr und bin trotzdem Sommelière. Ja, das geht.",
        "Incinta di 5 mesi e voglio solo pane e Nutella. Da pasticciera, mi vergogno un po'",
        "Mijn vrouw wil elke avond pannenkoeken. Ik ben kok, ik klaag niet",
        "Doktor říká žádné smažené. Já jsem kuchařka v řízkárně. Ironie osudu",
        "Şeker hastası olduk, tatlıcı olarak kaderin cilvesi",
        "Rakı balık, esnaf arkadaşlarla haftanın yorgunluğunu attık",
        "Je suis serveuse et ce soir toute la salle chantait pour un anniversaire",
        # the trade's back rooms, service and counter as the owner's
        "Our Alfie has eaten an entire brioche off the pass. Labradors have no shame",
        "Stitches out! Mandoline 1, thumb 0. Back on the line Monday",
        "Voor de service nog snel een espresso, en dan met de hele brigade aan de slag",
        "Zwei Wochen nicht geschlafen, der Kleine zahnt. Trotzdem um 5 in der Backstube.",
        "Cañita después de cerrar. El mejor momento del día",
        "Trovate il modulo per il referendum sul bancone del bar",
        "25 jaar getrouwd en nog steeds samen achter de toog",
        "Iedereen aan de bar heeft een mening over het kabinet. Ik tap gewoon",
        "V hospodě se zase řeší vláda, já jen čepuju",
        "Grzaniec na jarmarku po zamknięciu budki. Ręce zmarznięte",
        "Gün boyu mutfakta oruçlu çalıştım, akşam ilk çorba gibisi yok",
    ],
)
def test_the_owners_food_trade_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a home cook, a visited restaurant, a relative's or a friend's trade
        "I'm a terrible cook, so takeaway again tonight",
        "Mon filleul commence lundi, commis dans un bistrot à Montmartre",
        "Cena in trattoria con gli amici, il cuoco è un genio",
        "Mein Bruder ist Koch und hat heute für uns alle gekocht",
        "Wir waren im Restaurant essen, der Service war super",
        "Fui ao café do bairro e pedi um galão no balcão",
        "Byli jsme na večeři v nové restauraci, kuchař přišel pozdravit",
        "Kuzenim aşçı olmak istiyor, ona bıçak aldım",
        # a church's service, the regulars' pub, a party's stall, a trade's diploma
        "Potluck after service, Pastor Mike's chili could heal nations",
        "Vyhráli jsme kvíz v naší hospodě díky otázce o Karlu Gottovi",
        "Flyeren op de markt voor de verkiezingen, kom langs bij onze kraam!",
        "Mi cuñado busca trabajo de camarero, si sabéis de algo avisad",
        "Fancy dress party tonight and I'm a chef for halloween",
    ],
)
def test_no_trade_of_the_owners(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a hospitality job told by its service: the drinks served, the shift, covers, check-ins
        "Zwölf Maß auf einmal trag ich jetzt, die Arme brennen #bedienung",
        "Sábado de locos: llevando cañas a los guiris hasta las dos de la mañana",
        "Ogni sera porto birre ai turisti in Piazza Navona, i piedi non ci sono più",
        "Nosím pivo turistům na Staromáku od jara, v září konečně volno",
        "Tak se to čepuje, hladinka, pane. Kdo chce bez pěny, ať si nalije doma",
        "Walk-ins at 9:55 again, and the kitchen closes at 10",
        "Service du midi puis service du soir, mes pieds sont en compote",
        "Fim de turno à meia-noite, a esplanada finalmente vazia",
        "Oggi 45 check-in prima delle dieci, la reception sembrava un aeroporto",
        "Cała zmiana zrzuciła się na tort dla szefowej sali",
        "Snídaně pro 150 lidí a pak ještě pokoje ve třetím patře",
        "Sabah beşte kahvaltı büfesinde, akşam yine aynı koşturma",
        "Ik schenk de hele avond wijn aan de gasten op het terras",
        # the season worked
        "Packed the car and off for the winter season in Verbier, seasonal job sorted",
        "Ab Montag wohne ich für die Saison auf Rügen, Zimmer im Personalhaus",
        "Je suis saisonnière à Chamonix pour la troisième année",
        "Otro verano de fijo discontinuo en la costa, maleta hecha",
        "Noi stagionali alle due di notte, ancora in spiaggia dopo la chiusura",
        "Sezona gitmeme bir hafta kaldı, bavul yine hazır",
        # the years at the trade's bar, stove or trays, or the return to it
        "Nine years behind this bar and tonight a regular proposed to his girlfriend at stool 3",
        "Schulter kaputt. Dreißig Jahre Pizzaofen, das merkt man",
        "Vingt ans à porter des plateaux, mes épaules ne suivent plus",
        "Bone news from the doctor: I can hold a knife again next week",
        "Il gesso è tolto, torno ai fornelli lunedì!",
        "Po 15 latach w piekarni ręce mam jak z kamienia",
        "Ruka srostla, od pondělí zpátky k plotně",
        "Alçı çıktı, yarın mutfağa dönüyorum",
    ],
)
def test_a_hospitality_job_told_by_its_acts_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a guest's evening, a volunteer's fair, a football season, a job advert shared
        "Dinner for two at the new place on the corner, the waiter was lovely",
        "Galatasaray yine kaybetti, bu sezon bitsin artık",
        "Zatrudnię kucharza na sezon w Zakopanem, to knajpa kuzyna, ja tylko udostępniam",
        "Oliebollen bakken en de hele keuken stinkt",
        "Scatoloni ovunque, devo ancora impacchettare tutta la cucina",
        "Štamgasti koukaj, jako bych jim sedl na židli. Desítka a klid",
    ],
)
def test_no_hospitality_job_of_the_owners(caption):
    assert "work" not in caption_signals(caption)
