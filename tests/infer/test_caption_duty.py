"""A uniformed, emergency or care worker's duty told by its acts (caption_duty), read by the
rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a shift or a night done or ahead, the rota, the station, a deployment, a posting
        "Hospital shift done, 12 hours on my feet. Nurses deserve more",
        "Nothing like a cold Guinness after a long shift",
        "rota came out and of course I'm on every bank holiday 🙃",
        "Goodbye Catterick, hello Germany! Posted to Sennelager for two years",
        "Dienstplan für Dezember ist raus und ich hab Heiligabend Dienst. super.",
        "Die letzten Tage vor dem Einsatz in Litauen. 6 Monate.",
        "une petite Duvel bien méritée après la garde 🍺",
        "Opex terminée. 4 mois en Estonie, retour à la maison ce soir",
        "Terminamos la guardia y cañas con los compis 🍻 que nos lo hemos ganado",
        "Me destinan a Ceuta. Toca hacer cajas otra vez 📦",
        "Fim do turno, imperial com o pessoal da esquadra 🍺",
        "Ustione alla mano durante l'intervento di stanotte, 10 giorni a casa",
        "Trappist op een terrasje na de late. Meer moet dat niet zijn 🍺",
        "nocka numer 4 z rzędu, o 6 rano zdaję zmianę i padam",
        "Noční ve Škodovce, třetí v řadě. Ráno snídaně a spát do tří",
        "Gece nöbetindeyim, acil servis yine full",
    ],
)
def test_a_duty_told_by_its_acts_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # someone else's shift, a church service, a figure, a fan's away trip, a vote as a duty
        "Meine Schwester arbeitet als Krankenschwester und macht fast nur Nachtschichten",
        "Mamka má noční v nemocnici, tak vařím já",
        "Wuj w wojsku na misji, piszemy listy",
        "Eczacı arkadaşım nöbette, ona simit götürdüm",
        "Fijn om na de dienst koffie te drinken met de gemeente",
        "My sister is pregnant!! Auntie Becca reporting for duty",
        "Who else watches The Apprentice purely to shout at the telly",
        "Kluci z fotbalovýho oddílu na výjezdu v Polsku, hospoda v ceně 🍻",
        "Parmağımdaki mürekkep silinmiyor ama olsun, demokrasi görevimi yaptım",
        "Mariés ! Haie d'honneur des pompiers et la sirène de la caserne en guise de cloche",
    ],
)
def test_no_duty_of_the_owners(caption):
    assert "work" not in caption_signals(caption)
