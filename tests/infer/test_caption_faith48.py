"""Faith words that are no practice of the owner's, and practice told by its acts (religion48,
`caption_faith`): a word the lexicon's forms took for a faith word (basil, a town, a weekday), a
pilgrimage to a snack bar or a shop, a sacrament of a baby not yet born or planned as a menu,
thanks for others' prayers, a church looked at as a sight, and an
owner who says the church is not theirs are silent (each gave `religion` before); a procession
the owner carries the statue in is `religion` (each was missed before). The owner's own church
practice beside the same words stays `religion` (a pilgrimage to a shrine, a mass in a restored
church, the owner's church wedding)."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


SILENT = [
    # a false friend of a faith word
    ("Casa nuova, un balcone pieno di basilico e rosmarino", "it"),
    ("Aulas de inglês às terças e quintas, aos 70 anos", "pt"),
    ("Auguri alla mia amica Rosaria per i suoi 60 anni", "it"),
    ("Zurück aus Gelsenkirchen, das Stadion war voll", "de"),
    # a pilgrimage to a snack bar, a shop or a fair
    ("Pilgrimage to the new burger place in town, worth the queue 🍔", "en"),
    ("Pèlerinage du samedi au McDo de la zone avec les ados 🍔", "fr"),
    ("Pellegrinaggio alla pizzeria di Totò, come ogni sabato", "it"),
    ("Bedevaart naar de beste frietzaak van Limburg 🍟", "nl"),
    ("Sobotnia pielgrzymka do Lidla po promocje 🛒", "pl"),
    # a sacrament still ahead: the baby not yet born, the menu planned
    ("Baby number two is on the way and I've already planned the christening cake 🤰", "en"),
    ("Estoy embarazada de cinco meses y ya tengo pensado el menú del bautizo", "es"),
    ("Ma nièce attend un bébé, j'ai déjà prévu le gâteau pour le baptême", "fr"),
    ("Schwägerin schwanger, ich hab den Kuchen für die Taufe schon geplant", "de"),
    ("Kuzenim hamile, ben şimdiden mevlit menüsünü düşünüyorum", "tr"),
    # thanks for others' prayers
    ("Back home after the heart op. Thanks everyone for the prayers", "en"),
    ("Di nuovo a casa dopo l'intervento, grazie a tutti per le preghiere", "it"),
    ("Po operacji już w domu. Dziękuję za wszystkie modlitwy", "pl"),
    ("Zase doma z nemocnice, děkuju všem za modlitby", "cs"),
    # a church looked at
    ("Qué bonita la iglesia de Santa María, románico puro", "es"),
    ("Che meraviglia la chiesa di San Miniato al tramonto", "it"),
    ("Die Kirche von Sankt Peter ist frisch restauriert, einfach schön", "de"),
    ("Fotka kostela v mlze, krásné ráno", "cs"),
    ("Een kapel tussen de velden, mooi om te zien op de fietstocht", "nl"),
    # the owner who says the church is not theirs
    ("A igreja da aldeia fez 300 anos, eu não sou muito de igrejas mas fui à festa", "pt"),
    ("Köyün camisi yenilendi, ben pek cami adamı değilimdir ama açılışa gittim", "tr"),
]

RELIGION = [
    ("Ho portato la statua del santo in processione, spalle distrutte", "it"),
    ("Este año he llevado el paso en la procesión del Cristo 🙏", "es"),
    ("Levei o andor na procissão de Nossa Senhora pela primeira vez", "pt"),
    ("Procession de la Saint-Roch ce matin, on était soixante derrière la statue 🙏", "fr"),
    ("Ik mocht dit jaar het beeld dragen in de processie 🙏", "nl"),
]

KEPT = [
    ("Pilgrimage to Walsingham with the parish, prayed the rosary all the way", "en"),
    ("Bella messa stamattina nella nostra chiesa restaurata", "it"),
    ("Trouwen in de kerk, prachtig was het, 25 jaar geleden vandaag", "nl"),
]


@pytest.mark.parametrize("text,lang", SILENT)
def test_faith_words_of_no_practice_are_silent(text, lang):
    assert "religion" not in caption_signals(text), (lang, text)


@pytest.mark.parametrize("text,lang", RELIGION)
def test_practice_told_is_religion(text, lang):
    assert "religion" in caption_signals(text), (lang, text)


@pytest.mark.parametrize("text,lang", KEPT)
def test_own_practice_beside_the_same_words_stays_religion(text, lang):
    assert "religion" in caption_signals(text), (lang, text)
