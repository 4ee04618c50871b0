"""The athlete's own body, gear and races (sport46, `caption_sport`): a training camp at a named
place is a journey, a buggy run or the owner's child at a children's race is the baby, a
physio or a runner's injury is health; a recovery run, a bike called "my baby" and a marriage to
the bike are none of them. Each caption read otherwise before."""

import pytest

from exposure.infer.captions import rule_signals

CAMP = [
    ("Training camp in Calpe with the club, 550 km in six days", "en"),
    ("Trainingslager auf Fuerteventura, jeden Tag Wind von vorn", "de"),
    ("Stage vélo à Gérone, cinq jours de cols", "fr"),
    ("Trainingskamp in Alicante, zon en 600 km op de teller", "nl"),
    ("Obóz biegowy w Karpaczu, trzy dni podbiegów i sauna", "pl"),
    ("Ritiro a Livigno con la squadra, aria sottile e salite", "it"),
]

BUGGY = [
    ("Buggy run along the canal with Ruby, she napped the whole 8k", "en"),
    ("Mit Kinderwagen zum Parklauf, Jonas hat alles verschlafen", "de"),
    ("Dnes běh s kočárkem kolem Vltavy, Adélka spala", "cs"),
    ("Dix bornes avec la poussette de course, Lou dort", "fr"),
    ("Wózek biegowy i 12 km po Kampinosie, Hania spała", "pl"),
]

KIDS_RACE = [
    ("Our little Oscar ran his first kids' race today, 400 m of pure joy", "en"),
    ("Unsere Lotta beim Kinderlauf, 500 m und eine Medaille", "de"),
    ("Notre petit Paul a fait sa première course, 200 m et des larmes", "fr"),
    ("Nasza Zuzia na biegu dla dzieci, medal ważniejszy niż mój", "pl"),
]

INJURY = [
    ("Shin splints again, ice and patience", "en"),
    ("Fersensporn, zum dritten Mal dieses Jahr", "de"),
    ("Hielspoor, dus voorlopig fietsen in plaats van lopen", "nl"),
    ("Fyzioterapeutka mi dnes zase tejpovala lýtko", "cs"),
    ("U fizjoterapeuty drugi raz w tym tygodniu, kolano coraz lepiej", "pl"),
    ("Fizyoterapiste gittim, diz yavaş yavaş düzeliyor", "tr"),
    ("Fascite plantare, tre settimane senza correre", "it"),
]


@pytest.mark.parametrize("caption,lang", CAMP)
def test_training_camp_at_a_named_place_is_travel(caption, lang):
    assert "travel" in rule_signals(caption)


@pytest.mark.parametrize("caption,lang", BUGGY + KIDS_RACE)
def test_buggy_run_or_own_child_at_a_kids_race_is_the_baby(caption, lang):
    assert "baby" in rule_signals(caption)


@pytest.mark.parametrize("caption,lang", INJURY)
def test_the_owners_injury_and_physio_are_health(caption, lang):
    assert "health" in rule_signals(caption)


SILENT = [
    ("Recovery run after Sunday's half, legs fine", "health", "en a recovery run"),
    ("Recovery ride, 40 km at coffee pace", "health", "en a recovery ride"),
    ("Meet my new baby: carbon frame, 7.4 kg, Di2", "baby", "en a bike called my baby"),
    ("Mein neues Baby 😍 Canyon Aeroad in Grau", "baby", "de a bike called my baby"),
    ("Honestly I'm married to my bike these days", "wedding", "en married to the bike"),
    ("Ik ben getrouwd met mijn racefiets", "wedding", "nl married to the bike"),
    ("Kuchenverkauf für das Trainingslager der Jugend", "travel", "de a camp, no place"),
    (
        "Kolegyně odchází na mateřskou, koupili jsme jí kočárek",
        "baby",
        "cs a buggy for a colleague",
    ),
    ("Vendo passeggino da corsa, usato poco", "baby", "it a buggy for sale"),
]


