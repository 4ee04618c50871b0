"""The owner's own care (stop 44, hardtimes44, `caption_care`): an aid the owner carries at someone
else's event (crutches, a wheelchair, a rollator, a wig), said with the first person, is the
owner's health; an aid a relative sits in is theirs. Silent: a hospital that is only the setting
of another act of the owner's (a proposal, a protest, a night shift, a prayer, a new job), a
fertility treatment beside the owner's pregnancy (pregnancy care is `pregnancy`), the office and
the benefit of the jobless (no work of the owner's). Each case failed before the round, but
the guards (a stay in hospital, a treatment alone, a new job after the jobless office); the
captions are written for these tests, in the caption languages."""

import pytest

from exposure.infer.captions import caption_signals, rule_signals

OWN_AID = [
    ("Na promoci mé sestřenice jsem byla o berlích, ale byla", "cs crutches at a cousin's"),
    ("Op het feest van mijn zus zat ik in mijn rollator vooraan", "nl my rollator at a sister's"),
    ("Alla cresima di mia nipote sono andata con la stampella", "it a crutch at a niece's"),
    ("Au baptême de mon neveu, j'étais là en fauteuil roulant", "fr a wheelchair at a nephew's"),
    ("Graduación de mi sobrina: fui con mi peluca y la mejor sonrisa", "es my wig at a niece's"),
]

THEIR_AID = [
    ("Met mam in de rolstoel naar de markt, zon op ons gezicht", "nl mother's wheelchair"),
    ("Kızımın nikahı, anneannesi tekerlekli sandalyede en önde", "tr grandmother's wheelchair"),
]

SETTING = [
    ("Hij vroeg me ten huwelijk in de tuin van het ziekenhuis. JA! 💍", "nl a proposal"),
    ("Demo gegen die Schließung unseres Krankenhauses, 2000 Leute", "de a protest"),
    ("Nocna zmiana na oddziale w szpitalu, trzecia kawa", "pl a night shift"),
    ("Said the rosary in the hospital chapel tonight", "en a prayer"),
    ("Primo giorno di lavoro in ospedale come infermiera", "it a first day at work"),
]

STAY = [
    ("Nos comprometimos en el hospital, yo todavía con la vía puesta 💍", "es a drip"),
    ("Tez savunmamı hastane yatağından yaptım, mezun oldum!", "tr a hospital bed"),
]

FERTILITY = [
    ("Schwanger! Nach vier Jahren in der Kinderwunschklinik, endlich", "de a fertility clinic"),
    ("Zwanger na drie IVF-pogingen, ik kan het niet geloven", "nl IVF"),
    ("Grávida depois de duas FIV! Ainda nem acredito", "pt IVF"),
]

JOBLESS = [
    ("Queue at the unemployment office again, third week in a row", "en the jobless office"),
    ("Zase na úřadu práce, čtvrtá schůzka, nic nového", "cs the jobless office"),
    ("İşsizlik maaşı bu ay da gecikti", "tr the jobless benefit"),
]


@pytest.mark.parametrize("caption, case", OWN_AID)
def test_the_owners_aid_at_someone_elses_event_is_health(caption, case):
    assert "health" in rule_signals(caption), case


@pytest.mark.parametrize("caption, case", THEIR_AID)
def test_an_aid_a_relative_sits_in_is_theirs(caption, case):
    assert "health" not in rule_signals(caption), case


@pytest.mark.parametrize("caption, case", SETTING)
def test_a_hospital_that_is_a_setting_gives_no_health(caption, case):
    assert "health" not in rule_signals(caption), case


@pytest.mark.parametrize("caption, case", STAY)
def test_a_stay_in_hospital_beside_another_act_is_health(caption, case):
    assert "health" in rule_signals(caption), case


@pytest.mark.parametrize("caption, case", FERTILITY)
def test_a_fertility_treatment_beside_the_pregnancy_is_pregnancy_care(caption, case):
    signals = rule_signals(caption)
    assert "pregnancy" in signals and "health" not in signals, case


def test_a_fertility_treatment_alone_is_still_health():
    assert "health" in rule_signals("IVF poging 4 gestart, duimen jullie mee?")


