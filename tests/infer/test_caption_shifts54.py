"""The owner's job told without the work word: a shift, a first or a last day at a workplace,
a job got, the boss, the team's do, a colleague's news (caption_shifts, caption_business), read
by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a shift of the owner's by its frame, its hours, its meal or its place
        "last shift before a week in Cornwall, can't wait",
        "Breakfast shift at 6, so no wine for me tonight",
        "Graveyard shift at the garage again, the radio is my only friend",
        "Morgen wieder Dienst, heute nur Sofa",
        "Schichtwechsel um halb sechs, Kaffee Nummer drei",
        "Primer turno en urgencias y ya me he perdido dos veces",
        "Mais um turno de 12 horas, as pernas já não respondem",
        "Zmiana nocna za mną, teraz tylko łóżko",
        # the owner's first or last day at a workplace
        "first week at the new agency done, nobody knows my name yet",
        "Último día en la tienda después de doce años, me llevo a todas en el corazón",
        "Erster Tag beim neuen Arbeitgeber, der Laptop kommt erst morgen",
        "Premier jour dans la startup, badge et ordinateur récupérés",
        "Ostatni dzień w starej firmie, jutro nowa przygoda",
        "Poslední den na úřadě, od pondělí jinde",
        # a job got, an interview passed, a contract, the pay
        "Got the job!!! Starting in June, I can't stop smiling",
        "J'ai décroché le poste, champagne ce soir 🥂",
        "Ik heb de baan! Maandag begint het avontuur",
        "İşi aldım! Pazartesi başlıyorum",
        "Vorstellungsgespräch bestanden, ab März bin ich in Bremen",
        "Fin de mon CDD à la mairie, un peu triste",
        "Salaris is binnen, eerst de huur betalen",
        # the boss's act, the owner's boss
        "Boss just said 'can I borrow you for five minutes' at 4:58",
        "Chef hat mir heute freigegeben, ab an den See",
        "O patrão deu-me a tarde livre, vou direto para a praia",
        # the team's do
        "Team lunch for the end of the quarter, too much pizza",
        "Borrel met het team op het dakterras 🍻",
        # a customer of the owner's
        "Un client m'a demandé de cacher une bague dans un gâteau",
        "Il cane del cliente si è addormentato sotto la poltrona",
        "Klant kwam vandaag met een papegaai de salon in",
        # a colleague's news congratulated: the owner has colleagues
        "Meine Kollegin hat ein Baby bekommen, Glückwunsch Aylin!",
        "Mi compañero de taller ha sido papá, ¡enhorabuena Luis!",
    ],
)
def test_working_day_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's shift, day or job
        "my husband's first shift at the depot, proud of him",
        "Mi hermana hace su último turno en el hospital antes de jubilarse",
        "Cousin got a job at a bank and now thinks he's a millionaire",
        "La primera semana de mi hija en la oficina, qué orgullo",
        # a third person opening the sentence: their shift, their job
        "She did her last shift at the care home today, so proud of her",
        "Elle a décroché le poste! Trop fière de ma petite sœur",
        "Er hat den Job bekommen, endlich 🙌",
        # a move's first night, a degree's years of nights
        "First night in the new place, no curtains and a mattress on the floor",
        "Finally finished my degree, 4 years of nights and essays 🎓",
        # a meme about bosses, a question
        "Quando il capo dice 'solo cinque minuti' 😂 #meme",
        "Als de baas zegt dat het een korte vergadering wordt 🙃",
        "anyone else dread the first shift after a holiday?",
        # a patron saint, the boss's dog
        "Procession pour le saint patron du village, fanfare et bannières",
    ],
)
def test_not_the_owners_working_day(caption):
    assert "work" not in caption_signals(caption)
