"""context: whether a signal word found in a caption speaks of the owner doing or being it.

A caption is cut into clauses (at . ! ? ; , and newlines, quotes apart, each hashtag its own);
`why_not` gives the reason a word found at tokens[i:j] does not count, or None when it does:

- "question": in a clause that asks ("Who's going to the protest?"), unless it speaks in the
  first person ("Who's coming to my graduation?") or a bare yes answers it at once ("Schwanger?
  Ja!", `ANSWERED`);
- "quoted": inside quotation marks ("a 'wine mom' sticker" as „Weinmama“);
- "negated": a negation cue of the caption's languages (or English) in the words before it in its
  clause ("I don't like beer", "ne … pas", "kein Bier", "nie piję piwa") or just after it
  (Turkish "değil", "yok", a negated verb: "birayı sevmem"), but for a word that is mostly the
  subject (`subject_signals`: "onze kat wil niet" negates the verb), and never a cue inside an
  intensifier that negates nothing (`context.not_negation`: "Can't believe our little one is
  walking", "couldn't be prouder", "ancora non ci credo");
- "others": a cue that the clause speaks of someone else's doing ("my brother's surfing trip",
  "watching the surfers", "son mariage"), unless a first-person word opens or just precedes the
  word ("watching our wedding video"), or a name's possessive just before the word ("Tom's
  wedding"); a person named by a role standing before the word as the one who did it ("Notre
  capitaine a soutenu sa thèse", "Trener dostał pracę": `role_subject`), a thing the owner made
  for a client (`for_client`), an animal of someone named by role (`role_animal`): the tables
  of `captions.yaml`'s `others45` section;
- "tourist": a place of worship on a walk, a visit or a trip ("lovely church on our walk"): only
  for the signals listed under `context.tourist_signals`, and never for a practice
  (`context.practices`: a mass, a prayer, a fast is done, not seen); a sight of the owner's own
  city ("tourist in my own city", a `scoped` class of `travel` over the whole caption) is the
  reason of that class instead (`_at_home`): no journey either;
- a `context.scoped` cue of one of the signal's classes (`Scoped`), in its scope: a teacher's
  school ("I teach at the Grundschule" is work), a strike met on the way ("Streik bei der Bahn,
  ich komme zu spät"), a song or a longing that is "sick" ("this track is sick", "doente de
  saudade"), a holiday wished for ("q ganas de vacaciones"), a faith word said of a thing
  ("pizza is my church", "Kaffee ist meine Religion": a cue `just_before` the word, never
  before a practice: "today is my baptism"); a class that names its `terms` speaks of no other
  word (a match makes "sick" a figure, not a flu named beside it: "Con gripe y viendo el
  partido").

The cue lists live in `captions.yaml` under `context`, per language; `Cues` holds them folded.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

CLAUSE = re.compile(r"[.!?;,:\n()\[\]|…]+|\s[-–—]\s|\bbut\b|\baber\b|\bmais\b|\bpero\b|\bmaar\b")
QUOTES = re.compile(r"\"[^\"]{1,80}\"|“[^”]{1,80}”|„[^“”]{1,80}[“”]|«[^»]{1,80}»|‚[^‘’]{1,80}[‘’]")
# a title's period ends no clause: "Mr. & Mrs. Smith", "Sr. e Sra. Oliveira"
TITLE = re.compile(r"\b(mr|mrs|ms|dr|sr|sra|srta|m|mme|mlle|st|hr|fr|pan|sig|sigra)\.", re.I)
# an ordinal's period ends no clause either: "v 7. měsíci", "am 3. Mai", "38. hafta"
ORDINAL = re.compile(r"(?<=\d)\.(?=[ \t]+(\w))")
BEFORE = 5  # words before a signal word that a cue reaches in its clause
RELATIVE_AFTER = 5  # words after it that a relative reaches ("hospital visiting grandma")
TAG = 3  # words of a tag question after a statement ("…, and you?") that alone ask
# a bare yes that answers the question just before it (leftovers55): the owner asks and answers
# at once ("Nová práce v 61? Ano!", "Schwanger? Ja! 🤰", "New job? Yep."), so the question tells;
# a yes that asks again ("Zaręczona? Ja? Nigdy": Polish "me?") answers nothing
ANSWERED = re.compile(
    r"\s*¡?(?:yes|yep|yup|yeah|ja|jawohl|jep|jup|jazeker|oui|ouais|si|sí|sì|sim|ano|jo|jj|tak|"
    r"evet|aynen)\s*[!.]*[^\w?]*",
    re.IGNORECASE,
)
# an emoji (variation selector, skin tone after it) and the words after it up to the '?'
EMOJI_TAG = re.compile(
    r"[\u2300-\u27bf\U0001f000-\U0001faff][\ufe0f\U0001f3fb-\U0001f3ff]*([^\u2300-\u27bf\U0001f000-\U0001faff]*)$"
)
# a Turkish word with the suffix of "your" (plural or polite), in a case or not: the addressee's
YOUR_TR = re.compile(r"(?:iniz|unuz)(?:i|e|de|den|le|in|icin)?$")
OWNED = 2  # words before an animal that a first-person word reaches ("our old cat")
AFTER = 3  # words after it (cues written after the word: Turkish, Dutch "niet")

Phrase = tuple[str, ...]
Index = tuple[dict[str, list[Phrase]], dict[str, list[Phrase]]]  # by first word, by last word


@dataclass(frozen=True)
class Roles:
    """The `others45` tables of `captions.yaml`, folded: role words (`*` ends a stem, kept as a
    trailing "*" on the phrase's last word), first-person words, the words before a role that
    make it no subject, and the cues of a craft made for a client."""

    signals: frozenset[str] = frozenset()
    roles: dict[str, list[Phrase]] = field(default_factory=dict)
    workmates: dict[str, list[Phrase]] = field(default_factory=dict)
    not_for: dict[str, frozenset[Phrase]] = field(default_factory=dict)  # signal -> roles: none
    me: dict[str, list[Phrase]] = field(default_factory=dict)
    not_subject: dict[str, list[Phrase]] = field(default_factory=dict)
    articles: frozenset[str] = frozenset()
    client_signals: frozenset[str] = frozenset()
    client: dict[str, list[Phrase]] = field(default_factory=dict)
    relative: frozenset[str] = frozenset()  # "der", "qui", "która": the role does its clause


@dataclass(frozen=True)
class Cues:
    """Context cue phrases per language, folded: see the module docstring."""

    negation: dict[str, list[Phrase]] = field(default_factory=dict)
    negation_after: dict[str, list[Phrase]] = field(default_factory=dict)
    # phrases that hold a negation cue and negate nothing ("can't believe", "couldn't be
    # prouder", "non ci credo"): their cues are no negation (`_no_negation`)
    not_negation: dict[str, list[Phrase]] = field(default_factory=dict)
    others: dict[str, list[Phrase]] = field(default_factory=dict)
    tourist: dict[str, list[Phrase]] = field(default_factory=dict)
    tourist_signals: frozenset[str] = frozenset()
    not_names: frozenset[str] = frozenset()
    relatives: dict[str, list[Phrase]] = field(default_factory=dict)
    relatives_signals: frozenset[str] = frozenset()
    sober: dict[str, list[Phrase]] = field(default_factory=dict)  # anywhere: no alcohol
    first_person: dict[str, list[Phrase]] = field(default_factory=dict)  # a question about me
    animals: dict[str, list[Phrase]] = field(default_factory=dict)  # a pet's health, not mine
    scoped: tuple[Scoped, ...] = ()  # per-class cues (`Scoped`)
    subject_signals: frozenset[str] = frozenset()  # a negation after the word negates its verb
    implies: dict[str, str] = field(default_factory=dict)  # folded term -> a second signal
    weak_emoji: dict[str, dict[str, list[Phrase]]] = field(default_factory=dict)  # emoji -> cues
    practices: frozenset[str] = frozenset()  # starts of words done, not seen: "mass", "namaz"
    animal_others: dict[str, list[Phrase]] = field(default_factory=dict)  # a stray, a shop's
    animal_shelters: dict[str, list[Phrase]] = field(default_factory=dict)  # adopted from there
    animal_of: dict[str, list[Phrase]] = field(default_factory=dict)  # just after: "the dog of"
    married: dict[str, list[Phrase]] = field(default_factory=dict)  # a ring is a wedding's
    partner: dict[str, list[Phrase]] = field(default_factory=dict)  # "my wife": a couple's event
    roles: Roles = field(default_factory=Roles)  # `others45`: a third person named by role


@dataclass(frozen=True)
class Scoped:
    """Cues of one class that take some signals away, with the reason given and where they reach:
    "anywhere" in the caption, the word's "clause", or "before" it in its clause; "just_before"
    it, after a word of its clause (the thing said to be it) that no phrase of `unless` ends
    ("this is my church" is one); with `terms`, only of a term with a word they match ("sick", a
    hospital: "this track is sick"), of no illness named ("Grippe und Spiel auf dem Sofa")."""

    name: str
    signals: frozenset[str]
    scope: str
    why: str
    table: dict[str, list[Phrase]] = field(default_factory=dict)
    unless: dict[str, list[Phrase]] = field(default_factory=dict)  # just before a cue: no cue
    terms: re.Pattern | None = None  # the words of the terms it reaches (None: every term)

    def reaches(self, signal: str, words: list[str]) -> bool:
        """True when the class speaks of a term of `signal` made of these words: one of its
        signals, and a word of it one of its `terms` where it names them."""
        return signal in self.signals and (
            self.terms is None or any(self.terms.fullmatch(w) for w in words)
        )


def clauses(text: str) -> list[tuple[str, str]]:
    """The caption's clauses in order, each with its kind: "quoted", "question" (it ends in a
    question mark) or ""."""
    out: list[tuple[str, str]] = []
    pos = 0
    text = TITLE.sub(r"\1", text)
    text = ORDINAL.sub(lambda m: "" if m.group(1).islower() else ".", text)
    for m in QUOTES.finditer(text):
        out += _split(text[pos : m.start()])
        out.append((m.group(0), "quoted"))
        pos = m.end()
    return out + _split(text[pos:])


def _split(text: str) -> list[tuple[str, str]]:
    """Clauses of unquoted text: a question is the text between a clause end and its '?'."""
    out: list[tuple[str, str]] = []
    sentences = re.split(r"(?<=[.!?…\n])", text)
    for n, sentence in enumerate(sentences):
        kind = "question" if sentence.rstrip().endswith("?") else ""
        if kind and n + 1 < len(sentences) and ANSWERED.fullmatch(sentences[n + 1]):
            kind = ""  # answered yes at once: "Schwanger? Ja!"
        parts = CLAUSE.split(sentence)
        said = [k for k, c in enumerate(parts) if c.strip()]
        if kind and len(said) == 1:
            k = said[0]
            parts = parts[:k] + _emoji_tag(parts[k]) + parts[k + 1 :]
            said = [k for k, c in enumerate(parts) if c.strip()]
        if kind and len(said) > 1 and len(parts[said[-1]].split()) <= TAG:
            # a tag asks only itself: "Hoje votei, e vocês?", "Dziś zagłosowałam, a wy?"
            out += [(c, kind if k >= said[-1] else "") for k, c in enumerate(parts)]
        else:
            out += [(c, kind) for c in parts]
    return out


def _emoji_tag(sentence: str) -> list[str]:
    """The sentence cut at its last emoji when a short tag follows it ("Gestemd ✔️ jullie ook?",
    "Wählen gewesen ✔️ Ihr auch?"): the statement and the tag, or the sentence whole."""
    m = EMOJI_TAG.search(sentence)
    if m and sentence[: m.start()].strip() and 0 < len(m.group(1).split()) <= TAG:
        return [sentence[: m.start(1)], m.group(1)]
    return [sentence]


def _ends_at(phrase: Phrase, tokens: list[str], end: int) -> bool:
    """Whether `phrase` is tokens[end - len(phrase) : end]."""
    start = end - len(phrase)
    return start >= 0 and tuple(tokens[start:end]) == phrase


def _cue_before(
    cues: Index, tokens: list[str], lo: int, i: int, kept: frozenset[int] = frozenset()
) -> bool:
    """A cue ending between tokens[lo] and the word at i (a cue may start before lo), none of its
    tokens in `kept` (an intensifier's: `_no_negation`)."""
    by_last = cues[1]
    return any(
        _ends_at(c, tokens, end) and not (kept and kept.intersection(range(end - len(c), end)))
        for end in range(lo + 1, i + 1)
        for c in by_last.get(tokens[end - 1], ())
    )


def _cue_after(
    cues: Index,
    tokens: list[str],
    j: int,
    hi: int,
    unless: Index | None = None,
    kept: frozenset[int] = frozenset(),
) -> bool:
    """A cue starting between tokens[j] and tokens[hi], none of its tokens in `kept`; with
    `unless`, not one right after a phrase of `unless`."""
    by_first = cues[0]
    return any(
        tuple(tokens[s : s + len(c)]) == c
        and not (kept and kept.intersection(range(s, s + len(c))))
        and not (unless is not None and s > 0 and _cue_before(unless, tokens, s - 1, s))
        for s in range(j, hi)
        for c in by_first.get(tokens[s], ())
    )


def _cue_in_clause(
    cues: Index,
    tokens: list[str],
    where: list[int],
    i: int,
    after: int = RELATIVE_AFTER,
    unless: Index | None = None,
) -> bool:
    """A cue before tokens[i] in its clause, or up to `after` words after it (with `unless`:
    not one right after a phrase of `unless`)."""
    lo, hi = where.index(where[i]), len(where) - where[::-1].index(where[i])
    return _cue_after(cues, tokens, lo, min(hi, i + 1 + after), unless)


def _no_negation(cues: Index, tokens: list[str]) -> frozenset[int]:
    """The positions of the tokens inside a phrase of `context.not_negation`: an intensifier that
    holds a negation cue and negates nothing ("Can't believe our little one is walking",
    "couldn't be prouder", "ancora non ci credo")."""
    by_first = cues[0]
    return frozenset(
        k
        for s in range(len(tokens))
        for c in by_first.get(tokens[s], ())
        if tuple(tokens[s : s + len(c)]) == c
        for k in range(s, s + len(c))
    )


def cue_anywhere(table: dict[str, list[Phrase]], tokens: list[str], langs) -> bool:
    """Whether one of the cues of `table` in `langs` is anywhere in the tokens."""
    return _cue_after(_picked(table, tuple(sorted(langs))), tokens, 0, len(tokens))


_PICKED: dict[tuple[int, tuple[str, ...]], tuple[dict, Index]] = {}


def _picked(table: dict[str, list[Phrase]], langs: tuple[str, ...]) -> Index:
    """The cues of `langs` in `table`, indexed by first and by last word (kept per table)."""
    key = (id(table), langs)
    kept = _PICKED.get(key)
    if kept is None or kept[0] is not table:
        by_first: dict[str, list[Phrase]] = {}
        by_last: dict[str, list[Phrase]] = {}
        for c in (c for la in langs for c in table.get(la, []) if c):
            by_first.setdefault(c[0], []).append(c)
            by_last.setdefault(c[-1], []).append(c)
        kept = _PICKED[key] = (table, (by_first, by_last))
    return kept[1]


def _possessive(tokens: list[str], i: int, not_names: frozenset[str]) -> bool:
    """A name's possessive just before tokens[i]: "tom' s wedding", "james' wedding"."""
    if i >= 2 and tokens[i - 1] == "s" and tokens[i - 2].endswith("'"):
        name = tokens[i - 2].rstrip("'")
    elif i >= 1 and tokens[i - 1].endswith("s'") and len(tokens[i - 1]) > 2:
        name = tokens[i - 1].rstrip("'")
    else:
        return False
    return bool(name) and name not in not_names and name + "'" not in not_names


def _scoped_hit(
    sc: Scoped, cues: Index, tokens: list[str], where: list[int], i: int, lo: int, unless: Index
):
    """Whether a cue of `sc` is in its scope around the word at tokens[i] (its clause from lo, a
    cue there right after a phrase of `unless` not counting; "just_before": a cue ending right
    before the word)."""
    if sc.scope == "anywhere":
        return _cue_after(cues, tokens, 0, len(tokens)) and not _cue_after(
            unless, tokens, 0, len(tokens)
        )
    if sc.scope == "clause":
        return _cue_in_clause(cues, tokens, where, i, RELATIVE_AFTER, unless)
    if sc.scope == "just_before":
        return i > 0 and any(
            _ends_at(c, tokens, i)
            and i - len(c) > 0
            and where[i - len(c) - 1] == where[i]  # a thing said to be it, in its clause
            and not _cue_before(unless, tokens, i - len(c) - 1, i - len(c))
            for c in cues[1].get(tokens[i - 1], ())
        )
    return _cue_before(cues, tokens, lo, i)


def _practice(practices: frozenset[str], words: list[str]) -> bool:
    """Whether the words name a practice, done rather than seen ("back from mass, the choir was
    beautiful" is no church admired on a walk): a word of them starts as one of `practices`."""
    text = " " + " ".join(words)
    return any(" " + p in text for p in practices)


def why_not_emoji(
    cues: Cues, tokens: list[str], langs: frozenset[str], signal: str, event: bool = False
) -> str | None:
    """Why an emoji of `signal` does not speak of the owner (None: it may): a glass in a caption
    that says it holds no alcohol ("sober" cues: "Alkoholfreies Bier 🍺"), the reason of a
    `scoped` class of the signal that reaches the whole caption ("a toast to the couple 🥂"); for
    the emoji of an `event` or a being (🎓, 🐱) also a class read in a clause, wherever it is ("the
    neighbours' cat had kittens 🐱"), and a relative anywhere in the caption ("Mi hermano se gradúa
    hoy 🎓", "Einschulung meines Neffen 🏫"): the owner's own event says so in words, which count
    on their own."""
    picked = tuple(sorted(langs))
    if signal == "alcohol" and _cue_after(_picked(cues.sober, picked), tokens, 0, len(tokens)):
        return "negated"  # the glass of an alcohol-free beer ("Nealko pivo 🍺")
    for sc in cues.scoped:
        if sc.terms is not None and sc.scope == "clause":
            continue  # a clause's class of named terms speaks of no event's emoji or told words
            # (a pilgrimage, a holiday: "en Lisboa" beside a restaurant is still a trip)
        if signal in sc.signals and (sc.scope == "anywhere" or (event and sc.scope == "clause")):
            if _cue_after(_picked(sc.table, picked), tokens, 0, len(tokens)):
                if not _cue_after(_picked(sc.unless, picked), tokens, 0, len(tokens)):
                    return sc.why
    if event and signal in cues.relatives_signals:
        if _cue_after(_picked(cues.relatives, picked), tokens, 0, len(tokens)):
            return "others"
    return None


def animal_not_owned(
    cues: Cues, tokens: list[str], where: list[int], langs: frozenset[str]
) -> bool:
    """Whether the caption names an animal (`animals`) that is someone else's or no one's: with
    `animal_of` just after it ("el gato de la cafetería", "o cão do meu namorado"), a name's
    possessive just before it ("my flatmate's parrot"), or in its clause a cue of `others` or
    `animal_others` (a shop, the street, videos, a colleague: "bakkalın kedisi", "filmiki z
    psami"; a relative is not one: "walking the dog with my son"), and no first-person word just
    before it ("our old cat"). A being's
    emoji beside such words is that animal's, not the owner's pet."""
    picked = tuple(sorted(langs))
    pick = lambda table: _picked(table, picked)  # noqa: E731
    animals, mine, of = pick(cues.animals), pick(cues.first_person), pick(cues.animal_of)
    for s in range(len(tokens)):
        for c in animals[0].get(tokens[s], ()):
            j = s + len(c)
            if tuple(tokens[s:j]) != c or _cue_before(mine, tokens, max(0, s - OWNED), s):
                continue
            if (
                _cue_after(of, tokens, j, min(j + 1, len(tokens)))
                or _possessive(tokens, s, cues.not_names)
                or any(
                    _cue_in_clause(pick(t), tokens, where, s)
                    for t in (cues.others, cues.animal_others, cues.animal_shelters)
                )
            ):
                return True
    return False


def why_not(
    cues: Cues,
    tokens: list[str],
    where: list[int],
    span: tuple[int, int],
    langs: frozenset[str],
    signal: str,
    kinds: dict[int, str] | None = None,
    stem: int = 0,
) -> str | None:
    """Why the signal word at tokens[span] does not speak of the owner (None: it does).

    `where[k]` is the clause of tokens[k]; `kinds` gives a clause's kind when it has one
    ("quoted", "question"); cues are read in `langs`; `stem` is the length of the lexicon word
    the last token was read as: a Turkish "your" suffix follows it whole ("mezunuz", we are
    graduates, is no "your" of "mezun").
    """
    kinds = kinds or {}
    i, j = span
    clause = where[i]
    langs = tuple(sorted(langs))
    pick = lambda table: _picked(table, langs)  # noqa: E731
    if kinds.get(clause) == "question" and _cue_in_clause(
        pick(cues.first_person), tokens, where, i, 99
    ):
        pass  # "Who's coming to my graduation?" is still the owner's
    elif kinds.get(clause):
        return kinds[clause]
    lo = i
    while lo > 0 and where[lo - 1] == clause and i - lo < BEFORE:
        lo -= 1
    hi = j
    while hi < len(tokens) and where[hi] == clause and hi - j < AFTER:
        hi += 1
    kept = _no_negation(pick(cues.not_negation), tokens)  # "can't believe", "non ci credo"
    if _cue_before(pick(cues.negation), tokens, lo, i, kept):
        return "negated"
    negation_after = pick(cues.negation_after)
    if signal not in cues.subject_signals and _cue_after(negation_after, tokens, j, hi, kept=kept):
        return "negated"
    mine = _cue_after(pick(cues.first_person), tokens, max(lo, i - 1), i + 1)
    if not mine and _cue_before(pick(cues.others), tokens, lo, i):
        return "others"  # ("watching our wedding video" is the owner's: `mine`)
    if _possessive(tokens, i, cues.not_names):
        return "others"
    if not mine and role_subject(cues, tokens, where, span, langs, signal):
        return "others"  # "Notre capitaine a soutenu sa thèse", "Trener dostał pracę"
    if for_client(cues, tokens, where, i, langs, signal):
        return "others"  # "the engagement ring I made for a client"
    your = YOUR_TR.search(tokens[j - 1]) if "tr" in langs else None
    if your and your.start() >= stem - 1:  # k -> ğ may shorten the stem by one letter
        return "others"  # Turkish "your": "düğününüz", "dualarınız için"
    if (
        signal in cues.relatives_signals
        and not mine
        and _cue_in_clause(pick(cues.relatives), tokens, where, i)
    ):
        return "others"  # "my" at the word keeps it the owner's, whoever stands beside it:
        # "por mi nuevo trabajo 📦 los niños ya preguntan", "voor mijn nieuwe baan, de kinderen"
    if signal == "pet" and not mine and role_animal(cues, tokens, j, langs):
        return "others"  # "il gatto del custode"
    if signal == "pet" and not mine and _cue_in_clause(pick(cues.animal_others), tokens, where, i):
        return "others"  # a café's, a neighbour's, a video's: "filmiki z psami" (not a shelter's:
        # one adopts from there, "adottata al gattile")
    if signal == "health" and _cue_in_clause(pick(cues.animals), tokens, where, i):
        return "others"  # the vet's patient: "Onze kat is ziek"
    if signal == "alcohol" and _cue_after(pick(cues.sober), tokens, 0, len(tokens)):
        return "negated"
    for sc in cues.scoped:
        if mine and sc.why == "others" and sc.scope != "anywhere":
            continue  # "my sister was maid of honour at our wedding": ours
        if sc.scope == "just_before" and _practice(cues.practices, tokens[i:j]):
            continue  # "today is my baptism" is done: no thing called so
        if sc.reaches(signal, tokens[i:j]) and _scoped_hit(
            sc, pick(sc.table), tokens, where, i, lo, pick(sc.unless)
        ):
            return sc.why
    if signal in cues.tourist_signals and not _practice(cues.practices, tokens[i:j]):
        tourist = pick(cues.tourist)
        if _cue_after(tourist, tokens, 0, len(tokens)):
            return _at_home(cues, tokens, langs) or "tourist"
    return None


def _at_home(cues: Cues, tokens: list[str], langs: tuple[str, ...]) -> str | None:
    """The reason of a `scoped` class of `travel` that reaches the whole caption (a sight of the
    owner's own city: "tourist in my own city"), or None: a church seen there is no journey."""
    for sc in cues.scoped:
        if "travel" in sc.signals and sc.scope == "anywhere":
            if _cue_after(_picked(sc.table, langs), tokens, 0, len(tokens)):
                return sc.why
    return None


# --- others45: a third person named by role is the one who did it ------------------------------

ROLE_REACH = 8  # words before a signal word that a role reaches
# a Turkish word in the first person (a verb's "-dım", "-yorum", a noun's "my": "ameliyatımı")
ME_TR = re.compile(r"(?:[iu]m|[iu]mi|[iu]mu|[iu]me|[iu]mde|[iu]mden|[iu]mla|yoruz|d[iu]k|t[iu]k)$")
# a Polish verb in the first person past ("pomagaliśmy", "dostałem"); "problem" is none
ME_PL = re.compile(r"(?:lem|lam|lismy|lysmy)$")


def _role_at(phrase: Phrase, tokens: list[str], s: int) -> int:
    """The end of `phrase` read at tokens[s] (its last word a stem when it ends in "*"), or 0."""
    e = s + len(phrase)
    if e > len(tokens) or tuple(tokens[s : e - 1]) != phrase[:-1]:
        return 0
    last = phrase[-1]
    hit = tokens[e - 1].startswith(last[:-1]) if last.endswith("*") else tokens[e - 1] == last
    return e if hit else 0


def _not_subject(rl: Roles, mine: Index, tokens: list[str], s: int, langs) -> bool:
    """Whether a word of `not_subject` stands before the role at tokens[s], up to two articles or
    "my"/"our" apart: "as captain", "with our coach", "bij de bakker", "formation de boulanger"."""
    by_last = _picked(rl.not_subject, langs)[1]
    for k in range(s, max(0, s - 2) - 1, -1):
        if k > 0 and any(_ends_at(c, tokens, k) for c in by_last.get(tokens[k - 1], ())):
            return True
        if k == 0 or not (tokens[k - 1] in rl.articles or _cue_before(mine, tokens, k - 1, k)):
            return False
    return False


def _me_not_patient(
    rl: Roles, me: Index, tokens: list[str], where: list[int], lo: int, j: int, e: int
) -> bool:
    """Whether a first-person word (`me`) from lo to j is the owner acting: not one that a
    relative pronoun after the role's end e stands just before (in English two words before:
    "who taught me") in a clause of its own before the word's, the object of the role's act
    ("der Trainer, der mir half, hat geheiratet"); in the word's own clause the owner is in it
    ("mes collègues qui m'ont couverte les jours d'examen")."""
    for s in range(lo, j):
        for c in me[0].get(tokens[s], ()):
            if tuple(tokens[s : s + len(c)]) != c:
                continue
            back = tokens[max(e, s - 2) : s] if s >= e else []
            rel = back and (
                back[-1] in rl.relative or (len(back) == 2 and back[0] in ("who", "that"))
            )
            if rel and where[s] != where[j - 1]:
                continue
            return True
    return False


def _relative_start(rl: Roles, tokens: list[str], where: list[int], lo: int, langs) -> int:
    """The start of the clause before the one from lo when the clause between opens with a
    relative pronoun and the owner is its object, a `me` word right after the pronoun ("Paní
    učitelka, která mě učila, odešla do důchodu"): the role's clause; else lo (a relative
    clause of the role's own, "kolega, który wypadł z łódki. Najlepszy tydzień", ends there)."""
    if lo < 2 or where[lo - 1] == where[0]:
        return lo
    mid = where.index(where[lo - 1])
    me = _picked(rl.me, langs)[0]
    if mid > 0 and tokens[mid] in rl.relative and tokens[mid + 1] in me:
        return where.index(where[mid - 1])
    return lo


def _in_first_person(
    rl: Roles, mine: Index, tokens: list[str], where: list[int], lo: int, e: int, j: int, langs
) -> bool:
    """Whether the owner is in the act: a first-person word (`me`) from lo to the word's end at
    j, a "my"/"our" (`mine`) between the role's end e and j, a Polish or Turkish verb or noun in
    the first person after the role."""
    me = _picked(rl.me, langs)
    if _me_not_patient(rl, me, tokens, where, lo, j, e) or _cue_after(mine, tokens, e, j):
        return True
    after = tokens[e:j]
    if "tr" in langs and any(ME_TR.search(t) for t in after):
        return True
    return "pl" in langs and any(ME_PL.search(t) and t != "problem" for t in after)


def role_subject(
    cues: Cues, tokens: list[str], where: list[int], span: tuple[int, int], langs, signal: str
) -> bool:
    """Whether a person named by a role (`others45.roles`; a colleague, a boss, a client
    `workmates`, for any signal but work) stands before the signal word at tokens[span] as the one
    who did it: in its clause up to `ROLE_REACH` words before it, or in the caption's first
    clause when the word is in the second ("Pensées pour notre trésorier, hospitalisé"); "our"
    may precede the role ("our captain" is not the owner). Not when a word just before the role
    makes it none ("as captain", "with our coach", "bij de bakker") nor when the owner is in the
    act (`_in_first_person`: "my colleagues threw me a leaving party", "I, the treasurer")."""
    rl = cues.roles
    if signal not in rl.signals:
        return False
    i, j = span
    lo = where.index(where[i])
    if lo > 0 and where[lo - 1] == where[0] and where[i] < 10_000:
        lo = 0  # the caption opens with the role: "Başkanımıza geçmiş olsun, hastanede yatıyor"
    rel = _relative_start(
        rl, tokens, where, lo, langs
    )  # "der Mann, der mich kennt, hat geheiratet"
    lo = max(rel, i - ROLE_REACH - (lo - where.index(where[lo - 1]) if rel < lo else 0))
    tables = [rl.roles] + ([rl.workmates] if signal != "work" else [])
    not_for = rl.not_for.get(signal, frozenset())
    mine = _picked(cues.first_person, langs)
    for table in tables:
        phrases = [c for la in langs for c in table.get(la, []) if c not in not_for]
        for s in range(lo, i):
            for phrase in phrases:
                e = _role_at(phrase, tokens, s)
                if not e or e > i or _not_subject(rl, mine, tokens, s, langs):
                    continue
                start = where.index(where[s])
                if not _in_first_person(rl, mine, tokens, where, start, e, j, langs):
                    return True
    return False


def for_client(cues: Cues, tokens: list[str], where: list[int], i: int, langs, signal: str) -> bool:
    """Whether the signal word at tokens[i] is a thing the owner made or did for a client: a cue
    of `others45.client` in its clause before it, or after it up to `ROLE_REACH` words in its
    clause and the next ("the engagement ring I made for a client", "Pies klientki"): the
    client's event, not the owner's."""
    rl = cues.roles
    if signal not in rl.client_signals:
        return False
    lo = where.index(where[i])
    hi = i + 1
    while hi < len(tokens) and where[hi] <= where[i] + 1 and hi - i <= ROLE_REACH:
        hi += 1  # its clause and the next: "Zásnubní prsten, který jsem vyrobil pro zákazníka"
    return _cue_after(_picked(rl.client, langs), tokens, lo, hi)


def role_animal(cues: Cues, tokens: list[str], j: int, langs) -> bool:
    """Whether the animal word ending at tokens[j] is followed by `animal_of` and, up to two words
    on, a role of `others45` ("il gatto del custode", "le chien du boulanger"): theirs."""
    rl = cues.roles
    if not _cue_after(_picked(cues.animal_of, langs), tokens, j, min(j + 1, len(tokens))):
        return False
    phrases = [c for t in (rl.roles, rl.workmates) for la in langs for c in t.get(la, [])]
    return any(
        _role_at(c, tokens, s) for s in range(j + 1, min(j + 4, len(tokens))) for c in phrases
    )
