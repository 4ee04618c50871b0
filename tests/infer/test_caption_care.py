"""The owner's own care (stop 44, hardtimes44, `caption_care`): an aid the owner carries at someone
else's event (crutches, a wheelchair, a rollator, a wig), said with the first person, is the
owner's health; an aid a relative sits in is theirs. Silent: a hospital that is only the setting
of another act of the owner's (a proposal, a protest, a night shift, a prayer, a new job), a
fertility treatment beside the owner's pregnancy (pregnancy care is `pregnancy`), the office and
the benefit of the jobless (no work of the owner's). Each case failed before the round, but
the guards (a stay in hospital, a treatment alone, a new job after the jobless office); the
captions are written for these tests, in the caption languages."""

import pytest

from exposure.infer.captions import rule_signals

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
