"""A parent's captions (`caption_child.parents_reading`, `parents44` in captions.yaml): the owner's
children told bare from a home ("kids finally asleep"), their schooling as the owner's `school`
(a parents' evening, settling in at nursery: the label guide), a little one's graduation as the
child's and no degree, and the owner's own degree beside the children; and the false friends:
the neighbours' or a sibling's children, a class counted, children of no one's home, "kids these
days". Captions of no set, each read by the rules alone."""

import pytest

from exposure.infer.caption_child import kids_told
from exposure.infer.captions import caption_reading, rule_signals

# caption, signal, why: the owner's own
OWNERS = [
    ("Bath done, kids finally asleep, my turn for a glass", "baby", "en kids asleep, my"),
    ("Ich koche, die Kinder decken heute den Tisch", "baby", "de the kids, ich"),
    ("Babička hlídá děti, konečně jdu ke kadeřnici", "baby", "cs the kids, a grandmother"),
    ("Mąż usypia dzieci, a ja w końcu zmywam", "baby", "pl the kids, a husband"),
    ("Pendant que les enfants dorment, je range enfin le salon", "baby", "fr the kids, je"),
    ("Eşim çocukları parka götürdü, evde tek başımayım", "baby", "tr the kids, a spouse"),
    ("Elternsprechtag heute: Frau Berger lobt Emils Aufsätze", "school", "de parents' day"),
    ("Reunión de padres a las seis, luego cena rápida", "school", "es parents' meeting"),
    ("Wywiadówka dziś, pani chwali Olka za matmę", "school", "pl parents' evening"),
    ("Inserimento al nido, terzo giorno: ha pianto solo un minuto", "school", "it settling in"),
    ("Třídní schůzky a pak rychle na nákup", "school", "cs parents' meeting"),
    ("Kindergarten graduation today, paper hats and tiny diplomas", "baby", "en little one's"),
    ("Festa dei diplomi alla materna, che emozione", "baby", "it little one's graduation"),
    (
        "Graduation day at 41 🎓, my eldest carried my cap all the way home",
        "graduation",
        "en own graduation, the child in another clause",
    ),
    (
        "Obroniłam magisterkę! Z dwójką dzieci w domu, sama nie wiem jak",
        "graduation",
        "pl own degree, the children in another clause",
    ),
]

# caption, signal, why: others' children, a class, no home, a little one's graduation
NOT_OWNERS = [
    ("The kids next door are screaming again and I have a deadline", "baby", "en neighbours'"),
    ("Kids these days never call their grandparents, I said to my mum", "baby", "en these days"),
    ("Die Kinder von meiner Schwester sind da, ich backe Waffeln", "baby", "de a sister's"),
    ("Dzieci sąsiadów grają w piłkę, a ja próbuję pracować", "baby", "pl the neighbours'"),
    ("Na výletě s 28 dětmi, já jako učitelka přežila", "baby", "cs a class counted"),
    ("Les petits-enfants sont partis, je range la maison", "baby", "fr grandchildren"),
    ("Los niños juegan en la plaza hasta tarde", "baby", "es no home's children"),
    ("Kindergarten graduation today, paper hats and tiny diplomas", "graduation", "en a child's"),
    ("Our son's graduation day 🎓 so proud", "graduation", "en the son's, one clause"),
    ("School run traffic on the bypass again", "school", "en traffic, no schooling"),
]


@pytest.mark.parametrize("caption,signal,why", OWNERS)
def test_a_parents_children_and_their_schooling(caption, signal, why):
    assert signal in rule_signals(caption), why


@pytest.mark.parametrize("caption,signal,why", NOT_OWNERS)
def test_others_children_stay_silent(caption, signal, why):
    assert signal not in rule_signals(caption), why


def test_a_childs_schooling_event_gives_the_child_too():
    assert {"school", "baby"} <= rule_signals("Elternsprechtag heute, Mathe läuft gut")


def test_kids_told_needs_a_home_in_the_caption():
    def read(text: str):
        r = caption_reading(text)  # None where the caption gives no signal at all
        return r and kids_told(list(r.tokens), list(r.where), r.langs)

    assert read("Glass of wine, kids finally asleep, my evening now")[0] == "kids"
    assert not read("Kids finally asleep somewhere in this town")
