"""Simulated lives (tests/builders/lives.py) scored against their truth (benchmarks/lives.py): the
scoring itself on a hand-made life, then three lives of real faces through `Analysis`."""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from benchmarks.lives import run, score, strangers_words, table
from tests.builders.lives import Life


def _claim(rule: str, confidence: float, statement: str = "", **value) -> dict:
    return {"rule_id": rule, "confidence": confidence, "statement": statement, "value": value}


def test_strangers_lines_leave_out_a_hobby_said_of_the_owner(tmp_path):
    """`--captions`' strangers' lines: no owner signal, and no hobby's words said of the owner (a
    fan's match caption says what hobbies.football states); others' news, a hobby of someone
    else's and a rule's other words stay in, as their misreadings are what the check counts."""
    rows = [
        ("Derby gewonnen! Fußball ist einfach das Beste ⚽", [], []),
        ("Sunday league football with the lads again, legs gone", [], []),
        ("Mein Bruder spielt jeden Sonntag Fußball, ich schaue nur zu", [], []),
        ("My sister got married in Porto 💍", [], ["wedding"]),
        ("Back at the office after two weeks of holiday", ["work"], []),
    ]
    path = tmp_path / "captions_x.jsonl"
    path.write_text(
        "".join(
            json.dumps({"caption": c, "lang": "xx", "owner_signals": o, "mentioned": m}) + "\n"
            for c, o, m in rows
        ),
        encoding="utf-8",
    )
    kept = [x["caption"] for x in strangers_words(path)]
    assert kept == [rows[2][0], rows[3][0]]


def test_scoring_counts_each_rule_against_the_truth():
    """A claim at 0.5 or more is claimed; below it is not; a false friend that gave a claim is
    counted; 'works or studies' is right for a student; the household's size is read."""
    truth = {"pets.dog": False, "sensitive.religion": True, "hobbies.tennis": True,
             "location.school": True, "sensitive.alcohol": False}  # fmt: skip
    lv = Life(
        7, "pl", [], [], truth, 3, 1, [("pets.dog", "friend_pet"), ("sensitive.alcohol", "party")]
    )
    claims = [
        _claim("pets.dog", 0.7),  # a friend's dog: a false friend claimed
        _claim("sensitive.religion", 0.82),
        _claim("hobbies.tennis", 0.49),  # below the report line: missed
        _claim("sensitive.alcohol", 0.3),  # the party stayed weak
        _claim("location.work", 0.9, "Works or studies near Wola"),
        _claim("family.household", 0.95, size=3),
        _claim("travel.trips", 0.8, count=1),
    ]
    s = score(lv, claims)
    assert s["outcome"]["pets.dog"][:2] == (False, True)
    assert s["outcome"]["sensitive.religion"][:2] == (True, True)
    assert s["outcome"]["hobbies.tennis"][:2] == (True, False)
    assert s["outcome"]["location.school"][:2] == (True, True)
    assert s["outcome"]["sensitive.alcohol"][:2] == (False, False)
    assert (s["size"], s["trips"]) == (3, 1)
    assert s["false"] == [("pets.dog", "friend_pet")]
    printed = table([s], [lv])
    assert "micro: precision 0.667 recall 0.667" in printed
    assert "false-friend claims in 1/1 lives" in printed
    assert "0.9-1.0        2      2   1.00" in printed  # religion 0.82 is in 0.8-0.9


@pytest.fixture(scope="module")
def small_pool(test_data):
    from tests.builders.households import small_face_pool

    return small_face_pool(test_data, children=5)