@pytest.mark.parametrize("caption, case", JOBLESS)
def test_the_jobless_office_is_no_work(caption, case):
    assert "work" not in rule_signals(caption), case


def test_a_new_job_after_the_jobless_office_is_work():
    assert "work" in rule_signals("Pierwszy dzień w nowej pracy po roku w urzędzie pracy!")


# stop 48 (`baby48`): a quick recovery wished is another's illness; thanks for the wishes, the
# owner's own; the doctor, the check-up and the birth bag of the owner's pregnancy are its care
WISHED = [
    ("Gute Besserung an meinen Nachbarn, der mit gebrochener Hüfte im Krankenhaus liegt", "de"),
    ("Beterschap Gerrit, word snel beter in het ziekenhuis!", "nl"),
    ("Pensées pour Gérard hospitalisé à Clermont, reviens vite", "fr"),
    ("Dayım kalp ameliyatı oldu, geçmiş olsun dayı", "tr"),
    ("Heard Don is in the hospital with pneumonia. Get well soon buddy", "en"),
    ("Pronta guarigione Gino, ricoverato in ospedale dopo la caduta", "it"),
]
OWN_WISHED = [
    ("Ameliyattan çıktım, safra kesesi gitti, geçmiş olsun mesajları için sağolun", "tr thanks"),
    ("Geopereerd aan mijn knie. De familie-app stroomt vol met 'beterschap'", "nl quoted"),
    ("Thanks for all the get well soon messages, my surgery went fine", "en thanks"),
]
PREGNANCY_CARE = [
    ("Embarazada de 20 semanas 🤰 el médico dice que todo va bien", "es doctor"),
    ("7. ay kontrolü tamam, doktor 'kız' dedi 🤰", "tr check-up"),
    ("20. SSW und der Bauch wird sichtbar 🤰 sagt zumindest die Ärztin", "de doctor"),
    ("7 miesiąc 🤰 Lekarz mówi, że wszystko dobrze", "pl doctor"),
    ("38 settimane, borsa per l'ospedale pronta 🤰", "it birth bag"),
]
PREGNANCY_ILL = [
    ("28 weeks pregnant and gestational diabetes confirmed, finger pricks four times a day", "en"),
    ("34 tydzień ciąży, leżę w szpitalu na podtrzymaniu, nudzę się", "pl hospital stay"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), WISHED)
def test_a_recovery_wished_is_anothers_illness(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), OWN_WISHED)
def test_thanks_for_the_wishes_is_the_owners_illness(caption, why):
    assert "health" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), PREGNANCY_CARE)
def test_a_pregnancys_doctor_is_its_care(caption, why):
    said = caption_signals(caption)
    assert "pregnancy" in said and "health" not in said, why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), PREGNANCY_ILL)
def test_an_illness_in_pregnancy_stays_health(caption, why):
    assert {"pregnancy", "health"} <= caption_signals(caption), why


# stop 48 (`baby48.body`): the owner's own body told hurt, broken or operated on, no illness word
OWN_BODY = [
    ("Zase bolí záda. Prý je to věkem. Je mi 34.", "cs back"),
    ("Belim tutuldu, 3 gündür yataktayım", "tr back"),
    ("Caí do trator a lavrar, três costelas partidas", "pt ribs"),
    ("Opération de la hanche réussie, le chirurgien est content", "fr hip"),
    ("Brutta caduta dal trattore, polso rotto, il raccolto non aspetta", "it wrist"),
    ("Enkel verzwikt bij het wadlopen. Slik 1, ik 0.", "nl ankle"),
    ("Third night shift in a row and my back is killing me", "en back"),
    ("Rückenschmerzen vom Gärtnern, ich werd alt", "de back"),
    ("Dziś tylko patrzyłem z ławki, kolano nie pozwala", "pl knee"),
    ("Con la espalda fastidiada no puedo salir al monte", "es back"),
]
OTHERS_BODY = [
    ("Mon pote se fait opérer de l'épaule demain, courage frérot", "fr friend"),
    ("Kolegyně si zlomila ruku, drž se!", "cs colleague"),
    ("Mój tata złamał nogę na nartach", "pl father"),
    ("Trentesima settimana, pancione e mal di schiena", "it pregnancy's ache"),
    ("Beterschap buurman, gebroken pols na die val", "nl wished"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), OWN_BODY)
