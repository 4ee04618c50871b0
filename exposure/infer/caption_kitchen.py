"""caption_kitchen: the owner's food and drink trade told by its acts.

Cooks, bakers, waiters, bartenders, baristas, brewers, winemakers and market traders tell their
work by the trade's jargon more often than by a work word. Read with `captions.yaml`'s `food48`
section, `work` is the owner's where the caption tells:

- the owner named by a food or drink trade in the first person (`role`: "I'm a pastry chef",
  "bin trotzdem Sommelière", "Da pasticciera, mi vergogno", "Ik ben kok", "Já jsem kuchařka",
  "aşçıyım", "esnaf arkadaşlarla çay"), not a costume, not a home cook;
- the trade's back rooms, service and counter as the owner's (`acts`: "on the pass", "back on the
  line", "in der Backstube", "au fournil", "Cañita después de cerrar", "sul bancone del bar",
  "achter de toog", "po zamknięciu budki", "já jen čepuju", "mutfakta oruçlu çalıştım").

With the `bar53` section, a hospitality or tourism job told by its acts or its season:

- the drinks the owner serves, taps, carries or sells, the wine list they write (`served`: "10 Maß
  auf einmal trag ich", "nosím pivo turistům", "se to čepuje", "carta de vinhos para refazer");
- the service's acts (`service`: "double shift", "service du midi", "Frühstücksdienst", "fim de
  turno", "60 check-in oggi", "cała zmiana", "snídaně pro 200 lidí", "kahvaltı büfesinde");
- the season as the owner's job (`season`: "off for the winter season, chalet host", "für die
  Saison auf Sylt", "saisonnière à Val Thorens", "noi stagionali", "fijo discontinuo");
- the owner's years at the trade's bar, stove or trays, or their return to it (`years`: "Eleven
  years behind this bar", "Quinze ans à porter des plateaux", "Deset let v kuchyni", "posso
  voltar à cozinha na segunda", "ocağın başına dönüyorum").

Judged as a work emoji would be: a relative's or a friend's trade in the caption is theirs.
"""

from __future__ import annotations

from .caption_lexicon import Match, fold, lexicon, section_search
from .caption_words import Found
from .context import why_not_emoji

SECTION = "food48"
# the tables telling the trade, in reading order: the owner's role, then its acts
TABLES = (
    (SECTION, "role"),
    (SECTION, "acts"),
    ("bar53", "served"),
    ("bar53", "service"),
    ("bar53", "season"),
    ("bar53", "years"),
)


def kitchen_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's food, drink or hospitality trade in the folded caption (the
    tables of `TABLES` in their order, in `langs`, English beside them; None: every language), or
    None."""
    for section, table in TABLES:
        hit = section_search(section, table, folded, langs)
        if hit:
            return hit.group(0).strip()
    return None


def kitchen_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the caption tells the owner's food or
    drink trade (`kitchen_said`) and no work word counts already, judged as a work emoji would be
    (`folded`: the caption folded, when the caller has it)."""
    if any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    return told_work(
        kitchen_said(fold(text) if folded is None else folded, langs), tokens, langs, found
    )


def told_work(
    said: str | None, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's `work` added ("told") for the words `said` when no work word
    counts already, judged as a work emoji would be (a scoped class of work that reaches the
    whole caption)."""
    if said is None or any(m.signal == "work" and why is None for m, why, _ in found):
        return found
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "work")
    return [*found, (Match("work", said, "told"), why, None)]
