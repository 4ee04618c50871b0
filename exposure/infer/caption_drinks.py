"""caption_drinks: whose drink a caption names, and whether it is drunk (alcohol48).

A drink word is the owner's drinking only where the owner drinks it. Read with `captions.yaml`'s
`alcohol48` section, a drink the rules found is dropped where the caption says:

- the owner drinks none of it: never, no more, a doctor's ban, the driver's seat, a fast
  (`abstain`: "Je ne bois jamais d'alcool", "Ik drink al vijf jaar niet meer", "Meu médico
  proibiu a cerveja", "řídila jsem", "Ben oruçluyum"): "abstains";
- it is a saying or hearsay (`hearsay`: "Dicen que el vino es bueno para el corazón", "Ouvi
  dizer que o vinho tinto..."): "hearsay";
- it is wished for or dreamt of (`wish`: "Un jour, je ferai la route des vins", "Marzę o
  podróży do Gruzji"): "wish";
- it is the menu of a bar, an inn or a tavern opened or shut, the owner's or another's
  (`venue`: "Kamarád otevřel vinárnu", "Il vecchio Gigi chiude l'osteria"): "venue";
- it is served, tapped, carried or sold by the owner to others, or on the wine list they write
  (the `bar53` section's `served`: "10 Maß auf einmal trag ich", "nosím pivo turistům", "Ik heb
  hem zijn eerste biertje getapt", "carta de vinhos para refazer"): their work ("served").

Unless a small glass is taken after a "but" (`once`: "No bebo, pero hoy una copita", "keinen
Alkohol, aber ein Gläschen Sekt muss sein"), or, for all but abstaining, the owner says they
drank (`drank`: "ho bevuto", "jsme pili", "wypiłam"): then the drink is theirs. A drink at
someone else's wedding stays the owner's (the sets label the guest's glass as drunk: "wódka na
weselu kuzyna"). Two readings add the owner's drinking:

- a toast raised by the owner, to whomever, at anyone's celebration (`toast`: "Brindamos por los
  que ya no están", "Proost op het pensioen van collega Henk", "Raise a glass to the happy
  couple!", "Cheers to Anna on her new job!"), or a glass raised as an emoji (`TOASTS`: "Congrats
  to Mark and Jen on their wedding!! 🥂"): a drink the cues or `captions._settle` gave to the
  others it names ("others") is the owner's; the celebration stays theirs (the label guide's
  ruling on drinks, past49);
- a drink by a name the lexicon's `signals` lack (`named`: "Wakacje w Grecji! Ouzo i morze",
  "Barbera con gli amici", "Jenevertje met opa"), or a toast with no drink word ("Proost op 12
  jaar ja zeggen"), or a drink the owner invites to (`invited`, the `homes50` section:
  "Housewarming Saturday, bring a bottle", "Kolaudace v sobotu, pivo bude"), read as a glass
  emoji would be (`context.why_not_emoji`): "told".

With `captions.yaml`'s `faith51` section (the label guide's ruling on Sobriety), sobriety kept over
a counted stretch or celebrated (`sober`: "Six months sober today", "Seit einem Jahr trocken",
"Nie piję od 20 lat", "Parei de beber faz um ano", a meeting of AA) is the owner's `health`
("told") and no drinking of theirs ("sober"): not a month's pause ("Dry January day 12", "un mois
sans alcool"), a bet or a challenge (`pause`), nor someone else's sobriety named in its clause (a
relative outside the household or `someone`: "my dad is 10 years sober", "mon coloc a arrêté
l'alcool depuis un an"), nor where the owner is pregnant.
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, lexicon, section_search, words_of
from .caption_words import CLAUSE, Found, enclosing, given
from .context import cue_anywhere, why_not_emoji

TOASTS = frozenset({"🥂", "🍻"})  # glasses raised: a toast's emoji
# each table of the section and the reason its match gives a drink not drunk, in reading order
NOT_DRUNK = (("hearsay", "hearsay"), ("wish", "wish"), ("venue", "venue"))


def _search(table: str, folded: str, langs: frozenset[str]) -> re.Match | None:
    """The first match of the `alcohol48` section's `table` in the folded caption, in `langs`
    (English and "any" beside them)."""
    return section_search("alcohol48", table, folded, langs)


def drinks_said(folded: str) -> bool:
    """True when the folded caption, in any language, names a drink the lexicon's `signals` lack,
    a toast or a drink the owner invites to (`drinks_reading` reads it in the caption's
    languages)."""
    if any(section_search("alcohol48", t, folded) for t in ("named", "toast")):
        return True
    return bool(invited(folded) or section_search("faith51", "sober", folded))


def drinks_reading(
    found: list[Found], tokens: tuple[str, ...], langs: frozenset[str], folded: str
) -> list[Found]:
    """`found` with the owner's toast (`toast`, or a glass of `TOASTS` raised) and a drink by a
    name of `named` given as the owner's `alcohol`, whoever's celebration it is, then the owner's
    `alcohol` dropped (the reason of `not_drunk`) where the caption names a drink the owner does
    not drink; the owner's sobriety (`sober_told`) gives their `health` and drops their
    `alcohol` ("sober")."""
    return _sobriety(_drinks(found, tokens, langs, folded), folded, langs)


def _drinks(
    found: list[Found], tokens: tuple[str, ...], langs: frozenset[str], folded: str
) -> list[Found]:
    """`found` read for toasts, drinks by name and drinks not drunk (`drinks_reading`)."""
    toast = _search("toast", folded, langs)
    raised = any(m.signal == "alcohol" and m.term in TOASTS for m, _, _ in found)
    if toast or raised:
        found = [
            (m, None if m.signal == "alcohol" and w == "others" else w, s) for m, w, s in found
        ]
    named = _search("named", folded, langs) or toast or invited(folded, langs)
    if named and not any(m.signal == "alcohol" for m, _, _ in found):
        why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "alcohol")
        found = [*found, (Match("alcohol", named.group(0), "told"), why, None)]
    said = {m.signal for m, why, _ in found if why is None}
    why = not_drunk(folded, langs) if "alcohol" in said else None
    if why is None:
        return found
    return given(found, "alcohol", why)


def sober_told(folded: str, langs: frozenset[str]) -> re.Match | None:
    """The words of the owner's sobriety kept over a counted stretch or celebrated (`faith51`'s
    `sober`: "Six months sober today", "Seit einem Jahr trocken", "Nie piję od 20 lat", a meeting
    of AA), in `langs`; None where it is a pause by choice, a bet or a challenge (`pause`) or
    someone else's, named in its clause (a relative outside the household, `someone`: "my dad is
    10 years sober", "Mijn vriend Henk is al een jaar gestopt met drinken")."""
    hit = section_search("faith51", "sober", folded, langs)
    if not hit or section_search("faith51", "pause", folded, langs):
        return None
    first, last = enclosing(folded, hit.start(), hit.end(), CLAUSE)
    clause = folded[first:last]
    if section_search("faith51", "someone", clause, langs):
        return None
    others = cue_anywhere(lexicon().cues.relatives, words_of(clause), langs | {"en"})
    return None if others else hit


