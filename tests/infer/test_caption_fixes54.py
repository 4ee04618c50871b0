"""Stop 54's small reading fixes, read by the rules: a toast's own event, a role's relative clause
with the owner as its object, Turkish apostrophe suffixes, sobriety, future parents, a
pilgrimage as a figure, flights only looked at and the school holidays as a time of year."""

import pytest

from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # a toast is the owner's drink, and the event it is raised to is theirs
        ("Cheers to our first flat 🥂 prosecco from paper cups", "new_home"),
        ("Proost op mijn diploma! Vier jaar hard gewerkt 🍷", "graduation"),
        ("Prost auf zehn Jahre verheiratet, mein Schatz 🥂", "wedding"),
        # a Turkish suffix's apostrophe does not hide the word
        ("Umre'den döndük, Rabbim herkese nasip etsin", "religion"),
        ("Umre'den döndük, Rabbim herkese nasip etsin", "travel"),
        ("YKS'de ilk 5 bine girdim!!! tıp geliyorum", "school"),
        ("Roma'ya indik, ilk gün Kolezyum", "travel"),
        # sobriety kept is recovery
        ("Sobrio da tre anni. Un giorno alla volta.", "health"),
        ("Trzeźwa od pięciu lat. Dzień po dniu.", "health"),
        # becoming parents told in the future
        ("we're gonna be parents?!?! I'm shaking", "pregnancy"),
        ("Wir sind bald zu dritt 🤍", "pregnancy"),
        ("Saremo genitori a novembre, non ci crediamo ancora", "pregnancy"),
        ("Seremos padres en primavera 💙", "pregnancy"),
    ],
)
def test_the_owners(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    ("caption", "signal"),
    [
        # a toast raised to others: their event
        ("Cheers to the newlyweds 🥂 what a beautiful day", "wedding"),
        ("Proost op jullie, lieve buren, en op jullie nieuwe huis! 🥂", "new_home"),
        # the role does its relative clause's act, the owner is its object
        ("Der Trainer, der mir jahrelang geholfen hat, hat gestern geheiratet", "wedding"),
        ("Nasz proboszcz, który mnie ochrzcił, przeszedł na emeryturę", "work"),
        # a name of several words keeps its apostrophe; an exam won for a post is no schooling
        ("Kurban Bayramı'nda bütün aile köyde toplandık", "religion"),
        ("KPSS'yi kazandım, öğretmen olarak atandım!", "school"),
        # an alcohol-free drink, weddings in general
        ("Alkoholfreier Sekt zum Anstoßen 🥂", "alcohol"),
        ("Nie piję od 4 lat, a na weselach bawię się najdłużej", "wedding"),
        # a pilgrimage to a food place is a figure
        ("weekly pilgrimage to the new ramen place, worth the queue", "travel"),
        ("Bedevaart naar die nieuwe koffiebar op de hoek, de rij was absurd", "religion"),
        # a flight only looked at
        ("Googling flights to Bali at midnight that I can't afford", "travel"),
        # the school holidays as a time of year
        ("Przez wakacje pilnuję kota sąsiadki", "travel"),
        ("In den Sommerferien ist die ganze Straße voller Kinder", "travel"),
        ("Okullar kapandı, yaz tatili başladı, kolay gelsin annelere", "travel"),
    ],
)
def test_not_the_owners(caption, signal):
    assert signal not in caption_signals(caption)