def test_the_owners_body_told_hurt_is_health(caption, why):
    assert "health" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), OTHERS_BODY)
def test_anothers_body_or_a_pregnancys_ache_is_no_health(caption, why):
    assert "health" not in caption_signals(caption), why


# stop 49 (`health49`): the spouse or the child in hospital beside a prayer is the household's
# stay; an ache after a sport or a party is none
HOUSEHOLD_STAY = [
    ("Ogni giorno un rosario per mia moglie in ospedale", "it a rosary"),
    ("Rezo cada noche por mi marido en el hospital", "es a prayer"),
    ("Modlę się co wieczór za żonę w szpitalu", "pl a prayer"),
]
EXERTION = [
    ("Na kole 120 km po Šumavě, bolí mě všechno", "cs a ride"),
    ("Rando de 25 km hier, j'ai mal au dos", "fr a hike"),
    ("Gestern Party bis vier, heute Kopfschmerzen ohne Ende", "de a party"),
    ("Tre ore di escursione sul Gran Sasso, ora mal di schiena ovunque", "it a hike"),
    ("Partido de pádel de dos horas, ahora agujetas y dolor de espalda", "es a match"),
    ("Zwei Stunden Tanzen auf der Hochzeit, heute Rückenschmerzen", "de a dance"),
]
AGAIN = [
    ("Rückenschmerzen schon wieder, nach dem Training kaum aufgestanden", "de again"),
    ("Mal au dos depuis des mois, même la rando de dimanche était dure", "fr for months"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), HOUSEHOLD_STAY)
def test_the_spouse_in_hospital_beside_a_prayer_is_health(caption, why):
    assert "health" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), EXERTION)
def test_an_ache_after_an_effort_or_a_party_is_no_health(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), AGAIN)
def test_an_ache_that_keeps_coming_is_health(caption, why):
    assert "health" in caption_signals(caption), why


# stop 51 (`health51`): a first-aid course's plaster or ambulance emoji is the course's; a ward of
# emergency or intensive care alone beside the owner's shift is its setting; an injury told beside the course stays health
FIRST_AID = [
    ("Formation premiers secours terminée, certificat en poche 🩹", "fr a course"),
    ("Certificaat EHBO gehaald 🩹", "nl a certificate"),
    ("Sertifikam geldi! İlk yardım kursunu tamamladım 🩹", "tr a course"),
    ("Erste-Hilfe-Kurs bestanden 🚑 jetzt darf ich den Führerschein machen", "de a course"),
    ("Corso di primo soccorso completato 🚑", "it a course"),
    ("Finally got my First Aid at Work certificate 🩹", "en a certificate"),
]
NO_CARE = [
    ("Trabajando en Nochebuena, turno en urgencias. Feliz Navidad a todos 🎄", "es a shift"),
]
CARE = [
    ("Broke my wrist on the first aid course of all places 🩹", "en an injury"),
    ("Noite nas urgências com febre alta, que susto", "pt a night in the ward"),
]


@pytest.mark.parametrize(("caption", "why"), FIRST_AID + NO_CARE)
def test_a_course_or_a_ward_worked_in_is_no_care(caption, why, monkeypatch):
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
    assert "health" not in caption_signals(caption), why


@pytest.mark.parametrize(("caption", "why"), CARE)
def test_an_injury_or_a_night_in_the_ward_is_health(caption, why, monkeypatch):
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
    assert "health" in caption_signals(caption), why


