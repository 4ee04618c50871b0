"""The sentence reader (`caption_knn`, JUDGE3): it adds and takes away rule signals by the nearest
labelled captions, offline and without writing. The captions here are of no labelled set."""

from __future__ import annotations

import builtins
import socket
from dataclasses import replace

import numpy as np
import pandas as pd
import pytest

from exposure.infer import caption_knn
from exposure.infer.caption_knn import STORE, left_to_rules, mine, partner, store, verdict
from exposure.infer.captions import caption_reading, caption_signals, read_caption, rule_signals
from exposure.infer.engine import caption_signals as photo_signals

# a home bought told by its paperwork and keys, no word of the lexicon's
KEYS = "Signed the papers at the notary this morning, the keys are finally in our hands!"
# an aunt and uncle's silver wedding read as the owner's: the neighbours take the wedding away (at
# 81 sets; a toast to a friend's new flat, the example at 77 sets, is the owner's drinking since
# stop 49's ruling on toasts, and a best man's speech with a ring, the example until 73 sets, found
# an engagement at ranks 40 and 47)
REF = "Bodas de plata de mis tíos en Segovia, qué fiesta"


rules_of = rule_signals  # the rules' own signals, before the neighbours judge them


@pytest.fixture(autouse=True)
def _sentences_on(monkeypatch):
    """The reader is on by default; these tests say so whatever the environment."""
    monkeypatch.delenv("EXPOSURE_CAPTION_READER", raising=False)


def test_neighbours_add_a_signal_the_rules_miss():
    assert "new_home" not in rules_of(KEYS)
    assert "new_home" in caption_signals(KEYS)
    added = [m for m, why in read_caption(KEYS) if m.lang == "neighbours"]
    assert [(m.signal, m.term) for m in added] == [("new_home", "")]


def test_neighbours_take_away_a_signal_none_of_them_holds():
    assert rules_of(REF) == {"wedding"}
    assert caption_signals(REF) == set()
    assert ("wedding", "neighbours") in [(m.signal, why) for m, why in read_caption(REF)]


def test_a_first_person_word_at_the_term_and_work_keep_the_rules_signal():
    assert verdict(REF, {"wedding"}) == (set(), {"wedding"})
    assert verdict(REF, {"wedding"}, spared={"wedding"}) == (set(), set())  # "nuestras bodas"
    assert verdict(REF, {"wedding", "work"}) == (set(), {"wedding"})


def test_politics_is_kept_from_the_veto():
    # judged by its veto row from judge14 to judge16; at 61 sets (PCA 116) none of the 50
    # nearest of "en la marcha por la vivienda con mi hermana", a rule test case, holds politics
    # (the share veto takes it at any V), and a best man's speech read V 0.164 over that
    # caption's 0.121: kept again (judge17), the held writers' F1 -0.0003 under V < 0.17
    assert verdict(REF, {"wedding", "politics"}) == (set(), {"wedding"})
    assert verdict(REF, {"politics"}, spared={"politics"}) == (set(), set())  # "my vote"


def test_mine_is_the_signals_with_a_first_person_word_at_their_term():
    assert mine(caption_reading("Tomorrow is my baptism, so nervous")) == {"religion"}
    assert mine(caption_reading("Krankenhaus, Geburt um 4 Uhr, unser Sohn ist da")) == {"baby"}
    assert mine(caption_reading(REF)) == set()


@pytest.mark.parametrize(
    "text",
    [
        "mijn vrouw is zwanger!!! 🥹",
        "moja żona jest w ciąży 😭",
        "Ma femme est enceinte de jumeaux",
    ],
)
def test_the_owners_partner_at_a_couples_term_spares_it(text):
    # a partner's pregnancy is the household's: spared from the veto as "my" would be
    reading = caption_reading(text)
    assert mine(reading) == set() and partner(reading) == {"pregnancy"}
    assert "pregnancy" in caption_signals(text)


