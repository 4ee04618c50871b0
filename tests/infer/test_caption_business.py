"""The owner's own trade told by its acts (caption_business.business_acts), read by the rules."""

import pytest

from exposure.infer.caption_business import business_acts, business_not_work
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # opening and closing the owner's place
        "Quick coffee before opening up, long Saturday ahead",
        "Una caña después de cerrar la frutería, hoy no paraba de entrar gente",
        "Teď otevírám trafiku, pak rychle k doktorovi",
        # the place shut for a holiday or an illness
        "Flu again, so the salon's shut till Thursday, sorry everyone",
        "Urlaub! Werkstatt bleibt bis Montag zu",
        "Vakantie, de kapsalon is dicht tot 3 augustus",
        "Fébrile depuis hier, la boulangerie rouvre jeudi",
        # behind the counter, at the stall
        "Sesto mese e ancora dietro il bancone tutto il giorno",
        "Zmęczona, dziesięć godzin za ladą i nogi mi odpadają",
        # years in the trade, a count of the day's jobs
        "Shoulder physio. Twenty years of plastering will do that",
        "Hoy 11 clientas y una novia, mañana más",
        # deliveries, the farm, a lorry's haul, a move of the place
        "Bonito castillo, paramos de camino a una entrega",
        "Melkzeit um fünf, danach Frühstück mit den Kindern",
        "Lkw beladen für Mailand, 900 km vor mir",
        "Mudamos a oficina para a rua nova, apareçam",
        "Przenieśliśmy warsztat bliżej domu, w końcu",
        # the owner named by a trade
        "Nachts als Krankenschwester, tagsüber Mama, und jetzt noch Elternabend",
        "Tweede week als buschauffeur en ik ken de hele lijn al",
        "Menisküs ameliyatı, aşçı olarak iki ay yokum",
        # a driver's route, the first holiday since the place opened
        "Cztery dni w trasie, w piątek wreszcie w domu",
        "Zpátky z trasy do Itálie, teď spát",
        "Primer puente libre desde que abrí la panadería",
        "Premier week-end en famille depuis l'ouverture du salon",
        # the trade at rest while the owner is ill or away
        "Gips na ręce. Dekarz na L4 do marca",
        "Influenza, il muratore si riposa",
        "Verstauchter Knöchel, die Baustellen müssen warten",
        "Gorączka, ale sklep sam się nie otworzy",
        "Zona, taxista de baja una semana",
        # an illness in the harvest, the hours of a working week
        "Gebroken pols, net nu de oogst eraan komt",
        "Ordered pizza after a 70-hour week",
        "Rug kapot na een dag van 12 uur in de winkel",
        # a piece for a client, the regulars, the place mine or ours, opened, retired
        "Ho finito la torta nuziale per una cliente, tre piani di crema",
        "Merci à mes habitués pour les chocolats de Noël",
        "Onze bakkerij bakt dit jaar de kerststol voor het hele dorp",
        "Wir haben unseren eigenen Hofladen eröffnet, kommt vorbei",
        "Abrimos nuestra propia barbería en el centro",
        "W pracy ostatni raz. Emerytura po 35 latach w piekarni",
        "V penzi! Po 42 letech ve slévárně konečně volno",
        # farmers at a protest with their tractors, the picket line, the shop's animal
        "Wij boeren blijven staan, ook vandaag in Zwolle",
        "Diese Woche mit dem Traktor nach Berlin zur Kundgebung",
        "Third morning on the picket line with the ward",
        "Nossa gata virou a segurança da oficina",
        "Shop dog Biscuit has eaten a whole sausage roll",
    ],
)
def test_trade_told_by_its_acts_is_the_owners_work(caption):
    assert business_acts(caption)
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a customer's or someone else's trade, a living room, a hay fever, the local pub
        "My hairdresser is the best, go and book with her",
        "Noooo the bakery is closed, no croissants for us",
        "La peluquera de abajo ha tenido un bebé",
        "Rhume des foins, je ne sors plus",
        "Vyhráli jsme kvíz v naší hospodě",
        "Wir haben unser eigenes Wohnzimmer gestrichen",
        "Nuestro propio salón por fin, hipoteca firmada",
        "Currywurst am Stand, wie früher",
        "Flyeren op de markt, kom langs bij onze kraam voor de verkiezingen",
        "Nine years of nights and weekends, but the thesis is done",
        # someone else's trade, a trade graduated in
        "So proud, my sister starts Monday as a nurse at the county hospital",
        "Mijn vader stopt na 38 jaar als buschauffeur",
        "Afgestudeerd als verpleegkundige, nu nog een baan vinden",
    ],
)
def test_false_friends_of_the_trade_stay_silent(caption):
    assert business_acts(caption) is None


