"""The `sensitive` kind, case by case: religion, health, politics and alcohol need recurrence."""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.words import days_a_month
from tests.infer.cases import HOME, ev, hides, home_life, reported, run

CHURCH = (52.3600, 4.8850)  # 2 km from home
CLINIC = (52.3900, 4.9000)  # 3 km from home
ABROAD = [(41.9029, 12.4534), (48.8530, 2.3499), (50.0875, 14.4213)]  # Rome, Paris, Prague


def sundays(n: int, start: str, tags, at=CHURCH, every: str = "14D", hour: int = 9) -> list[dict]:
    """One photo every other Sunday morning (UTC hour `hour`) with `tags`."""
    days = pd.date_range(start, periods=n, freq=every)
    return [
        {"id": f"s{i}", "when": d + pd.Timedelta(hours=hour), "tags": tags, "at": at}
        for i, d in enumerate(days)
    ]


def one_day(prefix: str, day: str, n: int, tags, at=HOME, caption=None) -> list[dict]:
    return [
        {"id": f"{prefix}{i}", "when": f"{day} {10 + i % 12}:{i:02d}", "tags": tags, "at": at}
        | {"caption": caption if i == 0 else None}
        for i in range(n)
    ]


def _posted(caption: str, at, n: int, first: int = 2) -> list[dict]:
    """`caption` posted word for word on `n` photos at `at`, one a month from month `first` of
    2019."""
    return [
        {"id": f"q{first}{i}", "when": f"2019-{first + i:02d}-12 19:00", "caption": caption}
        | {"at": at}
        for i in range(n)
    ]


def trips_to_churches() -> list[dict]:
    """Three city trips in three months, each two days with a church or two (sightseeing)."""
    rows = []
    for k, (month, at) in enumerate(zip(["2019-03", "2019-06", "2019-09"], ABROAD)):
        for d in range(3):
            rows.append(
                {"id": f"t{k}{d}", "when": f"{month}-1{d} 11:00", "at": at}
                | {"tags": [("worship", 0.8)] if d < 2 else []}
            )
    return rows


def _said(months: list[str]) -> list[dict]:
    """One photo at home with a caption of Sunday mass in each of `months` of 2019."""
    return [
        {"id": f"m{m}", "when": f"2019-{m}-03 12:00", "caption": "Sunday mass", "at": HOME}
        for m in months
    ]


RELIGION = [
    # a church every other Sunday morning for five months: religion, and a weekly routine
    ("sunday church", sundays(11, "2019-01-06", [("worship", 0.8)]), True),
    # a church wedding: 20 photos of one day in a church
    (
        "one church wedding",
        one_day("w", "2019-06-15", 20, [("worship", 0.9), ("wedding", 0.8)]),
        False,
    ),
    # churches visited on three city trips in three months: sightseeing, not faith
    ("churches on trips", trips_to_churches(), False),
    # captions alone, in Polish and with an emoji, on eight posts in eight months: the caption
    # lexicon reads them, and eight posts of practice are half a point each (`practice`)
    (
        "captions",
        [
            {"id": f"c{i}", "when": f"2019-{2 + i:02d}-10 12:00", "caption": c, "at": HOME}
            for i, c in enumerate(["Msza święta ⛪", "Pierwsza komunia", "🕌", "Msza święta"] * 2)
        ],
        True,
    ),
    # four posts of Mass from the church in four months (no tags: vision off): four weeks at
    # one place near home, not at home
    (
        "four posts from a church",
        [
            {"id": f"p{m}", "when": f"2019-{m}-10 10:00", "caption": "Msza święta", "at": CHURCH}
            for m in ("02", "04", "06", "09")
        ],
        True,
    ),
    # a caption that reads as practice told on four posts in four months (a running joke the
    # lexicon misses, "Sunday mass at the stadium"): two points of practice, below practice_min
    ("four captions", _said(["02", "05", "08", "11"]), False),
    # a guest's day at a church near home and one caption that reads as practice posted word for
    # word on six days (a running joke; a stock phrase the lexicon misreads, as "terça-feira"
    # read as a rosary): one saying, two days of words (`max_days_a_caption`), no practice
    (
        "a church day and one caption six times",
        one_day("w", "2019-06-15", 8, [("worship", 0.9)], at=CHURCH)
        + _said(["01", "03", "05", "07", "09", "11"]),
        False,
    ),
    # six different captions of Mass at home in six months: three points of practice
    (
        "six captions of Mass",
        [
            {"id": f"x{i}", "when": f"2019-{1 + 2 * i:02d}-03 12:00", "at": HOME}
            | {"caption": f"Sunday mass with {who}"}
            for i, who in enumerate(["Mum", "Dad", "Anna", "Tom", "the kids", "Grandma"])
        ],
        True,
    ),
    # a guest's day at a church near home and three captions in three months: 2.5 points, and
    # the confidence stays below one half
    (
        "a church day and three captions",
        one_day("w", "2019-06-15", 8, [("worship", 0.9)], at=CHURCH) + _said(["02", "04", "10"]),
        False,
    ),
    # a friend's choir singing in a church near home on two evenings half a year apart, each
    # with a caption: two weeks at one place
    (
        "a choir concert twice",
        one_day("k", "2019-03-09", 3, [("worship", 0.7)], at=CHURCH, caption="Sunday mass")
        + one_day("l", "2019-09-21", 3, [("worship", 0.7)], at=CHURCH, caption="Sunday mass"),
        False,
    ),
    # one day in a church as a guest and two captions that read as religion, in three months:
    # each kind on too few days (`min_days_each`), no practice
    (
        "a church day and two captions",
        one_day("w", "2019-06-15", 8, [("worship", 0.9)], at=CHURCH) + _said(["02", "10"]),
        False,
    ),
    # a church on three days in three months beside the same two captions: the church recurs
    (
        "three church days and two captions",
        [
            r
            for m in ("03", "06", "09")
            for r in one_day(f"d{m}", f"2019-{m}-16", 2, [("worship", 0.9)], at=CHURCH)
        ]
        + _said(["02", "10"]),
        True,
    ),
]


