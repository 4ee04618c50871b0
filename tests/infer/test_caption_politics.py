"""Politics the owner takes part in, not politics in the air (politics46, `caption_politics`): the
family's chat quarrelling over an election, an election night watched, a stand or a rally passed
on the way to the shop, someone else's candidacy, a building's or a song contest's vote give no
`politics`; the owner's own act told beside them (voted, signed, the polling station's table)
still does. Each air caption gave politics before."""

import pytest

from exposure.infer.caption_politics import air_said
from exposure.infer.captions import rule_signals

AIR = [
    (
        "Landtagswahl am Sonntag und in der Familiengruppe fliegen schon die Fetzen",
        "de family chat",
    ),
    ("Eleições para a semana e o grupo da família já está em guerra", "pt family chat"),
    ("Elezioni comunali, nella chat di famiglia volano insulti", "it family chat"),
    ("Wybory za tydzień, na grupie rodzinnej już awantura", "pl family chat"),
    ("Verkiezingen, de familiegroep ontploft weer", "nl family chat"),
    ("Seçim gecesi, sonuçları izliyoruz, çay demlendi", "tr election night watched"),
    ("Élections, soirée électorale chez mes parents, raclette", "fr election night"),
    ("Comizio in piazza, io ero lì solo per la porchetta", "it rally passed for the food"),
    (
        "Des militants font du tractage au marché, je passais juste pour le fromage",
        "fr stand passed",
    ),
    ("Mítin en la plaza, yo solo quería comprar churros", "es rally passed for churros"),
    ("Kamarád ze Zlína kandiduje do senátu, billboardy má na každém rohu", "cs a friend stands"),
    ("Wybory do wspólnoty mieszkaniowej, zostałam w zarządzie", "pl residents' board"),
    ("Élections américaines, je regarde ça de loin avec un thé", "fr an election abroad"),
    ("Wybory w Niemczech, a ja myślę o urlopie", "pl an election abroad"),
    ("Wahlkampfstand am Bahnhof, zwei Kugelschreiber abgestaubt", "de a stand's freebies"),
    ("Sick of the election already, wake me in November", "en weary of it"),
    ("Campaña electoral otra vez, apago la tele y a dormir", "es the TV turned off"),
    ("Eurovision party, we voted for Finland 12 times", "en a song contest's vote"),
]

ACTS = [
    ("Ya he votado, y en el grupo de la familia ya hay guerra 🗳", "es voted beside the chat"),
    ("Ik heb gestemd! Uitslagenavond met chips", "nl voted, then the results"),
    ("Stimmzettel abgegeben, Wahlabend bei Oma", "de voted, election night"),
]

# the owner's own acts that no word gave before: the polling station's table, the count, a march
ACTS_NAMED = [
    ("Stembureaulid vandaag, tellen tot middernacht", "nl poll worker"),
    ("Dépouillement à la mairie ce soir, 400 bulletins comptés", "fr the count"),
    ("Hoy toca la mani por la sanidad pública con mi padre", "es a march"),
]


@pytest.mark.parametrize("text,why", ACTS_NAMED)
def test_the_owners_named_act_is_politics(text, why):
    assert "politics" in rule_signals(text), why


@pytest.mark.parametrize("text,why", AIR)
def test_politics_in_the_air_is_not_the_owners(text, why):
    assert "politics" not in rule_signals(text), why


@pytest.mark.parametrize("text,why", ACTS)
def test_the_owners_act_keeps_politics(text, why):
    assert "politics" in rule_signals(text), why


def test_air_said_names_the_words_and_yields_to_an_act():
    assert air_said("en el grupo de la familia hay guerra") == "grupo de la familia"
    assert air_said("ya he votado, en el grupo de la familia hay guerra") is None


