"""The owner's manual trade told as tradespeople, drivers and manual workers tell it
(caption_trades), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a trade's name or its years said of the owner
        "Seit heute im Gemeinderat 🙌 Danke an alle, die mich gewählt haben. Als Dachdecker bin "
        "ich Höhe gewohnt, aber abheben werd ich trotzdem nicht",
        "Candidat sur la liste municipale de mon village 🗳️ artisan plombier depuis 20 ans, je "
        "connais chaque tuyau de la commune 😂",
        "15 años casados 💍 gracias por aguantar mis ronquidos y mis horarios de taxista",
        "Il candidato sindaco sono io 😅 Lista civica, idraulico da 25 anni, conosco ogni tubo",
        "Huis gekocht in Gent! 🏡 Nu nog verbouwen, allez, gelukkig ben ik schrijnwerker",
        "Fisio otra vez por la espalda, 20 años de reparto en furgoneta se notan 📦",
        "Weer naar de fysio voor mijn schouder. Twintig jaar plafonds stucen, dat merk je 💪",
        "Belim yine tuttu, fizik tedaviye başladım. 20 yıl inşaat, kolay değil 😩",
        "42 yaşındayım, 20 yıldır tır şoförüyüm, gece gündüz yoldayım",
        # the trade named bare in its plight beside the owner's own injury
        "Fisioterapia per la spalla, settimana 4. Un muratore senza spalla è come una pizza "
        "senza mozzarella 😩",
        "Operado ao ombro ontem no Santa Maria, 6 semanas sem pegar em nada 😤 um eletricista de "
        "braço ao peito é um homem inútil",
        "Operacja przepukliny za mną, tydzień L4 i zakaz dźwigania. Hydraulik bez dźwigania 🤷‍♂️",
        "Zase fyzioterapie kvůli rameni. Obkladač bez ramene je k ničemu 😩",
        "Knieën weer. Vandaag fysio nummer 8. Stratenmakers worden niet oud op hun knieën",
        # the workmates by the trade's place, a trade's tag
        "Grigliata e vino rosso con i ragazzi del cantiere 🍷🔥",
        "Pivko na zahrádce s partou z dílny 🍻",
        "Fim de semana em Sevilha com a malta da oficina 🇪🇸🍻",
        "Weekendje Antwerpen met de meiden van de salon 🇧🇪💇‍♀️",
        "Tendinite au coude à force de visser au plafond. Kiné deux fois par semaine 😩 #plaquiste",
        "Bad fertig gefliest in Bielefeld 🛁 Großformat 120x60 #fliesenleger #handwerk",
        # the owner's day up on the site, the roof or the scaffold
        "Un petit rosé en terrasse après une journée à 35° sur le toit 🍷☀️",
        "Feierabendbier aufm Gerüst 🍺 #freitag",
        "Operado del menisco, dos meses sin subir a un andamio 😤",
        "Tea and a bacon butty before the 5am start at the yard ☕",
        # a trade's licence (caption_students reads it), the driving, the customers
        "Carta de pesados tirada à primeira 🚚💪",
        "Prawo jazdy kat. C+E zdane za pierwszym razem 🚛💪",
        "Řidičák na kamion v kapse 🚛 od příštího měsíce jezdím pro spedici",
        "Rijbewijs C gehaald 🚛 volgende week mijn eerste rit voor het transportbedrijf",
        "Hallway, stairs and landing done. Farrow & Ball Hague Blue, customer's choice not mine 😬",
        "Ósmy miesiąc i nadal strzyżę klientów 💇‍♀️🤰",
    ],
)
def test_trade_told_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a driver named bare is the designated one; a customer's or a relative's trade
        "Nie piję, jestem kierowcą. Sok jabłkowy poproszę",
        "Nealko pivo, jsem řidič",
        "Alkolsüz bira, şoförüm",
        "het carnavalsbier vloeide rijkelijk, maar niet bij mij, ik ben de chauffeur",
        "no io non bevo, faccio l'autista stasera 🚗",
        "Kuaförüm hamile, maşallah",
        "Ağabeyim 1968'de Almanya'ya gitti, işçi olarak",
        "Fastenzeit ernst genommen: kein Fleisch bis Ostern. Als Metzgerstochter eine echte Prüfung",
        "Mijn neef heeft zijn rijbewijs C gehaald 🚛",
        # a trade named bare with no illness of the owner's
        "Un muratore senza spalla non si è mai visto, diceva il nonno",
        "A plumber without a van turned up to fix the sink, bless him",
        # a roof or a scaffold that is no day's work
        "Drinks on the roof terrace for Sophie's birthday 🍸",
        "Cena sul tetto di Roma, che vista 🌇",
        # a house's years of works, a question
        "Os meus sogros finalmente acabaram a casa na aldeia, 20 anos de obras",
        "¿Alguien ha hecho el curso de carretillero en Zaragoza? ¿Merece la pena?",
    ],
)
def test_no_trade_of_the_owner(caption):
    assert "work" not in caption_signals(caption)
