"""What is no schooling of a student now (caption_students.students_reading): a reunion of former
classmates, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals


@pytest.fixture(autouse=True)
def _rules_alone(monkeypatch):
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")


@pytest.mark.parametrize(
    "caption",
    [
        # former classmates met again: schooling long past
        "Retrouvailles du lycée Jean-Moulin, promo 2004. Vingt ans après, les mêmes groupes",
        "Rimpatriata della 5ªC: abbiamo rifatto la foto di classe sugli stessi gradini del liceo",
        "Reencontro da turma do secundário, a escola está igual",
        "Spotkanie klasowe w naszej szkole",
    ],
)
def test_reunion_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's schooling now, no reunion
        "Revising for my exams all weekend, uni is killing me",
        "Rentrée au lycée demain, stress total",
    ],
)
def test_schooling_now_stays(caption):
    assert "school" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a university for older people beside the owner's own diploma: a course taken
        "Terminé la Universidad de Mayores en Salamanca, me dieron el diploma con 70 años!",
        "Dyplom Uniwersytetu Trzeciego Wieku odebrany! Trzy lata wykładów",
        "Diplôme de l'Université du Temps Libre obtenu ce jour !",
        "Diplom z Univerzity třetího věku! Tři roky přednášek",
        "Graduated from the University of the Third Age today, history of art",
    ],
)
def test_third_age_diploma_is_schooling(caption):
    assert {"graduation", "school"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's diploma there, or the university named with no diploma of the owner's
        "Mia nonna si è diplomata all'Università della Terza Età",
        "Meine Oma hat das Seniorenstudium abgeschlossen",
    ],
)
def test_third_age_of_others_is_no_schooling(caption):
    assert "school" not in caption_signals(caption)
