"""Watching others do it: a caption that says the owner watched other people at an activity is
theirs, not the owner's ("Wir schauen anderen beim Surfen zu", "Guardiamo gli altri sciare").

Before these cues (the lists of `context.others` in exposure/infer/captions.yaml), six of the ten
languages' "watching the others" read the activity as the owner's; `benchmarks/lives.py` seed 8901
claimed "Cycles" at 0.73 from such posts. The owner's own doing beside the same verbs stays.
"""

from __future__ import annotations

import pandas as pd
import pytest

from exposure.infer.caption_rules import rule_hits
from exposure.infer.captions import caption_signals

CYCLING = {"en": ["cycling"], "de": ["radtour"], "fr": ["vélo"], "nl": ["fietsen"],
           "es": ["ciclismo"], "it": ["ciclismo"], "pt": ["ciclismo"], "pl": ["rower"],
           "cs": ["kolo"], "tr": ["bisiklet"]}  # fmt: skip

WATCHING = [  # (language, caption): the activity is other people's
    ("de", "Wir schauen anderen beim Wein zu, herrlich entspannt"),
    ("de", "Sonntag: wir sehen anderen bei der Radtour zu"),
    ("fr", "On regarde les autres faire du vélo depuis la terrasse"),
    ("fr", "Regardons les autres boire du vin, nous on reste à l'eau"),
    ("it", "Guardiamo gli altri fare ciclismo dal bar"),
    ("pt", "A ver os outros no ciclismo, que calor"),
    ("pl", "Patrzymy, jak inni jadą na rower"),
    ("tr", "Başkalarını bisiklet sürerken izliyoruz"),
    ("es", "Mirando a otros hacer ciclismo desde la terraza"),
    ("cs", "Koukáme na ostatní při kolo, my ne"),
]

OWN = [  # the owner's own doing stays
    ("de", "Radtour mit der Familie, 60 km geschafft"),
    ("fr", "Sortie vélo ce matin avec les copains"),
    ("it", "Giro di ciclismo con gli amici stamattina"),
    ("tr", "Sabah bisiklet turu, harika"),
]


@pytest.mark.parametrize("lang,caption", WATCHING)
def test_watching_others_is_theirs(lang, caption):
    said = rule_hits(pd.Series([caption]), CYCLING)[0]
    assert not said and "alcohol" not in caption_signals(caption), caption


@pytest.mark.parametrize("lang,caption", OWN)
def test_own_doing_stays(lang, caption):
    assert rule_hits(pd.Series([caption]), CYCLING)[0], caption
