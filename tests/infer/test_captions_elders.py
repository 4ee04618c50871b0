"""The captions of older adults (captions_dev28 and the older writers of dev14 and holdout5):
retirement in the first person is work, one's own golden or ruby wedding is a wedding, a
grandchild's birth, sacrament, school or pet is the grandchild's, a daughter-in-law's
pregnancy is hers, the owner's pregnancy of a year gone with the child named is also their
child, a drink in an advert and the church of a funeral are not the owner's (`caption_elders`). Captions of no set, in several languages; each class has captions
that failed on the rules before it, the rest guard."""

import pytest

from exposure.infer.caption_elders import past_pregnancy
from exposure.infer.caption_lexicon import Match
from exposure.infer.captions import rule_signals

# caption, signals given, signals taken, why
CASES = [
    # the owner retiring is work (the label guide); a parent's or a pastor's retirement is theirs
    ("Officially retired as of Friday, 35 years at the council", {"work"}, set(), "en"),
    ("Hoy me jubilo después de 41 años en la farmacia", {"work"}, set(), "es"),
    ("Me aposentei ontem, 33 anos na prefeitura", {"work"}, set(), "pt"),
    ("Après 38 ans au Crédit Agricole, je pars à la retraite vendredi", {"work"}, set(), "fr"),
    ("Heute mein letzter Tag im Rathaus, ab Montag Rentnerin!", {"work"}, set(), "de"),
    ("Da domani pensionata, grazie colleghe dell'anagrafe!", {"work"}, set(), "it"),
    ("Przeszłam na emeryturę po 36 latach w bibliotece", {"work"}, set(), "pl"),
    ("Bugün emekli oldum, 30 yıl bankada çalıştım", {"work"}, set(), "tr"),
    ("Noch drei Jahre bis zur Rente, dann nur noch Garten", {"work"}, set(), "de still working"),
    ("Laatste werkdag bij de bakkerij, 41 jaar lang brood", {"work"}, set(), "nl last day"),
    ("Poslední směna ve sklárně, 33 let u pece", {"work"}, set(), "cs a last shift, years"),
    ("Mum retired today after 40 years at the bakery", set(), {"work"}, "en a mother's"),
    ("Papa geht im Mai in den Ruhestand, 45 Jahre beim Zoll", set(), {"work"}, "de a father's"),
    ("Found a lovely retired church pew at the reclamation yard", set(), {"work"}, "en furniture"),
    # one's own golden, ruby or silver wedding; the parents' or grandparents' is theirs
    ("Noces d'or pour nous deux, 50 ans avec mon Marcel", {"wedding"}, set(), "fr own"),
    ("Złote gody, pół wieku razem z moim Heniem", {"wedding"}, set(), "pl own"),
    ("Goldene Hochzeit! 50 Jahre mit meiner Gerda", {"wedding"}, set(), "de own"),
    ("Nozze d'argento, 25 anni con il mio Gino", {"wedding"}, set(), "it own"),
    ("Nozze d'oro dei miei genitori, festa in trattoria", set(), {"wedding"}, "it parents'"),
    ("Gouden bruiloft van opa en oma in de feestzaal", set(), {"wedding"}, "nl grandparents'"),
    ("Mis papás celebran sus bodas de oro en Toledo", set(), {"wedding"}, "es parents'"),
    # a grandchild's birth, sacrament, school or pet is the grandchild's
    ("Welcome little Poppy, our third grandchild, 6lb 9oz", set(), {"baby"}, "en birth"),
    ("Torunum dünyaya geldi, 3 kilo 100 gram, maşallah", set(), {"baby"}, "tr birth"),
    ("Erster Schultag für unsere Enkelin Mia heute", set(), {"school"}, "de school"),
    ("Chrzest wnuczka Antosia w naszej parafii", set(), {"religion"}, "pl baptism"),
    ("Bautizo de mi nieta Carmen en San Pedro", set(), {"religion"}, "es baptism"),
    ("Doop van onze kleinzoon Bram, wat een feest", set(), {"religion"}, "nl baptism"),
    ("Onze kleindochter kreeg een konijn voor haar verjaardag", set(), {"pet"}, "nl pet"),
    ("Ons konijn Snuffie speelt met de kleinkinderen", {"pet"}, set(), "nl our rabbit"),
    ("Niedziela z dziećmi i wnukami na działce", {"baby"}, set(), "pl own children beside"),
    # a daughter-in-law's pregnancy, or the owner becoming a grandparent: not the owner's
    ("Unsere Schwiegertochter ist schwanger, wir werden Großeltern!", set(), {"pregnancy"}, "de"),
    ("Minha nora está grávida de gêmeos!", set(), {"pregnancy"}, "pt daughter-in-law"),
    ("Our grandbaby is due in June, knitting already", set(), {"pregnancy"}, "en grandbaby due"),
    # the owner's own pregnancy of a year gone, the child named: also their child
    ("Yo embarazada de Lucía en 1984, en el pueblo", {"baby", "pregnancy"}, set(), "es"),
    ("Me pregnant with Tom in 1988, what a perm", {"baby", "pregnancy"}, set(), "en"),
    ("1986'da Elif'e hamileyken, Bursa'da", {"baby", "pregnancy"}, set(), "tr while pregnant"),
    ("We're expecting! Due in May 🤰", {"pregnancy"}, {"baby"}, "en a pregnancy now"),
    # a drink in an advert is no glass of the owner's; a beer at the pub is
    ("Reklama wódki przed dziennikiem, kto to wymyślił", set(), {"alcohol"}, "pl advert"),
    ("Werbung für Glühwein schon im September, unglaublich", set(), {"alcohol"}, "de advert"),
    ("Anuncio de vino en la radio cada diez minutos", set(), {"alcohol"}, "es advert"),
    ("Pint at the pub after the bowls match 🍺", {"alcohol"}, set(), "en a pub is no ad"),
    # the church or the mass of a funeral is the deceased's rite; a prayer or a mass attended stays
    ("Pogrzeb sąsiada, kościół pełny ludzi", set(), {"religion"}, "pl funeral"),
    ("Funerale di zio Beppe, la chiesa era piena", set(), {"religion"}, "it funeral"),
    ("Sunday mass at St Anne's as always 🙏", {"religion"}, set(), "en mass, no funeral"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES)
def test_elders_class_reads_the_caption(caption, given, taken, why):
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)


