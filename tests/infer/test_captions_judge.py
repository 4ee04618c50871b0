"""The caption judge and finder (kept in benchmarks/: no weights ship): their features of a caption's
reading and its veto over the rules' reading."""

import numpy as np

from benchmarks import caption_judge_model as caption_judge
from exposure.infer.captions import caption_reading, caption_signals


def test_features_name_the_signal_its_reasons_and_the_words_around_it():
    reading = caption_reading("My brother's wedding in Porto was lovely")
    names = {n for n, _ in caption_judge.features(reading, "wedding")}
    assert {"s=wedding", "s=wedding|rules=False", "s=wedding|L=brother'"} <= names
    assert any(n.startswith("s=wedding|why=") and n != "s=wedding|why=None" for n in names)


def test_hashed_features_are_the_same_on_every_run_and_inside_the_space():
    reading = caption_reading("Just married 💍 Mr & Mrs Alvarez")
    a = caption_judge.hashed(caption_judge.features(reading, "wedding"))
    b = caption_judge.hashed(caption_judge.features(reading, "wedding"))
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert a[0].min() >= 0 and a[0].max() < caption_judge.DIM


def test_the_judge_takes_away_a_signal_it_reads_below_its_threshold(monkeypatch):
    reading = caption_reading("Just married 💍 Mr & Mrs Alvarez")
    weights = np.zeros(caption_judge.DIM)
    idx, _ = caption_judge.hashed([("s=wedding", 1.0)])
    weights[idx] = -10.0
    monkeypatch.setattr(caption_judge, "model", lambda: (weights, 0.3))
    judged = caption_judge.judged(reading)
    assert {why for m, why, _ in judged if m.signal == "wedding"} == {"judge"}


def test_without_weights_the_rules_reading_stands_and_captions_never_ask_the_judge(monkeypatch):
    monkeypatch.setattr(caption_judge, "model", lambda: None)
    reading = caption_reading("Vrijdagmiddagborrel met collega's 🍻")
    assert caption_judge.judged(reading) == list(reading.found)
    monkeypatch.setattr(caption_judge, "model", lambda: (np.full(caption_judge.DIM, -10.0), 0.3))
    assert caption_signals("Vrijdagmiddagborrel met collega's 🍻") == {"alcohol", "work"}


def test_the_finder_reads_grams_within_words_emoji_and_the_rules_reading():
    text = "Vrijdagmiddagborrel met collega's 🍻"
    reading = caption_reading(text)
    names = {n for n, _ in caption_judge.finder_features(text, reading)}
    assert {"w=vrijdagmiddagborrel", "w=🍻", "g=<vri", "g=rel>", "p=met collega'"} <= names
    assert {"r=alcohol", "r=work"} <= names
    assert not any(n.startswith("g=") and " " in n for n in names)  # no gram across two words
    words_only = {n for n, _ in caption_judge.finder_features(text)}
    assert not any(n.startswith(("r=", "f=")) for n in words_only)


def test_the_finders_hashed_features_are_the_same_on_every_run_and_inside_its_space():
    a = caption_judge.finder_hashed("Just married 💍 Mr & Mrs Alvarez")
    b = caption_judge.finder_hashed("Just married 💍 Mr & Mrs Alvarez")
    assert np.array_equal(a[0], b[0]) and np.array_equal(a[1], b[1])
    assert a[0].min() >= 0 and a[0].max() < caption_judge.FINDER_DIM
