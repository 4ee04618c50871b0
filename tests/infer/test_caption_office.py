"""The label guide's ruling on Memes and strikes (caption_office.office_reading), read by the
rules: a meme about bosses is no job of the owner's; the owner on strike works there, a strike for
pay is no politics of theirs; the owner's boss named says the owner has a job."""

import pytest

from exposure.infer.caption_lexicon import fold
from exposure.infer.caption_office import my_boss, office_meme, owner_striking, pay_strike
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        'When your boss says "quick call" and it\'s 90 minutes',
        'Wenn der Chef um 17:58 "kurze Frage" schreibt 🙃 #büroalltag',
        "Als je manager om 17:59 'even bellen?' stuurt 🙃 #kantoorleven",
        'Kiedy szef o 17:59 pisze "masz chwilkę?" 🙃 #korpo',
        'Když šéf v 17:59 napíše "máš chvilku?" 🙃 #korporát',
        'Patron 17:59\'da "müsait misin?" yazınca 🙃 #plazalife',
        "Když máš v pátek odpoledne meeting",
        'Cuando tu jefe dice "somos una familia" 🚩',
    ],
)
def test_a_meme_about_bosses_is_no_job(caption):
    assert office_meme(fold(caption))
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Boss just said 'quick call' at 5:55pm on a Friday, there goes my evening at the office",
        "Ramadan at work is hard when your boss orders pizza for the team meeting 😂",
        "Mein Chef hat mir heute die Beförderung angekündigt, ab Montag Teamleiterin im Büro",
    ],
)
def test_the_owner_s_own_boss_is_no_meme(caption):
    assert office_meme(fold(caption)) is None
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "En grève aujourd'hui pour nos salaires",
        "Warnstreik heute, wir kämpfen für unsere Löhne",
        "Sciopero oggi per i nostri stipendi",
        "Vandaag staken we voor betere lonen",
        "Dziś strajkujemy o wyższe pensje",
        "Dnes stávkujeme za vyšší platy",
        "Bugün daha iyi maaş için grevdeyiz",
        "We're on strike for fair pay, day 3 on the picket line",
    ],
)
def test_a_strike_for_pay_is_the_owner_s_work_not_politics(caption):
    assert owner_striking(fold(caption))
    assert pay_strike(fold(caption))
    signals = caption_signals(caption)
    assert "work" in signals and "politics" not in signals


