"""The owner's child named at a milestone (`caption_child`): a capitalised name that turns a
child's age, starts school or nursery, takes its first steps or is christened is `baby`, in the
ten caption languages; a pet's birthday, an adult's, a nephew's, a godchild's or a friend's child's
milestone stays silent. Captions of no set, each read by the rules alone."""

import pytest

from exposure.infer.caption_child import milestones
from exposure.infer.captions import caption_signals, rule_signals

# caption, why: the owner's child, named at a milestone
CHILD = [
    ("Mia's first day of school, she didn't even wave goodbye", "en school, possessive"),
    ("Freddie turned 5 today and wants a volcano cake", "en age"),
    ("Zosia skończyła 3 latka, tort z truskawkami", "pl age"),
    ("Emre bugün 5 yaşına girdi, pastasını kendi seçti", "tr age"),
    ("eerste schooldag van Sem, de rugzak is groter dan hij", "nl first school day"),
    ("Ben kommt in die Schule, die Schultüte ist riesig", "de school start"),
    ("Valentina cumple 4 y quiere una piñata de unicornio", "es age"),
    ("O Vicente fez 4 anos e pediu um bolo de dinossauro", "pt age"),
    ("Rentrée en moyenne section pour Louise, doudou dans le sac", "fr school year"),
    ("il battesimo di Pietro, la nonna in prima fila", "it christening"),
    ("Terezka oslavila 5 let, dort ve tvaru jednorožce", "cs age"),
    ("Kuba poszedł do przedszkola i nawet nie płakał", "pl nursery start"),
    ("Mert bugün 3 yaşında, pasta yüzünde", "tr age today"),
    ("Jonas wird heute 4, Feuerwehrkuchen", "de age today"),
    ("Tommaso compie 6 anni, festa al parco", "it age"),
    ("Noor (3) wil alleen nog roze", "nl age in brackets"),
    ("Oskar, 2 roky 🎂", "cs age bare"),
    ("Pierwszy dzień szkoły małej, płakałam bardziej niż ona", "pl the little one, no name"),
    ("Primeiro banho da Alice em casa, papai todo atrapalhado", "pt first bath"),
    ("A Mariana (5) quer ser astronauta", "pt a name after its article"),
    ("Premier jour de CP pour Sacha, cartable plus grand que lui", "fr 'grand' is no grandchild"),
    ("Vojta se naučil číst a teď čte všechny cedule", "cs a skill learnt"),
    ("Lucas aprendió a nadar este verano en la piscina del pueblo", "es a skill learnt"),
    ("Mila kan al fietsen zonder zijwieltjes", "nl a skill already had"),
    ("Kacper już chodzi, od kanapy do stołu", "pl already walking"),
    ("Nasz Kuba skończył dziś roczek 🎂", "pl a first birthday by a word, 'our' before the name"),
    ("Náš Matěj má dneska rok 🎂", "cs a first birthday by a word"),
    ("Little Freya turned one today, cake everywhere", "en a first birthday by a word"),
    ("Bruno ha compiuto un anno, torta alle fragole", "it a first birthday by a word"),
    ("Jakub bude mít sestřičku!", "cs a named child will have a little sister"),
    ("Lucía va a tener un hermanito en otoño", "es a named child will have a little brother"),
    ("O Rafael vai ganhar uma irmãzinha!", "pt a named child will have a little sister"),
    ("Giorgio avrà una sorellina a marzo", "it a named child will have a little sister"),
    ("Primo giorno di scuola materna per Leonardo 🎒", "it a school day 'per' a name"),
    ("První školní den našeho Vojty 🎒", "cs a school day, 'our' before the genitive name"),
    ("Pierwszy dzień w zerówce naszej Leny", "pl a school day, 'our' before the genitive name"),
    ("Elif'in okulda ilk günü 🎒", "tr a name's first day at school"),
    ("Arlo's first day at big school, no tears (from him)", "en a name's first day at big school"),
    ("Inserimento all'asilo, giorno due: lui gioca, io piango", "it settling in at nursery"),
    ("Adaptación en la guardería, día 2 y lloro yo", "es settling in at nursery"),
    ("Kreşe alışma haftası, ağlayan yine benim", "tr settling in at nursery"),
    ("Streik an der Schule, die Kinder zuhause und ich im Homeoffice", "de the kids at home"),
    ("Jasełka w przedszkolu, Franek jako pastuszek", "pl the nursery nativity play"),
]

