"""A young child's first day at school or nursery and the school run (caption_school's
`school55`), and a student's or a pupil's life told by its acts and its institutions' local
names (the lexicon's school words), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a first day at school or nursery with the child named or counted: the owner's child
        "Primer día de cole para Lucas, ni miró atrás 🎒",
        "Primeiro dia de aula do Tomás, mochila nova e tudo",
        "Primo giorno di scuola per i gemelli, due zaini enormi",
        "Eerste schooldag van onze Fenna 🎒 zij blij, ik in tranen",
        "Premier jour de CP pour Jules, le cartable est plus grand que lui",
        # the school run: the children taken or fetched
        "Recogiendo a los niños del cole bajo la lluvia",
        "Levando as crianças pra escola antes do trabalho",
        "Kinderen van school gehaald, nu pannenkoeken",
        "Vyzvedla jsem děti ze školky a jdeme na hřiště",
        "Odebrałam dzieci z przedszkola, idziemy na lody",
        # a student's life by its acts and its institutions
        "semana de parciales, no me esperéis",
        "cuarto semestre y sigo sin entender cálculo",
        "werkcollege om half negen, wie heeft dat verzonnen",
        "Hertentamen statistiek gehaald, eindelijk",
        "Seminararbeit um Mitternacht abgegeben",
        "Koleje na Strahově, čtyři na pokoji",
        "bachotage intensif avant le partiel de droit",
        "group project partners ghosting me again, classic",
        "Oposiciones a policía: temario por la mañana, gimnasio por la tarde",
        "Compito di greco domani e non so niente",
        "Rentrée des classes pour Léa, CE1 cette année",
    ],
)
def test_school_told_is_school(caption):
    assert "school" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's child: a grandchild, the neighbours' children, a little brother
        "Mi nieta Carla en su primer día de cole, qué rápido crecen",
        "A minha neta no primeiro dia de escola 😢",
        "De kinderen van de buren hebben vandaag hun eerste schooldag",
        # a nursery's Christmas crib and a blessing are no school
        "La crèche de Noël est installée avec les santons de mamie",
        "Que la Virgen nos guarde a todos este año",
        # a student room emptied on a move is the move, not school
        "Mijn kot is leeg, morgen naar Gent met de bestelwagen",
    ],
)
def test_not_the_owners_school(caption):
    assert "school" not in caption_signals(caption)
