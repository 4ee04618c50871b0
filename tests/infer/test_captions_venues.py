"""Classes read from captions_dev13-15 (three writers: couples over the years, people aged 60-85,
two languages in one post), each kept only where it showed in two of them or in one and two older
dev sets. Captions of no set; each class has captions that failed on the reader before it, the
rest guard."""

import pytest

from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # the university a degree was taken at is the studies behind it: graduation and schooling
    # (the label guide's ruling on degrees, stop 51)
    (
        "Licenciada en Historia por la Universidad de Sevilla a los 60 🎓",
        {"graduation", "school"},
        set(),
        "es the university of a degree",
    ),
    ("diploma di laurea preso, addio università", {"graduation", "school"}, set(), "it farewell"),
    # a course's certificate is graduation and school both (the label guide's ruling on courses)
    (
        "Absolvent der Volkshochschule, Zeugnis in der Hand 🎓",
        {"graduation", "school"},
        set(),
        "de",
    ),
    # the next school, gone on to after the exam, is schooling
    # the owner's own wedding in a church, now or recalled, is their sacrament (the label guide's
    # ruling on faith: a church wedding of their own is religion)
    ("Nuestra boda, iglesia de Santa Ana, 1982 💒", {"wedding", "religion"}, set(), "es a photo"),
    ("Unsere Hochzeit vor 30 Jahren in der Dorfkirche 💍", {"wedding", "religion"}, set(), "de"),
    (
        "Nasz ślub, msza w naszej parafii, ksiądz proboszcz nas kiedyś chrzcił",
        {"religion"},
        set(),
        "pl",
    ),
    ("Our wedding in the chapel where the priest christened me 💒", {"religion"}, set(), "en"),
    ("matura zdana!!! idę na studia", {"graduation", "school"}, set(), "pl onward"),
    ("Abitur bestanden, jetzt ab an die Uni", {"graduation", "school"}, set(), "de onward"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[0] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    assert_reads(caption, given, taken, why)
