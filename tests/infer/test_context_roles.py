"""A third person named by role is the one who did it (others45, `context.role_subject`,
`context.for_client`, `context.role_animal`): a club's or a band's role, a colleague, a boss, a
client or a local trade standing before the signal word, with or without "our" before it; a
move one helps with; a thing the owner made for a client; an animal of someone named by role.
Each caption failed before; the owner's own acts beside a role and the owner's own role keep
their signal."""

import pytest

from exposure.infer.captions import rule_signals

ROLE_DID_IT = [
    ("Unser Kassenwart liegt seit Montag im Krankenhaus, gute Besserung", "health", "de"),
    ("Le trésorier du club est hospitalisé depuis jeudi", "health", "fr"),
    ("Brankářka si zlomila ruku, je v sádře", "health", "cs"),
    ("Sołtys leży w szpitalu po operacji biodra", "health", "pl"),
    ("Koro şefi hastanede yatıyor, geçmiş olsun", "health", "tr"),
    ("Muhtar ameliyat oldu, acil şifalar", "health", "tr"),
    ("Il nostro tenore ha trovato lavoro a Genova", "work", "it"),
    ("Onze penningmeester gaat verhuizen naar Zeeland", "moving", "nl"),
    ("La tesorera de la peña se ha mudado a Cádiz", "moving", "es"),
    ("O maestro da filarmónica está internado no hospital", "health", "pt"),
    ("El capitán ha encontrado trabajo en Alemania", "work", "es"),
    ("De kapster is bevallen van een zoon", "baby", "nl"),
    ("Předseda oddílu je v nemocnici, drží se", "health", "cs"),
]

CLIENT = [
    ("Obrączki ślubne, które zrobiłem dla klienta, białe złoto", "wedding", "pl"),
    ("Bague de fiançailles pour une cliente, saphir et diamants", "engagement", "fr"),
    ("Verlobungsring für eine Kundin, Platin mit Smaragd", "engagement", "de"),
    ("Anello di fidanzamento per una cliente, oro rosa", "engagement", "it"),
]

HELPED = [
    ("Pomáhali jsme Ivaně se stěhováním do Brna", "cs"),
    ("A banda toda ajudou o Rui na mudança, pagou em pizza", "pt"),
    ("Hele ploeg geholpen bij de verhuizing van Sanne", "nl"),
]

ANIMAL_OF_A_ROLE = [
    ("De poes van de conciërge slaapt op de mat", "nl"),
]

OWNER_STILL = [
    ("My colleagues threw me a leaving party, retired at last", "work"),
    ("Als Kassierer liege ich jetzt im Krankenhaus, Blinddarm", "health"),
    ("Jako skarbnik klubu przeprowadzam się do Krakowa", "moving"),
    ("Nasz trener pomógł mi w przeprowadzce, dzięki!", "moving"),
    ("Notre entraîneur m'a aidé pour le déménagement, merci coach", "moving"),
    ("Kaptan olarak ilk maçımdan sonra hastanedeyim, bileğim kırıldı", "health"),
    ("Mein Chef hat mich befördert, neuer Job ab Montag!", "work"),
    ("Der Trainer hat mich zum Krankenhaus gefahren, Bänderriss", "health"),
]


@pytest.mark.parametrize("caption, signal, lang", ROLE_DID_IT)
def test_a_role_before_the_word_is_the_one_who_did_it(caption, signal, lang):
    assert signal not in rule_signals(caption), lang


@pytest.mark.parametrize("caption, signal, lang", CLIENT)
def test_a_thing_made_for_a_client_is_the_clients_event(caption, signal, lang):
    assert signal not in rule_signals(caption), lang


@pytest.mark.parametrize("caption, lang", HELPED)
def test_a_move_helped_with_is_someone_elses(caption, lang):
    assert "moving" not in rule_signals(caption), lang


@pytest.mark.parametrize("caption, lang", ANIMAL_OF_A_ROLE)
def test_an_animal_of_someone_named_by_role_is_no_pet(caption, lang):
    assert "pet" not in rule_signals(caption), lang


@pytest.mark.parametrize("caption, signal", OWNER_STILL)
def test_the_owners_own_act_or_role_beside_a_role_keeps_its_signal(caption, signal):
    assert signal in rule_signals(caption), caption
