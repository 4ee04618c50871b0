"""A move and a home told by their acts (stop 49, moves49): moving in together is a move
(`caption_couples.together_found`), a box emoji is a move unless a parcel is beside it
(`caption_signs.weak_emoji`), a home called "ours" is a new home (`caption_told.home_ours`), an
animal the owner adopted is a pet (`caption_told.pet_adopted`).
Silent: another couple moving in together, years of living together, a parcel, the street or a
pet called "ours", a home denied. Each positive case failed before the round."""

import pytest

from exposure.infer.caption_told import home_ours
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


TOGETHER = [
    "Verlobt und zusammengezogen, beides im März",
    "Verloofd én samenwonend, allebei in één maand",
    "Zaręczeni i od soboty pod jednym dachem. Jego konsola, mój fikus",
    "Zasnoubení a od pátku bydlíme spolu, Lego se nevejde do obýváku",
    "Fidanzati da ieri e da sabato conviviamo, ora abbiamo due frullatori",
    "Nişanlandık ve birlikte yaşamaya başladık, ev küçük ama sığıyoruz",
    "Finally moved in together, his records and my plants",
]

NOT_TOGETHER = [
    "Mijn kleinzoon is met zijn vriendin gaan samenwonen in Rotterdam",
    "Mi sobrina Sonia y su pareja se van a vivir juntos a Valencia",
    "Max und Lena sind zusammengezogen, ich hab beim Tragen geholfen",
    "Sì, conviviamo da sei anni. Sì, siamo felici",
    "Na 12 jaar samenwonen vond Frans het tijd om het officieel te maken",
]


