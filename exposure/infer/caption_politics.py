"""caption_politics: politics that the owner takes part in, not politics in the air.

An election season, the news, the family's quarrel over it, a stand or a rally passed on the way
to the bakery, someone else's candidacy: the words of politics stand around the owner without
telling what the owner did. Read with `captions.yaml`'s `politics46` section, the `politics`
signal is dropped ("air") where the caption tells:

- the family's or a group's chat quarrelling over an election, an election night or its results
  watched, the channel changed (`chat`: "Elecciones el domingo y en el grupo de la familia ya
  hay guerra", "Seçim gecesi, ailecek sonuçları izliyoruz");
- a stand, a rally or leaflets met in passing by one who only went for something else
  (`passing`: "Wahlkampfstand vor dem Edeka, ich hab nur die Gummibärchen genommen");
- someone else who stands or is elected (`others_run`: "Kamarád z Brna kandiduje do senátu",
  "Neue Bürgermeisterin gewählt");
- an election abroad followed from afar (`abroad`: "Wybory w USA, a mnie martwi cena masła");
- a vote or a signature still undecided or refused (`moves52.undecided`: "Elections next month
  and I still have no idea who to vote for", "Pas encore signé, j'hésite", "Kime oy vereceğimi
  hâlâ bilmiyorum");

unless the owner's own act is told beside it (`act`: voted, a ballot cast, the polling station's
table, signed, marched, stood for office, a party of the owner's: "Ya he votado, y el grupo de
la familia arde"); and, whatever the owner did, a vote that is no election's: a building's
residents, a song contest, the best garden, a baby's name (`no_election`: "Eleições no prédio para
síndico, fui eleita", "Paredão hoje no BBB, já votei").

With `captions.yaml`'s `politics53` section, the owner's act is also an election won or gone to
(`act`: "Muhtarlık seçimini kazandım", "Šel jsem k volbám poprvé"); whatever is told beside them,
a word of politics in another sense is "figurative" (`sense`: a choice made, "İnsanlar ilaç ile
ekmek arasında seçim yapıyor"; a chest, "çeyiz sandığı"; an urn of ashes; a body part protesting,
"mis rodillas protestando"); and a party joined with its name gives `politics` (`joined`:
"Joined the Labour Party tonight", "Ho fatto l'iscrizione al partito").

With `captions.yaml`'s `politics53` section's `pride` (stop 55), a Pride march the owner went to,
told by its title opening the caption, with its year or as where the owner was, gives `politics`
(the label guide: a protest the owner takes part in; "Pride in London with the whole gang",
"Roma Pride sotto 38 gradi", "Prague Pride 2024", "CSD Köln 2024", "at Pride with the girls");
not a greeting ("Happy Pride") nor the word's other sense ("pride of place").
"""

from __future__ import annotations

from .caption_lexicon import Match, fold, section_search
from .caption_words import Found, given

SECTION = "politics46"
SECTION53 = "politics53"
# the tables of politics in the air, in the order they are read
AIR = ("others_run", "chat", "passing", "abroad")
UNDECIDED = ("moves52", "undecided")  # a vote or a signature still undecided or refused


def act_said(folded: str, langs: frozenset[str] | None = None) -> bool:
    """Whether the folded caption tells an act of politics of the owner's own (`politics46`'s
    and `politics53`'s `act`, in `langs`, English beside them): voted, signed, marched, elected."""
    return any(section_search(name, "act", folded, langs) for name in (SECTION, SECTION53))


def joined_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of a party joined, named, in the folded caption (`joined`: "joined the Labour
    Party", "iscrizione al partito"), in `langs` (English beside them; None: every language), or
    None."""
    hit = section_search(SECTION53, "joined", folded, langs)
    return hit.group(0) if hit else None


def pride_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of a Pride march the owner went to in the folded caption (`politics53`'s `pride`:
    its title opening the caption, its year, "at Pride"), in `langs` (English beside them; None:
    every language), or None."""
    hit = section_search(SECTION53, "pride", folded, langs)
    return hit.group(0) if hit else None


def air_said(folded: str, langs: frozenset[str] | None = None) -> str | None:
    """The words of politics in the air in the folded caption (`AIR`'s tables and `UNDECIDED`,
    in `langs`, English beside them), where no act of the owner's own is told; or None."""
    hit = section_search(SECTION, "no_election", folded, langs)
    if hit:  # the vote itself is no election's: the owner's own vote does not keep it
        return hit.group(0)
    if act_said(folded, langs):
        return None
    for table in AIR:
        hit = section_search(SECTION, table, folded, langs)
        if hit:
            return hit.group(0)
    hit = section_search(*UNDECIDED, folded, langs)
    return hit.group(0) if hit else None


def other_sense(found: list[Found], folded: str, langs: frozenset[str]) -> list[Found]:
    """`found` with the `politics` terms inside a phrase of another sense (`sense`: a choice, a
    chest, an urn of ashes, a body part protesting) made "figurative"."""
    hit = section_search(SECTION53, "sense", folded, langs)
    if hit is None:
        return found
    phrase = hit.group(0)
    return [
        (
            m,
            "figurative"
            if m.signal == "politics" and was is None and fold(m.term)[:4] in phrase
            else was,
            s,
        )
        for m, was, s in found
    ]


def politics_reading(
    text: str, langs: frozenset[str], found: list[Found], folded: str | None = None
) -> list[Found]:
    """`found` with the owner's `politics` dropped ("air") where the caption tells politics in
    the air around the owner and no act of the owner's own (`air_said`), its words in another
    sense made "figurative" (`other_sense`), and a party joined or a Pride march gone to given
    (`joined_said`, `pride_said`; `folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    joined = joined_said(folded, langs) or pride_said(folded, langs)
    if joined:
        found = [*found, (Match("politics", joined, "told"), None, None)]
    if not any(m.signal == "politics" and why is None for m, why, _ in found):
        return found
    found = other_sense(found, folded, langs)
    if air_said(folded, langs) is None:
        return found
    return given(found, "politics", "air")
