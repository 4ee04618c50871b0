"""Whose a signal is when another person is named near it (context.py's `scoped` classes
`partners` and `jubilee`), read by the rules: a partner, a parent or a friend with whom the owner
does it is a companion, not its subject; the grandparents or the parents named beside the owner's
own wedding told in the first person are its guests, not the couple."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # the partner, a parent or a friend "with my ..." beside the owner's own act
        ("Moving day with my husband, so many boxes", "moving"),
        ("Umzug mit meinem Freund, endlich geschafft", "moving"),
        ("Déménagement avec mon copain ce week-end, plus jamais", "moving"),
        ("Verhuisdag met mijn vriend, alles staat in dozen", "moving"),
        ("Mudança com o meu namorado, caixas por todo o lado", "moving"),
    ],
)
def test_a_companion_named_with_the_owner_leaves_the_signal_theirs(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # the partner or the friend is the subject: their own news
        ("My husband starts his new job today", "work"),
        ("Mon mari a commencé son nouveau travail", "work"),
        ("Mi amiga se muda a Valencia, la voy a echar de menos", "moving"),
        ("Umzug meiner Freundin nach Hamburg am Samstag", "moving"),
        ("Il mio amico ha trovato un nuovo lavoro, che bello", "work"),
    ],
)
def test_a_partner_who_is_the_subject_keeps_the_signal_theirs(caption, signal):
    assert signal not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own wedding told in the first person, the elders among its guests
        "We got married in the little church where my grandparents married 60 years ago",
        "Casámos! Na igrejinha da aldeia dos meus avós ❤️",
        "Nos casamos en el pueblo de mis abuelos, qué día",
        "On s'est mariés dans le jardin de mes grands-parents",
        "Wir haben geheiratet, im Garten von Oma und Opa",
        "Ci siamo sposati nella chiesa dei miei nonni",
        "We zijn getrouwd in het dorp van opa en oma",
        "Wzięliśmy ślub w kościele, gdzie brali ślub moi dziadkowie",
    ],
)
def test_the_owners_wedding_told_beside_the_elders_is_theirs(caption):
    assert "wedding" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the parents' or the grandparents' own jubilee: theirs
        "Happy 50th wedding anniversary to my parents!",
        "Bodas de oro de mis abuelos, 50 años juntos",
        "Goldene Hochzeit von Oma und Opa 💛",
        "Noces d'or de mes grands-parents aujourd'hui",
        "50 anni di matrimonio dei miei nonni",
    ],
)
def test_the_elders_own_jubilee_stays_theirs(caption):
    assert "wedding" not in caption_signals(caption)