@pytest.mark.slow
@pytest.mark.models
@pytest.mark.data
def test_three_simulated_lives_give_their_true_claims(small_pool, tmp_path: Path):
    """Three lives of real face encodings, through `Analysis`: each household has its true size,
    and the weekly church, the dog at home and the drinks evenings are claimed where they are
    true and only there (benchmarks/lives.py measures 50 lives)."""
    from tests.builders.lives import life

    lives = [life(seed, small_pool) for seed in SEEDS]
    scores = [score(lv, run(lv, tmp_path / str(lv.seed))[0]) for lv in lives]
    for lv, s in zip(lives, scores):
        assert s["size"] == lv.size, lv.seed
        for rule in ("sensitive.religion", "pets.dog", "sensitive.alcohol"):
            truth, claimed, _ = s["outcome"][rule]
            assert claimed == truth, (lv.seed, rule)
    assert any(lv.truth["sensitive.religion"] for lv in lives)
    assert sum(r for s in scores for _, _, r in s["claims"]) >= 8


# three lives of the small pool; one at least goes to church (asserted above)
SEEDS = (1, 5, 8)


def test_friends_seen_weekly_at_a_bar_inside_the_home_cluster_are_not_the_household():
    """The simulator's false friend (seed 14): a bar 900 m from home falls inside the home's
    1-km cluster, and friends seen there every Friday for a year counted as household members.
    Members are seen at the home's centre (`kinds.home_core`): the partner is, the friend not."""
    from tests.infer.cases import HOME, ev, home_life, run

    bar = (HOME[0] + 0.0081, HOME[1])  # 900 m north
    fridays = pd.date_range("2019-01-04 21:00", periods=40, freq="7D")
    rows = home_life(40, start="2019-01-01") + [
        {"id": f"b{i}", "when": d, "at": bar} for i, d in enumerate(fridays)
    ]
    faces = [(f"h{i}", "me", 35) for i in range(40)] + [(f"h{i}", "partner", 33) for i in range(40)]
    faces += [(f"b{i}", "me", 35) for i in range(40)] + [(f"b{i}", "friend", 30) for i in range(40)]
    e = ev(rows, faces)
    e.owner = "me"
    home = {p for h in e.homes for p in h.photo_ids}
    assert "h0" in home and "b0" not in home  # one place cluster, the bar outside its core
    inf = run("family.household", e)
    assert inf.value == {"size": 2, "members": ["me", "partner"]}


def test_a_move_between_two_well_seen_homes_is_surer_than_between_two_glimpsed_ones():
    """The reliability table of benchmarks/lives.py: moves between homes of hundreds of points
    were all right at 0.8 (32 of 32 on lives 0-99), then at 0.9 (57 of 57, own and held-out
    words). From 50 points at each home a move is 0.95; from 10, 0.7."""
    from tests.infer.cases import HOME, ev, run

    new_home = (HOME[0] + 0.05, HOME[1])  # 5.5 km north

    def lived(n: int, every: str) -> list[dict]:
        first = pd.date_range("2019-01-01 20:00", periods=n, freq=every)
        then = pd.date_range(first[-1] + pd.Timedelta(days=30), periods=n, freq=every)
        return [{"id": f"a{i}", "when": d, "at": HOME} for i, d in enumerate(first)] + [
            {"id": f"b{i}", "when": d, "at": new_home} for i, d in enumerate(then)
        ]

    assert run("life_events.new_home", ev(lived(60, "4D"))).confidence == pytest.approx(0.95)
    assert run("life_events.new_home", ev(lived(20, "12D"))).confidence == pytest.approx(0.7)


def test_a_move_between_two_well_seen_homes_hides_when_its_list_is_deleted():
    """benchmarks/lives.py --hide: a move's evidence was the new home's first 20 photos; deleted,
    the next 20 told the same move, and after three rounds its 80 photos left it at 0.8. The
    list now holds all of the smaller home's photos, and deleting it hides the move."""
    from tests.infer.cases import HOME, ev, hides, run

    new_home = (HOME[0] + 0.05, HOME[1])
    first = pd.date_range("2019-01-01 20:00", periods=150, freq="2D")
    then = pd.date_range(first[-1] + pd.Timedelta(days=30), periods=120, freq="2D")
    e = ev(
        [{"id": f"a{i}", "when": d, "at": HOME} for i, d in enumerate(first)]
        + [{"id": f"b{i}", "when": d, "at": new_home} for i, d in enumerate(then)]
    )
    inf = run("life_events.new_home", e)
    assert inf.confidence == pytest.approx(0.95)
    assert len(inf.remove_to_hide) > 80
    assert hides("life_events.new_home", e, inf)


