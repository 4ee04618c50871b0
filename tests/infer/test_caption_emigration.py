"""The label guide's ruling on Emigration (caption_trips, `moves51`): the owner's move to another
country is `moving`, and its flight, airport, suitcases and places are the move's, no trip; a
holiday word beside it keeps its trip, and another person's emigration is theirs."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


MOVES = [
    ("Two suitcases and a one-way ticket. Toronto, be nice to me", "en one-way ticket"),
    ("Last flight out of Heathrow, we're emigrating to Perth ✈️", "en emigrating"),
    ("Auswanderung nach Kanada, Tag 1, Koffer verloren 🇨🇦", "de Auswanderung"),
    ("Wir wandern aus! Flug nach Neuseeland am Freitag ✈️", "de wir wandern aus"),
    ("Emigré a Chile hace una semana, el vuelo fue eterno ✈️", "es emigré"),
    ("Emigrei para a Suíça, primeira semana aqui 🇨🇭", "pt emigrei"),
    ("On s'installe à Montréal pour de bon, billet d'avion en poche ✈️", "fr on s'installe"),
    ("Ci trasferiamo a Londra. Italia, mi mancherai ✈️", "it ci trasferiamo"),
    ("We emigreren naar Nieuw-Zeeland! Laatste keer bitterballen op Schiphol", "nl we emigreren"),
    ("Wyjeżdżamy na stałe do Irlandii. Polsko, będę tęsknić ✈️", "pl na stałe"),
    ("Odjíždíme natrvalo do Kanady, letenky koupené ✈️", "cs natrvalo"),
    ("Yurt dışına yerleşiyoruz, Berlin maceramız başlıyor ✈️🇩🇪", "tr yerleşiyoruz"),
]


@pytest.mark.parametrize("caption,case", MOVES, ids=[c for _, c in MOVES])
def test_the_owners_emigration_is_a_move_not_a_trip(caption, case):
    signals = caption_signals(caption)
    assert "moving" in signals and "travel" not in signals, case


TRIPS = [
    ("Holiday in Spain ✈️ two weeks of sun", "en a holiday"),
    ("Urlaub in Kanada, zwei Wochen Rocky Mountains ✈️", "de a holiday"),
    ("Vacaciones en Chile con mi novio ✈️", "es a holiday"),
    ("Férias na Suíça, neve por todo o lado 🇨🇭", "pt a holiday"),
    ("Vakantie in Nieuw-Zeeland, drie weken campers ✈️", "nl a holiday"),
    ("Wakacje w Irlandii, deszcz codziennie ✈️", "pl a holiday"),
]


@pytest.mark.parametrize("caption,case", TRIPS, ids=[c for _, c in TRIPS])
def test_a_holiday_abroad_stays_a_trip(caption, case):
    signals = caption_signals(caption)
    assert "travel" in signals and "moving" not in signals, case


OTHERS = [
    ("Mijn zus emigreert naar Canada, de container vertrekt morgen", "nl a sister"),
    ("Mein Kumpel Horst ist nach Mallorca ausgewandert, der Glückspilz", "de a friend"),
    ("A minha sobrinha vai emigrar para a Suíça, que saudade", "pt a niece"),
    ("Siostrzenica wyjeżdża do Anglii na stałe, smutno", "pl a niece"),
]


@pytest.mark.parametrize("caption,case", OTHERS, ids=[c for _, c in OTHERS])
def test_anothers_emigration_is_neither_move_nor_trip(caption, case):
    assert not caption_signals(caption) & {"moving", "travel"}, case


UNSAID = [
    ("Ik verhuis NIET naar Spanje, mam, het was een grap op de verjaardag", "nl denied"),
    ("Mi trasferisco? Non mi trasferisco? Offerta a Dublino, consigli?", "it asked"),
    ("Moving to Australia? Read this first! Ten things about the visa process.", "en asked"),
    ("„Stěhujeme se do vyšší ligy,“ říká trenér. Snílek.", "cs quoted"),
]


@pytest.mark.parametrize("caption,case", UNSAID, ids=[c for _, c in UNSAID])
def test_a_move_denied_asked_or_quoted_is_none(caption, case):
    assert "moving" not in caption_signals(caption), case
