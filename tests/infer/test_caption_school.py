"""Schooling told by a course the owner takes (a language, computer or first-aid course, an evening
class, a senior university), a student's life (a dorm room, freshers' week, a semester), and a move
told by packing, the removal truck or emigrating, in the caption languages (each failed before
these words joined `signals.school` and `signals.moving`); and the false friends that stay silent:
a teacher's shift, "school of life", a school run in traffic, a friend's move, "moving on", a
moving film.

Stop 43 (school43, `caption_school`): a language's level beside the language's name or a language
exam named by itself, a student body one is elected to, a move out of or back to the parents'
home, a shipping container, and the own four walls; silent: a sibling's move home, a year ahead
("za rok w Polsce"), a motorway's A2, a sister's office."""

import pytest

from exposure.infer.captions import caption_signals, rule_signals

SCHOOL = [
    ("Dnes začal můj kurz angličtiny, první lekce za mnou", "cs a language course"),
    ("Zapisałam się na kurs niemieckiego, trzymajcie kciuki", "pl a language course"),
    ("Mein Spanischkurs fängt nächste Woche an", "de a language course"),
    ("Stasera corso serale di inglese, poi a letto", "it an evening class"),
    ("Taalcursus op dinsdagavond, ik snap de werkwoorden nog niet", "nl a language course"),
    ("Bilgisayar kursuna yazıldım, 65 yaşında öğreniyorum", "tr a computer course"),
    ("Comecei o curso de informática para a terceira idade", "pt a computer course"),
    ("Sigo con las clases de inglés los martes, poco a poco", "es English classes"),
    ("Signed up for a first aid course at the community centre", "en a first-aid course"),
    ("Mon cours d'espagnol du jeudi soir, j'adore", "fr a language course"),
    ("Yurt odasına eşyalarımı yerleştirdim, oda arkadaşım çok tatlı", "tr a dorm room"),
]

MOVING = [
    ("Wszystko spakowane, jutro ciężarówka i ruszamy", "pl packed, the truck tomorrow"),
    ("Tutto pronto: domani arriva il camion, si parte", "it the removal truck"),
    ("Tudo embalado, ainda não acredito que vamos", "pt everything packed"),
    ("Two weeks until the big move to Glasgow", "en the big move"),
    ("Vou emigrar para o Canadá em janeiro", "pt emigrating"),
]

LEVEL_AND_STUDENT = [
    ("Zdałam angielski na poziomie B2, w końcu!", "pl a language level"),
    ("Mi sono iscritta al C1 di tedesco, si ricomincia", "it a language level"),
    ("Nizozemština A2 je za mnou, teď B1", "cs a language level"),
    ("TOEFL score came back: 104!", "en a language exam"),
    ("Inscrite au Goethe-Institut pour la rentrée", "fr a language school"),
    ("Klassensprecherin! Danke an alle, die mich gewählt haben", "de a class representative"),
    ("Eletto rappresentante degli studenti, grazie a tutti", "it a students' representative"),
    ("Sınıf başkanı seçildim!", "tr a class president"),
]

MOVE_TOLD = [
    ("Moved back in with my parents for a few months to save up", "en back to the parents'"),
    ("Wieder bei meinen Eltern eingezogen, das Kinderzimmer ist unverändert", "de parents'"),
    ("Me fui de casa de mis padres por fin, piso pequeño pero mío", "es out of the parents'"),
    ("Our shipping container left Rotterdam today", "en a shipping container"),
]

NEW_HOME = [
    ("Nasze cztery kąty, wreszcie!", "pl our four walls"),
    ("Endlich die eigenen vier Wände", "de one's own four walls"),
    ("Le mie quattro mura, finalmente", "it my four walls"),
]

NOT_GRADUATED_YET = [
    ("Wszyscy odbierają dyplomy, a ja jeszcze piszę rozdział drugi", "pl everyone else"),
    ("Tout le monde poste ses photos de remise de diplôme et moi encore deux partiels", "fr"),
    ("Herkes mezuniyet töreninde, ben hala final haftasındayım", "tr everyone else"),
    ("Cuando me gradúe pienso dormir una semana entera", "es a graduation ahead"),
    ("Quando mi laureo faccio una festa enorme, promesso", "it a graduation ahead"),
]


@pytest.mark.parametrize("caption,why", NOT_GRADUATED_YET, ids=[c[0] for c in NOT_GRADUATED_YET])
def test_graduation_not_yet_is_schooling(caption, why):
    signals = rule_signals(caption)
    assert "school" in signals and "graduation" not in signals, why