def _sobriety(found: list[Found], folded: str, langs: frozenset[str]) -> list[Found]:
    """`found` with the owner's sobriety (`sober_told`) read as their `health` ("told", where no
    health word counts) and their `alcohol` dropped ("sober"); unchanged where there is none or
    the owner's pregnancy counts (a drink given up for the baby)."""
    said = {m.signal for m, why, _ in found if why is None}
    hit = None if "pregnancy" in said else sober_told(folded, langs)
    if hit is None:
        return found
    found = given(found, "alcohol", "sober")
    if "health" in said:
        return found
    return [*found, (Match("health", hit.group(0), "told"), None, None)]


def invited(folded: str, langs: frozenset[str] | None = None) -> re.Match | None:
    """The words that ask guests to bring a drink or lay one on for them (`homes50.invite`:
    "bring a bottle", "apportez une bouteille", "pivo bude", "Kasten Bier"), in `langs` (None:
    every language), or None: a drink the owner arranges is the owner's (the label guide's
    ruling on Plans)."""
    return section_search("homes50", "invite", folded, langs)


def not_drunk(folded: str, langs: frozenset[str]) -> str | None:
    """Why the drinks of a caption are not the owner's drinking: "abstains" (this module's or
    `leisure45`'s), "served" (`bar53`'s), "hearsay", "wish" or "venue"; None where a small glass
    is taken "but" this once, where the owner says they drank (but for abstaining) or no class
    holds."""
    if _search("once", folded, langs):
        return None
    if _search("abstain", folded, langs) or section_search("leisure45", "abstain", folded, langs):
        return "abstains"  # the owner's own soft drink or the driver's seat (`caption_leisure`)
    if _search("drank", folded, langs):
        return None
    if section_search("bar53", "served", folded, langs):
        return "served"  # the drinks the owner pours for others (`caption_kitchen`)
    return next((why for table, why in NOT_DRUNK if _search(table, folded, langs)), None)