# caption, why: no child of the owner's milestone
NOT_CHILD = [
    ("Luna turns 3 today 🐶 best girl", "en a pet's birthday, its emoji"),
    ("Nuestra perrita Kira cumple 4 años", "es a pet's, its word"),
    ("Anna turns 40 today, happy birthday friend", "en an adult's birthday"),
    ("Burek ma 12 lat i dalej goni listonosza", "pl an old age is no child's"),
    ("Erster Schultag von meinem Neffen Paul", "de a nephew's"),
    ("Chrzestna po raz pierwszy! Chrzciny małego Antka", "pl the owner a godmother"),
    ("Il primo giorno di scuola di Leo, il figlio della mia amica", "it a friend's child"),
    ("Das Auto ist 8 Jahre alt und läuft noch", "de a thing after an article"),
    ("saí do Brasil faz 1 ano, Dublin me ensinou muito", "pt a year since"),
    ("Première rentrée à la fac de médecine", "fr the owner's own first term"),
    ("Unser kleiner Hofladen wird 2 Jahre alt 🥕", "de a shop's birthday"),
    ("Mum learned to read Italian at 70", "en a mother, no child"),
    ("Pes Rex se naučil plavat v rybníce", "cs a dog's skill"),
    ("Prawnuczka ma już roczek, zdjęcie od wnusi", "pl a great-granddaughter's first birthday"),
    ("naše malá kavárna v Brně slaví rok ☕", "cs a café's first year, a place before the verb"),
    ("Meine Schwester wird große Schwester!", "de the owner's sister, no child's name"),
    ("Mehmet abi geliyor yarın", "tr 'abi' an honorific, no sibling to come"),
    ("Es ist eins und ich kann nicht schlafen", "de one o'clock, no first birthday"),
    ("Anna is one of my best friends", "en 'one' that ends no clause"),
    ("Die Kollegin schickt Fotos: Einschulung von Mia 🎒", "de a colleague's child"),
    ("Der Winter ist da ❄️ endlich Schnee", "de 'ist da' said of the winter"),
    ("Mon diplôme d'infirmière est arrivé par la poste", "fr 'est arrivé' said of a letter"),
    ("Kinderwagen-Stau im Bus, drei Mamas und ich mittendrin", "de others' prams"),
    ("Silberhochzeit meiner Eltern? nein, UNSERE Holzhochzeit, 5 Jahre 💛", "de capitals, no name"),
]


@pytest.mark.parametrize("caption,why", CHILD)
def test_named_child_at_a_milestone_is_baby(caption, why):
    assert "baby" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", NOT_CHILD)
def test_false_friends_stay_silent(caption, why):
    assert "baby" not in rule_signals(caption), why


def test_milestones_name_the_family_and_the_words():
    assert milestones("Sofía cumple 5 y ha pedido una tarta") == [("age", "Sofía cumple 5")]
    assert milestones("eerste schooldag van Fenna 🎒") == [("school", "eerste schooldag van Fenna")]
    assert milestones("Defne ilk adımını attı") == [("first", "Defne ilk adımını")]
    assert milestones("křtiny malé Aničky u sv. Jakuba") == [("rite", "křtiny malé Aničky")]


def test_a_name_is_capitalised_and_no_title_nor_common_word():
    assert milestones("sofía cumple 5") == []  # no capital: no name
    assert milestones("First day of school for Mrs Smith") == []  # a teacher
    assert milestones("Happy 5th birthday Leo!") == [("age", "5th birthday Leo")]
    assert milestones("Há 9 anos: o nosso mochilão") == []  # a time ago
    assert milestones("Anna wird 30") == []  # older than a child


def test_a_first_birthday_told_by_a_word_ends_its_clause():
    assert milestones("Tymek ma roczek 🎂") == [("age", "Tymek ma roczek")]
    assert milestones("Noah turned one today.") == [("age", "Noah turned one")]
    assert milestones("Noah turned one of the pages") == []


def test_a_named_child_to_be_a_big_sibling():
    assert milestones("Sofia avrà un fratellino!") == [("sibling", "Sofia avrà un fratellino")]
    assert milestones("Lina wird große Schwester") == [("sibling", "Lina wird große Schwester")]
    assert milestones("Ali'ye kardeş geliyor 💙") == [("sibling", "Ali'ye kardeş geliyor")]


def test_my_or_our_goes_before_a_name_never_is_one():
    assert milestones("Nasza Zosia skończyła dziś roczek") == [
        ("age", "Nasza Zosia skończyła dziś roczek")
    ]
    assert milestones("Einschulung von Mia") == [("school", "Einschulung von Mia")]  # "mia": "my"
    assert milestones("Meine Schwester wird große Schwester") == []


