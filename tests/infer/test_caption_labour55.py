"""The owner's job told by what stands beside it: studies done alongside it, the owner's own
mentee, the company's do, the owner among a trade's strikers (caption_labour), read by the
rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # studies or a course done alongside the owner's job
        "Four years of evening lectures while working full time at the depot. LLB done 🎓",
        "Meisterkurs neben dem Job, jeden Freitag bis 22 Uhr. Noch zwei Module",
        "Drie jaar deeltijdopleiding naast mijn baan bij de gemeente, eindelijk klaar",
        "Terminé el grado mientras trabajaba de noche en un almacén. Lo logré",
        "Licence validée tout en travaillant au supermarché le week-end 🎓",
        "Laurea magistrale presa mentre lavoravo di notte 🎓",
        "Bakalářka hotová, tři roky při zaměstnání ve skladu 🎓",
        "Üniversite bitti, dört yıl yarı zamanlı çalışarak okudum 🎓",
        # the owner's own apprentice, trainee or doctoral student, whoever's news it is
        "So proud of my apprentice Callum, fully qualified electrician as of today ⚡",
        "Unser Azubi hat die Gesellenprüfung bestanden, Kuchen für alle 🎂",
        "Ma stagiaire a décroché son premier CDI, je suis fière d'elle",
        "Il mio apprendista ha aperto la sua officina, che orgoglio",
        "Mijn stagiair heeft vandaag zijn diploma gehaald!",
        "Můj učeň dnes složil závěrečnou zkoušku, pivo na mě 🍺",
        "Çırağım kendi dükkanını açtı, gözlerim doldu",
        # the company's do, the years at the company
        "Pot de fin d'année de la boîte ce soir, tenue correcte exigée",
        "Jantar de Natal da empresa hoje, sorteio e bacalhau",
        "Amigo invisible de la empresa: me ha tocado una taza de gato",
        "Vánoční večírek oddělení, tombola a svařák 🎄",
        "Amigo secreto da empresa: ganhei meias de Natal 🎄",
        # the owner there among a trade's strikers
        "Grève des infirmières, on est devant l'hôpital depuis 6h",
        "Streik im Kindergarten heute, wir stehen vor dem Rathaus. Mehr Personal!",
        "Huelga del metal, aquí estamos frente a la fábrica desde las seis",
        "Strajk w szpitalu, stoimy przed głównym wejściem od rana",
        "Sciopero dei medici, c'ero anch'io davanti all'ospedale",
        "Strike day 2. We're out here again, cold but loud ✊",
    ],
)
def test_labour_told_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's studies alongside their job, a question about one
        "Mijn man heeft zijn bachelor gehaald naast een fulltime baan, trots!",
        "Is it even possible to do a degree alongside a full time job?",
        # a women's, a climate or a transport strike met by the owner
        "Strajk kobiet, stoimy na rynku ⚡",
        "Klimastreik, wir stehen vor dem Rathaus 🌍",
        "Bahnstreik, wir stehen am Gleis und warten seit einer Stunde",
        # a partner's company do
        "Manžel má firemní večírek, já mám gauč a seriál",
    ],
)
def test_labour_of_others_is_not_work(caption):
    assert "work" not in caption_signals(caption)