@pytest.mark.parametrize(
    "caption",
    [
        # a food bank's or a charity's collection counted in tonnes
        "Zbiórka dla banku żywności: 5 ton, dziękujemy",
        "Recogida del banco de alimentos, 4 toneladas, gracias",
        # a coffee, the local pub, another's trade or retirement, a protest seen on the news
        "Mon chat a encore renversé mon café",
        "Mama przeszła na emeryturę po 40 latach w szkole",
        "Dad retired today after 41 years at the plant",
        "Protest rolników w telewizji, autostrada stoi",
        "Zemědělci s traktory na magistrále",
        "Gezi'nin yıldönümünde Taksim'deydik",
        "Zeytin hasadı zamanı geldi",
        "Entorse au genou, fin de saison pour moi",
        "No io non bevo, faccio l'autista stasera",
        "Ik heb mijn fiets weer kwijt",
    ],
)
def test_false_friends_of_more_acts_stay_silent(caption):
    assert business_acts(caption) is None


@pytest.mark.parametrize(
    ("caption", "work_word"),
    [
        # work on the garden or the allotment, a wish for a business of one's own, a saying
        ("Domingo entero trabajando en el huerto con mi padre", "trabajando"),
        ("Working on the allotment till it got dark", "working"),
        ("Sobota, praca w ogrodzie od rana", "praca"),
        ("Hele dag werken in de moestuin, rug kapot", "werken"),
        ("Cumartesi bahçede çalıştım, domatesler dikildi", "calistim"),
        ("Il mio sogno: una mia pasticceria al mare", "pasticceria"),
        ("Až vyhraju v loterii, otevřu si kavárnu", "kavarnu"),
        ("Comme dit mamie, le travail c'est la santé", "travail"),
    ],
)
def test_work_on_the_garden_a_wish_or_a_saying_is_no_job(caption, work_word):
    words = business_not_work(caption)
    assert words is not None and work_word in words[1]


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own job, a gardener's work for a client, a garden seen from a home office
        "Night shift done, straight to bed",
        "Working from home with a view of the garden",
        "Twenty gardens mowed this week for my clients",
        "Mein eigener Laden wird 5!",
    ],
)
def test_jobs_beside_a_garden_are_not_taken(caption):
    assert business_not_work(caption) is None


@pytest.mark.parametrize(
    "caption, work",
    [
        ("Todo el finde trabajando en el huerto. Los tomates, de momento, ganan ellos", False),
        ("Celý víkend práce na zahradě, rajčata vs já 1:0", False),
        ("Comme dit mamie, le travail c'est la santé", False),
        ("Tutto il weekend a lavorare nell'orto, le zucchine hanno vinto", False),
        ("Night shift done, straight to bed", True),
        ("Zurück bei der Arbeit nach dem Urlaub, neues Büro", True),
    ],
)
def test_the_reader_takes_back_work_that_is_no_job(caption, work):
    assert ("work" in caption_signals(caption)) is work


# --- work46: work words that are no job of the owner's ------------------------------------------


@pytest.mark.parametrize(
    "caption",
    [
        # a job looked for or wished for, not held
        "Título en mano, ahora a buscar trabajo",
        "Chtěla bych práci, kde platí za spaní",
        # works on the home, a body part that quits, a neighbours' meeting
        "Obras en la cocina, tercera semana comiendo fuera",
        "Lavori in bagno, doccia dai vicini per un mese",
        "Mein Knie hat gekündigt nach dem Marathon",
        "Riunione di condominio fino alle undici, salvatemi",
        # the island, a story or a layer in German, an office one visits
        "Dix jours à la Réunion, randonnée au piton des Neiges",
        "Kunstgeschichte im dritten Semester, heute Referat über Dürer",
        "Registry office booked for June, tiny wedding",
        # someone else's new job, told by the owner
        "Mon frère part à Nantes, il a trouvé un boulot dans une agence",
        "Mudamos para Braga por causa do emprego dela",
    ],
)
def test_work_that_is_no_job_of_the_owners_stays_silent(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's own job beside the same words
        "Primera reunión con el nuevo jefe, qué nervios",
        "Nowa praca od poniedziałku, dostałam umowę na stałe",
        "Konečně jsem dostala práci v Brně!",
        "J'ai trouvé un boulot dans une agence à Nantes",
        "Réunion d'équipe à 8h, café obligatoire",
        "Zurück bei der Arbeit nach dem Urlaub, neues Büro",
    ],
)
def test_the_owners_own_job_beside_those_words_counts(caption):
    assert "work" in caption_signals(caption)