@pytest.mark.parametrize("caption,signal,why", SILENT)
def test_training_words_and_gear_are_no_event(caption, signal, why):
    assert signal not in rule_signals(caption), why


def test_recovery_after_the_owners_surgery_stays_health():
    assert "health" in rule_signals("Three weeks after knee surgery, recovery is slow")


def test_my_baby_the_term_itself_before_a_bikes_make_is_no_child():
    assert "baby" not in rule_signals("Die neue Rennmaschine ist da. Mein Baby 😍 #canyon")


MARRIED_TO_THE_CLUB = [
    ("Casado con el Sporting desde que nací 🔴⚪", "es a club"),
    ("Casado com o Benfica até que a morte nos separe 🦅", "pt a club"),
    ("Getrouwd met Ajax, al 40 jaar ❤️⚪", "nl a club"),
    ("Verloven? Ik? Nee hoor, ik ben al getrouwd met mijn PlayStation 🎮", "nl a console"),
]

MARRIED_FOR_REAL = [
    ("Casado con Lucía desde 1998, 25 años 💍", "es a wife"),
    ("Casado com a Ana há dez anos, obrigado amor", "pt a wife after an article"),
    ("Getrouwd met mijn grote liefde vandaag 💍", "nl the love of a life"),
]


@pytest.mark.parametrize("caption,why", MARRIED_TO_THE_CLUB)
def test_married_to_a_club_or_a_console_is_no_wedding(caption, why):
    assert "wedding" not in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", MARRIED_FOR_REAL)
def test_married_to_a_person_stays_a_wedding(caption, why):
    assert "wedding" in rule_signals(caption), why


ILL_BESIDE_THE_MATCH = [
    ("Con gripe y viendo el partido desde la cama 🤒", "es a flu and the match"),
    ("Gripe e jogo do Porto à noite. O sofá é meu ⚽🤒", "pt a flu and the match"),
    ("Grippe und Spiel auf dem Sofa 🤒", "de a flu and the match"),
    ("Griep en de wedstrijd vanuit bed", "nl a flu and the match"),
    ("Chřipka a zápas v televizi 🤒", "cs a flu and the match"),
    ("Halı sahada arka adale yırtıldı. Üç hafta yok, moral sıfır. Doktor üç hafta dedi", "tr"),
    ("Positiva al covid, di nuovo. Divano, tachipirina e serie tv", "it covid beside a series"),
    ("Pós-operatório da vesícula: dor, gelatina e série na Netflix", "pt surgery and a series"),
    ("Chemo nummer 4, de verpleging hier is fantastisch", "nl chemo by its number"),
]

SICK_SAID_OF_THE_MATCH = [
    ("That goal was sick 🔥", "en a sick goal"),
    ("Este partido me pone enfermo", "es the match makes me sick"),
    ("Spiel macht mich krank", "de the match makes me sick"),
    ("Mecz był chory", "pl a sick match"),
    ("bu dizi ilaç gibi geldi 💊📺", "tr a show like a medicine"),
    ("Ta nemocnice v seriálu je lepší než ta naše, operace za 5 minut", "cs a hospital show"),
    ("El médico de la serie lo soluciona todo en 40 minutos", "es a doctor show"),
    ("El médico de la serie tiene gripe otra vez", "es the show's doctor's flu"),
    ("Doktorlar dizisi tekrarda, yine kanser teşhisi", "tr a doctor show's cancer"),
    ("Il gruppo WhatsApp del condominio mi fa venire l'emicrania", "it makes me a migraine"),
]


@pytest.mark.parametrize("caption,why", ILL_BESIDE_THE_MATCH)
def test_an_illness_named_beside_the_match_is_the_owners(caption, why):
    assert "health" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", SICK_SAID_OF_THE_MATCH)
def test_sick_said_of_the_match_stays_a_figure(caption, why):
    assert "health" not in rule_signals(caption), why
