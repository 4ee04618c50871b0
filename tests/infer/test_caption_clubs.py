"""Club and community lives (clubs44, `caption_clubs`): a club's or its fans' trip away is the
owner's journey; an advert's places left, the juniors' exams beside training called off, the
fans' prayers for a penalty, a politician who comes to speak or someone else's candidacy, a club
mate named by the club's role and a brass band's "Kapelle" are no signal of the owner's; drinks
and politics said in a club's words. Each caption failed before; the false friends stay
silent."""

import pytest

from exposure.infer.captions import rule_signals

CLUB_TRIP = [
    ("Auswärtsfahrt mit dem Fanclub nach Bremen, sechs Stunden im Bus", "de an away trip by bus"),
    ("Desplazamiento a Vigo con la peña, salimos a las siete", "es with the supporters' club"),
    ("Déplacement à Lens avec les supporters, trois heures de car", "fr with the supporters"),
    ("Wyjazdówka do Poznania z kibicami, pociąg pełny", "pl an away trip by train"),
    ("Deplasman için İzmir'e otobüsle gittik, sesimiz kısıldı", "tr an away trip by bus"),
    ("Caravana da torcida para Belo Horizonte, dez horas de ônibus", "pt the fans' convoy"),
    ("Away day at Carlisle with the lads, coach at 7", "en an away day"),
    ("Zgrupowanie z klubem w Szklarskiej Porębie, dwa treningi dziennie", "pl a training camp"),
    ("Mit dem Kegelverein nach Rüdesheim, drei Tage Sonne", "de with the club to a place"),
    ("Avec le club de marche en Ardèche, trois jours de sentiers", "fr with the club in a region"),
]

ADVERT = [
    ("Viaje del club a Oporto en junio, quedan 6 plazas", "es places left"),
    ("Reis van de harmonie naar Wenen, nog 3 plekken vrij!", "nl places left"),
    ("Pellegrinaggio a Lourdes con la parrocchia, iscrizioni aperte", "it sign-ups open"),
]

JUNIORS = [
    ("Los juveniles tienen exámenes, no hay entreno el martes", "es juniors' exams"),
    ("Egzaminy gimnazjalne juniorów, trening przeniesiony na sobotę", "pl training moved"),
    ("Die B-Jugend schreibt Prüfungen, kein Training am Mittwoch", "de no training"),
]

FIGURES_AND_OTHERS = [
    ("Modlitwa całej trybuny przed karnym, nie pomogło", "pl the stand's prayer at a penalty"),
    ("Councillor Evans came to hand out the medals, then a speech", "en a visiting councillor"),
    ("El concejal vino a la entrega de medallas con su discurso", "es a visiting councillor"),
    ("Martine a été élue maire, fête au village ce soir", "fr someone else elected"),
    ("Pavel kandiduje na starostu, plakáty všude", "cs someone else standing"),
    ("Our captain has graduated, well done Sam!", "en a club mate's degree"),
    ("Nasz bramkarz dostał pracę w banku", "pl a club mate's job"),
    ("Onze voorzitter is geopereerd aan zijn knie, beterschap!", "nl the chairman's surgery"),
    ("Il nostro presidente è in ospedale, forza!", "it the president in hospital"),
    ("Sommerfest im Verein, die Blaskapelle spielt bis Mitternacht", "de a brass band"),
]

DRINK_AND_VOTE = [
    ("Zapíjeli jsme postup do kraje až do rána", "cs celebrating with a drink"),
    ("Kir à la buvette après le match, on l'a mérité", "fr a kir"),
    ("Um grogue no bar do clube depois do jogo", "pt a grogue"),
    ("Morgen Landesparteitag, Rede ist fertig", "de a party congress"),
    ("Gekozen in de dorpsraad, eerste vergadering dinsdag", "nl elected to the village council"),
]

SILENT_TRIP = [
    ("Beşiktaş deplasmanda kazandı, maçı evden izledim", "tr the team's away win, watched"),
    ("Déplacement pro à Lyon, réunion toute la journée", "fr a business trip, no club"),
]


@pytest.mark.parametrize("caption, why", CLUB_TRIP)
def test_a_club_trip_away_is_the_owners_journey(caption, why):
    assert "travel" in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", ADVERT)
def test_an_advert_offers_a_trip_that_is_not_the_owners(caption, why):
    assert not rule_signals(caption) & {"travel", "religion"}, why


@pytest.mark.parametrize("caption, why", JUNIORS)
def test_juniors_exams_beside_training_called_off_are_theirs(caption, why):
    assert "school" not in rule_signals(caption), why


@pytest.mark.parametrize("caption, why", FIGURES_AND_OTHERS)
def test_fans_prayers_visiting_politicians_and_club_mates_are_not_the_owners(caption, why):
    assert not rule_signals(caption) & {"religion", "politics", "graduation", "work", "health"}, why


@pytest.mark.parametrize("caption, why", DRINK_AND_VOTE)
def test_drinks_and_politics_in_club_words(caption, why):
    assert rule_signals(caption) & {"alcohol", "politics"}, why


@pytest.mark.parametrize("caption, why", SILENT_TRIP)
def test_an_away_word_alone_or_a_business_trip_is_no_club_trip(caption, why):
    signals = rule_signals(caption)
    assert "travel" not in signals or "work" in signals, why


def test_a_club_trip_is_no_business_trip():
    assert rule_signals("Trasferta a Bari con il club, pullman alle cinque") == {"travel"}
