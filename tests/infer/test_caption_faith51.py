"""The label guide's rulings on Sobriety and Prayers (faith51, `caption_drinks`, `caption_faith`)
and a church looked at: sobriety kept over a counted stretch or celebrated is `health` and no
`alcohol`; a prayer asked of others or said for anyone ill, a friend or a neighbour too, is
`religion`; a building of a faith told by the light on it or the picture it makes is no practice.
Each caption given failed before; the ones kept silent stay so (a month's pause, a bet, someone
else's sobriety, a pregnancy; a prayer for a disaster's victims, in jest or for an exam; a
church where a rite or the owner's wedding is told)."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")

SOBER = [
    ("Six months sober today. Never thought I'd make it", "en"),
    ("Sobre depuis 400 jours. Merci à ceux qui m'ont soutenu", "fr"),
    ("Llevo un año sin beber y me siento genial", "es"),
    ("Parei de beber faz 2 anos. Hoje bebi guaraná no casamento", "pt"),
    ("Non bevo più da tre anni. Al brindisi della cena aziendale ho alzato l'acqua", "it"),
    ("Seit einem Jahr trocken. Danke an alle, die an mich geglaubt haben", "de"),
    ("zes maanden droog, de AA-fiche ligt op m'n nachtkastje", "nl"),
    ("Nie piję od 20 lat i dobrze mi z tym", "pl"),
    ("Nepiju už tři roky a na oslavách mi pořád nabízí aspoň jednu 🙄", "cs"),
    ("Alkolü bıraktım, 1 yıl oldu", "tr"),
    ("Réunion des Alcooliques Anonymes ce soir. 500 jours.", "fr a meeting of AA"),
    ("Seit 10 Jahren trocken. Heute wird mit Apfelschorle angestoßen", "de a toast without"),
]

NOT_SOBER = [
    ("Dry January day 17 and I miss wine more than my ex", "en a month's pause"),
    ("je fais un mois sans alcool et mes potes le vivent comme un deuil", "fr a month"),
    ("Nie piję od Wielkanocy, zakład z bratem", "pl a bet"),
    ("Llevo tres meses sin beber. No es por salud, es porque me apetecía", "es no health"),
    ("my dad is 10 years sober today. so proud of him", "en a father's"),
    ("mon coloc a arrêté l'alcool depuis un an, je suis fier de lui", "fr a flatmate's"),
    ("Mijn vader is vandaag 5 jaar droog. Trots op die man", "nl a father's"),
    ("brácha je dva roky střízlivej, jsem na něj pyšná", "cs a brother's"),
    ("I miei colleghi hanno capito che sono incinta perché ho smesso di bere il caffè", "it"),
]

PRAYER_FOR_THE_ILL = [
    ("Please pray for my friend Maureen having her knee done on Thursday", "en a friend"),
    ("Pray for my mate Dave, heart op tomorrow 🙏", "en a mate"),
    ("Rezad por mi amiga Pili que está en la UCI", "es a friend"),
    ("O marido da vizinha teve um enfarte, rezem por ele", "pt a neighbour's husband"),
    ("Mon oncle a un cancer, on lui envoie des prières de partout", "fr said"),
    ("Betet bitte für unsere Nachbarin Gisela, sie liegt im Krankenhaus", "de a neighbour"),
    ("Preghiamo per il piccolo Andrea, figlio dei nostri vicini, operato stanotte.", "it said"),
    ("Proszę o modlitwę za moją sąsiadkę Krysię, jest w szpitalu", "pl a neighbour"),
    ("Prosím, pomodlete se za našeho souseda pana Nováka, je v nemocnici 🙏", "cs"),
    ("Komşumuz Hatice teyze yoğun bakımda, dualarınızı bekliyoruz 🤲", "tr a neighbour"),
]

PRAYER_NOT = [
    ("Praying for everyone affected by the floods tonight", "en a disaster's victims"),
    ("Rezad por las familias del terremoto. Qué impotencia", "es victims"),
    ("Domani esame di diritto privato, pregate per me", "it an exam"),
    ("Tenerife with a 6 month old, pray for us 😂", "en a joke"),
    ("Babam yoğun bakımdan çıktı, dualarınız için teşekkürler", "tr thanks"),
]

SIGHT = [
    ("The old chapel up on the moor looks like a painting this morning ✨", "en"),
    ("Joli petit temple protestant dans les Cévennes, on s'est arrêtés pour l'ombre", "fr"),
    ("Kerkje in Giethoorn, zo schattig tussen de grachtjes", "nl"),
    ("Kościół Mariacki o zachodzie słońca, hejnał i gołębie", "pl"),
    ("Kostel sv. Barbory v Kutné Hoře, nádhera", "cs"),
    ("Süleymaniye Camii'nin avlusundan Haliç manzarası 🕌", "tr an emoji"),
    ("Sunrise over St Peter's before the Lazio game ⛪", "en an emoji"),
]

NOT_SIGHT = [
    ("Midnight mass at the cathedral, breathtaking choir", "en a mass"),
    ("Vandaag tien jaar getrouwd in ons kerkje, prachtig", "nl the owner's wedding"),
    ("Procesión del Cristo al atardecer, este año he llevado el paso 🙏", "es a procession"),
]


@pytest.mark.parametrize("text,lang", SOBER)
def test_sobriety_kept_is_health_and_no_alcohol(text, lang):
    signals = caption_signals(text)
    assert "health" in signals and "alcohol" not in signals, lang


@pytest.mark.parametrize("text,why", NOT_SOBER)
def test_a_pause_or_anothers_sobriety_is_no_health(text, why):
    assert "health" not in caption_signals(text), why


@pytest.mark.parametrize("text,why", PRAYER_FOR_THE_ILL)
def test_a_prayer_for_anyone_ill_is_religion(text, why):
    assert "religion" in caption_signals(text), why


@pytest.mark.parametrize("text,why", PRAYER_NOT)
def test_a_prayer_for_victims_in_jest_or_thanked_is_not(text, why):
    assert "religion" not in caption_signals(text), why


@pytest.mark.parametrize("text,lang", SIGHT)
def test_a_church_looked_at_is_no_religion(text, lang):
    assert "religion" not in caption_signals(text), lang


@pytest.mark.parametrize("text,why", NOT_SIGHT)
def test_a_rite_or_a_wedding_at_a_church_stays(text, why):
    assert "religion" in caption_signals(text), why