def test_a_partner_spares_only_a_couples_signal_near_its_term():
    assert partner(caption_reading("My wife says I drink too much wine")) == set()  # alcohol
    assert partner(caption_reading("Pregnant at last! My husband cried")) == set()  # after it
    assert partner(caption_reading("My husband cried. Pregnant at last!")) == set()  # too far


def test_a_caption_the_neighbours_agree_with_keeps_the_rules():
    text = "Day three of night shifts at the warehouse, my feet are done"
    assert caption_signals(text) == rules_of(text) == {"work"}


def test_off_the_reader_gives_the_rules_alone(monkeypatch):
    monkeypatch.setenv("EXPOSURE_CAPTION_READER", "rules")
    assert caption_signals(KEYS) == rules_of(KEYS)
    assert caption_signals(REF) == {"wedding"}


@pytest.mark.parametrize(
    ("text", "signal"), [("✈️✈️", "travel"), ("#JustMarried 💍", "wedding"), ("our puppy 🐶", "pet")]
)
def test_a_caption_of_few_words_keeps_the_rules_signal(text, signal):
    assert signal in rules_of(text)
    assert signal in caption_signals(text)


def test_words_the_rules_gave_to_someone_else_are_not_added_back():
    text = "Szwagierka urodziła córeczkę! Witaj na świecie, Zosiu"  # a sister-in-law's baby
    found = [(m.signal, why) for m, why in read_caption(text)]
    assert "baby" not in rules_of(text) and any(s == "baby" for s, _ in found)
    assert "baby" not in caption_signals(text)


def test_czech_is_left_to_the_rules():
    text = "Konečně jsme se přestěhovali do nového bytu, klíče máme!"
    assert left_to_rules(text)
    assert verdict(text, rules_of(text)) == (set(), set())
    assert not left_to_rules(KEYS)


def test_photos_read_through_the_engine_carry_the_neighbours_signal():
    photos = pd.DataFrame({"photo_id": ["a", "b", "c"], "caption": [KEYS, REF, KEYS]})
    table = photo_signals(photos)
    assert set(zip(table["photo_id"], table["signal"])) == {("a", "new_home"), ("c", "new_home")}
    assert set(table["lang"]) == {"neighbours"}


def test_the_store_is_the_shipped_npz_of_fifteen_signals():
    s = store()
    # under 3 MB deflated: more writers help (the rotation's curve still rises at 100% of the
    # others' rows: 32 writers F .803/.809/.814 at 25/50/100%), so the store grows
    assert STORE.stat().st_size < 3_000_000
    assert s.vecs.shape[0] == len(s.mask) > 20_000
    assert len(s.signals) == 15 and "wedding" in s.signals
    labels = s.labels()
    assert labels.any(axis=1).sum() > 5_000  # most captions hold none: the veto reads them
    # unit vectors at 3 bits a dimension: they read about 5% long (1.048 at 73 sets), the
    # furthest by about 0.2 (at 4 bits 1% and 0.1)
    norms = np.linalg.norm(s.vecs, axis=1)
    assert abs(norms.mean() - 1.0) < 0.06 and 0.8 < norms.min() and norms.max() < 1.25


def test_the_store_holds_todays_dev_captions_and_labels():
    from benchmarks.caption_store import dev_rows, labels, texts_crc

    rows = dev_rows()
    with np.load(STORE, allow_pickle=False) as z:
        # a caption added, removed or edited: `python benchmarks/caption_store.py` (embeds it);
        # labels alone changed: `python benchmarks/caption_store.py --labels` (no embedding)
        assert z["texts"][0] == texts_crc(rows)[0], "DEV's captions are not the store's"
        assert (z["mask"] == labels(rows)["mask"]).all(), "DEV's labels are not the store's"


