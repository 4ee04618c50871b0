"""The school day of the owner's child told ("Einschulung von Mia", `caption_child`) is the owner's
school as well as their child, as the label guide has it ("or their own child's schooling (first
day at school)") and the dev sets relabelled to it (labels42); the child's exams and diplomas stay
the child's, and a grandchild's or a nephew's school day is not the owner's. Captions of no set:
the first cases failed on the rules before, the rest guard."""

import pytest

from exposure.infer.captions import rule_signals

# caption, signals given, signals taken, why
CASES = [
    ("Einschulung von Lina, die Schultüte ist riesig 🎒", {"baby", "school"}, set(), "de"),
    ("Mateo's first day at big school, no tears from him", {"baby", "school"}, set(), "en"),
    ("Primo giorno di scuola materna per Giulia", {"baby", "school"}, set(), "it"),
    ("Elif'in okulda ilk günü 🎒", {"baby", "school"}, set(), "tr"),
    ("Eerste schooldag van Noor, groep 1", {"baby", "school"}, set(), "nl the name no other's"),
    ("Primeiro dia de escola da Beatriz", {"baby", "school"}, set(), "pt the name no other's"),
    (
        "Mon fils révise son brevet, je révise avec lui",
        {"baby", "school"},
        set(),
        "fr a child's exam",
    ),
    ("Our son's kindergarten graduation 🎓", {"baby"}, {"school", "graduation"}, "en a diploma"),
    ("Einschulung unseres Enkels Leon 🎒", set(), {"school", "baby"}, "de a grandchild's"),
    ("Eerste schooldag van mijn neefje Sem", set(), {"school", "baby"}, "nl a nephew's"),
]


@pytest.mark.parametrize(("caption", "given", "taken", "why"), CASES)
def test_school_day_told_is_the_owners_school(caption, given, taken, why):
    said = rule_signals(caption)
    assert given <= said, why
    assert not taken & said, why