@pytest.mark.parametrize("caption", TOGETHER)
def test_moving_in_together_is_a_move(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize("caption", NOT_TOGETHER)
def test_others_moving_in_together_or_years_together_is_no_move(caption):
    assert "moving" not in caption_signals(caption)


BOXES = [
    "Zügeltag 📦",
    "The removal van is too small. Of course it is. Two trips it is 📦",
    "Noivos e com casa nova em Almada 🔑📦 ainda não temos sofá",
    "Wynajęłam busa i sama przewożę rzeczy do Wrocławia, rowery jadą pierwsze 📦",
    "On quitte la région parisienne pour la Bretagne !!! Adieu RER B 📦",
]

PARCELS = [
    "Instagram'da herkes nişanlanıyor, ben hâlâ kargo bekliyorum 📦",
    "Respekt an alle Paketboten, die bei dem Wetter Frühschicht schieben 📦",
    "Czekam na kuriera od rana, paczka gdzieś w Strykowie 📦",
    "Mi pedido por fin ha llegado 📦",
]


@pytest.mark.parametrize("caption", BOXES)
def test_a_box_emoji_is_a_move(caption):
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize("caption", PARCELS)
def test_a_box_emoji_beside_a_parcel_is_no_move(caption):
    assert "moving" not in caption_signals(caption)


OURS = [
    "Mudanza terminada 📦 El piso de Zaragoza es oficialmente nuestro",
    "Mudança feita, T1 em Benfica, renda que dói, mas é nosso",
    "Déménagement terminé, le T2 à Rennes est à nous",
    "Starý byt na Žižkově, bez výtahu a bez gauče, ale je to naše",
    "Verhuisd naar Zwolle, klein rijtjeshuis, maar het is van ons",
]

NOT_OURS = [
    "En la marcha del 8M con mis amigas, la calle es nuestra 💜",
    "Lola ya es nuestra, sacada de la protectora de Alcalá",
    "Benfica ganhou, a noite é nossa",
    "My sister bought a flat in Leeds and it's ours for the weekend",
    "Estrenamos vecinos y un gato que no es nuestro",
]


@pytest.mark.parametrize("caption", OURS)
def test_a_home_called_ours_is_a_new_home(caption):
    assert "new_home" in caption_signals(caption)


@pytest.mark.parametrize("caption", NOT_OURS)
def test_ours_of_no_home_or_denied_is_no_new_home(caption):
    assert "new_home" not in caption_signals(caption)


def test_home_ours_gives_the_words():
    assert home_ours("el piso de zaragoza es oficialmente nuestro.") == "es oficialmente nuestro"
    assert home_ours("la calle es nuestra") is None


ADOPTED = [
    "Adopté ce matin à la SPA : Caramel, 3 ans, grosse boule de poils",
    "Barınaktan sahiplendim: Fındık, 9 yaşında, tek gözlü",
    "adoptamos una tortuga y se llama Lentejas, respeten",
    "Geadopteerd uit het asiel: Pip, een windhond",
    "Přijali jsme do rodiny kocourka z útulku, jmenuje se Bublík",
    "Abbiamo adottato Luna, gattina trovata vicino alla chiesa 🐈",
]

NOT_ADOPTED = [
    "Ma voisine a adopté un chaton, il pleure toute la nuit",
    "Mi novio dice que si adoptamos un gato él se va",
    "We adopted our son Leo three years ago today",
    "le chien de ma belle-mère m'a adopté, il me suit partout",
]


@pytest.mark.parametrize("caption", ADOPTED)
def test_an_animal_the_owner_adopted_is_a_pet(caption):
    assert "pet" in caption_signals(caption)


@pytest.mark.parametrize("caption", NOT_ADOPTED)
def test_an_adoption_of_another_or_of_a_child_or_a_wish_is_no_pet(caption):
    assert "pet" not in caption_signals(caption)


MOVED_WITH = [
    "Mudanza a Valencia: 40 cajas, un gato enfadado y cero paciencia",
    "Przeprowadzka z Krakowa do Wrocławia, 47 kartonów i jeden obrażony kot",
    "Verhuisd van Gent naar Antwerpen. Dertig dozen en een kat die drie dagen onder het bed zat",
    "Moving day. 47 boxes and one very confused dog",
]


@pytest.mark.parametrize("caption", MOVED_WITH)
def test_an_animal_counted_in_the_owners_move_is_a_pet(caption):
    assert "pet" in caption_signals(caption)


def test_an_animal_counted_without_a_move_is_no_pet():
    assert "pet" not in caption_signals("Saw a very confused cat on the bus today")


@pytest.mark.parametrize(
    "caption",
    [
        # one town left for another
        "On quitte Paris pour Nantes, adieu le métro",
        "Lasciare Palermo per Torino non è stato facile, ma il lavoro è qui",
        "Deixei o Porto e vim viver para Londres, nova vida",
        "Leaving Manchester after 8 years, Bristol here we come",
        "Von Linz nach Innsbruck gezogen, jetzt hab ich die Nordkette vorm Fenster",
        "Przenosimy się do Krakowa, cześć Łódź",
        "Po 20 letech v Praze zpátky na vesnici, slepice a klid",
        "We verkassen naar Antwerpen, dag Amsterdam",
        "Köln'e taşınalı 6 ay oldu, Almanca hâlâ yarım",
        # a posting or a transfer to another town
        "Being posted to Devonport in March, anyone know a removal firm?",
        "Cartons, scotch. Mutation à Toulon, on part lundi",
        "Destinado a Ceuta. Tres años. Las niñas ya buscan colegio nuevo",
        "Passei no concurso e fui lotada em Manaus",
        "meine Firma schickt mich für zwei Jahre nach Singapur, Kisten sind bestellt",
        "firma wysyła mnie do biura w Dublinie na 2 lata, szukamy mieszkania",
        "Tayinim Erzurum'a çıktı. Mont listesi yapıyorum",
        # the first night in a new home, the owner's children beside it
        "Erste Nacht im eigenen Haus. Die Kinder schlafen zwischen Umzugskisten",
        "Primera noche en nuestro piso 🏠 Los niños durmiendo en colchones en el suelo",
        "První noc v našem bytě 🏠 Děti spí na matraci, my na zemi",
        "Yeni evimizde ilk gece 🏠 Çocuklar yerde yatakta",
    ],
)
def test_a_move_told_without_the_word_is_moving(caption):
    """moves52 (`caption_moves`): a town left for another, a posting, the household's first night."""
    assert "moving" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a trip, a thing left, someone else's move or posting, a first dinner in the new home
        "On quitte Paris pour le week-end, direction la mer",
        "On quitte Lyon pour Annecy, trois jours de vacances au bord du lac",
        "je quitte le boulot pour aller chercher les enfants",
        "Lascio Milano per una settimana di vacanza in Puglia",
        "Le mari de ma meilleure amie a été muté à Marseille, ils déménagent en août 😢",
        "Freunde sind nach Wien gezogen und schicken nur Fotos von Torten",
        "Er hat mich dreimal in die Hecke gezogen",
        "Mum's first night in her new flat, she loves it",
        "Second trimester, swapped running for swimming",
        "Primeira semana na casa nova e já amo o bairro",
        "Premier dîner dans notre nouvel appart, assis par terre",
        "Yeni evde ilk çay, perdeler yok ama manzara var",
    ],
)
def test_no_move_of_the_owner_is_none(caption):
    """moves52: a trip, a thing left, someone else's move, a first dinner in the new home."""
    assert "moving" not in caption_signals(caption)
