"""Classes read from captions_holdout28 (one adult's ten-year export: short captions, album
titles, life events) and holdout27's general families, dev sets since stop 42, each kept only
where it showed in holdout28 (or holdout27) and two other dev sets. Captions of no set: each class
has captions that failed on the reader before it, and false friends it must leave silent (read by
the rules alone)."""

import pytest

from tests.builders.caption_cases import assert_reads

pytestmark = pytest.mark.usefixtures("rules_alone")

# caption, signals given, signals taken, why
CASES = [
    # a language course or an evening class
    ("Cours d'espagnol le mardi soir, j'adore", {"school"}, set(), "fr Spanish course"),
    ("Zapisałam się na kurs włoskiego 🇮🇹", {"school"}, set(), "pl Italian course"),
    ("Kurz němčiny začíná v pondělí", {"school"}, set(), "cs German course"),
    ("Almanca kursuna yazıldım nihayet", {"school"}, set(), "tr German course"),
    ("Curso de alemão às quartas depois do trabalho", {"school"}, set(), "pt German course"),
    ("Cursus Engels bij de bieb, les 3", {"school"}, set(), "nl English course"),
    # sparkling wine, shots and a stein
    ("Cava y jamón para celebrar el viernes", {"alcohol"}, set(), "es cava"),
    ("Espumante gelado na varanda", {"alcohol"}, set(), "pt espumante"),
    ("Szampan na balkonie, bo piątek", {"alcohol"}, set(), "pl champagne"),
    ("Šampus na chatě, konečně léto", {"alcohol"}, set(), "cs bubbly"),
    ("Wiesn! Drei Maß und ein Brezel", {"alcohol"}, set(), "de a Maß"),
    ("Troppi shottini al compleanno di Luca", {"alcohol"}, set(), "it shots"),
    ("Yeni yıl şampanyası patladı", {"alcohol"}, set(), "tr champagne"),
    # the school or the university of life
    ("Graduated from the university of life, no student loan", set(), {"graduation"}, "en life"),
    ("Diplomado en la escuela de la vida", set(), {"graduation", "school"}, "es life"),
    ("Absolventka školy života 😎", set(), {"graduation", "school"}, "cs life"),
    ("Mezun oldum: hayat okulu 😂", set(), {"graduation", "school"}, "tr life"),
    # a belly after a feast
    ("Gourmetten gedaan, nu negen maanden zwanger", set(), {"pregnancy"}, "nl feast"),
    ("Après la tartiflette je suis enceinte de 8 mois", set(), {"pregnancy"}, "fr tartiflette"),
    ("Po świętach wyglądam jakbym była w ciąży", set(), {"pregnancy"}, "pl after the feast"),
    # a friend's new flat named
    ("Qué pasada la casa nueva de Marta 😍", set(), {"new_home"}, "es friend's flat"),
    ("Que linda a casa nova da Carol!", set(), {"new_home"}, "pt friend's flat"),
    ("Che bella la casa nuova di Paolo", set(), {"new_home"}, "it friend's flat"),
    # a march with thousands, a piazza
    ("Out on the march today with the nurses", {"politics"}, set(), "en march"),
    ("In piazza oggi per la sanità, eravamo migliaia", {"politics"}, set(), "it piazza"),
    # a friend helped with their move
    ("Beim Umzug von Tobi geholfen, mein Rücken", set(), {"moving"}, "de helped"),
    ("Aidé Julie à déménager, trois étages", set(), {"moving"}, "fr helped"),
    ("Aiutata Giulia col trasloco, che fatica", set(), {"moving"}, "it helped"),
    # a tag question after an emoji
    ("Gewählt ✅ ihr auch?", {"politics"}, set(), "de tag"),
    ("Gestemd ✔️ en jij?", {"politics"}, set(), "nl tag"),
    # a thing offered to whoever reads
    ("Weinprobe gratis im Edeka am Samstag, falls jemand Interesse hat", set(), {"alcohol"}, "de"),
    (
        "Dégustation gratuite chez Carrefour samedi, si ça intéresse quelqu'un",
        set(),
        {"alcohol"},
        "fr offer",
    ),
    ("Ochutnávka vína zdarma v Albertu, kdyby někdo chtěl", set(), {"alcohol"}, "cs offer"),
    ("Naše kočka má koťata, kdyby někdo chtěl kotě, napište", {"pet"}, set(), "cs our cat"),
    # a hospital's car park
    ("Parking at the hospital is daylight robbery", set(), {"health"}, "en car park"),
    ("Il parcheggio dell'ospedale costa 2 euro l'ora, vergogna", set(), {"health"}, "it car park"),
    # a glass raised to the owner's own years married
    ("Proost op 20 jaar getrouwd, lieverd 🥂", {"alcohol", "wedding"}, set(), "nl toast"),
    ("Prost auf 15 Jahre verheiratet 🥂", {"alcohol", "wedding"}, set(), "de toast"),
    # Polish graduation words, a birth month, the second on its way
    ("Absolutorium na polibudzie, toga za duża", {"graduation"}, set(), "pl absolutorium"),
    ("Nace en mayo y aún no tenemos nombre", {"pregnancy"}, set(), "es born in May"),
    ("Vem aí o terceiro, a casa vai ficar pequena", {"pregnancy"}, set(), "pt third"),
    ("Recolhendo assinaturas contra o corte das árvores", {"politics"}, set(), "pt signatures"),
    # false friends that stay silent
    ("Proost op het bruidspaar 🥂", {"alcohol"}, {"wedding"}, "nl a toast to the couple"),
    ("Merci à ceux qui m'ont aidé pour le déménagement", {"moving"}, set(), "fr my move"),
    ("Hospital again, scan results tomorrow", {"health"}, set(), "en the owner's hospital"),
    ("Estoy embarazada, nace en octubre", {"pregnancy"}, set(), "es the owner's pregnancy"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES, ids=[c[3] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    """Each class gives its signals and takes the others' away, read by the rules alone (the
    sentence reader's store is refitted apart)."""
    assert_reads(caption, given, taken, why)
