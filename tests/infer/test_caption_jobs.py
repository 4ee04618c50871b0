"""The owner's own job told by the trade's name said of oneself, by the years in it or by the
place "where I work" (caption_jobs), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner named by a trade, now or in the past, or "as" one
        "Twelve hours in and I'm a firefighter, not a miracle worker",
        "Trust me, as a tattooist I have seen worse on a Saturday night",
        "Klar kann ich das reparieren, ich bin ja Tischler",
        "Je suis fleuriste et le 14 février je ne dors pas",
        "Soy peluquera y hoy me han pedido el corte de Rosalía cuatro veces",
        "Sou cabeleireira e ainda me pedem milagres",
        "Mi hanno chiesto un tavolo gratis perché sono falegname. No.",
        "Natuurlijk zie ik jouw uitgroei, ik ben kapster",
        "Jestem fryzjerką i dziś sama obcięłam sobie grzywkę",
        "Ofinu si stříhám sama, jsem přece kadeřnice",
        "Ben ressamım, boyasız bir gün düşünemem",
        # the owner's years in the trade, the toil of its hands
        "Fifteen years in the job and my back finally gave up",
        "Dopo vent'anni a sollevare pazienti, la schiena ha detto basta",
        "Po dvaceti letech v domově pro seniory mě bolí záda",
        "Hasta taşımaktan belim gitti, fizik tedaviye başlıyorum",
        # the place the owner works named by a relative clause
        "Çalıştığım hastanenin önünde nişanlandık",
        "Konečně bydlíme kousek od nemocnice, kde dělám",
    ],
)
def test_a_job_told_of_the_owner_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a relative's or a friend's trade, a driver who drinks none, a degree's title, a question
        "Mijn zus begint morgen als kapster in Utrecht",
        "Mi padre cumple hoy 40 años de cartero en el pueblo",
        "mama met pensioen na 40 jaar in de zorg",
        "Nealko pivo, jsem řidič",
        "Nie piję, jestem kierowcą",
        "Státnice za mnou, jsem inženýrka! 🎓",
        "Dnes se mě holčička v tramvaji zeptala, jestli jsem malířka",
        "Whether I'm a photographer or not, I take too many pictures of my dinner",
    ],
)
def test_another_s_trade_or_no_job_is_not_work(caption):
    assert "work" not in caption_signals(caption)