def test_past_pregnancy_wants_a_year_gone_and_a_child_named():
    mine = [(Match("pregnancy", "pregnant", "en"), None, (1, 2))]
    assert past_pregnancy("Me pregnant with Tom in 1988", mine)[-1][0].signal == "baby"
    assert past_pregnancy("my maternity card from 1979, still in the drawer", mine) == mine
    assert past_pregnancy("Me pregnant with Tom, due in May", mine) == mine
    theirs = [(Match("pregnancy", "pregnant", "en"), "others", (1, 2))]
    assert past_pregnancy("My sister pregnant with Tom in 1988", theirs) == theirs


# elders42 (holdout27, dev28): what older writers say without the signal's word, and false friends
SAID = [
    # a course taken is school (one an employer sends to or at a mosque too: the label guide's
    # ruling on courses); a dog's, a race, an advert's or "of course" not
    ("Zapisałam się na kurs malowania w bibliotece", {"school"}, set(), "pl a course"),
    ("Kurz němčiny pro seniory, třetí lekce", {"school"}, set(), "cs a course"),
    ("Mein Spanischkurs an der Volkshochschule beginnt morgen", {"school"}, set(), "de compound"),
    ("Sigo el curso de fotografía para mayores los martes", {"school"}, set(), "es a course"),
    ("Bu kış halk eğitimde Almanca kursuna başladım", {"school"}, set(), "tr a course"),
    ("Of course the grandkids ate all the cake", set(), {"school"}, "en of course"),
    ("Welpenkurs mit Bello, er hört trotzdem nicht", set(), {"school"}, "de a dog's course"),
    ("Corso di aggiornamento dell'azienda, otto ore di slide", {"school"}, set(), "it employer"),
    ("Ma course du dimanche matin, 8 km", set(), {"school"}, "fr a race"),
    ("Kuran kursuna başladım bu hafta", {"school"}, set(), "tr a faith's course"),
    ("Pubblicità: corso di cucina a domicilio con lo chef", set(), {"school"}, "it an advert"),
    ("Kuran kursunda hocayız", set(), {"school"}, "tr a course taught"),
    # a hobby course one learns in is a course; a fitness class is none
    ("Cours de poterie le jeudi, j'adore", {"school"}, set(), "fr pottery"),
    ("Curso de cerâmica às quartas, a minha caneca ficou torta", {"school"}, set(), "pt"),
    ("Clases de yoga los martes, mi momento", set(), {"school"}, "es yoga"),
    # a course's certificate is graduation and school both (the ruling: its certificate at the
    # end is graduation too)
    ("Certyfikat z kursu pierwszej pomocy odebrany!", {"graduation", "school"}, set(), "pl"),
    ("Ho ricevuto l'attestato del corso di cucito", {"graduation", "school"}, set(), "it"),
    ("Got the birth certificate for the new passport", set(), {"graduation"}, "en birth cert"),
    # thanks to God for every year is a set phrase, no practice (the ruling on faith), as is a
    # bare "thank God"
    ("30 anni di matrimonio, grazie Signore per ogni giorno insieme", set(), {"religion"}, "it"),
    ("Rubinowe gody, dzięki Bogu za każdy wspólny rok", set(), {"religion"}, "pl"),
    ("Endlich Rente, Gott sei Dank!", set(), {"religion"}, "de idiom"),
    # a farewell to a place beside the packing is the owner's move
    ("Dozen ingepakt, morgen de verhuiswagen. Vaarwel Utrecht", {"moving"}, set(), "nl"),
    ("Empaquetado todo, el camión viene el lunes. Adiós Bilbao", {"moving"}, set(), "es"),
    ("Goodbye Leeds, lovely weekend with the girls", set(), {"moving"}, "en no packing"),
    # a pregnancy of a year gone is the owner's though a grandchild scanned the photo
    ("Mi nieta escaneó esta: yo embarazada de Luis en 1979", {"pregnancy"}, set(), "es"),
    ("Vnuk mi naskenoval fotku: já těhotná v roce 1984", {"pregnancy"}, set(), "cs"),
    ("Unsere Enkelin ist schwanger!", set(), {"pregnancy"}, "de a grandchild's now"),
    # standing for office and collecting signatures are politics; a trainee lawyer is no candidate
    ("Je me présente aux municipales sur la liste du maire", {"politics"}, set(), "fr standing"),
    ("Startuję do rady gminy, liczę na wasze głosy", {"politics"}, set(), "pl standing"),
    ("Başkan adayıyım, tüm mahalleye selam", {"politics"}, set(), "tr standing"),
    ("Avukat adayıyım artık, staj başladı", set(), {"politics"}, "tr a trainee"),
    # vows renewed are the owner's wedding; a school-leaving certificate of a year gone a graduation
    ("We renewed our vows in the garden, 45 years on", {"wedding"}, set(), "en vows"),
    ("Abbiamo rinnovato le promesse dopo trent'anni", {"wedding"}, set(), "it vows"),
    ("Nikahımızı tazeledik, 50. yılımız", {"wedding"}, set(), "tr vows"),
    ("Moje świadectwo dojrzałości, rocznik 1971", {"graduation"}, set(), "pl certificate"),
    # a great-grandchild's baptism: the church and the priest of the rite are the child's
    (
        "Doop van ons achterkleinkind Sem. De dominee sprak mooi in de kerk",
        set(),
        {"religion"},
        "nl",
    ),
    ("Křest pravnučky Aničky, v kostele bylo plno", set(), {"religion"}, "cs"),
    # an operation of the old (a knee, a hip, a cataract) is health; the groom's mother has a son
    ("Drei Wochen nach der Augen-OP, ich sehe wieder alles", {"health"}, set(), "de"),
    ("Volto a casa dopo la protesi al ginocchio, grazie a tutti", {"health"}, set(), "it"),
    ("Endoprotéza kyčle za mnou, už chodím o berlích", {"health"}, set(), "cs"),
    ("Vestido de madre del novio comprado, la boda es en mayo", {"baby"}, set(), "es"),
    # a flat for the old moved into is a new home
    ("Zwei Wochen im betreuten Wohnen, die Nachbarn sind nett", {"new_home"}, set(), "de"),
    ("Onze nieuwe serviceflat, eindelijk geen trappen meer", {"new_home"}, set(), "nl"),
    # a greeting from a place that closes a longer caption is a sign-off from home; one that
    # opens the caption is a postcard from a journey
    (
        "Heute gibt es Pflaumenkuchen nach dem Rezept meiner Mutter, schmeckt wie früher!!! "
        "Liebe Grüße aus Franken",
        set(),
        {"travel"},
        "de sign-off",
    ),
    (
        "Hoy toca cocido como lo hacía mi madre, que rico. Saludos desde Zamora",
        set(),
        {"travel"},
        "es",
    ),
    (
        "Zondag soep gemaakt zoals mijn moeder dat deed!!! Groetjes uit Twente",
        set(),
        {"travel"},
        "nl",
    ),
    ("Pozdrav z Chorvatska! Moře je teplé a jídlo skvělé", {"travel"}, set(), "cs a postcard"),
    # a wedding told beside the proposal in a year gone was held; one ahead is still planned
    ("Zaręczyliśmy się w 1974, a ślub był w kościele rok później", {"wedding"}, set(), "pl"),
    ("Ci siamo fidanzati nel 1965 e il matrimonio nel '66 a Lucca", {"wedding"}, set(), "it"),
    ("Verlobt! Die Hochzeit ist nächstes Jahr im Mai", {"engagement"}, {"wedding"}, "de ahead"),
]