@pytest.mark.parametrize("case, rows, expected", RELIGION, ids=[c[0] for c in RELIGION])
def test_religion(case, rows, expected):
    e = ev(home_life(30, start="2018-10-01") + rows)
    assert reported("sensitive.religion", e) is expected
    if expected:
        inf = run("sensitive.religion", e)
        assert inf.evidence[0] in {r["id"] for r in rows}
        assert hides("sensitive.religion", e, inf)


def test_a_sunday_routine_at_a_church_is_a_signal_of_religion():
    e = ev(home_life(30, start="2018-10-01") + sundays(11, "2019-01-06", [("worship", 0.8)]))
    inf = run("sensitive.religion", e)
    assert inf.value["signals"] == ["worship", "weekly routine"]
    assert inf.value["since"] == "2019-01"


HEALTH = [
    # crutches and a neck brace at home over four months: an injury being treated
    (
        "crutches for months",
        [
            {"id": f"m{i}", "when": f"2019-0{2 + i // 2}-{5 + 9 * (i % 2):02d} 18:00"}
            | {"tags": [("medical", 0.7)], "at": HOME}
            for i in range(8)
        ],
        [],
        True,
    ),
    # visiting a newborn once at the hospital: baby, a stethoscope, the word "hospital"
    (
        "visiting a newborn",
        one_day("n", "2019-05-02", 8, [("medical", 0.6), ("baby", 0.7)], caption="Welcome baby!"),
        [("n0", "St. Lucas Hospital"), ("n1", "Maternity ward")],
        False,
    ),
    # a visit to someone at a hospital (three photos, "HOSPITAL" read, medical things seen) and
    # two photos months apart whose classifier names a pill bottle or a stethoscope, as it does
    # in photos of daily life a few times a year: tags on three days are chance (`min_tag_days`);
    # it gave 0.74 and 0.83 on simulated lives
    (
        "a hospital visit and two stray labels",
        one_day("v", "2019-03-09", 3, [("medical", 0.5)], at=CLINIC)
        + [{"id": "s0", "when": "2019-04-20 12:00", "tags": [("medical", 0.58)], "at": HOME}]
        + [{"id": "s1", "when": "2019-05-25 17:00", "tags": [("medical", 0.45)], "at": CHURCH}],
        [(f"v{i}", "HOSPITAL") for i in range(3)],
        False,
    ),
    # treatment seen weakly, one photo a day on four days in two months, at a clinic and at home
    (
        "four days of treatment",
        [
            {"id": f"t{i}", "when": f"2019-0{3 + i // 2}-{4 + 12 * (i % 2):02d} 09:00"}
            | {"tags": [("medical", 0.25 + 0.05 * i)], "at": CLINIC if i % 2 else HOME}
            for i in range(4)
        ],
        [],
        True,
    ),
    # a caption that reads as treatment posted word for word on five days in five months (a
    # choir's rehearsal the lexicon read as illness): one saying, two days of it
    ("one caption five times", _posted("Physio again, step by step", HOME, 5), [], False),
    # treatment seen weakly on four days in six weeks, three of them posted with the same
    # caption: the captioned photos show the tags too (the period's weak tags mark them), four
    # days of tags, not one saying
    (
        "four weak days, three captioned alike",
        [
            {"id": f"u{i}", "when": f"2019-0{3 + i // 3}-{4 + 9 * (i % 3):02d} 09:00"}
            | {"tags": [("medical", 0.1 + 0.04 * i)], "at": HOME}
            | {"caption": "Physio again, step by step" if i else None}
            for i in range(4)
        ],
        [],
        True,
    ),
    # prescriptions and an ultrasound read in photos in three months: health, from text alone
    (
        "prescriptions read",
        [{"id": f"r{i}", "when": f"2019-0{3 + i}-02 20:00", "at": HOME} for i in range(3)],
        [("r0", "Apotheek De Pijp - recept"), ("r1", "Ibuprofen 400 mg tabletten")]
        + [("r2", "Ultrasound 12 weeks")],
        True,
    ),
]


