"""The owner's children told by rank, sex or a name taken along, and the owner told by the
parent's role (caption_kids), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a child's rank opening a sentence or a clause
        "Nejmladší dnes odmaturoval, doma se slaví",
        "Der Älteste hat die Lehrstelle, ich bin ganz aus dem Häuschen",
        "El mayor ya se fue a la residencia de estudiantes, la casa está rarísima",
        "De oudste is vandaag op kamers gegaan, het is stil in huis",
        "Najmłodsza wróciła z obozu cała w komarach",
        "Il maggiore è partito per l'Erasmus, io già piango",
        "O mais velho já foi para a faculdade, a casa ficou vazia",
        "Tosse da tre giorni, la piccola non dorme e io nemmeno",
        "Büyük oğlan bugün ehliyet sınavına girdi",
        # the boys or the girls beside a child's cue
        "Sneeuwdag, geen school, en de jongens liggen om twaalf uur nog in bed",
        "Summer holidays, no school and the boys still in bed at noon",
        # the parent's role told
        "Taxi mum again tonight: football, piano, then the cinema pickup",
        "Papa-Taxi fährt heute dreimal zum Sportplatz",
        "Mãe de dois e ainda tenho de ir trabalhar amanhã",
        "Matka dwójki i jeszcze mam siłę na kawę",
        "#mumof2 #mondaymood",
        # a child named and taken along
        "Zabrałem Kubę na wybory, niech widzi jak to wygląda",
        "Fui votar e levei a Beatriz comigo, para ela ver como é",
        "Sandık başına Ayşe'yi de götürdüm, seneye kendi oy verecek",
        # a birth told by the family's count
        "Seit heute sind wir zu viert. Willkommen, kleiner Mann",
    ],
)
def test_the_owners_child(caption):
    assert "baby" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a rank that is an adjective, a sibling, a stranger, an unborn one
        "Malý byt v Praze, ale konečně vlastní",
        "La petite maison au bord du lac est enfin à nous",
        "Młodszy brat zdał egzamin na prawo jazdy",
        "Il piccolo scalcia già, sesto mese di gravidanza 🤰",
        "La petite fille devant moi à la boulangerie voulait un éclair. La petite a dit merci",
        "Mała od sąsiadów zaczęła chodzić do szkoły",
        # the boys or the girls as friends, a team, colleagues, pupils
        "Cocktails with my girls, long overdue 🍹",
        "Die Jungs sind auf Malle und ich liege mit Fieber im Bett",
        "Las chicas del equipo han ganado el torneo del colegio",
        "Le mie bimbe della sezione gialla mi hanno fatto un disegno",
        # a name taken along that is a pet's
        "Levei o Max à veterinária, era só uma alergia",
    ],
)
def test_no_child_of_the_owner(caption):
    assert "baby" not in caption_signals(caption)