def test_a_move_hides_when_the_places_left_in_its_years_are_no_home():
    """benchmarks/lives.py --hide, lives 47 and 52: with the new home's photos deleted, the Friday
    bar, then the office, then the beach of those years was the busiest place left, and each was
    told as the new home in turn (a move at 0.7 after the list was deleted). A home is seen on
    five days of the week or more, mostly in the evening or at weekends (`home_like`)."""
    from tests.infer.cases import HOME, ev, hides, run

    new_home, bar = (HOME[0] + 0.05, HOME[1]), (HOME[0] - 0.03, HOME[1] + 0.02)
    first = pd.date_range("2019-01-01 20:00", periods=150, freq="2D")
    then = pd.date_range(first[-1] + pd.Timedelta(days=30), periods=250, freq="2D")
    fridays = pd.date_range("2019-01-04 20:00", then[-1], freq="7D")
    at = [{"id": f"a{i}", "when": d, "at": HOME} for i, d in enumerate(first)]
    bar_nights = [{"id": f"f{i}", "when": d, "at": bar} for i, d in enumerate(fridays)]
    moved = [{"id": f"b{i}", "when": d, "at": new_home} for i, d in enumerate(then)]
    e = ev(at + bar_nights + moved)
    inf = run("life_events.new_home", e)
    assert inf.confidence >= 0.8 and hides("life_events.new_home", e, inf)
    # no new home at all, only the Friday bar after the old home's years: no move is claimed
    assert run("life_events.new_home", ev(at + bar_nights)).confidence <= 0.4


def test_a_life_drawn_with_heldout_words_speaks_only_those_words(monkeypatch):
    """`--words heldout` (benchmarks/lives.py): the captions and documents come from the phrase
    banks of tests.builders.lives_words_heldout, never from the simulator's own; the same seed
    draws the same life otherwise. Without that module, one clear line."""
    import sys
    import types

    from tests.builders import lives as sim
    from tests.builders.households import Pool

    rng = np.random.default_rng(0)
    pool = Pool(
        {n: [rng.normal(0, 0.1, (2, 128))] for n in "abcdef"},
        [rng.normal(0, 0.1, (2, 128)) for _ in range(6)],
        [rng.normal(0, 0.1, (2, 128)) for _ in range(8)],
    )
    monkeypatch.setitem(sys.modules, sim.HELDOUT, None)  # the module is missing
    with pytest.raises(ValueError, match="lives_words_heldout"):
        sim.phrase_banks("heldout")
    fake = types.ModuleType(sim.HELDOUT)
    for name in sim.PHRASES:  # every phrase of every bank replaced by a marked one
        setattr(fake, name, _marked(getattr(sim, name)))
    monkeypatch.setitem(sys.modules, sim.HELDOUT, fake)
    lacking = [sim.life(s, pool, "heldout") for s in range(20)]  # no faith banks: none drawn
    assert not [w for lv in lacking for _, w in lv.false_friends if w in sim.FAITH_FRIENDS]
    assert all(c.startswith("HELD ") for lv in lacking for s in lv.shots if (c := s.caption))
    for name in sim.FAITH_PHRASES:
        setattr(fake, name, _marked(getattr(sim, name)))
    own = [sim.life(s, pool) for s in range(4)]
    held = [sim.life(s, pool, "heldout") for s in range(4)]
    said = [s.caption for lv in held for s in lv.shots if s.caption]
    assert said and all(c.startswith("HELD ") for c in said)
    assert [len(lv.shots) for lv in own] == [len(lv.shots) for lv in held]
    assert [lv.truth for lv in own] == [lv.truth for lv in held]


