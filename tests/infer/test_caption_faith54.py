"""A church's service told by words that need a church's context, and a feast wished to others
named that is no practice (caption_faith, `faith54`), read by the rules."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption",
    [
        # a sermon beside its preacher, a service or a church's context
        "Great sermon from the new vicar this morning, short and to the point",
        "Die Predigt vom Pfarrer heute war echt gut, sogar die Kinder haben zugehört",
        "Prachtige preek vanochtend, de dominee had het over geduld",
        # a preacher beside a service or a choir
        "The pastor stayed after service to chat with everyone, such a warm crowd",
        "Nach der Chorprobe hat uns der Pfarrer noch Kuchen gebracht",
        # a service or a choir beside a feast or a saint's church
        "Early service at St Peter's for Easter, then eggs in the garden",
        "Naar de vroegmis met Kerstmis, daarna ontbijt met z'n allen",
        "Erste Lesung in der Stadtkirche gelesen, meine Knie haben gezittert",
    ],
)
def test_service_in_a_church_context_is_religion(caption):
    assert "religion" in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        # a preacher's news or a church's event without a service
        "Our old vicar is retiring after 25 years at St John's",
        "Der Pfarrer wird versetzt, an Weihnachten ist dann ein Neuer da",
        # a service that is the owner's work, or one watched on a screen
        "Christmas Day service was brutal, 190 covers and two chefs down",
        "Christmas service on TV with my nan, she knows every hymn",
        # a feast wished to others named
        "Happy Diwali to all our lovely neighbours, thank you for the sweets!",
        "Feliz Hanukkah a todos mis amigos judíos, luz y paz",
        "Buon Ramadan ai nostri clienti, oggi chiudiamo un'ora prima",
        "Wishing everyone a blessed Eid and a lovely weekend",
    ],
)
def test_no_service_or_a_greeting_is_no_religion(caption):
    assert "religion" not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption",
    [
        "Eid Mubarak from our family to yours, we fasted the whole month",
        "Ramadan mubarak aan al mijn collega's, ik vast mee dit jaar",
    ],
)
def test_the_owners_own_feast_stays_religion(caption):
    assert "religion" in caption_signals(caption)
