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


@pytest.mark.parametrize(
    "caption",
    [
        # a flare or a relapse named by its word, hospital stays counted
        "Ya lo pensaremos cuando se me pase el brote",
        "Gracias por cuidarme en cada brote",
        "Nach dem dritten Schub hat die Firma umstrukturiert",
        "Thesis handed in: 4 years, 3 hospital stays, one very patient supervisor",
        "Abi mit 2,1 trotz zwei Krankenhausaufenthalten",
        # a treatment by its thing or its rhythm: an insulin pen, a heart monitor, a splint, rehab
        "Ring in der Jackentasche neben meinem Insulinpen",
        "Met mijn hartmonitor nog op mijn borst naar het feest",
        "Y yo con la férula de la muñeca en todas las fotos",
        "Dopo 14 mesi di riabilitazione ho ripreso la mia Panda",
        "Twelve years ago today I woke up with a new kidney",
        # the owner's own deafness, disability, chronic pain, aid in use
        "Como sou surda, li nos lábios dele",
        "Ik heb niet gezegd dat ik doof ben, maar ze zagen mijn hoorapparaten",
        "Neslyším od narození a dneska poprvé koncert s tlumočníky",
        "Tem dia que a dor crônica ganha",
        "Mijn hulphond Sam wordt vandaag 8",
        "Engelli bir kadın olarak mahallemizin kaldırımlarını değiştirmek istiyorum",
        "Değneğimle, pankartımla, sesimle oradaydım",
        "Venedik'te gondolcu sandalyemi kayığa taşıdı",
        "Sparen für den behindertengerechten Umbau vom Bad",
        "Embarazada de 30 semanas y con mi EM más tranquila que nunca",
        "Dla mnie i moich kul to wszystko",
        "Na holích jsem to zvládla sama",
        "Cuma namazına gidemiyorum artık dizlerim yüzünden",
    ],
)
def test_a_condition_lived_is_health(caption):
    assert "health" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # sprouts, a push, a hairdresser's chair, a potter's wheel, a nephew's deafness
        "Ensalada de brotes de soja y aguacate",
        "Das hat mir einen richtigen Motivationsschub gegeben",
        "Enceinte de 5 mois et toujours derrière le fauteuil au salon",
        "Ceramika w ciąży: brzuszek przeszkadza w toczeniu na kole",
        "Mi sobrino es sordo y hoy aprendí a decir gracias en lengua de signos",
    ],
)
def test_a_word_near_a_condition_is_no_health(caption):
    assert "health" not in caption_signals(caption)
