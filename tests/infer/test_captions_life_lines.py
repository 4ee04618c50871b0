"""Classes read from captions_holdout19-20 (a plain feed; an adult's Facebook and Instagram
export), each kept only where it showed in both, or in one and two other dev sets: the lines
Facebook writes for a life event in the third person with no subject (`caption_life_lines`);
the owner's own business turning an age (`caption_business`); a famous church seen by its name
(`signals.travel`, `context.tourist`), unless a rite or a concert is held there; a child's
milestone with the child's own pronoun ("his first tooth"), a grandchild's given to others; a
strike or a march met in traffic or watched from a window, an office or a bar; schooling told
by a test, a term paper or evening classes. Captions of no set; each class has captions that failed on the reader before it, the rest
guard."""

import pytest

from exposure.infer.caption_business import business_age
from exposure.infer.caption_life_lines import life_line
from tests.builders.caption_cases import assert_reads

# caption, signals given, signals taken, why
CASES = [
    # a platform's life-event line: the owner's move, engagement, degree or job, in any language
    ("Se mudó a Córdoba, Argentina", {"moving"}, set(), "es moved"),
    ("Ist nach Leipzig gezogen", {"moving"}, set(), "de moved"),
    ("Przeprowadziła się do: Poznań", {"moving"}, set(), "pl moved"),
    ("Kayseri şehrine taşındı", {"moving"}, set(), "tr moved"),
    ("Zasnoubila se s Petr Novotný", {"engagement"}, set(), "cs engaged"),
    ("Ficou noiva de Tiago Martins", {"engagement"}, set(), "pt engaged"),
    ("Hat sich mit Jonas Weber verlobt", {"engagement"}, set(), "de engaged"),
    ("Ukończyła Uniwersytet Gdański", {"graduation"}, set(), "pl graduated"),
    ("Is afgestudeerd aan Universiteit Utrecht", {"graduation"}, set(), "nl graduated"),
    ("Ha iniziato a lavorare presso Ferrero", {"work"}, set(), "it new job"),
    ("Is begonnen bij Rabobank", {"work"}, set(), "nl new job"),
    ("Sabancı Holding şirketinde çalışmaya başladı", {"work"}, set(), "tr new job"),
    # a subject named, or no capitalised name after the template: no such line
    ("Mi hermana se mudó a Rosario y la echo de menos", set(), {"moving"}, "es a sister's move"),
    ("moved to tears by the school choir tonight", set(), {"moving"}, "en figurative"),
    # the owner's own business, with a possessive, turning an age: work (`business_age`)
    ("Unsere Werkstatt wird 30, Grillen am Samstag ab 12", {"work"}, set(), "de workshop"),
    ("Mi pequeña peluquería cumple 8 años el lunes", {"work"}, set(), "es hairdresser's"),
    ("Nasze studio ma dziś 6 lat", {"work"}, set(), "pl studio"),
    ("Náš obchůdek slaví 5 let, přijďte na chlebíček", {"work"}, set(), "cs little shop"),
    ("Atölyemiz 3 yaşında, kahveler bizden", {"work"}, set(), "tr workshop"),
    (
        "my favourite café turns 10 today, still the best flat white",
        set(),
        {"work"},
        "en a regular's",
    ),
    # a famous church or mosque seen by name is a sight of a journey, not the owner's faith
    ("Sacré-Cœur at sunrise before the crowds, worth every stair", {"travel"}, set(), "en sight"),
    ("La Sainte-Chapelle en fin d'après-midi, les vitraux", {"travel"}, {"religion"}, "fr sight"),
    ("Veitsdom im Morgennebel, Prag wir kommen wieder", {"travel"}, set(), "de sight"),
    # a church at home without a journey is no trip either (the ruling on places, past49)
    ("Igreja de São Francisco, talha dourada de cima a baixo", set(), {"religion", "travel"}, "pt"),
    ("Sultanahmet Camii avlusunda yarım saat, büyüleyici", set(), {"religion", "travel"}, "tr"),
    ("Svatý Vít z Petřína při západu slunce", {"travel"}, set(), "cs sight"),
    # a rite or a concert held there is no journey
    ("Messe de minuit à la Sainte-Chapelle avec maman", {"religion"}, {"travel"}, "fr a mass"),
    ("Concierto de órgano en la Mezquita de Córdoba, qué acústica", set(), {"travel"}, "es"),
    # a child's milestone with the child's own pronoun ("his first tooth") is the owner's child;
    # a grandchild's is not
    ("Noah lost his first tooth at breakfast, the fairy is broke", {"baby"}, set(), "en tooth"),
    ("Lina hat heute ihren ersten Zahn verloren", {"baby"}, set(), "de tooth"),
    ("Tomás deu os seus primeiros passos na sala", {"baby"}, set(), "pt first steps"),
    ("Sofie heeft haar eerste tandje, eindelijk", {"baby"}, set(), "nl tooth"),
    ("My grandson took his first steps today", set(), {"baby"}, "en a grandson's"),
    ("Mon petit-fils a perdu sa première dent", set(), {"baby"}, "fr a grandson's"),
    # a strike or a march met in traffic, or watched from a window, an office or a bar: no
    # politics of the owner's (`context.scoped.commute`)
    ("Huelga de autobuses otra vez, ánimo a todos", set(), {"politics"}, "es a strike met"),
    ("Sciopero generale, l'ho seguito dalla finestra di casa", set(), {"politics"}, "it window"),
    (
        "La manif passe sous nos fenêtres, on regarde depuis le bar d'en face",
        set(),
        {"politics"},
        "fr bar",
    ),
    ("Streik bei der Bahn, ich schau vom Fenster aus zu", set(), {"politics"}, "de window"),
    ("Strajk nauczycieli, a ja stoję w korku pod szkołą", set(), {"politics"}, "pl traffic"),
    ("Protest in het centrum, ik keek vanuit het raam", set(), {"politics"}, "nl window"),
    ("Marched with the teachers today, my feet are done", {"politics"}, set(), "en marched"),
    # schooling told by a test, a term paper or evening classes (`signals.school`)
    ("jutro sprawdzian z chemii, a ja nic nie umiem", {"school"}, set(), "pl a test"),
    ("zítra písemka z dějepisu, nic neumím", {"school"}, set(), "cs a test"),
    ("Cuma günü matematik yazılısı var, dua edin", {"school"}, set(), "tr a test"),
]


@pytest.mark.parametrize("caption, given, taken, why", CASES, ids=[c[3] for c in CASES])
def test_class_reads_the_caption(caption, given, taken, why):
    """Each caption gives its class's signal, and not the signals it must not."""
    assert_reads(caption, given, taken, why)


def test_life_line_wants_the_template_to_open_the_line_and_a_name():
    """The template opens the caption's first line and X is a capitalised name."""
    assert life_line("Si è trasferita a Bologna") == ("moving", "si e trasferita a bologna")
    assert life_line("Ukończył maraton w cztery godziny") is None  # a lower-case object
    assert life_line("Mi vecina se mudó a Sevilla") is None  # a subject first
    assert life_line("Got engaged to Sam! Details below, it was on a boat") is None  # a sentence


def test_business_age_wants_the_possessive_and_no_time_ago():
    """The business is the owner's by a possessive right before it, and its age is now."""
    assert business_age("Mein kleiner Laden feiert 15 Jahre") == "mein kleiner laden … feiert"
    assert business_age("my sister's shop turns 5 tomorrow") is None  # someone else's
    assert business_age("our café closed 3 years ago, I still miss it") is None  # a time ago
