"""caption_gigs: a performer's, artist's or maker's trade told by its acts.

Musicians, DJs, actors, painters, tattoo artists, makers with online shops and influencers tell
their work by its acts more often than by a work word: a soundcheck, a gig or a set played, a
tour, a commission, a client, a drop in the shop, an exhibition or an album of their own, a
residency, their own sponsored post. Read with `captions.yaml`'s `trades51` section (`gigs`),
`work` is the owner's where the caption tells such an act ("Soundcheck done, doors at 7",
"Post-gig pint", "zwischen zwei Touren", "derrière les platines", "prueba de sonido y bolo", "a
gravar o álbum novo", "ultima data del tour", "op dit podium", "po premierze", "jsme byli s
kapelou", "sergimde") or a sponsored post's tag beside a code, a brand's handle or a
collaboration (`sponsored`: "#ad ... Code KELLY15", "#werbung ... Danke für die
Zusammenarbeit"; the label guide's ruling on Work away: the owner's own paid post is work, an
advert only seen is not: "me salió un anuncio"),
unless the owner is in the audience (`audience`: "went to see them", "Karten für", "fuimos a
ver") or a relative named before the act in its clause does it
(`caption_duty.theirs_before`), judged as a work emoji would be.
"""

from __future__ import annotations

from .caption_away import SECTION as AWAY
from .caption_duty import SECTION, acts_said
from .caption_kitchen import told_work
from .caption_lexicon import fold, section_search
from .caption_words import Found


def gigs_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words telling the owner's performing, art or making trade in the folded caption
    (`gigs`, in `langs`, English beside them; None: every language), or None: none, one a
    relative does, or the owner in the audience (`audience`)."""
    if section_search(SECTION, "audience", folded, langs):
        return None
    return acts_said("gigs", folded, langs) or sponsored(folded)


def sponsored(folded: str) -> str | None:
    """The tag of the owner's own paid post (`sponsored`: "#ad", "#publi", "#werbung") when a
    discount code of theirs (`code`: "Code KELLY15"), a brand's handle, a collaboration or a
    giveaway (`away52.paid`: "@schmincke", "Zusammenarbeit", "GEWINNSPIEL") stands beside it,
    or None: no tag, or an advert the owner only saw (`away52.seen`: "me salió un anuncio")."""
    tag = section_search(SECTION, "sponsored", folded)
    if tag is None or section_search(AWAY, "seen", folded):
        return None
    if section_search(SECTION, "code", folded) is None and not section_search(AWAY, "paid", folded):
        return None
    return tag.group(0).strip()


def gigs_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    folded: str | None = None,
) -> list[Found]:
    """`found` with the owner's `work` added ("told") where the caption tells the owner's
    performing, art or making trade by its acts (`gigs_said`) and no work word counts already
    (`folded`: the caption folded, when the caller has it)."""
    said = gigs_said(fold(text) if folded is None else folded, langs)
    return told_work(said, tokens, langs, found)