def test_each_heldout_bank_is_read_by_its_name(monkeypatch):
    """`--words heldout2` reads tests.builders.lives_words_heldout2 by the same rules as
    "heldout" (one clear line when it is missing, its banks used when present); an unknown
    name is one clear line too."""
    import sys
    import types

    from tests.builders import lives as sim

    module = sim.BANKS["heldout2"]
    assert module == "tests.builders.lives_words_heldout2"
    monkeypatch.setitem(sys.modules, module, None)
    with pytest.raises(ValueError, match="--words heldout2: no module .*lives_words_heldout2"):
        sim.phrase_banks("heldout2")
    fake = types.ModuleType(module)
    for name in sim.PHRASES:
        setattr(fake, name, _marked(getattr(sim, name)))
    monkeypatch.setitem(sys.modules, module, fake)
    banks = sim.phrase_banks("heldout2")
    assert banks["WORDS"] == _marked(sim.WORDS)
    assert banks["STREETS"] == sim.STREETS  # lacking: taken from the simulator
    assert not set(sim.FAITH_PHRASES) & set(banks)
    with pytest.raises(ValueError, match="'own', 'heldout', 'heldout2', not 'mine'"):
        sim.phrase_banks("mine")


def test_documents_are_drawn_in_doc_corpus_layouts_too(monkeypatch):
    """Half the identity papers and letters of the lives come from doc_corpus's layouts
    (`text_lines`, in the life's language), drawn from a stream of their own: whatever they
    say, every other photo of the life is the same."""
    from tests.builders import lives as sim
    from tests.builders.households import Pool

    rng = np.random.default_rng(0)
    pool = Pool(
        {n: [rng.normal(0, 0.1, (2, 128))] for n in "abcdef"},
        [rng.normal(0, 0.1, (2, 128)) for _ in range(6)],
        [rng.normal(0, 0.1, (2, 128)) for _ in range(8)],
    )
    drawn = []
    monkeypatch.setattr(
        sim, "text_lines", lambda kind, lang, seed: drawn.append((kind, lang)) or ("CORPUS",)
    )
    lives = [sim.life(s, pool) for s in range(16)]
    docs = [s.texts for lv in lives for s in lv.shots if s.texts]
    papers = sum(lv.truth["documents.identity"] + lv.truth["documents.address"] for lv in lives)
    assert 0 < len(drawn) < papers
    assert sum(t == ("CORPUS",) for t in docs) == len(drawn)
    assert {lang for _, lang in drawn} <= set(sim.LANGS)
    monkeypatch.setattr(sim, "text_lines", lambda kind, lang, seed: ("OTHER", "LINES"))
    again = [sim.life(s, pool) for s in range(16)]
    for a, b in zip(lives, again):
        assert [(s.when, s.caption, s.labels) for s in a.shots] == [
            (s.when, s.caption, s.labels) for s in b.shots
        ]


def _marked(bank):
    """The same bank with every phrase prefixed "HELD " (formats kept)."""
    if isinstance(bank, dict):
        return {k: _marked(v) for k, v in bank.items()}
    if isinstance(bank, list):
        return [_marked(v) for v in bank]
    return "HELD " + bank


# --- the causes of the misses and false friends the simulated lives showed ----------------------
def _weekly_home(n: int, start: str, every: str = "7D") -> list[dict]:
    from tests.infer.cases import HOME

    days = pd.date_range(start, periods=n, freq=every) + pd.Timedelta(hours=19)
    return [{"id": f"w{start}{i}", "when": d, "at": HOME} for i, d in enumerate(days)]


