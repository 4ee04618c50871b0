"""The owner's caring or teaching work told by its role or its acts (caption_carers), read by the
rules."""

import pytest

from exposure.infer.caption_carers import carers_said
from exposure.infer.caption_lexicon import fold
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # the owner in a caring or teaching trade, in the first person
        "Honestly, I'm a midwife and even I cried at that episode",
        "Ich bin Erzieherin und heute hat mir ein Kind ein Bild gemalt",
        "Faccio la maestra da vent'anni e ogni settembre ho ancora l'ansia",
        "Jestem pielęgniarką i nadal nie umiem odmówić kawy o trzeciej w nocy",
        # the trade's acts as the owner's
        "The girls on the ward got me a cake for my 30th",
        "Die Mädels von Station 7 haben mich mit Sekt überrascht",
        "Une patiente m'a offert des chocolats, ça fait du bien",
        "Recibí la noticia entre dos guardias, haciendo noches en la UCI",
        "Estava de turno quando a minha filha deu os primeiros passos",
        "Mijn laatste dag op groep 5 voor de zomer, ik ga ze missen",
        "Koleżanki z przedszkola upiekły mi tort",
        "Dvacet let nočních služeb a pořád mě to baví",
        "Sınıfıma dönüyorum pazartesi, heyecanlıyım",
    ],
)
def test_the_owners_care_work_is_work(caption):
    assert "work" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # dressed as one, or someone else's trade
        "Mi hermana es enfermera en el Clínico y hoy libra",
        "Mein Sohn ist Erzieher geworden, so stolz",
        "La mia vicina fa la veterinaria a Bologna",
        # a patient's stay, not the owner's ward
        "Dad's on the ward now, visiting tomorrow",
        "Babcia leży na oddziale kardiologii, trzymajcie kciuki",
    ],
)
def test_a_care_word_that_is_no_work_of_the_owners(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    ("caption", "said"),
    [
        ("Told work this morning, the girls on ward 4 screamed", True),
        ("Hamileyim ve hâlâ anaokulunda çalışıyorum", True),
        ("Went to the hospital for my scan", False),
    ],
)
def test_carers_said(caption, said):
    assert (carers_said(fold(caption)) is not None) is said


@pytest.mark.parametrize(
    "caption",
    [
        # someone else's teacher: an article, a former teacher, a name after the word
        "La prof de yoga nous a dit de respirer avec le cœur. J'ai ri.",
        "Cours du soir de néerlandais, le prof nous fait chanter du Clouseau",
        "Croisé mon ancien prof d'EPS sur le semi de Lille",
        "Hoje encontrei no supermercado a minha antiga professora primária, a D. Fernanda.",
        "Encontro dos antigos alunos da escola primária, a professora Rosa ainda cá está",
        "Professora Dona Irene faria 100 anos hoje",
        "Eerste schooldag van Noor 🎒 Groep 1 bij juf Anouk.",
        "Reünie van de lagere school, klas van 1972. Juf Tjitske was er ook",
        "10-minutengesprek: de juf vindt dat Jens meer moet lezen",
        "İlkokul arkadaşlarımla buluştuk. Öğretmenimiz hâlâ hayatta, 88 yaşında",
        "Öğretmenim hep önce okuyun derdi, okul bitti ama ders bitmedi",
    ],
)
def test_someone_elses_teacher_is_no_work_of_the_owners(caption):
    assert "work" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # the owner as the teacher
        "Sou professora e hoje um aluno disse que sou quase tão fixe como o YouTube",
        "corrigindo provas do 8º ano no domingo, vida de professora",
        "Juf zijn is het mooiste beroep, mijn groep 3 is goud",
        "Juf Linda hier: mijn groep 5 heeft vandaag een toneelstuk opgevoerd",
        "Quinze ans de prof en lycée pro et je pleure toujours",
        "12 yıldır ilkokulda öğretmenim",
    ],
)
def test_the_owner_as_the_teacher_is_work(caption):
    assert "work" in caption_signals(caption)
