"""Where a word is read (scope54): the owner's "my" at a word keeps it theirs whoever stands in
its clause (context.why_not), an English word spelled as the caption's own word with another
meaning is no English word there (caption_words.false_friend), a hashtag's inside one or two
stray letters in is no word (caption_lexicon.split_hashtag), a false friend reads over a signal
word the caption only writes a form of (caption_words.find_terms), read by the rules."""

import pytest

from exposure.infer.caption_lexicon import split_hashtag
from exposure.infer.captions import caption_signals

pytestmark = pytest.mark.usefixtures("rules_alone")


@pytest.mark.parametrize(
    "caption, signal",
    [
        # the owner's new job, the children in the same run of words after it
        ("Ci spostiamo a Verona per il mio nuovo lavoro 📦 i bambini sono già tristi", "work"),
        ("Nos vamos a Valencia por mi nuevo trabajo 📦 los niños lloran", "work"),
        ("We gaan naar Utrecht voor mijn nieuwe baan 📦 de kinderen zijn er klaar voor", "work"),
        ("Jedziemy do Poznania przez moją nową pracę 📦 dzieci są smutne", "work"),
        ("Mum drove six hours for my graduation and sobbed all through it", "graduation"),
    ],
)
def test_mine_at_the_word_keeps_it_the_owners(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # a relative's own: no "my" at the word
        ("Mi hermano empieza su nuevo trabajo en Bilbao el lunes", "work"),
        ("Mein Sohn hat seine neue Stelle in Köln, wir sind stolz", "work"),
    ],
)
def test_relatives_word_stays_theirs(caption, signal):
    assert signal not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # English words spelled as the caption's own word with another meaning
        ("Lecture au lit ce soir, un bon roman et un thé", "school"),
        ("Encore une pub pour des croquettes au milieu du film", "alcohol"),
        ("Il est lent ce wifi, on attend depuis une heure", "religion"),
        ("Le placard de la cuisine est enfin rangé", "politics"),
        ("Heute im Lager Kisten geschleppt, Rücken tut weh", "alcohol"),
        ("Wir sind den ganzen Tag in der Stadt rum gelaufen", "alcohol"),
        ("De prijzen liggen lager dan vorig jaar, fijn", "alcohol"),
        ("Musím řešit opravu auta, zase", "school"),
        # a Polish "Studio" is no form of "studia"
        ("Nasze studio nagraniowe w końcu gotowe, pierwsza płyta w drodze", "school"),
    ],
)
def test_false_friend_is_silent(caption, signal):
    assert signal not in caption_signals(caption)


@pytest.mark.parametrize(
    "caption, signal",
    [
        # English captions keep the English word; the caption's own word still counts
        ("Missed the 9am lecture again, library till midnight", "school"),
        ("Pint of lager at the pub after work 🍺", "alcohol"),
        ("Skończyłem studia, dyplom w kieszeni 🎓", "graduation"),
    ],
)
def test_english_word_stays_in_english(caption, signal):
    assert signal in caption_signals(caption)


@pytest.mark.parametrize(
    "tag, absent, present",
    [
        ("pastaalforno", "asta", None),
        ("basta", "asta", None),
        ("mywedding", None, "wedding"),
        ("annaswedding", None, "wedding"),
        ("hochzeiten", None, "hochzeit"),
    ],
)
def test_hashtag_word_stray_letters_in(tag, absent, present):
    words = split_hashtag(tag)
    assert absent is None or absent not in words
    assert present is None or present in words