# Stop 47 (`school47.work_*`): a retirement after years with the employer, clocking in, a boss
# who grants leave; a teammate's leave for a birth is theirs.
@pytest.mark.parametrize(
    "caption",
    [
        "Rente nach 40 Jahren bei der Post. Jetzt hab ich endlich Zeit für den Ultra!",
        "Retraite après 38 ans à la SNCF, maintenant objectif 100 km de Millau",
        "Aposentado depois de 35 anos no banco, agora é ultramaratona",
        "Důchod po 38 letech u Českých drah. Teď cíl: stovka",
        "Retired from the police on Friday, started marathon training Monday",
        "Dopo la partita di calcetto una birretta coi ragazzi, domani si timbra alle 7",
        "Pelada de quinta e depois um chopp no boteco, amanhã bato ponto às 7",
        "Na de wedstrijd één pilsje met het team, morgen vroeg dienst",
        "Boss let me leave early for the track session. Legend",
        "Szefowa dała nam wolne w Wigilię od dwunastej.",
        "Öğle arasında sahilde 5 km koştum, müdür fark etmedi",
        "Meine eigene Fahrradwerkstatt hat heute eröffnet! Kommt vorbei",
        "Apro la mia ciclofficina a Verona! Prima revisione gratis",
        "Otevírám vlastní běžeckou prodejnu v Olomouci!",
        "Eczanemi açtım! Babamın hayaliydi, onun adını verdim",
    ],
)
def test_work_told_without_the_work_word(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Mum retired after 35 years at the bank",
        "Rozgrywająca idzie na macierzyński, liga bez niej będzie ciężka",
        "Notre passeuse part en congé maternité en pleine saison, on recrute",
        "Pasörümüz doğum iznine çıkıyor, lig ortasında yerine kimi bulacağız",
        "A levantadora do nosso time de vôlei vai sair de licença-maternidade",
        "Our striker is on paternity leave next month",
        "Apro la mia finestra e guardo il mare",
        "Defendi o mestrado! Agora só falta o emprego",
        "Diplom z Vysoké školy ekonomické převzatý, teď jen najít práci",
        "Mi sono laureato, ma i parenti ancora chiedono quando trovo un lavoro vero",
    ],
)
def test_no_work_of_the_owner_told(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner's retirement told as the day's news
        "Retired! 34 years at the plant, now back to Glasgow for good",
        "40 years in the same classroom. Retiring Friday. Who am I without a bell schedule?",
        "Jubilado!! 44 años de camionero por toda Europa",
        "aposentei!!! 35 anos de banco, agora é só alegria",
        "Retraite ! 40 ans à La Poste, dernier tour de facteur aujourd'hui",
        "Sono ufficialmente in pensione! 41 anni di scuola elementare a Lecce",
        "Ab heute im Ruhestand, 45 Jahre bei der Sparkasse",
        "Ik ga vandaag met pensioen, na 42 jaar op de bus",
        "Emerytura! 39 lat na kolei. Koledzy zrobili mi niespodziankę.",
        "Důchod! Po 40 letech ve Škodovce jdu na ryby 🎣",
        "Yarın emekli oluyorum, 30 yıl aynı okulda",
    ],
)
def test_the_owners_retirement_told_as_news_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # another's retirement (the ruling on Work makes the owner's own life as a pensioner
        # work: "ich bin Rentner" is no longer here, see test_caption_work49)
        "My dad's retiring after 40 years on the railways, end of an era",
        "Reverend Davies retiring after 30 years at St Luke's",
    ],
)
def test_no_retirement_of_the_owner_told(caption):
    assert "work" not in caption_signals(caption)