def test_a_newcomer_at_home_in_weak_baby_photos_is_a_baby_without_a_caption():
    """new_baby missed 3 of 13 lives: the birth day's caption was not read, and the baby, a new
    person at home every week from then on in photos of cots seen weakly (0.1-0.3, below any
    per-photo cut), was no newcomer (its face the size of its parents'). Its person profile
    (`profiles.person_profiles`: a noisy-OR of its days' baby scores) makes it one; a newcomer
    at home in photos without baby things (a new flatmate) is not."""
    from tests.infer.cases import ev, run

    before = _weekly_home(40, "2019-01-02")
    after = _weekly_home(30, "2020-03-04")
    rows = before + [
        {**r, "tags": [("baby", 0.15 + 0.01 * (i % 10))] if i % 3 == 0 else []}
        for i, r in enumerate(after)
    ]
    faces = [(r["id"], "me", 35) for r in rows] + [(r["id"], "partner", 33) for r in rows]
    faces += [(r["id"], "newcomer", 30) for r in after]  # no age below 1 is read
    inf = run("life_events.new_baby", ev(rows, faces))
    assert inf.confidence >= 0.5 and inf.value == {"date": "2020-03"}
    flatmate = ev([{k: v for k, v in r.items() if k != "tags"} for r in rows], faces)
    got = run("life_events.new_baby", flatmate)
    assert got is None or got.confidence < 0.5


def test_months_of_treatment_seen_weakly_everywhere_are_health():
    """health missed 3 of 14 lives: a medical scene on 4-11 days over months, each seen at 0.1-0.3
    (under min_score), at a clinic and at home (a home's profile drowns them). A period profile
    (`profiles.period_profiles`: 180 days) shows them on 5 days where chance gives none; one
    visit to a hospital (three photos, one day) is still no condition."""
    from tests.infer.cases import HOME, ev, run

    home = _weekly_home(150, "2019-01-02", "3D")
    clinic = (HOME[0] + 0.03, HOME[1])
    care = [
        {"id": f"c{i}", "when": d, "at": clinic if i % 2 else HOME, "tags": [("medical", 0.2)]}
        for i, d in enumerate(pd.date_range("2019-06-03 09:00", periods=5, freq="18D"))
    ]
    assert run("sensitive.health", ev(home + care)).confidence >= 0.5
    once = [{**care[0], "id": f"v{i}"} for i in range(3)]
    got = run("sensitive.health", ev(home + once))
    assert got is None or got.confidence < 0.5


def test_a_friends_dog_seen_on_six_visits_to_the_friend_is_not_the_owners():
    """A false friend (two friend_pet draws in one life): a friend's dog on six days over six
    months, never at home, was claimed. A pet is seen at home (`min_home_days`); the same
    dog at home is the owner's."""
    from tests.infer.cases import HOME, ev, run

    friend = (HOME[0] + 0.04, HOME[1])
    home = _weekly_home(60, "2019-01-02")
    visits = [
        {"id": f"d{i}{k}", "when": d + pd.Timedelta(minutes=k), "at": at, "tags": [("dog", 0.7)]}
        for at, start in ((friend, "2019-02-10 16:00"),)
        for i, d in enumerate(pd.date_range(start, periods=6, freq="30D"))
        for k in range(2)
    ]
    got = run("pets.dog", ev(home + visits))
    assert got is not None and got.confidence < 0.5
    at_home = [{**v, "at": HOME} for v in visits]
    assert run("pets.dog", ev(home + at_home)).confidence >= 0.5


@pytest.mark.data
def test_lives_without_religion_draw_faith_named_without_practice(small_pool):
    """Faith named without practice is drawn in lives with no religion only, every kind of it
    over twenty lives, each recorded as a false friend of the religion rule (a Christmas market
    "with the kids" of new_baby too), and a Christmas market only in December."""
    from tests.builders.lives import FAITH_FRIENDS, XMAS, life

    seen = set()
    for seed in range(20):
        lv = life(seed, small_pool)
        drawn = {w for r, w in lv.false_friends if w in FAITH_FRIENDS}
        assert not (drawn and lv.truth["sensitive.religion"]), seed
        rules = {r for r, w in lv.false_friends if w in drawn}
        assert rules <= {"sensitive.religion", "life_events.new_baby"}, seed
        seen |= drawn
        said = [s for s in lv.shots if s.caption in {c for cs in XMAS.values() for c in cs}]
        assert all(pd.Timestamp(s.when).month == 12 for s in said), seed
    assert seen == set(FAITH_FRIENDS)