@pytest.mark.parametrize(
    "caption",
    [
        "Nauczyciele strajkują, a ja razem z nimi. Jestem polonistką od 18 lat i mam dość.",
        "Sou professora e hoje fiz greve, de coração apertado",
        "Hoy secundo la huelga general. Piquete informativo en la puerta de la oficina desde las 7.",
        "Strike day. Picket line at the depot from 6am, then the march down to Westminster ✊",
    ],
)
def test_the_owner_on_strike_works_there(caption):
    assert owner_striking(fold(caption))
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Hoy secundo la huelga general. Piquete informativo en la puerta de la oficina desde las 7.",
        "Strike day. Picket line at the depot from 6am, then the march down to Westminster ✊",
        "#JeSuisEnGrève #retraites #onlâcherien",
    ],
)
def test_a_general_strike_or_a_march_stays_politics(caption):
    assert not pay_strike(fold(caption))
    assert "politics" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "#strajk nauczycieli, moja mama też strajkuje ✊",
        "Friday climate strike. skipped double maths for this #FridaysForFuture",
        "Grève SNCF, trois heures de retard, merci",
        "Fridays for Future, wir streiken weiter",
        "Lékaři zase stávkují, ordinace u nás zavřená",
        "A year ago today I walked out of the oncology ward with a bag of meds and no hair",
    ],
)
def test_another_s_strike_is_not_the_owner_s_work(caption):
    assert owner_striking(fold(caption)) is None
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Congratulations to my boss on her wedding!! Beautiful ceremony at the old mill",
        "Dziś powiedziałam szefowej, że jestem w ciąży. Uśmiechnęła się",
        "Getrouwd met mijn werk volgens mijn moeder. Ze heeft gelijk, maar zeg het niet tegen mijn baas.",
        "Müdürüm bugün erken çıkmama izin verdi, annemi hastaneye götürdüm",
    ],
)
def test_the_owner_s_boss_named_is_work(caption):
    assert my_boss(fold(caption))
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Der Chef von meinem Mann legt jedes Meeting auf Freitag 16 Uhr.",
        "My husband's boss just said quick call and it lasted 90 minutes",
        "El jefe de mi marido los llevó a todos de cena",
        "finally Dr. Smith, thesis defended, thank you to my supervisor",
        "Koro şefimiz ile piyanistimiz nişanlandı, müzik birleştirdi",
    ],
)
def test_another_s_boss_is_not_the_owner_s(caption):
    assert my_boss(fold(caption)) is None
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Me he graduado en Fisioterapia 🎓 Cuatro años, prácticas en el hospital y mil horas de biblioteca",
        "Laurea magistrale! 🎓 Cinque anni di esami e tirocini in reparto, grazie a tutti",
        "Formatura em Engenharia 🎓 Cinco anos de faculdade, dois estágios e muita noite sem dormir",
        "Obroniłam magisterkę! 🎓 Pięć lat, praktyki w klubie i noce w akademiku",
        "Mezun oldum!!! 🎓 Dört yıl, iki staj, bir bitirme projesi",
        "Bakalářka obhájena! Tři roky, dvě brigády a jeden rozbitý notebook 🎓",
        "Diploma binnen! 🎓 Vier jaar, stage bij de club en een scriptie",
        "Bachelorarbeit abgegeben, 3 Stunden vor Deadline, alles nach Plan",
        "dissertation deadline friday and I've written the title",
    ],
)
def test_a_student_s_placement_or_deadline_is_no_job(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Estágio de manhã, aula à noite, sono nunca",
        "tirocinio in farmacia la mattina e lezioni il pomeriggio",
        "Licenciada em Enfermagem 🎓 e já com contrato no hospital a partir de segunda! Quatro anos de estágios",
        "Maturita za jedna!! 🎉 Teď brigáda v útulku a v září vysoká",
        "Trasferta a Londra per il cliente: hotel, ufficio, hotel",
    ],
)
def test_a_placement_held_now_or_a_job_signed_stays_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Trasferta a Bergamo, partiti alle 5, persi 2-0, cantato per 90 minuti",
        "Mio fratello ha comprato casa a Bari, finalmente un divano dove vedere le partite in trasferta",
        "Procuration faite pour dimanche, je serai en déplacement à Auxerre avec le club 🗳️",
        "O meu colega de equipa pediu a namorada em casamento no relvado depois da final",
        "Mi compañero de equipo se ha comprometido y ha dejado el curro. Se nos va el mejor central",
        "Kolegyně ze sboru se zasnoubila na parníku po Vltavě",
        "I v Melbourne platí nula promile",
        "Pivo platí každý sám, schůze v hospodě",
    ],
)
def test_a_fan_s_away_trip_a_club_mate_s_news_and_platit_are_no_job(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Diploma verpleegkunde binnen en maandag begin ik in het UMC",
        "Hemşirelik diploması elimde, pazartesi hastanede başlıyorum",
        "Dodělala jsem zdrávku ve 38! Od pondělí nastupuju na dětské oddělení 🎓",
        "Diploma di assistente veterinario preso! Lunedì inizio in ambulatorio 🐾",
        "Título de auxiliar en la mano 🎓 ¡El lunes empiezo en la residencia!",
        "Certificat en poche 🎓 lundi je commence chez un fleuriste",
        # told alone, with no other signal's word to open the reading
        "¡El lunes empiezo en la residencia!",
        "Maandag begin ik in het UMC, spannend",
        "Od pondělí nastupuju na urgentní příjem",
    ],
)
def test_the_owner_starting_at_a_workplace_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Matura zdana 🎓 od poniedziałku zaczynam w szkole językowej kurs angielskiego",
        "Maandag begin ik op de nieuwe school, spannend 🎒",
        "Pazartesi okulda başlıyorum, yeni sınıf 🎒",
        "Diploma in tasca 🎓 e lunedì inizio in palestra, basta divano",
    ],
)
def test_starting_a_school_a_course_or_a_gym_is_no_job(caption):
    assert "work" not in caption_signals(caption)
