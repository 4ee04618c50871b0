"""What is no schooling of a student now (caption_students.students_reading): a reunion of former
classmates, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


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


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's school-leaving exam passed: schooling and graduation (the ruling on student
        # life)
        "Abi bestanden!!! 🎓",
        "Matura zdana, 96% z polskiego, nie wierzę",
        "maturità superata con 100, non ci credo",
        "Maturita hotová, jdeme to zapít",
        "j'ai eu mon bac avec mention très bien!!!",
        "Diploma binnen, eindexamen, bye! Mijn moeder huilt",
        "Aprobé la EBAU!!! 12,3 y a Medicina en Granada",
        "selectividad aprobada, a por la uni!!",
    ],
)
def test_leaving_exam_passed_is_schooling_and_graduation(caption):
    assert {"school", "graduation"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a child's or a sibling's exam, a degree's level, an exam still ahead: not both
        "Mein Sohn hat sein Abitur bestanden, so stolz 🎓",
        "Ma fille a eu son bac !! Trop fière 🎓",
        "Bac+5 et je sais toujours pas plier une housse de couette",
        "Matura za miesiąc, biologia mnie wykończy",
        "Selectividad mañana, que sea lo que dios quiera",
        # years counted since the exam: schooling long past
        "sraz 20 let od maturity, někteří se nezměnili, někteří vůbec",
        "10 lat od matury, gdzie to wszystko poszło",
        "Sobotní výlet s partou z gymplu. Dvacet let po maturitě a pořád se hádáme",
    ],
)
def test_leaving_exam_not_passed_by_the_owner(caption):
    assert not {"school", "graduation"} <= caption_signals(caption)
