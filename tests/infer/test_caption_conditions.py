"""A chronic illness or a disability told as people tell it (the lexicon's `health` words and
caption_conditions), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the condition by its name or its abbreviation, its flare, its treatment, its aid
        "Crohn's playing up again, sofa and hot water bottle kind of day",
        "Seizure free for 2 years today!! #epilepsy",
        "Hypo at 4am, jelly babies, back to bed. Type 1 life #T1D",
        "Humira injection night, the glamour never ends",
        "Zwei Schübe dieses Jahr, aber heute wieder auf den Beinen",
        "Rheuma-Tag. Wärmflasche und Tee",
        "Ma SEP m'a laissée tranquille cette semaine, on en profite",
        "Grosse poussée de polyarthrite, les doigts raides",
        "Otro brote, vuelta a los corticoides",
        "Con la fibromialgia hoy no salgo de casa",
        "Dia de infusão, trouxe o livro e a manta",
        "Un'altra ricaduta, ma la neurologa dice che passerà",
        "Met de MS gaat het deze maand redelijk",
        "Kolejny rzut SM, znowu sterydy",
        "Mám RS už deset let a pořád lezu po horách",
        "MS ataklarım bu yıl biraz daha seyrek",
        # an aid the owner uses, an adapted home
        "Weekendje Veluwe met de scootmobiel over de heide",
        "Première sortie en fauteuil au marché, les pavés ont gagné",
        "Dziś w Krakowie na wózku po Rynku, bruk mnie nienawidzi",
        "Na vozíku až na vyhlídku, díky tátovi",
        "Bastonumla Safranbolu'nun yokuşlarında, ağır ağır ama keyifle",
        "Por fin piso adaptado: puertas anchas y plato de ducha",
    ],
)
def test_a_condition_told_is_health(caption):
    assert "health" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a cause's day or walk for someone else's condition
        "Epilepsy awareness day 💜 wearing purple for my cousin Ben",
        "Sponsored walk for Diabetes UK done, thank you for every donation",
        "Giornata mondiale dell'autismo 💙",
        "Journée mondiale de l'épilepsie, tout en violet aujourd'hui",
        "Welt-MS-Tag: Spendenlauf für die DMSG, 10 km geschafft",
        "Día mundial de la fibromialgia, un abrazo a todas",
        # a stranger's aid seen
        "Saw a man in a power chair wait 20 minutes for the ramp at the station",
        "Une dame en fauteuil attendait l'ascenseur depuis une heure à la gare",
        "Uma senhora de cadeira de rodas ficou presa na porta do metro",
        # a lens flare, a growth spurt, a fit of laughter
        "Golden hour lens flare over the lake",
        "Poussée de croissance, il mange comme quatre",
        "Záchvat smíchu u večeře, nemohli jsme přestat",
    ],
)
def test_a_condition_not_the_owners_is_no_health(caption):
    assert "health" not in caption_signals(caption)
