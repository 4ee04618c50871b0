"""Classes read from captions_holdout21-22 (a plain feed; an adult's Facebook and Instagram
export), each kept where it showed in both sets, or in one and two other dev sets: the owner's
signal told by its acts, not its word (a vote by the ballot, a wedding by the years married, a
degree by its defence, a pregnancy by its month or kicks, a boss named bare, a child by a
parents' evening or a family nickname, a pet by its adoption, a shop by its web shop, a move by the furniture sold for it), with the
false friends each family brings. Captions of no set; each class has captions that failed on the
reader before it, the rest guard."""

import pytest

from exposure.infer.captions import caption_signals

# caption, signals given, signals taken, why
CASES = [
    # a vote by its ballot, its polling station or its poll worker
    ("Odvoleno, a teď hurá na oběd k babičce", {"politics"}, set(), "cs voted"),
    ("Tessera elettorale timbrata anche stavolta, poi caffè al bar", {"politics"}, set(), "it"),
    ("Mesária de novo, doze horas na seção e um pão de queijo", {"politics"}, set(), "pt"),
    ("Cały dzień jako mąż zaufania, ręka boli od liczenia", {"politics"}, set(), "pl"),
    ("knocking doors in the sleet for our councillor, 90 done", {"politics"}, set(), "en"),
    # a wedding by the years or months married, its vows told ahead
    ("Třicet let manželství a pořád se smějeme stejným vtipům", {"wedding"}, set(), "cs"),
    ("Bodas de prata hoje! 25 anos e ainda rimos juntos", {"wedding"}, set(), "pt"),
    ("Three months married and we still argue about the thermostat", {"wedding"}, set(), "en"),
    ("Sobota, kościół o 15, mówimy sobie tak. Trzymajcie kciuki", {"wedding"}, set(), "pl"),
    ("Meus pais fazem bodas de ouro no domingo", set(), {"wedding"}, "pt parents'"),
    # a degree by its defence
    ("Defendí la tesis hoy, ya soy doctora por fin", {"graduation"}, set(), "es"),
    ("Defendi a dissertação ontem, aprovada!", {"graduation"}, set(), "pt"),
    ("Obhájil jsem diplomku, konečně inženýr", {"graduation"}, set(), "cs"),
    ("Getuigschrift in de pocket, nu op zoek naar een baan", {"graduation"}, set(), "nl"),
    # a pregnancy by its month, its kicks, its prenatal class
    ("Siódmy miesiąc, a ja dalej nie mam wózka", {"pregnancy"}, set(), "pl"),
    ("Bu gece yine tekmeliyor, uyku yok, doğuma az kaldı", {"pregnancy"}, set(), "tr"),
    ("Geburtsvorbereitungskurs, Abend zwei: Atmen kann ich jetzt", {"pregnancy"}, set(), "de"),
    ("Les bulletins du 2e trimestre sont enfin remplis", set(), {"pregnancy"}, "fr a school term"),
    # a boss or a colleague named bare; not a meme's "when the boss", not a pet as the boss
    ("Il capo oggi ha portato le brioche per tutti", {"work"}, set(), "it"),
    ("El jefe nos dejó salir antes por el partido", {"work"}, set(), "es"),
    ("Šéfová je celý týden na školení, v kanclu klid", {"work"}, set(), "cs"),
    ("Quando il capo scrive alle 18:59 'hai un minuto?'", set(), {"work"}, "it a meme"),
    ("Unser Kater ist der Chef im Haus, der Rest sind Angestellte", set(), {"work"}, "de a pet"),
    # a child by a parents' evening or a family nickname (a grandfather, a big sister are not)
    ("Elternabend in der 2a, zwei Stunden über Hausschuhe", {"baby"}, set(), "de"),
    ("Reunião de pais amanhã e eu já sei o que vão dizer", {"baby"}, set(), "pt"),
    ("Mon grand a perdu sa première dent de lait ce matin", {"baby"}, set(), "fr"),
    ("La peque ya sabe atarse los cordones sola", {"baby"}, set(), "es"),
    ("Mon grand-père fête ses 90 ans dimanche", set(), {"baby"}, "fr a grandfather"),
    # a pet by its adoption; a shop by its web shop
    ("Adotamos um gatinho preto, o nome é Feijão", {"pet"}, set(), "pt"),
    ("Konečně máme psa, jmenuje se Ferda a bojí se koček", {"pet"}, set(), "cs"),
    ("Barınaktan kedi sahiplendik, adı Duman", {"pet"}, set(), "tr"),
    ("Nouveaux bijoux sur la boutique Etsy, livraison offerte", {"work"}, set(), "fr"),
    # a move by the furniture sold for it
    ("Selling our dining table before the move, collection only", {"moving"}, set(), "en"),
    ("Vendo la lavadora por traslado a Valencia, casi nueva", {"moving"}, set(), "es"),
]


@pytest.mark.parametrize("caption,given,taken,why", CASES)
def test_a_signal_told_by_its_acts(caption, given, taken, why):
    said = caption_signals(caption)
    assert given <= said and not taken & said, (why, said)