@pytest.mark.parametrize("case, rows, texts, expected", HEALTH, ids=[c[0] for c in HEALTH])
def test_health(case, rows, texts, expected):
    e = ev(home_life(30, start="2018-10-01") + rows, texts=texts)
    assert reported("sensitive.health", e) is expected
    if expected:
        assert hides("sensitive.health", e, run("sensitive.health", e))


def placards(months: list[str], line: str) -> tuple[list[dict], list[tuple]]:
    rows = [{"id": f"p{i}", "when": f"{m}-14 15:00", "at": HOME} for i, m in enumerate(months)]
    return rows, [(r["id"], line) for r in rows]


POLITICS = [
    # placards read at marches in two different months
    ("protest placards", *placards(["2019-03", "2019-09"], "CLIMATE JUSTICE NOW"), True),
    # one strike sign seen once, in the street
    ("one strike sign", *placards(["2019-03"], "STRIKE TODAY"), False),
    # a STOP sign and a shop's "SALE" in many months: no political words
    ("street signs", *placards(["2019-02", "2019-04", "2019-06"], "STOP"), False),
    # one caption that reads as politics posted word for word from a church in five months (a
    # choir's rehearsal the lexicon read as a petition): one saying (`max_days_a_caption`)
    ("one caption five times", _posted("Petition signed after choir", CHURCH, 5), [], False),
    # two different captions about marches in two months: two sayings
    (
        "two march captions",
        _posted("At the climate march today", CHURCH, 1)
        + _posted("Another climate march, bigger than ever", CHURCH, 1, first=6),
        [],
        True,
    ),
]


@pytest.mark.parametrize("case, rows, texts, expected", POLITICS, ids=[c[0] for c in POLITICS])
def test_politics(case, rows, texts, expected):
    e = ev(home_life(30, start="2018-10-01") + rows, texts=texts)
    assert reported("sensitive.politics", e) is expected


ALCOHOL = [
    # wine at dinner on 12 evenings across six months: a habit, counted per month
    (
        "wine at dinners",
        [
            {"id": f"a{i}", "when": f"2019-{1 + i // 2:02d}-{3 + 11 * (i % 2):02d} 20:00"}
            | {"tags": [("alcohol", 0.7)], "at": HOME}
            for i in range(12)
        ],
        True,
    ),
    # one party: 30 photos of beer glasses on one night
    ("one party", one_day("b", "2019-07-20", 30, [("alcohol", 0.9)]), False),
    # a bottle of wine in three months (a present, a picnic): not enough days
    (
        "now and then",
        [
            {"id": f"o{i}", "when": f"2019-0{2 + 3 * i}-10 19:00", "tags": [("alcohol", 0.7)]}
            for i in range(3)
        ],
        False,
    ),
]


@pytest.mark.parametrize("case, rows, expected", ALCOHOL, ids=[c[0] for c in ALCOHOL])
def test_alcohol(case, rows, expected):
    e = ev(home_life(30, start="2018-10-01") + rows)
    assert reported("sensitive.alcohol", e) is expected
    if expected:
        inf = run("sensitive.alcohol", e)
        assert 0.5 < inf.value["per_month"] < 2  # 12 days over the archive's ~10 months
        assert inf.statement.endswith(f"({days_a_month(inf.value['per_month'])})")  # in words
