"""The family told by its acts (`caption_child.family_reading`, `family43` in captions.yaml): the
little one the owner sits up with, a second child on the way beside an older one, the children
counted in a tally, a pet by its care; and the false friends of the young: a pregnancy that
trails off into a meal, a friend's or a boss's pregnancy or engagement, a wedding still being
planned beside the owner's engagement. Captions of no set, each read by the rules alone."""

import pytest

from exposure.infer.caption_child import little_one
from exposure.infer.captions import caption_reading, rule_signals

# caption, signal, why: the owner's own
OWNERS = [
    ("ER at 2am with the little one, croup again 😔", "baby", "en the little one, a pause"),
    ("Toda la noche en urgencias con el peque, otitis", "baby", "es the little one, a pause"),
    ("Nacht in der Notaufnahme mit dem Kleinen, Fieber 39", "baby", "de the little one"),
    ("cała noc z małą na pogotowiu, gorączka", "baby", "pl the little one, a place after"),
    ("Enceinte du deuxième ! 🤰 La grande veut une petite sœur", "baby", "fr older child"),
    ("Zwanger van de tweede 🤰 grote broer weet het al", "baby", "nl older child"),
    ("İkinci hamileliğim 🤰 abisi çok heyecanlı", "baby", "tr older child"),
    ("Sei anni di matrimonio, 2 figli e un mutuo ❤️", "baby", "it children in a tally"),
    ("Doze anos de casados, 3 filhos e nenhum arrependimento", "baby", "pt children in a tally"),
    ("Hundeschule Woche 2: sie kann Platz, solange Käse da ist", "pet", "de dog school"),
    ("ranní venčení v dešti, on spokojenej, já mokrá", "pet", "cs walking the dog"),
    ("Corso di addestramento, lezione 4: resta. Più o meno", "pet", "it training"),
    ("adiós, Canela, la mejor perrita del mundo 🕊️", "pet", "es best dog ever"),
    ("premier toilettage pour Moka, il sent la vanille", "pet", "fr grooming"),
]

# caption, signal, why: someone else's, a joke, or an event still ahead
NOT_OWNERS = [
    ("grávida... dessa pizza de quatro queijos", "pregnancy", "pt a food belly"),
    ("schwanger... von diesem Döner", "pregnancy", "de a food belly"),
    ("My boss is pregnant and told the team today", "pregnancy", "en a boss's"),
    ("Moja koleżanka w ciąży, robimy jej baby shower", "pregnancy", "pl a friend's"),
    ("My best mate got engaged last night, buzzing for him", "engagement", "en a mate's"),
    ("Kolegyně z práce je zasnoubená, prstýnek jak hrom", "engagement", "cs a colleague's"),
    (
        "Verlobt!!! 💍 jetzt wird jeden Abend die Hochzeit geplant",
        "wedding",
        "de engaged, planning",
    ),
    ("Fidanzati! 💍 e adesso si pensa al matrimonio", "wedding", "it engaged, planning"),
    ("Szwagierka przyjechała z małym na obiad", "baby", "pl a sister-in-law's little one"),
    ("balade au parc avec le petit chien de la voisine", "baby", "fr 'petit' before a noun"),
]


@pytest.mark.parametrize("caption,signal,why", OWNERS)
def test_the_owners_family_told_by_its_acts(caption, signal, why):
    assert signal in rule_signals(caption), why


@pytest.mark.parametrize("caption,signal,why", NOT_OWNERS)
def test_false_friends_of_the_young_stay_silent(caption, signal, why):
    assert signal not in rule_signals(caption), why


def test_a_second_pregnancy_keeps_the_pregnancy_and_adds_the_child():
    said = rule_signals("Segundo embarazo 🤰 el mayor quiere un hermanito")
    assert {"pregnancy", "baby"} <= said


def test_a_marriage_had_keeps_its_wedding_beside_the_proposal_told():
    said = rule_signals("Nos 20 ans de mariage, au restaurant où il m'a demandée en mariage")
    assert "wedding" in said


def test_the_partner_as_subject_is_the_owners_pregnancy():
    assert "pregnancy" in rule_signals("Moja żona w ciąży, termin na marzec")


def test_little_one_needs_a_pause_or_a_place_after_it():
    def read(text: str) -> str | None:
        r = caption_reading(text)  # None where the caption gives no signal at all
        return r and little_one(text, list(r.tokens), list(r.where), r.langs)

    assert read("nuit aux urgences avec le petit, bronchiolite") == "avec le petit"
    assert not read("avec le petit chien de la voisine")
    assert not read("Vacances à Nice avec le petit chien de ma voisine ☀️")