def test_own_graduation_among_everyone_counts():
    signals = rule_signals("Graduated today! Everyone came, still can't believe it")
    assert "graduation" in signals


SILENT = [
    ("My sister moved back in with my parents", "moving", "a sister's move"),
    ("Ślub za rok w Polsce, już szukamy sali", "moving", "a wedding a year ahead"),
    ("Weer file op de A2 richting Utrecht", "school", "a motorway, no language level"),
    ("Meine Schwester ist Klassensprecherin geworden", "school", "a sister's office"),
    (
        "First day as a teacher at the new school, wish me luck",
        "school",
        "a teacher's school is work",
    ),
    ("School of life, that's where I learnt it", "school", "a figure of speech"),
    ("School run traffic on the ring road is a nightmare", "school", "traffic, not schooling"),
    ("Helped my friend with her big move to Glasgow", "moving", "a friend's move"),
    ("Moving on from a hard year, onwards", "moving", "moving on"),
    ("Such a moving film, cried all the way through", "moving", "a moving film"),
]


@pytest.mark.parametrize("caption,why", SCHOOL, ids=[c[0] for c in SCHOOL])
def test_school_told(caption, why):
    assert "school" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", MOVING, ids=[c[0] for c in MOVING])
def test_moving_told(caption, why):
    assert "moving" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", LEVEL_AND_STUDENT, ids=[c[0] for c in LEVEL_AND_STUDENT])
def test_language_level_and_student_life(caption, why):
    assert "school" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", MOVE_TOLD, ids=[c[0] for c in MOVE_TOLD])
def test_move_told_by_its_acts(caption, why):
    assert "moving" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", NEW_HOME, ids=[c[0] for c in NEW_HOME])
def test_new_home_told_by_its_signs(caption, why):
    assert "new_home" in rule_signals(caption), why


@pytest.mark.parametrize("caption,signal,why", SILENT, ids=[c[0] for c in SILENT])
def test_false_friends_stay_silent(caption, signal, why):
    assert signal not in rule_signals(caption), why


# work46 (`caption_school._no_schooling`, `_theirs_too`): where a couple or friends met, a
# driving test or lessons and a dress fitting, a school as polling station, a degree's level are
# no schooling; a relative's graduation makes the story's school words theirs
NOT_SCHOOLING = [
    ("Nos conocimos en la universidad hace doce años y hoy nos casamos", "es met at uni"),
    ("Ci siamo conosciuti al liceo, vent'anni fa", "it met at school"),
    ("Zes jaar geleden leerden we elkaar kennen op de universiteit", "nl met at uni"),
    ("Okul arkadaşlarımla 25 yıl sonra buluştuk, herkes değişmiş", "tr school friends years on"),
    ("Ostatnia lekcja jazdy, jutro egzamin praktyczny", "pl driving lessons and exam"),
    ("Zkouška svatebních šatů, švadlena se usmívá", "cs dress fitting"),
    ("Votei cedo, fila enorme na escola", "pt a school as polling station"),
    ("Sandık görevlisiyim, akşama kadar okuldayız", "tr a school as polling station"),
    ("Bac+3 en poche et toujours pas de permis", "fr a degree's level"),
    ("Laurea di mio cugino, cinque anni di esami e notti in biblioteca", "it a cousin's exams"),
]
OWN_SCHOOLING = [
    ("Back at uni tomorrow, second year already", "en own uni"),
    ("Mañana examen de anatomía, deseadme suerte", "es own exam"),
    ("Jutro egzamin z anatomii, trzymajcie kciuki", "pl own exam"),
    ("Ma sœur a eu son diplôme hier. Moi, je révise mes partiels", "fr own exams"),
]


@pytest.mark.parametrize("caption,why", NOT_SCHOOLING, ids=[c[0] for c in NOT_SCHOOLING])
def test_no_schooling_of_the_owner(caption, why):
    assert "school" not in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", OWN_SCHOOLING, ids=[c[0] for c in OWN_SCHOOLING])
def test_own_schooling_beside_those_words(caption, why):
    assert "school" in rule_signals(caption), why


