"""Stop 55's readings of LGBTQ+ people and their families' captions, read by the rules: a Pride
march gone to (caption_politics' `pride_said` and the politics lexicon), a prayer asked for the
owner themself (the `crossed` and `prayers_for` cues' `unless`), the owner's own show tonight
(caption_gigs), insemination as a treatment (the health lexicon) and a treatment or a wedding
abroad because the law at home forbids it (caption_places' `journey`)."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a Pride march gone to, told by its title, its year or as where the owner was
        "Pride in London yesterday, glitter everywhere and no voice left 🏳️‍🌈",
        "At Pride with the girls, sunburnt and happy 🏳️‍🌈",
        "CSD Berlin 2023 🏳️‍🌈 wir waren tausende",
        "Marche des fiertés à Lyon, on a chanté tout le long 🏳️‍🌈",
        "Marcha del Orgullo con mis amigas, sin voz otra vez",
        "Bologna Pride 🌈 sotto il sole con tutta la compagnia",
        "Marcha do Orgulho no Porto, que calor 🏳️‍🌈",
        "Parada Równości w Krakowie, zdarte gardło 🏳️‍🌈",
        "Onur Yürüyüşündeydik, yine gaz yedik 🏳️‍🌈",
    ],
)
def test_pride_march_is_politics(caption):
    assert "politics" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a greeting, the word's other sense, a march watched from the window
        "Happy Pride to all my friends 🏳️‍🌈",
        "Buon Pride a tutte e tutti 🌈",
        "My nan's old clock has pride of place in the hall",
        "Pride-Gottesdienst in der Kirche, ich hab geweint",
        "La marcha del orgullo pasó por mi calle, la vi desde el balcón con un café",
    ],
)
def test_no_pride_march_of_the_owner(caption):
    assert "politics" not in caption_signals(caption)


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # a prayer asked for the owner themself: the owner's own fast or illness stays theirs
        ("Carême : pas de bière jusqu'à Pâques. Priez pour moi 🙃", "religion"),
        ("Quaresima: niente dolci fino a Pasqua. Pregate per me 🙃", "religion"),
        ("Wielki Post: zero słodyczy do Wielkanocy. Módlcie się za mnie", "religion"),
        ("Postní doba: žádné sladkosti do Velikonoc. Modlete se za mě", "religion"),
        ("Amanhã tenho cirurgia ao ombro, rezem por mim 🙏", "health"),
        # the owner's own show tonight
        ("Esta noche actúo en la sala Clamores, venid 👑", "work"),
        ("Stasera mi esibisco al Toilet Club, venite tutti 👑", "work"),
        ("Dziś występuję w klubie Lodołamacz, wpadajcie", "work"),
        ("Dnes vystupuju v Termixu, doražte 👑", "work"),
        ("Hoje sou eu que abro o show no Finalmente 👑", "work"),
        ("Gestern stand ich auf der Bühne als Miss Brezel 💋", "work"),
        # insemination, a fertility treatment
        ("Deuxième insémination demain à la clinique 🤞", "health"),
        ("IUI nummer 2 morgen, duimen!", "health"),
        ("Inseminace číslo dvě, držte palce 🤞", "health"),
        # a treatment or a wedding abroad because the law at home forbids it: a trip
        ("Inseminazione a Valencia 🤞 in Italia non si può", "travel"),
        ("Druga inseminacja w Czechach, w Polsce nie wolno 🤞", "travel"),
        ("Brali jsme se v Kodani, protože tady to nešlo 💕", "travel"),
    ],
)
def test_the_owners_own(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # a joke prayer stays no practice; a prayer for a relative is no illness of the owner's
        ("Priez pour moi, la belle-mère arrive lundi 😅", "religion"),
        ("Módlcie się za mnie, teściowa przyjeżdża 😂", "religion"),
        ("Pregate per mia zia, domani la operano 🙏", "health"),
        # a pregnancy after insemination is pregnancy, not a treatment
        ("Positiver Test!! Nach zwei Inseminationen, ich zittere", "health"),
        # a show seen, not given
        ("c'est moi qui ouvre la porte aux invités ce soir", "work"),
    ],
)
def test_not_the_owners(caption, signal):
    assert signal not in caption_signals(caption)