# stop 52 (`health52`): a practitioner, a place of care or its emoji beside another act of the
# owner's (a degree, a job, a protest) or the owner's pregnancy is that act's setting; the
# ambulance emoji alone is a service's; a housemate's, an in-law's or a colleague's illness is
# theirs; a care service as a public cause (closed, a campaign, a blood drive) is no care
PRACTICE_SETTING = [
    ("Tez savunması bitti, artık ben de doktorum! 🎓", "tr a doctorate"),
    ("Promotie gehaald: vanaf vandaag mag ik me doctor noemen 🎓", "nl a doctorate"),
    ("Diploma de técnica en emergencias sanitarias en la mano 🚑🎓", "es a diploma"),
    ("Dyplom pielęgniarki odebrany, od poniedziałku praca 💉🎓", "pl a diploma"),
    ("Dernière nuit de garde aux urgences avant mon congé maternité 🏥🤰", "fr a last shift"),
]
OWN_CARE_BESIDE = [
    ("Back at work after my knee op, still on crutches 🏥", "en an op"),
    ("Diplom in der Tasche, mit Gips am Arm auf der Bühne 🎓", "de a cast"),
]
PREGNANCY_PRACTICE = [
    ("Schwanger in der 20. Woche, heute beim Frauenarzt alles gut 🤰", "de a gynaecologist"),
    ("Embarazada de 7 meses, hoy con la médica y todo bien 🤰", "es a doctor"),
    ("Ciąża, 30 tydzień, lekarz kazał leżeć", "pl a doctor"),
]
SERVICE = [
    ("Teď řídím sanitku, dětský sen splněn 🚑", "cs a driver"),
    ("Dank aan de ambulanceploeg die opa gisteren hielp 🚑", "nl a thanks"),
    ("Grazie ai volontari della Croce Rossa per la festa 🚑", "it volunteers"),
]
SERVICE_OWN = [
    ("Enkel gebroken bij het voetbal 🚑", "nl a broken ankle"),
    ("Broke my wrist skiing, first ambulance ride 🚑", "en a broken wrist"),
]
HOUSEMATES = [
    ("Mon coloc a la grippe, je fais la soupe", "fr a flatmate"),
    ("Mi compi de piso tiene la gripe, pobrecito", "es a flatmate"),
    ("Kankam halı sahada bileğini kırdı, alçıda", "tr a mate"),
    ("Teściu po zawale, już w domu", "pl a father-in-law"),
    ("Babi po operaci kyčle, už zase peče", "cs a granny"),
    ("Colleague off with burnout again, we all miss her", "en a colleague"),
]
CAUSE = [
    ("They want to close the A&E at our hospital. Sign the petition!", "en a closure"),
    ("Han cerrado las urgencias del hospital comarcal, vergüenza", "es a closure"),
    ("L'ospedale del paese chiude il punto nascite", "it a closure"),
    ("Akcja krwiodawstwa przy szpitalu w sobotę, zapraszamy", "pl a blood drive"),
    ("Kızılay kan bağışı kampanyası hastane önünde", "tr a blood drive"),
]
CAUSE_OWN = [
    ("Closing the laptop: knee op at the hospital tomorrow, wish me luck", "en my op"),
    ("Zamykam sklep na tydzień, jutro mam operację kolana w szpitalu", "pl my op"),
]


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), PRACTICE_SETTING)
def test_a_practitioner_or_a_care_sign_beside_another_act_is_its_setting(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), OWN_CARE_BESIDE)
def test_the_owners_own_care_beside_another_act_stays_health(caption, why):
    assert "health" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), PREGNANCY_PRACTICE)
def test_a_practitioner_beside_the_owners_pregnancy_is_its_care(caption, why):
    said = caption_signals(caption)
    assert "pregnancy" in said and "health" not in said, why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), SERVICE)
def test_the_ambulance_emoji_alone_is_a_service(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), SERVICE_OWN)
def test_the_ambulance_emoji_beside_the_owners_injury_is_health(caption, why):
    assert "health" in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), HOUSEMATES)
def test_a_housemates_in_laws_or_colleagues_illness_is_theirs(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), CAUSE)
def test_a_care_service_as_a_public_cause_is_no_care(caption, why):
    assert "health" not in caption_signals(caption), why


@pytest.mark.usefixtures("rules_alone")
@pytest.mark.parametrize(("caption", "why"), CAUSE_OWN)
def test_the_owners_own_care_beside_a_closing_word_stays_health(caption, why):
    assert "health" in caption_signals(caption), why