@pytest.mark.parametrize("caption,given,taken,why", SAID)
def test_elders_said_without_the_word(caption, given, taken, why):
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)


# the spouse's illness is the household's (the label guide: the partner is the owner's
# household); another's spouse, a spouse beside someone else, or a spouse at work is not
SPOUSE = [
    ("Mein Mann liegt seit Dienstag im Krankenhaus, Gallenblase", {"health"}, set(), "de"),
    ("Manžel je týden po operaci kyčle, už chodí o berlích", {"health"}, set(), "cs"),
    ("Mi marido salió ayer del hospital después de la operación", {"health"}, set(), "es"),
    ("O meu marido foi operado ao joelho, correu tudo bem", {"health"}, set(), "pt"),
    ("Mijn man ligt in het ziekenhuis na een hartaanval", {"health"}, set(), "nl"),
    ("Mio marito è tornato a casa dopo l'operazione al cuore", {"health"}, set(), "it"),
    ("Mąż po operacji kolana, leży w szpitalu", {"health"}, set(), "pl"),
    ("Eşim ameliyat oldu, iki gündür hastanede yatıyor", {"health"}, set(), "tr"),
    ("Le mari de ma voisine est à l'hôpital depuis lundi", set(), {"health"}, "fr a neighbour's"),
    ("Il marito della mia vicina è in ospedale", set(), {"health"}, "it a neighbour's"),
    ("Manžel sousedky po infarktu, držte palce", set(), {"health"}, "cs a neighbour's"),
    ("Jej mąż leży w szpitalu od tygodnia", set(), {"health"}, "pl her husband"),
    ("Mein Mann arbeitet seit 30 Jahren im Krankenhaus", set(), {"health"}, "de at work"),
    ("Mi marido trabaja en el hospital de noche", set(), {"health"}, "es at work"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,given,taken,why", SPOUSE)
def test_spouse_health_is_the_households(caption, given, taken, why):
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)


# a relative's illness told on in the next clauses is still theirs; the owner's own in a clause
# of the first person stays the owner's
CARRIED = [
    ("Sestra měla mrtvici. Je v nemocnici v Hradci Králové", set(), {"health"}, "cs"),
    ("Dziadek w szpitalu. Ma zapalenie płuc, leży pod tlenem", set(), {"health"}, "pl"),
    ("mio padre operato al cuore, è in terapia intensiva ma stabile", set(), {"health"}, "it"),
    ("ma mère a été opérée de la hanche, la kiné commence lundi", set(), {"health"}, "fr"),
    ("Annem hastanede, dizinden ameliyat oldu", set(), {"health"}, "tr"),
    ("Mi madre está en el hospital, le operan mañana", set(), {"health"}, "es"),
    ("Papa ist im Krankenhaus, ich habe seit gestern Grippe", {"health"}, set(), "de own"),
    ("Mama w szpitalu, a ja mam grypę od tygodnia", {"health"}, set(), "pl own"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,given,taken,why", CARRIED)
def test_illness_carried_stays_the_relatives(caption, given, taken, why):
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)


# stop 49 (`health49.named`, `household_health`): an illness, a treatment or a ward by a name the
# lexicon lacks is health, the spouse's the owner's (the label guide's household ruling), a
# parent's theirs
NAMED = [
    ("Mi marido lleva marcapasos desde ayer, todo bien", {"health"}, set(), "es spouse"),
    ("Meine Frau hat jetzt einen Herzschrittmacher, alles gut", {"health"}, set(), "de spouse"),
    ("Manžel má nový kardiostimulátor, už je doma", {"health"}, set(), "cs spouse"),
    ("Ik heb waterpokken op mijn 35e, jeuk overal", {"health"}, set(), "nl own"),
    ("J'ai la varicelle à 30 ans, merci les neveux", {"health"}, set(), "fr own"),
    ("Dün gece ateşlendim, sabaha kadar acildeydim", {"health"}, set(), "tr own"),
    ("Mijn moeder heeft een pacemaker gekregen", set(), {"health"}, "nl a mother's"),
    ("Mój tata ma nowy rozrusznik serca", set(), {"health"}, "pl a father's"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,given,taken,why", NAMED)
def test_an_illness_the_lexicon_lacked_is_health(caption, given, taken, why):
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)


# stop 51 (`illness_told_of`): a relative's illness told on in the caption's next clauses, the
# nearest person word before it a relative or another outside the household and its clause with
# no first person, is theirs; the spouse's, the own child's and the owner's own stay health
TOLD_OF = [
    ("Mama ma nowe biodro! Operacja udana, już chodzi z balkonikiem.", set(), {"health"}, "pl"),
    ("Dědeček je v nemocnici se zápalem plic. Myslete na něj.", set(), {"health"}, "cs"),
    (
        "Betet bitte für unsere Oma, sie hatte einen Schlaganfall. Die Ärzte sagen",
        set(),
        {"health"},
        "de",
    ),
    ("Babaannem geçen hafta düştü. Kalçası kırıldı, hastanede", set(), {"health"}, "tr"),
    ("Mi madre se ha roto la muñeca. Tres semanas de escayola", set(), {"health"}, "es"),
    ("Mio nonno compie 90 anni. Dopo l'operazione al cuore sta benissimo", set(), {"health"}, "it"),
    ("My sister broke her leg skiing. Six weeks in a cast, poor thing", set(), {"health"}, "en"),
    ("Mama came to visit me. I'm in hospital with pneumonia", {"health"}, set(), "en own"),
    (
        "Mi madre me acompañó al hospital. Me operaron ayer de la rodilla",
        {"health"},
        set(),
        "es own",
    ),
    ("Dzień z mamą. Jutro mam operację kolana", {"health"}, set(), "pl own"),
    ("Ma fille a la varicelle, semaine à la maison", {"health"}, set(), "fr a child's"),
    ("Moje dcera má angínu, zase antibiotika", {"health"}, set(), "cs a child's"),
]


@pytest.mark.parametrize("caption,given,taken,why", TOLD_OF)
def test_a_relatives_illness_told_on_is_theirs(caption, given, taken, why, monkeypatch):
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
    signals = rule_signals(caption)
    assert given <= signals, (why, signals)
    assert not taken & signals, (why, signals)