def test_new_labels_keep_the_stores_vectors_and_other_captions_are_refused(monkeypatch):
    from benchmarks import caption_store

    rows = caption_store.dev_rows()
    relabelled = [dict(r) for r in rows]
    relabelled[7] = relabelled[7] | {"owner_signals": [] if rows[7]["owner_signals"] else ["pet"]}
    monkeypatch.setattr(caption_store, "dev_rows", lambda: relabelled)
    new = caption_store.labelled(STORE)
    with np.load(STORE, allow_pickle=False) as z:
        assert (new["codes"] == z["codes"]).all() and (new["proj"] == z["proj"]).all()
        changed = np.flatnonzero(new["mask"] != z["mask"])
    assert changed.tolist() == [7]  # that row's labels alone
    edited = [dict(r) for r in rows]
    edited[7] = edited[7] | {"caption": edited[7]["caption"] + " !"}
    monkeypatch.setattr(caption_store, "dev_rows", lambda: edited)
    with pytest.raises(SystemExit, match="rebuild it whole"):
        caption_store.labelled(STORE)


def test_it_reads_offline_and_writes_nothing(monkeypatch):
    store.cache_clear()
    caption_knn.encoder.cache_clear()
    caption_knn._SEEN.clear()

    def no_network(*args, **kwargs):
        raise AssertionError("a network connection was attempted")

    real_open = builtins.open

    def read_only(file, mode="r", *args, **kwargs):
        if any(c in mode for c in "wax+"):
            raise AssertionError(f"the reader wrote {file}")
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(socket, "socket", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    monkeypatch.setattr(builtins, "open", read_only)
    assert "new_home" in caption_signals(KEYS)
    assert caption_signals(REF) == set()


def test_a_caption_no_utf8_can_hold_is_read_with_the_rest():
    text = "\ud800 Signed the papers at the notary this morning, the keys are finally ours!"
    assert "new_home" in caption_signals(text)


@pytest.mark.parametrize("text", [None, "", "   "])
def test_no_caption_no_verdict(text):
    assert verdict(text, set()) == (set(), set())


def test_words_past_the_characters_the_rules_read_are_not_added():
    # the reader reads what the rules read (`READ_CHARS`): a home told only past it, in a
    # sentence of its own that the reader would otherwise read, is neither said nor added
    from exposure.infer.captions import READ_CHARS

    filler = "grey Sunday and the bus was late again " * (READ_CHARS // 39 + 10)  # one sentence
    text = "A long rant, " + filler + "! " + KEYS
    assert text.index(KEYS) > READ_CHARS
    assert "new_home" in verdict(text, set())[0]  # read whole, the neighbours would add it
    assert "new_home" not in rules_of(text)
    assert "new_home" not in caption_signals(text)
    table = photo_signals(pd.DataFrame({"photo_id": ["a", "b"], "caption": [text, KEYS]}))
    pairs = set(zip(table["photo_id"], table["signal"]))
    assert ("b", "new_home") in pairs and ("a", "new_home") not in pairs


DAY = (
    "The weather was grey all morning, the bakery had run out of croissants again, the tram was "
    "late, and we talked for hours about nothing in particular while the rain kept falling on the "
    "windows of the old cafe by the river."
)


@pytest.mark.parametrize(
    "text, signal",
    [
        ("We went to Sunday mass with grandma and lit a candle for grandpa.", "religion"),
        ("Landed in Lisbon this morning, three days of sun ahead of us.", "travel"),
    ],
)
def test_a_long_post_keeps_the_signal_its_short_self_gives(text, signal):
    # FORM was fitted on short captions: past MAX_WORDS the LONG form reads, which keeps these
    assert signal in caption_signals(text)
    long = f"{text} {DAY}"
    assert caption_knn.words(long) > caption_knn.MAX_WORDS
    assert signal in caption_signals(long)


@pytest.mark.parametrize("p50, taken", [(0.005, True), (0.03, False)])
def test_the_share_veto_needs_the_50_nearest_to_barely_hold_it_too(p50, taken):
    # none of the 25 nearest holds travel (p25 0) and the stacked veto keeps it (V well over
    # FORM.stack): the share veto takes it only when the 50 nearest barely hold it either
    # ("Eerste dag op wintersport, mijn benen!" reads p50 0.03 in the 46-set store)
    signals = ("travel",)
    ev = np.zeros((1, len(caption_knn.EVIDENCE)), np.float32)
    ev[0, caption_knn.EVIDENCE.index("p50")] = p50
    keep = {"travel": (10.0, *[0.0] * (len(caption_knn.EVIDENCE)))}
    form = replace(caption_knn.FORM, veto_weights=keep)
    added, gone = caption_knn.decide(ev, signals, {"travel"}, set(), False, form)
    assert added == set() and (gone == {"travel"}) is taken
    assert caption_knn.decide(ev, signals, {"travel"}, {"travel"}, False, form)[1] == set()


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Erster Tag in der Oberstufe, alles neu", {"school"}),  # a school level
        ("Kommunion von Lena in der Kirche", {"religion"}),  # a sacrament
        ("Back at uni after the break, exams next week", set()),  # short words
        ("Leaving for the airport now ✈️ #firstdayofschool", set()),  # an emoji, a hashtag
    ],
)
def test_named_is_a_signal_said_by_a_long_one_word_term(text, named):
    assert caption_knn.named(caption_reading(text)) == named