# moves52: a vote or a signature still undecided or refused is no act of the owner's yet
UNDECIDED = [
    ("Elections next month and I still have no idea who to vote for", "en no idea who"),
    (
        "Les élections municipales c'est dans un mois et je sais toujours pas pour qui voter",
        "fr pour qui",
    ),
    ("Las elecciones del domingo... no sé ni a quién votar, la verdad", "es a quién votar"),
    ("Amanhã há eleições e eu ainda não sei em quem votar", "pt em quem votar"),
    ("Le elezioni sono domenica e io ancora non so chi votare", "it chi votare"),
    ("Bundestagswahl: Ich wähle dieses Mal nicht. Ich kann nicht mehr", "de not this time"),
    ("De verkiezingen komen eraan en ik weet niet op wie ik moet stemmen", "nl op wie"),
    ("Wybory za tydzień i nie wiem, na kogo głosować", "pl na kogo"),
    ("Volby do zastupitelstva. Nevím, koho volit, všichni slibují totéž", "cs koho volit"),
    ("Seçimler yaklaşıyor, kime oy vereceğimi hâlâ bilmiyorum", "tr kime oy"),
    (
        "Une pétition pour sauver la piste circule au club. Pas encore signé, j'hésite",
        "fr unsigned",
    ),
]

# the owner's own vote told beside a doubt keeps it
DECIDED = [
    ("Had no idea who to vote for until the booth, but I voted", "en voted after all"),
    ("Bu yıl oy kullanmayacağım dedim ama sandığa gidince dayanamadım, oyumu kullandım", "tr"),
    ("No sabía a quién votar, pero ya he votado", "es voted"),
]


@pytest.mark.parametrize("text,why", UNDECIDED)
def test_a_vote_still_undecided_is_not_the_owners(text, why):
    assert "politics" not in rule_signals(text), why


@pytest.mark.parametrize("text,why", DECIDED)
def test_a_vote_cast_after_a_doubt_is_politics(text, why):
    assert "politics" in rule_signals(text), why


# politics53: the owner's protest said in words no table read before (a Flemish march, a strike
# the owner joined against a reform)
PROTESTS = [
    ("Dnes jsme stávkovali s celou fabrikou ✊ Proti důchodové reformě", "cs against a reform"),
    ("Mijn eerste betoging ooit, op mijn 58ste, met mijn wandelstok ✊", "nl a march"),
    ("Kadıköy'deki 8 Mart yürüyüşündeydim, annem ve kızımla ✊", "tr a march"),
]

# a word of politics in another sense: a choice, a chest, a body part protesting
OTHER_SENSES = [
    ("İnsanlar ilaç ile ekmek arasında seçim yapıyor. Bu bir insan hakları meselesi", "tr choice"),
    ("Çeyiz sandığı, annemin bakır tencereleri, ilk çayımız balkonda", "tr a dowry chest"),
    ("Dopo 20 km le mie ginocchia protestano, ma che panorama", "it knees"),
    ("200 km de Camino con mis rodillas protestando cada día", "es knees"),
    ("Third day of hiking and my knees are protesting loudly", "en knees"),
    ("Na 30 km fietsen protesteren mijn benen", "nl legs"),
]

# a party joined, told with its name
PARTIES_JOINED = [
    ("Joined the Labour Party tonight. 30 years of shouting at the telly", "en Labour"),
    ("Ho fatto l'iscrizione al partito stamattina. Era ora di fare qualcosa ✊", "it the party"),
    ("Heute bin ich in die SPD eingetreten", "de SPD"),
    ("Sinds gisteren lid geworden van GroenLinks", "nl GroenLinks"),
    ("Wstąpiłam do Lewicy, czas coś zmienić", "pl Lewica"),
    ("CHP'ye üye oldum, artık susmak yok", "tr CHP"),
]

# another's party card is not the owner's membership
OTHERS_PARTIES = [
    ("Mio nonno ha ancora la tessera del partito del 1972 incorniciata in salotto", "it grandad"),
    ("My dad, 74, has joined the Green Party and now knocks on doors", "en dad"),
]


@pytest.mark.parametrize("text,why", OTHER_SENSES + OTHERS_PARTIES)
def test_another_sense_or_anothers_party_is_not_politics(text, why):
    assert "politics" not in rule_signals(text), why


@pytest.mark.parametrize("text,why", PROTESTS + PARTIES_JOINED)
def test_a_protest_told_or_a_party_joined_is_politics(text, why):
    assert "politics" in rule_signals(text), why
