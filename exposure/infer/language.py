"""language: the languages a caption is written in, detected offline (py3langid's model).

`caption_languages("Je ne bois pas de vin 🍷")` gives `frozenset({"fr", "en"})`: the detected
language, any other of the ten lexicon languages the text leans to nearly as much (a mixed
caption), and English, which people write beside any language. A caption too short to tell (one
or two words, hashtags split into words) keeps the languages the model finds at all likely, or
all ten when the model cannot tell. A
caption in a language outside the ten (Danish, Swedish) keeps only English: a Danish art hashtag
is not French wine or German beer. A near sibling of one of the ten (Slovak, Galician, Catalan,
Afrikaans, Luxembourgish) is what the model says of Czech, Portuguese, Spanish, Dutch or German
written without diacritics or as a hashtag list ("#stehovani #novybyt"): the siblings it ranks
at all stay readable.
"""

from __future__ import annotations

import re
from functools import lru_cache

LANGUAGES = ("en", "es", "pt", "fr", "de", "it", "nl", "pl", "cs", "tr")
# near neighbours of the ten that the model confuses them with: read as "not one of ours"
OTHERS = ("da", "no", "sv", "sk", "ca", "gl", "ro", "af", "hr", "sl", "lb", "fi", "hu")
MIX = 0.2  # a second language counts from this share of the first's probability
SHORT = 3  # words: below this, any language the model gives this much...
SHORT_FLOOR = 0.12  # ...counts
SHORT_SURE = 0.3  # below this for its first language, a short caption is read in all ten
FOREIGN = 0.6  # a language outside the ten this sure leaves only English
# a neighbour the model gives for one of the ten written loosely: those of the ten stay readable
SIBLINGS = {
    "sk": ("cs", "pl"),
    "gl": ("pt", "es"),
    "ca": ("es", "pt", "fr"),
    "af": ("nl",),
    "lb": ("de",),
    "sl": ("cs", "pl"),
    "hr": ("cs", "pl"),
}
SIBLING_FLOOR = 0.05  # a sibling the model gives this much stays
CASE_WORD = re.compile(r"(?<=[a-z])(?=[A-Z])")


@lru_cache(maxsize=1)
def _identifier():
    """py3langid's model, limited to the ten languages and their near neighbours."""
    from py3langid.langid import MODEL_FILE, LanguageIdentifier

    ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
    ident.set_languages(list(LANGUAGES + OTHERS))
    return ident


def plain_text(text: str) -> str:
    """The caption's words for detection: hashtags split by case, no '#', '@' handles,
    links or emoji."""
    text = re.sub(r"https?://\S+|@\w+", " ", text)
    text = re.sub(r"#(\w+)", lambda m: " " + CASE_WORD.sub(" ", m.group(1)) + " ", text)
    return re.sub(r"[^\w\s'’.,!?;:-]", " ", text)


@lru_cache(maxsize=65536)  # the same caption comes back on every photo of its post
def caption_languages(text: str) -> frozenset[str]:
    """The lexicon languages a caption may be read in: the detected ones and English."""
    plain = plain_text(text)
    n_words = len(re.findall(r"[^\W\d_]{2,}", plain))
    if not n_words:
        return frozenset(LANGUAGES)  # emoji, numbers: nothing to tell the language by
    ranked = _identifier().rank(plain)
    top, p_top = ranked[0]
    if n_words < SHORT:
        if p_top < SHORT_SURE:  # "Sposi!": the model cannot tell, every language may read it
            return frozenset(LANGUAGES)
        found = {lang for lang, p in ranked if p >= SHORT_FLOOR and lang in LANGUAGES}
        return frozenset(found | {"en"})
    if top not in LANGUAGES and p_top >= FOREIGN:
        near = set(SIBLINGS.get(top, ()))
        return frozenset({la for la, p in ranked if la in near and p >= SIBLING_FLOOR} | {"en"})
    ours = [(lang, p) for lang, p in ranked if lang in LANGUAGES]
    best = ours[0][1]
    return frozenset({lang for lang, p in ours if p >= MIX * best and p >= 0.05} | {"en"})


def detected_language(text: str) -> str:
    """The one most likely language of `text` (for the benchmark's per-language table)."""
    return str(_identifier().rank(plain_text(text))[0][0])