@pytest.mark.parametrize(
    ("v", "named", "taken"), [(0.28, True, False), (0.28, False, True), (0.2, True, True)]
)
def test_a_word_that_names_the_signal_lowers_the_stacked_veto_to_named_at(v, named, taken):
    # FORM takes a said signal under V 0.3, one the rules found by a word that names it
    # ("Oberstufe": V 0.283 in the 46-set store) only under 0.25
    signals = ("school",)
    ev = np.zeros((1, len(caption_knn.EVIDENCE)), np.float32)
    ev[0, caption_knn.EVIDENCE.index("p25")] = ev[0, caption_knn.EVIDENCE.index("p50")] = 0.5
    logit = float(np.log(v / (1 - v)))
    form = replace(caption_knn.FORM, veto_weights={"school": (logit, *[0.0] * len(ev[0]))})
    said = {"school"}
    gone = caption_knn.decide(
        ev, signals, said, set(), False, form, {"school"} if named else set()
    )[1]
    assert (gone == {"school"}) is taken


@pytest.mark.parametrize(("v", "taken"), [(0.25, False), (0.18, False), (0.16, True)])
def test_a_signal_is_taken_under_its_own_threshold(v, taken):
    # Form.stack_at: politics under 0.17, below the others' 0.3, as judge16 shipped it (kept
    # from the veto since judge17: at 61 sets "en la marcha por la vivienda con mi hermana", a
    # rule test case, reads V 0.121, "Zapisałam się do partii" 0.147, "Mesária de novo, doze
    # horas na seção" 0.170, the best man's speech 0.164)
    signals = ("politics",)
    ev = np.zeros((1, len(caption_knn.EVIDENCE)), np.float32)
    ev[0, caption_knn.EVIDENCE.index("p25")] = ev[0, caption_knn.EVIDENCE.index("p50")] = 0.5
    logit = float(np.log(v / (1 - v)))
    judged = frozenset({"pet", "work"})
    weights = {"politics": (logit, *[0.0] * len(ev[0]))}
    form = replace(caption_knn.FORM, keep=judged, veto_weights=weights, stack_at={"politics": 0.17})
    gone = caption_knn.decide(ev, signals, {"politics"}, set(), False, form)[1]
    assert (gone == {"politics"}) is taken
    assert not caption_knn.decide(ev, signals, {"politics"}, set(), False, caption_knn.FORM)[1]
    assert "politics" in caption_signals("en la marcha por la vivienda con mi hermana")
    assert "politics" in caption_signals("Mesária de novo, doze horas na seção e um pão de queijo")


def test_a_school_told_by_its_level_keeps_its_signal():
    assert "school" in caption_signals("Erster Tag in der Oberstufe, alles neu")
