"""Classes read from captions_holdout17-18 and dev20-27 (ten writers, apart), each kept only where
it showed in two of those sets, or in one and two older dev sets: a promotion or a job lost in
the first person, a shop's hours told by its owner, a child's age in months, a regional drink by
its name, a ferry or a flight, the household's animal doing something, a visit to the vet, a
treatment or a test by its name, a child's first word. Captions of no set; each class has
captions that failed on the reader before it, the rest guard."""

import pytest

from exposure.infer.caption_told import child_months, shop_hours
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # a promotion or a job lost, said of oneself, is work (`signals.work`)
    ("me han despedido después de nueve años en la imprenta", {"work"}, set(), "es dismissed"),
    ("fui promovido a supervisor de turno 🎉", {"work"}, set(), "pt promoted"),
    ("awansowałem na brygadzistę, w końcu", {"work"}, set(), "pl promoted"),
    ("dostala jsem výpověď, celý sklad končí", {"work"}, set(), "cs notice given"),
    ("işten çıkarıldım, yeni bir şey arıyorum", {"work"}, set(), "tr laid off"),
    ("mijn vader is ontslagen na dertig jaar bij de haven", set(), {"work"}, "nl a father's"),
    # a shop's hours in the first person plural, with a time or a day: the owner's business
    ("Reabrimos el lunes a las 8, con pan de centeno nuevo", {"work"}, set(), "es reopening"),
    ("Demain on ouvre dès 7h, galettes des rois au comptoir", {"work"}, set(), "fr opening"),
    ("Am Samstag haben wir bis 14 Uhr geöffnet, Kuchen gibt es auch", {"work"}, set(), "de"),
    ("Otevíráme v pondělí v 9, těšíme se na vás", {"work"}, set(), "cs opening"),
    ("apriamo una bottiglia per festeggiare", set(), {"work"}, "it a bottle opened, no time"),
    # a name or the little one that is or has an age in months: a baby (`child_months`)
    ("la peque tiene 7 meses y ya se pone de pie en la cuna", {"baby"}, set(), "es the little one"),
    ("Lotte is 11 maanden en loopt al langs de bank", {"baby"}, set(), "nl a name"),
    ("Jonáš má 6 měsíců a jí první kaši", {"baby"}, set(), "cs a name"),
    ("Biscotte a 5 mois et mange déjà mes chaussures 🐶", {"pet"}, {"baby"}, "fr a puppy's months"),
    # a regional wine, beer or spirit by its name, or a tasting: the owner's drink (`alcohol`)
    ("Barolo e tagliere dopo una settimana lunghissima", {"alcohol"}, set(), "it a wine"),
    ("unas cañitas con las del trabajo en la plaza", {"alcohol"}, set(), "es small beers"),
    ("wijnproeverij in Zuid-Limburg met de buren", {"alcohol"}, set(), "nl a tasting"),
    ("wódeczka z ogóreczkiem na działce", {"alcohol"}, set(), "pl vodka"),
    ("Guinness by the fire in Dingle", {"alcohol"}, set(), "en a stout"),
    ("yo con mi horchata y ellos con sus cañitas", set(), {"alcohol"}, "es a soft drink mine"),
    ("menù degustazione da otto portate, tutto di pesce", set(), {"alcohol"}, "it a tasting menu"),
    # a ferry or a flight taken, by its boat or its delay: a journey (`travel`)
    ("Traghetto per Capri alle 8, mare calmo", {"travel"}, set(), "it a ferry"),
    ("mit der Fähre nach Rügen, Möwen überall", {"travel"}, set(), "de a ferry"),
    ("Lot do Rzymu o 6 rano, kawa z automatu", {"travel"}, set(), "pl a flight"),
    (
        "vol retardé de trois heures, je connais chaque banc de Nantes-Atlantique",
        {"travel"},
        set(),
        "fr",
    ),
    ("Storm op zee, de veerboot naar Vlieland vaart niet", set(), {"travel"}, "nl no ferry"),
    # an animal a definite article opening its clause names doing something: the household's
    ("Der Kater hat schon wieder die Gardine erklommen", {"pet"}, set(), "de the tomcat has"),
    ("le chat a encore renversé mon café", {"pet"}, set(), "fr the cat has"),
    ("il cane ha rubato la pizza dal tavolo", {"pet"}, set(), "it the dog has"),
    ("The dog has eaten a whole birthday candle", {"pet"}, set(), "en the dog has"),
    ("the neighbours' dog has barked all night", set(), {"pet"}, "en a neighbour's dog"),
    ("a cat has been sitting on the car roof all day", set(), {"pet"}, "en any cat"),
    # a visit to the vet or the groomer: the owner's pet, whoever the vet is not (`signals.pet`)
    ("Dal veterinario con Pallino, solo un vaccino e tanta paura", {"pet"}, set(), "it the vet"),
    ("Na veterině s Bertíkem, očkování hotové", {"pet"}, set(), "cs the vet"),
    ("Trimsalon geweest, Bobbie ziet er weer netjes uit", {"pet"}, set(), "nl the groomer"),
    ("Mijn neef studeert af als dierenarts in Gent", set(), {"pet"}, "nl a vet by trade"),
    # a treatment or a test by its name (insulin, a biopsy, a mammogram, a cast): `health`
    ("Mammografia fatta, tutto a posto, respiro", {"health"}, set(), "it a mammogram"),
    ("Blutabnahme um 7, nüchtern und schlecht gelaunt", {"health"}, set(), "de blood taken"),
    ("segunda semana con insulina, ya me pincho sola", {"health"}, set(), "es insulin"),
    ("mijn moeder heeft een mammografie gehad, alles goed", set(), {"health"}, "nl a mother's"),
    # a child's first word, "mama" or "papa", quoted or said already (`first_word`): a baby
    ("Léo a dit « maman » ce matin, je fonds", {"baby"}, set(), "fr quoted"),
    ("el peque ya dice papá a todo el mundo", {"baby"}, set(), "es already"),
    ("il pappagallo dice 'mamma' quando suona il telefono", set(), {"baby"}, "it a parrot"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES)
def test_class_reads_the_caption(caption, given, taken, why):
    assert_reads(caption, given, taken, why)


def test_shop_hours_needs_a_time_in_its_clause():
    assert shop_hours("Abrimos a las 7 como siempre") == "abrimos a las 7 como siempre"
    assert shop_hours("Vanaf zaterdag zijn we ook 's avonds open") is not None
    assert shop_hours("abrimos una botella, mañana") is None  # the day in another clause
    assert shop_hours("otevíráme šampaňské") is None


def test_child_months_wants_a_name_or_the_little_one():
    assert child_months("der Kleine ist 10 Monate") == "der kleine ist 10 monate"
    assert child_months("Mia ma 9 miesięcy", frozenset({"mama"})) == "mia ma 9 miesiecy"
    assert child_months("Mama ist 3 Monate weg", frozenset({"mama"})) is None
    assert child_months("mia ma 9 miesięcy") is None  # no capital: no name
