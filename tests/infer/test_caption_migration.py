"""A migration recalled (stop 53, moves53): the owner's arrival in the new country told as a
memory or an anniversary, the emigrant's luggage, the year of it, the return after years abroad,
and the household's animal or partner coming along (`caption_moves.moves_found`, `moves53`'s
`arrived`) are `moving`, the label guide's rulings on Emigration and Memories.
Silent: an arrival on a trip, a job or a firm left years ago, someone else's arrival; and the
boxes of a move a relative outside the household or a friend is told to make (`moves53`'s
`theirs`), unless the owner tells a move of their own beside it (`ours`).
Each positive case failed before the round."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


ARRIVED = [
    "Fourteen years after I landed at Heathrow with £200 and a dictionary, I voted",
    "Four years ago I moved to Glasgow not knowing a single person",
    "Heute vor 30 Jahren bin ich aus Kasachstan nach Deutschland gekommen. Dankbar.",
    "Vor 6 Jahren als Geflüchteter ohne ein Wort Deutsch angekommen, heute Meister",
    "Il y a 10 ans, j'arrivais à Roissy avec un sac et une adresse",
    "Je suis arrivé de Kayes sans rien, aujourd'hui je suis commis",
    "Hoy hace cinco años que aterricé en Barajas con dos maletas",
    "3 años después de llegar de Buenos Aires, colegiada",
    "faz um ano hoje que cheguei em Dublin com duas malas e zero inglês",
    "A gente saiu do Paraná em 2012 achando que ia ficar dois anos",
    "Dieci anni fa arrivavo a Londra con 300 sterline",
    "Sono arrivata da Leopoli nel 2014 per fare la badante",
    "Twaalf jaar geleden kwam ik hier aan met één koffer",
    "Wróciłam po 10 latach z Londynu do Poznania",
    "Před sedmi lety jsme přiletěli do Calgary se dvěma kufry",
    "Přijel jsem s taškou a dvěma stovkama liber v kapse",
    "Almanya'ya 19 yaşında bir bavulla gelmiştim, bugün emekli oldum",
    "Kedim Pamuk, İzmir'den Amsterdam'a benimle uçakla geldi",
    "O nosso gato veio de avião de Luanda para o Porto connosco",
    "Mein Verlobter darf endlich nachziehen, 14 Monate Papierkram",
]

NOT_ARRIVED = [
    "Faz dois anos que saí da firma pra vender bolo de pote na porta da faculdade",
    "Two years ago we landed in Bangkok for our honeymoon trip",
    "Vor zwei Jahren sind wir in Rom angekommen, der schönste Urlaub",
    "Hace un año llegué a Roma de vacaciones con dos maletas",
    "Il y a deux ans, mon frère est arrivé à Lyon",
    "Mio fratello è arrivato a Milano nel 2014",
]


@pytest.mark.parametrize("caption", ARRIVED)
def test_a_migration_recalled_is_a_move(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize("caption", NOT_ARRIVED)
def test_a_trip_a_job_or_another_arrival_is_no_move(caption):
    assert "moving" not in caption_signals(caption)


THEIRS = [
    "Umzugskartons überall 📦 Meine Schwester zieht von Köln nach Wien, ich bin die Packhilfe",
    "Cartons, cartons 📦 Ma meilleure amie déménage samedi à Bruxelles",
    "Kartony spakowane, jutro brat przeprowadza się z Birmingham do Manchesteru 📦",
    "Krabice, krabice 📦 Kamarádka se stěhuje z Londýna do Bristolu",
    "Koliler hazır, kardeşim yarın Berlin'den Münih'e taşınıyor 📦",
    "Mijn broer verhuist naar Groningen, ik mag weer sjouwen 📦",
    "Scatoloni ovunque, il trasloco dei miei, 40 anni di roba",
]

OURS = [
    "Meine Schwester hilft beim Umzug, wir ziehen nach Wien 📦",
    "Mes parents m'aident à déménager, 30 cartons 📦",
    "Mój brat pomaga, przeprowadzamy się do Gdańska 📦",
]


@pytest.mark.parametrize("caption", THEIRS)
def test_someone_elses_move_leaves_the_boxes_theirs(caption):
    assert "moving" not in caption_signals(caption)


@pytest.mark.parametrize("caption", OURS)
def test_the_owners_move_beside_a_helper_stays_a_move(caption):
    assert "moving" in caption_signals(caption)
