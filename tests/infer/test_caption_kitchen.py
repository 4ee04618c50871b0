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