# caption, why: the owner's child named after "our", whatever it does (stop 48, `ours_named`)
OURS = [
    ("Our Megan got her first teaching job in Dayton! Proud mom moment", "en job"),
    ("Our Kerry got engaged to her fella from the rugby club last night!", "en engaged"),
    ("Notre Camille a eu son CAP pâtisserie ! Bientôt sa boulangerie ?", "fr diploma"),
    ("Crisma do nosso Duarte hoje, na paróquia de São Vicente. Tão crescido", "pt confirmation"),
    ("Nuestra Lucía ha aprobado la selectividad, a Salamanca se va", "es exam"),
    ("Onze Thijs is geslaagd voor zijn eindexamen, papa hangt de vlag uit", "nl exams"),
    ("Nasz Antek rozpoczął naukę w szkole muzycznej w Tarnowie 🎻", "pl music school"),
    ("Naše Terezka promovala na Karlovce, jsme na ni tak pyšní", "cs graduation"),
    ("Auguri alla nostra piccola Chiara, oggi è il suo giorno", "it little one"),
]

# caption, why: "our" before a pet, a people, a place, a couple, a thing, or an aunt's niece
NOT_OURS = [
    ("Nasz Burek ma 12 lat i dalej szczeka na listonosza", "pl dog barking"),
    (
        "Met de caravan en onze Bobby naar Zeeland, het hondenstrand is zijn paradijs",
        "nl dog beach",
    ),
    ("In Trentino con la nostra Luna, hotel pet friendly e passeggiate", "it pet friendly"),
    ("Our German friends were polite about the sweet potatoes", "en people"),
    ("Day 6 of our Baltic cruise, Tallinn this morning", "en cruise"),
    ("Huge congrats to our Kayleigh on graduating in nursing, proud auntie", "en aunt"),
    ("Congratulations to our Jess and Dan on your engagement!!", "en couple"),
    ("Procissão de Nossa Senhora esta noite na aldeia", "pt holy title"),
    ("Unser Azubi hat die Gesellenprüfung bestanden, stolz wie Bolle", "de noun, no name"),
    ("Kuzyni z Ukrainy pierwszy raz na naszej Wigilii, dwie kuchnie", "pl feast"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), OURS)
def test_a_name_after_our_is_the_owners_child(caption, why):
    assert "baby" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), NOT_OURS)
def test_our_before_a_pet_a_people_or_a_niece_is_no_child(caption, why):
    assert "baby" not in caption_signals(caption), why


# caption, why: a leave for the birth beside the owner's pregnancy, or others of an age to be the
# owner's children: no child of the owner's yet (stop 48, `_a_leave`, `_could_be_mine`)
NO_CHILD_YET = [
    (
        "Dernière garde avant mon congé maternité 🤰 les collègues m'ont offert un gâteau",
        "fr leave",
    ),
    ("Last shift before maternity leave: 36 weeks, ankles like balloons", "en leave"),
    ("Idę na macierzyński! 🤰 Dziewczyny z biura urządziły mi pożegnanie", "pl leave"),
    ("Voltei à faculdade aos 40, os colegas têm idade para ser meus filhos", "pt figure"),
    ("Voltei a estudar à noite. Os colegas podiam ser meus filhos, e ainda bem", "pt figure"),
    ("Back at college at 45, classmates young enough to be my kids", "en figure"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), NO_CHILD_YET)
def test_a_leave_or_a_figure_is_no_child_yet(caption, why):
    assert "baby" not in caption_signals(caption), why


# caption, why: the owner's own child's illness is the owner's health (stop 49, `child_health`:
# the label guide's household ruling); a teacher's or a classmate's beside the child is theirs
CHILD_ILL = [
    ("Notre fille a la varicelle, une semaine à la maison", "fr"),
    ("Mio figlio ha la febbre da ieri sera, notte in bianco", "it"),
    ("Unsere Tochter hat Scharlach, Kita ist erstmal gestrichen", "de"),
    ("Onze zoon ligt in het ziekenhuis met een longontsteking", "nl"),
    ("Oğlum ateşlendi, bütün gece acildeydik", "tr"),
]
CHILD_OTHERS_ILL = [
    ("De juf van onze zoon is ziek, geen school morgen", "nl a teacher"),
    ("La maestra di mia figlia è in ospedale da lunedì", "it a teacher"),
    ("Kolega z klasy syna ma grypę, połowa klasy w domu", "pl a classmate"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), CHILD_ILL)
def test_the_owners_childs_illness_is_health(caption, why):
    assert {"baby", "health"} <= caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), CHILD_OTHERS_ILL)
def test_a_teachers_or_a_classmates_illness_is_theirs(caption, why):
    assert "health" not in caption_signals(caption), why
