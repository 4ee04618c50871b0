"""Classes read from captions_holdout8 and holdout9 (two writers, apart) and seen in older dev
sets: signals the owner tells without their word. Captions of no dev set; each class has
captions that failed on the reader before it, the rest guard."""

import pytest

from exposure.infer.caption_told import farewell_move
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # a farewell to one place and a greeting to another is a move, in any language
    ("Goodbye Cardiff, hello Dundee 🏴", {"moving"}, set(), "en farewell"),
    ("Adeus Coimbra, olá Braga! Nova fase", {"moving"}, set(), "pt farewell"),
    ("Adiós Zaragoza, hola Gijón", {"moving"}, set(), "es farewell"),
    ("Au revoir Lille, bonjour Rennes", {"moving"}, set(), "fr farewell"),
    ("Tschüss Kassel, moin Kiel!", {"moving"}, set(), "de farewell"),
    ("Żegnaj Łódź, witaj Poznań", {"moving"}, set(), "pl farewell"),
    ("Hoşça kal Ankara, merhaba Antalya", {"moving"}, set(), "tr farewell"),
    # a time or a thing left behind, a lower-case word, or a farewell alone: no move
    ("Goodbye March, hello April 🌷", set(), {"moving"}, "months"),
    ("Tschüss Alltag, hallo Urlaub ☀️", set(), {"moving"}, "de nouns, no places"),
    ("bye bye diet, hello pizza", set(), {"moving"}, "lower case: things"),
    ("Bye Lisbon, what a weekend", set(), {"moving"}, "a farewell alone"),
    # a positive test told by its lines, or read positive beside the baby: a pregnancy
    ("two pink lines!!! 🥹", {"pregnancy"}, set(), "en lines"),
    ("dos rayitas 🥹 no me lo creo", {"pregnancy"}, set(), "es lines"),
    ("deux petites barres 🥹", {"pregnancy"}, set(), "fr lines"),
    ("due lineette 🥹", {"pregnancy"}, set(), "it lines"),
    ("iki çizgi 🥹", {"pregnancy"}, set(), "tr lines"),
    ("Test positiv!! 🥹 wir sind so glücklich", {"pregnancy"}, set(), "de test"),
    ("Positivo!! ➕ finalmente 👶", {"pregnancy"}, {"baby"}, "pt positive beside the baby"),
    ("Corona-Test positiv, ab ins Bett", set(), {"pregnancy"}, "de a covid test"),
    # a rite of "our" child named after it: the owner's child (and the faith's practice)
    ("Christening for our little Olivia today ✝️", {"baby", "religion"}, set(), "en rite"),
    ("Batizado do nosso Tomás, obrigada aos padrinhos", {"baby"}, set(), "pt rite, godparents"),
    ("Chrzest naszego Franka 🕊️", {"baby"}, set(), "pl rite"),
    ("Taufe unserer kleinen Mila ⛪", {"baby"}, set(), "de rite"),
    ("Taufe meines Patenkinds, schön war's", set(), {"baby"}, "de a godchild, capitalised"),
    ("baptême de ma filleule Inès", set(), {"baby"}, "fr a goddaughter"),
    # school longed for or remembered: no schooling now
    ("honestly I miss school, adulting is a scam", set(), {"school"}, "en I miss"),
    ("remember when the biggest worry was a spelling test at school", set(), {"school"}, "en"),
    ("que saudades da escola, zero boletos", set(), {"school"}, "pt saudades da escola"),
    ("okul yıllarımı özledim 🥲", set(), {"school"}, "tr özledim"),
    ("mi mancano i tempi della scuola", set(), {"school"}, "it mi mancano"),
    ("exam week at uni, send coffee", {"school"}, set(), "a student now"),
    # the owner's wedding anniversary told by its years or its name; the spouse named after
    # "married" is no friend's wedding
    ("5 years married to my best friend today ❤️", {"wedding"}, set(), "en spouse as friend"),
    ("happy cotton anniversary to my favourite person", {"wedding"}, set(), "en named"),
    ("bodas de madeira hoje com o meu amor ❤️", {"wedding"}, set(), "pt named"),
    ("noces de bois : cinq ans déjà ❤️", {"wedding"}, set(), "fr named"),
    ("nozze di legno oggi, cinque anni insieme", {"wedding"}, set(), "it named"),
    ("mis padres cumplen 40 años de casados", set(), {"wedding"}, "es the parents'"),
    # a partner's pregnancy is the household's, even where the third person says it
    ("mijn vrouw is zwanger!!! 🥹", {"pregnancy"}, set(), "nl my wife is"),
    ("moja żona jest w ciąży 😭", {"pregnancy"}, set(), "pl my wife is"),
    ("Ana está grávida!! 🥹", set(), {"pregnancy"}, "pt a friend is"),
    # the owner's own business by its kind: a salon, a bakery, a practice
    ("my own bakery turns one today 🥐", {"work"}, set(), "en own bakery"),
    ("abri a minha própria clínica de fisioterapia", {"work"}, set(), "pt own clinic"),
    ("mijn eigen praktijk is open!", {"work"}, set(), "nl own practice"),
    ("otevřel jsem si vlastní kavárnu ☕", {"work"}, set(), "cs own café"),
    # a move told by going to live somewhere, or living there since, or for good
    ("ci siamo, andiamo a vivere a Lisbona 🇵🇹", {"moving"}, set(), "it going to live"),
    ("vamos morar em Lisboa a partir de setembro", {"moving"}, set(), "pt going to live"),
    ("mieszkamy w Oslo od lutego i jest super", {"moving"}, set(), "pl living since"),
    ("wracamy do Polski na stałe 🇵🇱", {"moving"}, set(), "pl for good"),
    ("we gaan wonen in Utrecht!", {"moving"}, set(), "nl going to live"),
    # a home told by its papers: a deed or a lease signed, a flat bought
    ("escritura assinada!!! finalmente 🥹", {"new_home"}, set(), "pt deed"),
    ("Mietvertrag unterschrieben, ab Juli in Leipzig", {"new_home"}, set(), "de lease"),
    ("koopakte getekend 🥂", {"new_home"}, set(), "nl deed"),
    ("kupiliśmy mieszkanie na Pradze", {"new_home"}, set(), "pl bought"),
    ("completion day!! the house is ours", {"new_home"}, set(), "en completion"),
    # Portuguese "noivos" said of us is an engagement; "os noivos" are a wedding's couple
    ("noivos!!! 💍🥹", {"engagement"}, {"wedding"}, "pt noivos"),
    ("somos noivos desde ontem 🥹", {"engagement"}, {"wedding"}, "pt somos noivos"),
    ("brinde aos noivos 🥂", set(), {"engagement"}, "pt the couple"),
    ("o vestido de noiva da minha prima é lindo", set(), {"engagement"}, "pt the bride"),
    # an election or a strike followed on a screen, in the news or the polls: watched, not done
    ("new documentary on the election campaign, so bleak", set(), {"politics"}, "en documentary"),
    ("eleição outra vez na tv, que cansaço", set(), {"politics"}, "pt on tv"),
    ("al tg solo sciopero dei treni", set(), {"politics"}, "it the news"),
    ("seçim anketi yine televizyonda", set(), {"politics"}, "tr polls on tv"),
    # the owner says they have no children: a school run passed is no child of theirs
    ("the school run outside is chaos and I don't have kids", set(), {"baby"}, "en"),
    ("fraldas e mamadeiras na loja, e eu nem tenho filhos 😂", set(), {"baby"}, "pt"),
    # a name that turns an age beside an animal: the owner's pet's birthday
    ("Pickles turned 12 today, oldest cat on the street", {"pet"}, set(), "en"),
    ("Rex turns 7 and he's still a puppy at heart 🐶", {"pet"}, set(), "en, his own pronoun"),
    ("Tom turned 40 today 🎂", set(), {"pet"}, "a person: no animal"),
    # health told by a diagnosis, a treatment or a place of care
    ("officially a type 1 diabetic as of today", {"health"}, set(), "en diagnosis"),
    ("vou ser operada na segunda, desejem-me sorte", {"health"}, set(), "pt operated"),
    ("fui ao centro de saúde logo cedo", {"health"}, set(), "pt place of care"),
    ("na sanatorium jadę w poniedziałek, kręgosłup", {"health"}, set(), "pl"),
    ("livro de receitas da avó", set(), {"health"}, "pt recipes, no prescriptions"),
    # a school-leaving exam still ahead: a pupil now, no graduation yet
    ("matura z polskiego za tydzień 😱", {"school"}, {"graduation"}, "pl a week ahead"),
    ("maturità tra un mese, aiuto", {"school"}, {"graduation"}, "it a month ahead"),
    ("maturita zítra, držte palce", {"school"}, {"graduation"}, "cs tomorrow"),
    ("Matura bestanden!!! 🎓", {"graduation"}, set(), "passed: a graduation"),
    ("I voted this morning, now the election on tv all night 🗳️", {"politics"}, set(), "voted"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[0] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    assert_reads(caption, given, taken, why)


def test_farewell_names_both_places():
    assert farewell_move("Tchau Porto Alegre, oi Florianópolis 📦") == (
        "Tchau Porto Alegre … oi Florianópolis"
    )
    assert farewell_move("Goodbye Leeds, hello Leeds") is None
