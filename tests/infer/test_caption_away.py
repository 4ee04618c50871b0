"""The owner's work away from home (caption_away): a tour, a deployment or a mission away is work
and travel, the label guide's ruling on Work away, read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own tour, deployment or mission away, on or done
        "Soundcheck done, doors at 8. Leeds you better be loud tonight 🤘 #tourlife",
        "Auf Tour mit der Band, heute Abend Köln",
        "caporal, retour de mission au Mali, ça fait bizarre de dormir dans un vrai lit",
        "Gendarme mobile, déplacement de 3 semaines, bisous les enfants",
        "La pregunta más repetida en mi última gira: '¿Y para cuándo los niños?'",
        "Ultima data del tour con il pancione di 7 mesi. Il bimbo scalciava su ogni assolo 🤰🎸",
        "La mia compagna è al settimo mese e io sono in missione in Libano fino a giugno.",
        "Pozdrav z mise v Litvě, mami, jím pořádně, neboj",
        "Ve 30. týdnu a bříško už nepustí kytaru ke mně. Zbytek turné dohrávám vsedě.",
        "Trasa koncertowa po Niemczech, dziś gramy w Dreźnie",
    ],
)
def test_the_owners_tour_or_mission_away_is_work_and_travel(caption):
    assert {"work", "travel"} <= caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a partner away, a tour called off, a stag trip, a postman's round, a wish
        "Mąż na delegacji w Niemczech, kot i ja rządzimy",
        "Mi mujer está de 36 semanas y he cancelado las fechas de marzo de la gira.",
        "Ma tournée sous la grêle ce matin, 312 boîtes aux lettres et pas un café",
        "one day I'll tour Japan. one day.",
        "Brácha se dneska vrátil z mise v Mali. Živý, zdravý a s vousy.",
    ],
)
def test_no_trip_of_the_owners_for_work(caption):
    assert "travel" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a hobby's tour: a choir's, a veterans' team's; a broadcast is no posting away
        "Tour with the male voice choir to Cardiff, sang in a pub at midnight 🍻",
        "Entrené con mal de altura en La Paz, con el equipo de veteranos de gira por Bolivia.",
        "Koro turnesi Saraybosna'da, Sebilj önünde şarkı söyledik",
        "Het gebed van de imam werd op tv uitgezonden bij de herdenking",
    ],
)
def test_a_hobbys_tour_is_no_work(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own paid post: its tag beside a brand's handle, a collaboration, a giveaway
        "pub: birra analcolica @Peroni0.0, stesso gusto #sponsored",
        "anúncio: cerveja sem álcool @BrahmaZero, o sabor de sempre #publi",
        "#werbung Diese Farben von @schmincke sind seit Jahren in meinem Kasten. Danke für die Zusammenarbeit!",
        "Shooting pour @maisonlumiere aujourd'hui #partenariat 📸 la collab sort le mois prochain",
        "GEWINNSPIEL 🌴 Eine Woche Malediven für zwei! Einfach liken und teilen #werbung",
    ],
)
def test_the_owners_paid_post_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # an advert the owner only saw
        'me salió un anuncio de @ClinicaDentalSonrisa "ortodoncia invisible al 0%" #ad',
        "el anuncio de Mahou con el perrete ese me hace llorar cada vez #publi #mahou",
        "letáky 'vše pro vaše miminko' mi chodí i když jsem bezdětná 🙃 #reklama",
    ],
)
def test_an_advert_seen_is_no_work(caption):
    assert "work" not in caption_signals(caption)
