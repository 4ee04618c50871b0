"""Work told by colleagues' drinks after work, a first job after a degree, a firm or a permanent
contract, in the caption languages (each failed before these words joined `signals.work`); and
the false friends that stay silent: someone else's retirement, a brother's first pay."""

import pytest

from exposure.infer.captions import rule_signals

WORK = [
    ("Aperitivo aziendale per salutare lo stagista", "it a firm's drinks"),
    ("Afterwork avec toute l'équipe ce soir 🍻", "fr after work with the team"),
    ("Happy hour da firma hoje, finalmente", "pt the firm's happy hour"),
    ("İş çıkışı ekiple bira, cuma geldi", "tr a beer with the team after work"),
    # leaving work says the owner has a job, with friends too (as English "after work" does;
    # the DEV sets label "iş çıkışı arkadaşlarla bir bira" so: caption_crew's `mates`)
    ("iş çıkışı arkadaşlarla sinema", "tr after work with friends"),
    ("Diplômée, et premier poste à Lyon lundi", "fr a first post"),
    ("Master gehaald en meteen een vaste baan", "nl a permanent job"),
    ("Begonnen bij een kleine uitgeverij als redacteur", "nl started at a firm"),
    ("Od poniedziałku etat w urzędzie", "pl a full-time post"),
    ("Hotová škola a od září nastupuju do nemocnice", "cs starting at a workplace"),
    ("Bugün yeni işte ilk günüm", "tr a first day at a new job"),
    ("Covering for a colleague all week", "en a colleague"),
    ("Eindelijk mijn eerste salaris binnen", "nl a first pay"),
    ("Pierwsza dniówka za nami, plecy bolą", "pl a day's pay"),
    ("Première paie en livres, je la relis trois fois", "fr a first pay"),
    ("Unser Foodtruck steht am Samstag auf dem Markt", "de a food truck"),
    ("Nostrifikace hotová, konečně můžu pracovat jako zubařka", "cs allowed to work as"),
    ("Faxina em duas casas hoje, as costas doem", "pt a cleaning round"),
    ("Noční šichta ve skladu, káva číslo tři", "cs a night shift"),
    ("Denklik çıktı, artık hemşire olarak çalışabilirim", "tr allowed to work as"),
]

SILENT = [
    ("Mijn vader gaat met pensioen", "nl a father's retirement"),
    ("La professoressa va in pensione", "it a teacher's retirement"),
    ("Nasz proboszcz idzie na emeryturę", "pl a priest's retirement"),
    ("Telefono spento, sono in ferie", "it a day off names no work"),
    ("Mój brat dostał pierwszą wypłatę", "pl a brother's first pay"),
]


@pytest.mark.parametrize("caption,why", WORK, ids=[c[0] for c in WORK])
def test_work_told(caption, why):
    assert "work" in rule_signals(caption), why


@pytest.mark.parametrize("caption,why", SILENT, ids=[c[0] for c in SILENT])
def test_false_friends_stay_silent(caption, why):
    assert "work" not in rule_signals(caption), why
