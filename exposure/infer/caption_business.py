"""caption_business: the owner's own business told by its age, read from `captions.yaml`'s
`told.business_age`.

`business_age("My shop turns 5 this week! Thank you to every customer")` gives "my shop …
turns": a shop, café, workshop or firm named with a first-person possessive (perhaps "little"
between: "Mein kleiner Laden feiert 15 Jahre") in a sentence that gives it an age or an
anniversary ("Mój warsztat samochodowy kończy 15 lat", "Naše kavárna slaví druhé narozeniny",
Turkish "Kebapçımız bugün 30. yılına girdi") is the owner's work. A business of someone else
("my sister's shop turns 5") has no possessive right before it; a favourite café has a word
other than "little" between ("my favourite café turns 10").
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_lexicon import fold, lexicon


def _alt(words) -> str:
    """A regex alternation of folded `words`, the longest first."""
    return "|".join(re.escape(w) for w in sorted({fold(w) for w in words}, key=len, reverse=True))


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """The patterns of the owner's business (a possessive, perhaps "little", a business word, or
    a Turkish business word with its possessive ending), of an age or anniversary, and of a time
    ago ("3 years ago", "hace 5 años"), all folded."""
    data = lexicon().told["business_age"]
    mine, little, business, own = (
        _alt(data[k]) for k in ("mine", "little", "business", "business_mine")
    )
    shop = rf"(?<![\w'])(?:(?:{mine})[ ]+(?:(?:{little})[ ]+)?(?:{business})|(?:{own}))(?![\w'])"
    age, years = _alt(data["age"]), _alt(data["years"])
    aged = rf"(?<![\w'])(?:{age})(?![\w'])|\d+[ .-]*(?:{years}|lecie|leti)(?![\w'])"
    ago = rf"(?<![\w'])(?:{_alt(data['ago'])})(?![\w'])"
    return re.compile(shop), re.compile(aged), re.compile(ago)


def business_age(text: str) -> str | None:
    """The owner's own business and the age it turns, in one sentence ("my shop … turns"), as
    folded, or None: not in a sentence of a time ago ("our café closed 3 years ago")."""
    shop, aged, ago = _patterns()
    for sentence in re.split(r"(?<!\d)[.!?]+|\n", fold(text)):
        own = shop.search(sentence)
        age = aged.search(sentence) if own and not ago.search(sentence) else None
        if own and age:
            return f"{own.group(0)} … {age.group(0)}"
    return None