# Stop 47 (school47, `caption_school.grade_said`, `school_said`): a child's school year begun or
# named by its grade, or its school report, is the owner's schooling unless another's child; a
# class of a language and a university begun are the owner's course.
GRADE = [
    ("Kubík šel do první třídy. Aktovka s fotbalistou a slzy (moje) 🎒", "cs first grade"),
    ("Our Ella's first day at primary, she jogged to the gate 😭", "en primary"),
    ("First day of Year 1 for our Amara, uniform two sizes too big", "en Year 1"),
    ("Malik entre en CP. Il a demandé à la maîtresse si on pouvait faire la sieste.", "fr CP"),
    ("Matteo in prima elementare! Grembiule blu e zaino della Juve 🎒", "it prima elementare"),
    ("Sara naar groep 1, ze zwaaide niet eens om.", "nl groep 1"),
    ("Hania poszła do zerówki 🎒 a mama poszła na siłownię", "pl zerówka"),
    ("Vera empieza primaria 🎒 y mamá se va a la piscina", "es primaria"),
    ("Alice entrou no pré hoje 🎒 levei de bike na cadeirinha", "pt pré"),
    ("Lina kommt in die erste Klasse!", "de erste Klasse"),
    ("Naše Ema dnes dostala vysvědčení z první třídy, samé jedničky", "cs a school report"),
    ("Imatrikulace na FTVS! Hned jsem se přihlásila do oddílu atletiky", "cs enrolled"),
    ("Immatricolato a Scienze Motorie, primo giorno e già iscritto al CUS", "it enrolled"),
    ("Hoy empiezo la carrera de Medicina con 19 años y muchos nervios", "es a degree begun"),
    ("Evening Urdu classes at the community centre so I can talk to my Nani", "en a class"),
    ("Taking Arabic lessons at 50, wish me luck", "en a language class"),
    ("Clases de árabe los sábados para hablar con mi abuela de Tetuán", "es a class"),
    ("Primeiro dia de escola do meu filho, chorei mais que ele", "pt own child's school"),
    ("Premier jour d'école pour ma fille", "fr own child's school"),
    ("My daughter's first day at school", "en own child's school"),
    ("Mi hijo entra a la primaria mañana, no estoy lista", "es own child's school"),
    ("oğlumun karnesi geldi, babası gibi matematik zayıf 😂", "tr own child's report"),
]
NOT_GRADE = [
    ("My nephew starts Year 1 tomorrow", "en a nephew's"),
    ("Mi sobrino empieza primaria", "es a nephew's"),
    ("Mon neveu entre en CP", "fr a nephew's"),
    ("Mein Neffe kommt in die erste Klasse", "de a nephew's"),
    ("Mijn neefje gaat naar groep 3", "nl a nephew's"),
    ("Mój siostrzeniec poszedł do pierwszej klasy", "pl a nephew's"),
    ("Synovec jde do první třídy", "cs a nephew's"),
    ("The primary election is tomorrow", "en a primary election"),
    ("Chez les Russes on boit du thé", "fr 'les' is no lesson"),
    ("In der Schule war ich immer der Letzte beim Cooper-Test. Heute Ultra 💪", "de past"),
    ("Vroeger op school was ik altijd de laatste bij de Coopertest. Nu 100 km", "nl past"),
    ("Grateful to my school PE teacher who told me I'd never be sporty", "en a teacher then"),
    ("Mi profe de Educación Física del insti me ha visto hoy en meta", "es a teacher then"),
    ("Ich hab die Petition für die Grundschule in jeden Briefkasten gesteckt", "de a petition"),
    ("Passei o fim de semana recolhendo assinaturas para a creche do bairro", "pt signatures"),
    ("İmza kampanyası başlattım, okulun önündeki parkı kurtaralım", "tr signatures"),
    ("Our son's kindergarten graduation, he walked across the stage", "en a child's graduation"),
    ("meine kleine Schwester hatte heute Einschulung", "de a sister's"),
    ("Ma petite-fille fait sa rentrée en CP demain", "fr a granddaughter's"),
    ("Mon petit frère entre en 6e, c'est moi qui stresse", "fr a brother's"),
    ("Córka znajomych poszła do pierwszej klasy", "pl friends' child"),
    ("Eerste week als juf in groep 3, 27 kleine monstertjes", "nl a class taught"),
    ("Mon fiancé apprend le français avec les chansons de Goldman", "fr no class"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,why", GRADE, ids=[c[0] for c in GRADE])
def test_school_year_or_class_told(caption, why):
    assert "school" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,why", NOT_GRADE, ids=[c[0] for c in NOT_GRADE])
def test_others_school_year_stays_silent(caption, why):
    assert "school" not in caption_signals(caption), why


# Stop 48 (school48, `caption_school`): the owner back to study in the first person whatever children the caption
# names (`_study_again`); the owner's young child's schooling where the child counts in words
# (`_own_child`); silent: a school in the owner's teaching life (`_teaching`) or in the owner's
# politics (`_cause`), a wish to study, a school long past, a roof to redo.
SCHOOL48 = [
    ("Voltei à faculdade aos 40 para tirar Psicologia. Os colegas podiam ser meus filhos", "pt"),
    ("Ricomincio a studiare a 45 anni: corso serale. Mia figlia mi ha regalato l'astuccio", "it"),
    ("Je reprends les études à 38 ans: master à distance. Trois enfants et des partiels.", "fr"),
    ("Zapisałam się na studia podyplomowe. Z dwójką dzieci i etatem.", "pl back to study"),
    ("La matrícula del máster ya está pagada. Estudiar con 35 años y dos niños.", "es"),
    (
        "Back to college at 45 to do my plastering course. Homework at the kitchen table with the kids",
        "en",
    ),
    (
        "Zítra zkouška z účetnictví, Vojtíšek maluje do mých skript. Kombinované studium se synem",
        "cs",
    ),
    ("Dropped the twins at nursery for the first time, I cried more than they did", "en"),
    ("Mi peque empieza el cole mañana y la que no duerme soy yo", "es a child's school begun"),
    ("Primo giorno d'asilo per il nostro piccolo, ho pianto io", "it a child's nursery"),
    (
        "Onze jongste fietst zelf naar school sinds vandaag. Ik volgde stiekem",
        "nl a child's school",
    ),
    (
        "levei a minha pequena à creche pela primeira vez e quem chorou fui eu",
        "pt a child's creche",
    ),
    ("tutti si laureano e io ancora con statistica da rifare 🙃", "it an exam to retake"),
]
NOT_SCHOOL48 = [
    (
        "Sono ufficialmente in pensione! 41 anni di scuola elementare a Lecce",
        "it a teacher retires",
    ),
    ("Hoje foi o meu último dia na escola primária. 36 anos a ensinar a ler", "pt a teacher"),
    ("Ostatni dzień w szkole po 30 latach uczenia. Emerytura, przybywam", "pl a teacher retires"),
    ("Nový úvazek ve škole, učím češtinu", "cs a teacher's new post"),
    ("Retraite ! 40 ans d'école primaire, des milliers de gamins", "fr a teacher retires"),
    ("40 years in the same classroom. Retiring Friday.", "en a teacher retires"),
    ("In piazza per la scuola pubblica, siamo in migliaia ✊", "it a march for schools"),
    ("votando en mi escuelita de siempre 🗳️", "es the polling station"),
    ("Kandiduji do zastupitelstva obce, jde mi hlavně o školku a chodníky 🗳️", "cs a campaign"),
    ("Op het Malieveld tegen de bezuinigingen op de kinderopvang, met zelfgemaakt bord ✊", "nl"),
    ("Yürüyüşe katıldık, okulun kapatılmasına hayır!", "tr a march against a closure"),
    ("A lo mejor algún día vuelvo a estudiar. A lo mejor.", "es a wish"),
    ("La vecchia scuola elementare dove ho imparato a scrivere adesso è un B&B", "it old school"),
    ("A escola primária onde andei fechou em 2005. Agora é a sede do rancho", "pt where I went"),
    ("Naše stará škola je teď obecní knihovna. Pořád tam voní křídy", "cs the old school"),
    ("Ik hoor net dat de school van mijn jeugd wordt gesloopt.", "nl the school of my youth"),
    ("Cena de antiguos alumnos del colegio, 25 años después", "es former pupils' dinner"),
    ("Sraz gymplu po 20 letech. Půlka třídy má pleš", "cs a reunion"),
    ("Lise arkadaşlarımla 15 yıl sonra buluştuk. Sanki dün okulun bahçesindeydik", "tr a reunion"),
    ("La fanfare déménage dans l'ancienne école, on cherche des bras samedi", "fr the old school"),
    ("Le chiavi del nostro rustico 🔑🏡 Tetto da rifare, muri di pietra", "it a roof to redo"),
    ("Casa nuova, il bagno da rifare e la cucina pure", "it a bathroom to redo"),
    ("corrigiendo exámenes de 4º de la ESO un domingo, vida de profe", "es a teacher's Sunday"),
    ("corrigindo provas do 8º ano no domingo, vida de professora", "pt a teacher's Sunday"),
    ("als Lehrerin an der Gesamtschule: Zeugniskonferenz bis 19 Uhr", "de a teacher's meeting"),
    ("Hamileyim ve hâlâ anaokulunda çalışıyorum. Minikler karnıma sesleniyor", "tr a kita's staff"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,why", SCHOOL48, ids=[c[0] for c in SCHOOL48])
def test_own_course_study_or_child_school(caption, why):
    assert "school" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize("caption,why", NOT_SCHOOL48, ids=[c[0] for c in NOT_SCHOOL48])
def test_teaching_cause_or_school_long_past_stays_silent(caption, why):
    assert "school" not in caption_signals(caption), why