def _hospital_visits_and_strays(
    start: str, visits: tuple[str, ...], scores: tuple[float, ...], strays: dict[str, float]
):
    """The health claim (or None) on a weekly home from `start`, visits to someone in hospital
    (a photo at each of `scores`, HOSPITAL read in the first) and stray photos at home whose
    classifier names a medical thing weakly (`strays`: when -> score)."""
    from tests.infer.cases import HOME, ev, run

    hospital = (HOME[0] + 0.03, HOME[1])
    rows, texts = [], []
    for v, day in enumerate(visits):
        for k, s in enumerate(scores):
            rows.append({"id": f"h{v}{k}", "when": pd.Timestamp(day) + pd.Timedelta(minutes=7 * k),
                         "at": hospital, "tags": [("medical", s)]})  # fmt: skip
        texts.append((f"h{v}0", "HOSPITAL"))
    rows += [
        {"id": f"s{i}", "when": pd.Timestamp(d), "at": HOME, "tags": [("medical", score)]}
        for i, (d, score) in enumerate(strays.items())
    ]
    return run("sensitive.health", ev(_weekly_home(330, start, "3D") + rows, texts=texts))


def test_two_hospital_visits_and_stray_weak_labels_are_no_treatment():
    """A false friend (simulated life seed 7307): two visits to someone in hospital a year apart
    (three photos each, medical things at 0.2-0.55, HOSPITAL read) and, in the half year after
    each, two photos of daily life a classifier names a band-aid or a lotion in at 0.1-0.17. Each
    period held three days where chance gives 0.7, so its weak tags counted and health stood at
    0.95. What a period adds, its weak days, must itself pass chance (`_weak_days`): two do
    not. Weeks of treatment seen weakly still do (the test above)."""
    strays = ("2020-11-08 19:00", "2021-01-02 21:00", "2021-06-03 15:00", "2021-11-24 14:00")
    got = _hospital_visits_and_strays(
        "2019-10-02",
        ("2020-07-16 15:00", "2021-08-12 15:00"),
        (0.55, 0.48, 0.22),
        {d: 0.1 + 0.02 * i for i, d in enumerate(strays)},
    )
    assert got is None or got.confidence < 0.5


def test_two_hospital_visits_months_apart_and_two_strays_in_an_archive_without_others():
    """A false friend (simulated life seed 7836, held-out words): two visits to someone in
    hospital five months apart and, between them, two photos of daily life a classifier names a
    stretcher or a band-aid in at 0.1, the archive's only other medical labels. Chance over the
    other days was 0, so the two weak days passed it and health stood at 0.92. Fewer than
    MIN_WEAK_DAYS weak days never make a period; weeks of treatment seen weakly still do."""
    got = _hospital_visits_and_strays(
        "2018-01-02",
        ("2018-11-08 15:00", "2019-04-06 15:00"),
        (0.58, 0.3, 0.13),
        {"2018-11-30 14:00": 0.1, "2019-03-20 19:00": 0.1},
    )
    assert got is None or got.confidence < 0.5


def test_trips_that_run_into_each_other_are_one_journey_in_the_truth():
    """benchmarks/lives.py, lives 7419, 7503, 7522: two trips drawn back to back (Athens, then
    Madrid the next morning, no day at home between) are one journey, as `places.trips` counts
    it; a day at home between them makes two."""
    from tests.builders.lives import journeys

    assert journeys([(10, 15), (15, 19), (300, 303)]) == 2  # same day: one journey
    assert journeys([(10, 15), (16, 19)]) == 1  # the next morning
    assert journeys([(10, 15), (12, 14)]) == 1  # drawn inside another
    assert journeys([(10, 15), (17, 19)]) == 2  # a day between
    assert journeys([]) == 0
