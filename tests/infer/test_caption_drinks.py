"""Whose drink a caption names, and whether it is drunk (alcohol48, `caption_drinks`): a drink
the owner refuses, hears of, wishes for or lists on a bar's menu is no drinking of the owner's;
the owner's toast to others and a drink by a regional name are; the owner who says they drank,
or took a small glass "but" this once, still drinks, and a guest's glass at a wedding is drunk; a
drink the owner serves, taps or carries to others is their work (bar53), not their drinking."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


ABSTAINS = [
    ("Je ne bois jamais d'alcool, mais j'adore l'ambiance des bars à vin", "fr never"),
    (
        "Ik drink al drie jaar niet meer, maar het bier op het terras ruikt nog steeds goed",
        "nl no more",
    ),
    ("Ben içki içmem, rakı masasında da ayran içerim", "tr never"),
    ("Meu médico proibiu a cerveja. Agora só guaraná", "pt a doctor's ban"),
    ("Basta vino per me, lo dice il cardiologo", "it no more wine"),
    ("Hody v Kyjově, kroje a víno. Jen jsem koukala, řídila jsem", "cs the driver"),
    ("Tapas y vino con las amigas, yo no bebo pero qué risas", "es I don't drink"),
    ("Ich trinke seit Jahren keinen Wein mehr, aber das Weinfest mag ich", "de not for years"),
]

HEARSAY = [
    ("Dicen que el vino es bueno para el corazón. Mi cuñado estará sanísimo", "es they say"),
    ("Ouvi dizer que o vinho tinto faz bem ao coração", "pt I heard"),
    ("Si dice che il vino di quest'anno sarà ottimo 🍷", "it it is said"),
    ("On dit que la bière belge est la meilleure du monde", "fr they say"),
    ("Kdyby se někdo ptal, pivo je taky jídlo", "cs if anyone asks"),
]

WISH = [
    ("Un jour, je ferai la route des vins d'Alsace à vélo", "fr one day"),
    ("Marzę o podróży do Gruzji. Chaczapuri, wino, góry", "pl a dream"),
    ("One day I'll do a whisky tour of Scotland", "en one day"),
    ("Sueño con una vendimia en La Rioja y mucho vino", "es a dream"),
]

VENUE = [
    (
        "Znajomy sommelier otworzył winiarnię na Pradze, świetne wina z Moraw",
        "pl a friend's wine bar",
    ),
    ("Kamarád otevřel vinárnu ve Valticích, má tam skvělý víno", "cs a friend's wine bar"),
    ("Kadıköy'de bir arkadaşım yeni bir meyhane açtı. Rakı, balık, fasıl", "tr a friend's tavern"),
    (
        "Il vecchio Gigi chiude l'osteria dopo 52 anni, niente più bicchiere di rosso",
        "it an inn shut",
    ),
    ("O meu amigo Rui vai abrir uma tasca no Bairro Alto, com ginjinha", "pt a tavern to open"),
]

SERVED = [  # the drinks the owner serves, taps, carries or lists are their work (bar53)
    ("Zehn Maß auf einmal trag ich inzwischen im Schlaf 🍺 #bedienung", "de steins carried"),
    ("Nosím pivo turistům do půlnoci, zítra zkouška", "cs beer carried to tourists"),
    ("Ik schenk de hele avond wijn aan de gasten op het terras", "nl wine poured for guests"),
    ("Hab dem Hochzeitspaar einen Sekt aufs Zimmer geschickt 🥂", "de a glass sent to a room"),
    ("O chefe já me deu a carta de vinhos para refazer 🍷", "pt the wine list to rewrite"),
    ("15 lat dźwigania skrzynek z piwem i kręgosłup mówi dość", "pl crates of beer lifted"),
    ("Gece 2'ye kadar meyhanede tepsi taşıyorum, yarın sınav var", "tr trays in a tavern"),
]

STILL_DRANK = [  # the owner's own drink after the shift
    ("Post-shift pint with the kitchen lads 🍺", "en a pint after the shift"),
    ("Nach der Schicht ein Helles im Biergarten 🍺", "de a beer after the shift"),
    ("Nosím pivo turistům celý den, a večer jsme pili víno na terase", "cs we drank"),
]

COUPLES = [  # a toast raised to someone else's couple is the owner's drink (ruling on drinks)
    ("Raise a glass to the happy couple! 🥂", "en the happy couple"),
    ("Brindamos por los novios 🥂", "es the bride and groom"),
    ("Um brinde aos noivos! 🥂", "pt the bride and groom"),
    ("Brindiamo agli sposi! 🥂", "it the newlyweds"),
]

TOASTS = [
    ("Brindamos por los que ya no están 🥂", "es a toast to the absent"),
    ("Proost op het pensioen van collega Henk! 🍻", "nl a toast to a colleague"),
    ("Wznieśliśmy toast za jego zdrowie, nalewka z aronii", "pl a toast to him"),
    ("Pints with the old crew, raise a glass to Tommy and Stan 🍺", "en a toast to friends"),
    ("Prost auf Oma, 90! 🥂", "de a toast to grandma"),
    ("Um brinde aos 12 anos do nosso sim 🥂", "pt a toast to an anniversary"),
]

NAMED = [
    ("Wakacje w Grecji! Ouzo i morze", "pl ouzo"),
    ("Madeira: levadas, poncha e um voo com turbulência", "pt poncha"),
    ("Un petit verre de chouchen avec mon grand-père", "fr chouchen"),
    ("Barbera con gli amici al circolo", "it barbera"),
    ("Midilli'ye gittik, uzo ve ahtapot", "tr uzo"),
]

STILL_DRINKS = [
    ("No bebo desde que nació la niña, pero hoy una copita de cava", "es but a small glass"),
    ("Il medico mi ha vietato il vino ma una goccia a Natale non fa male", "it but a drop"),
    ("Wesele kuzynki, a ja po trzeciej wódce tańczę", "pl a cousin's wedding: the guest drinks"),
    (
        "Il matrimonio di Giulia e Fabio, vino e cantucci, e ho bevuto più di quanto dovrei",
        "it I drank",
    ),
    ("Svatba kamaráda, celou noc jsme pili víno", "cs we drank"),
    ("Dicen que el vino es bueno para el corazón, así que bebimos dos botellas", "es we drank"),
    ("Wine tasting in the Douro with the girls 🍷", "en a tasting"),
    ("Pub quiz night, two pints and we came third 🍺", "en pints"),
    ("Cañas con los compañeros después del turno", "es beers after work"),
]


@pytest.mark.parametrize("caption, why", ABSTAINS + HEARSAY + WISH + VENUE + SERVED)
def test_a_drink_the_owner_does_not_drink_is_no_alcohol(caption, why):
    assert "alcohol" not in caption_signals(caption), why


@pytest.mark.parametrize("caption, why", TOASTS + NAMED + COUPLES)
def test_a_toast_of_the_owners_or_a_drink_by_its_name_is_alcohol(caption, why):
    assert "alcohol" in caption_signals(caption), why


@pytest.mark.parametrize("caption, why", STILL_DRINKS + STILL_DRANK)
def test_the_owner_who_drinks_still_drinks(caption, why):
    assert "alcohol" in caption_signals(caption), why
