"""Words people use (exposure/words.py): counts that agree, rates in words, dates and countries,
each as a table of commented cases."""

from __future__ import annotations

import pytest

from exposure.words import (
    countries_text,
    country_name,
    day_text,
    days_a_month,
    fill,
    how_often,
    list_text,
    moment_text,
    month_text,
    plural,
    share_text,
    times_a_year,
)

FILLED = [  # (template, facts, what a person writes)
    ("Has {count} children", {"count": 1}, "Has 1 child"),  # seen on a real report
    ("Has {count} children", {"count": 2}, "Has 2 children"),
    ("in {photos} photos on {days} days", {"photos": 1, "days": 1}, "in 1 photo on 1 day"),
    ("readable in {photos} photo(s)", {"photos": 1}, "readable in 1 photo"),
    ("readable in {photos} photo(s)", {"photos": 3}, "readable in 3 photos"),
    ("{n} photos: {k} show caps", {"n": 2, "k": 1}, "2 photos: 1 shows caps"),  # the verb agrees
    ("{n} photos: {k} show caps", {"n": 2, "k": 0}, "2 photos: none show caps"),
    ("{home} of them at home", {"home": 0}, "none of them at home"),
    (
        "{others_text} appear at home",
        {"others_text": "1 other person"},
        "1 other person appears at home",
    ),
    (
        "{others_text} appear at home",
        {"others_text": "2 other people"},
        "2 other people appear at home",
    ),
    (
        "{points_text} place it",
        {"points_text": "7 photos and 1 check-in"},
        "7 photos and 1 check-in place it",
    ),
    ("over up to {span} years", {"span": 2.0}, "over up to 2 years"),  # a whole float: no ".0"
    ("over up to {span} years", {"span": 1.0}, "over up to 1 year"),
    ("over up to {span} years", {"span": 1.5}, "over up to 1.5 years"),
    ("{n} photos", {"n": 12345}, "12,345 photos"),
    (
        "({first} to {last})",
        {"first": "2018-05", "last": "2020-09"},
        "(May 2018 to September 2020)",
    ),
    ("({first} to {last})", {"first": "2021-05", "last": "2021-05"}, "(May 2021)"),  # said once
    ("on {date}", {"date": "2019-06-14"}, "on 14 June 2019"),
    ("{share:.1f} a month", {"share": 2.0}, "2.0 a month"),  # a spec is the author's choice
    ("{n:>3} photos", {"n": 1}, "  1 photos"),  # ... and so is agreement under a spec
    ("{n} bicycles", {"n": 1}, "1 bicycles"),  # a noun the table does not know: left as written
]


@pytest.mark.parametrize("template, facts, want", FILLED)
def test_fill_writes_counts_dates_and_verbs_as_people_do(template, facts, want):
    assert fill(template, facts) == want


def test_fill_raises_as_format_does_on_a_missing_fact_or_a_bad_spec():
    with pytest.raises(KeyError):
        fill("{nope}", {})
    with pytest.raises(ValueError):
        fill("{n:d}", {"n": "text"})


@pytest.mark.parametrize(
    "per_year, want",
    [
        (1.0, "about once a year"),  # was "about 1.0 times a year"
        (1.1, "about once a year"),
        (2.0, "about twice a year"),
        (3.4, "about 3 times a year"),
        (0.5, "about once every 2 years"),
        (0.7, "about once a year"),  # once every 1.4 years: never "every 1 years"
        (0.3, "about once every 3 years"),
        (0.05, "less than once every 10 years"),
    ],
)
def test_a_yearly_rate_in_words(per_year, want):
    assert times_a_year(per_year) == want


@pytest.mark.parametrize(
    "per_month, rate, word",
    [
        (0.03, "less than once a year", "rarely"),  # was "regularly (on 0.03 days a month)"
        (0.23, "on about 3 days a year", "now and then"),  # was "regularly (on 0.23 days a month)"
        (0.1, "on about 1 day a year", "rarely"),
        (1.0, "on about 1 day a month", "regularly"),
        (5.6, "on about 6 days a month", "often"),
    ],
)
def test_a_rate_of_days_and_the_word_it_earns(per_month, rate, word):
    assert (days_a_month(per_month), how_often(per_month)) == (rate, word)


@pytest.mark.parametrize(
    "value, want",
    [
        ("2026-12-04T02:33:37Z", "4 December 2026, 02:33 UTC"),  # "Made 2026-12-04T02:33:37Z"
        ("2026-12-04T02:33:37+00:00", "4 December 2026, 02:33 UTC"),
        ("not a time", "not a time"),
        ("", ""),
    ],
)
def test_a_moment_as_people_write_it(value, want):
    assert moment_text(value) == want


def test_days_and_months_long_and_short():
    assert day_text("2019-06-14") == "14 June 2019"
    assert day_text("2019-06-14", short=True) == "14 Jun 2019"
    assert day_text("2019-06") == "June 2019"  # a month alone
    assert day_text("2019-13-01") == "2019-13-01"  # not a date: as given
    assert month_text("2019-06") == "June 2019" and month_text("2019") == "2019"
    assert month_text("2019-06", short=True) == "Jun 2019"


def test_country_names_from_codes_offline():
    assert country_name("CN") == "China" and country_name("es") == "Spain"
    assert country_name("NL") == "the Netherlands"  # mid-sentence: "to the Netherlands"
    assert country_name("ZZ") == "ZZ"  # unknown: as given
    assert countries_text(["CN", "ES"]) == "China and Spain"  # was "CN, ES"
    assert countries_text(["IT", "JP", "PT"]) == "Italy, Japan and Portugal"
    assert countries_text([]) == "unknown countries"


def test_plurals_lists_and_shares():
    assert plural(1, "photos") == "1 photo" and plural(3, "photo") == "3 photos"
    assert plural(1, "children") == "1 child" and plural(2, "child") == "2 children"
    assert plural(1, "weaker signal", "weaker signals") == "1 weaker signal"
    assert list_text(["a"]) == "a" and list_text(["a", "b", "c"]) == "a, b and c"
    assert [share_text(s) for s in (1.0, 0.93, 0.75, 0.6, 0.5, 0.2, 0.05)] == [
        "all",
        "nearly all",
        "most",
        "more than half",
        "about half",
        "less than half",
        "few",
    ]
