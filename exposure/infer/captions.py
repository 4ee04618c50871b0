"""captions: life-event and category signals in a caption, read in its language and context.

`caption_signals("Mr & Mrs van den Berg 💍")` gives `{"wedding"}`. The words, emoji and cues are
data (`captions.yaml`, read by `caption_lexicon.py`). A signal word counts only:

- in the caption's own language (`language.py`, detected offline per caption; English beside any):
  a Danish "vin" is no French wine, and an English word the caption's language spells as its own
  word with another meaning is none there (`caption_words.false_friend`: "Lecture du soir");
- on whole words, hashtags split into words, in any of its forms (`forms.py`), a phrase within one
  clause ("el piso, nueva aventura" is no "piso nuevo");
- when the caption speaks of the owner doing or being it (`context.py`): not negated ("I don't
  like beer", "kein Bier"), not quoted, not asked, not someone else's ("my brother's surfing
  trip", "Mama wyszła ze szpitala"), not a church admired on a walk (that is travel), nor one of
  the classes of `context.scoped` (a teacher's school, a strike met on the way, a "sick" song, a
  holiday wished for, a partner's job, a friend's pregnancy, the hospital of a birth);
- once per post: the photos that share a caption and an upload day are one post
  (`caption_rules.once_per_post`, applied where kinds read captions).

Beyond its words and emoji, a caption gives `baby` by a newborn's weight and length, or its weight
alone ("51 cm, 3.300 g", "7lb 2oz", "Mats, 3360 gram": `caption_signs.birth_measure`, read as the
baby's emoji would be), and `pet` by the animal of the owner's own move, named with a definite
article or opening its clause ("Umzug geschafft, die Katze sitzt im Karton":
`caption_signs.pet_moved`), and `moving` by a farewell to one place and a greeting to another
("Goodbye Leeds, hello Bristol": `caption_told.farewell_move`) or two places joined by an arrow
("Manchester ➡️ Glasgow": `caption_told.arrow_move`), and `baby` by a rite of "our" child named
after it ("Batizado da nossa princesa Leonor": `caption_told.rite_child`), and `pet` by a name that
turns an age beside an animal ("Whiskers turned 15. Grumpiest cat": `caption_told.pet_age`), and
`work` by a trade the caption opens with, then a comma, a place or a time ("Camionero, 14 horas de
ruta", "Altenpflegerin seit 20 Jahren": `caption_told.trade_opening`), and `pet` by an animal word
and its name ("kocour Mourek leží na klávesnici": `caption_signs.pets_named`) or a name before "the"
and its animal ("Pickles the cat has taken over the sofa": `caption_told.pet_titled`), and `work` by
a shop's hours in the first person plural ("Abrimos a las 7": `caption_told.shop_hours`), `baby` by
a child's age in months or first word ("o Bento tem 9 meses", "Jules a dit \"papa\"":
`caption_signs.child_aged`), and `pet` by the household's animal doing something ("Le chien a mangé
ma chaussure": `caption_signs.animal_acting`, read by `pet_moved`) or opening a clause bare ("Kočka
sežrala kytku": `caption_household.opening_pet`), `moving` and `new_home` by the first night in a
home ("first night in the flat": `caption_household.first_night_moved`), and the event of a line
Facebook writes for it ("Ist nach Hamburg gezogen": `caption_life_lines.life_line`), and `work` by
the owner's own business turning an age ("Mein Laden feiert 15 Jahre":
`caption_business.business_age`), and `moving` by the first, second or fifth winter or year in a
place ("Dritter Winter in Barcelona": `caption_told.season_in`), `baby` by "my" or "our" boy, girl
or princess turning an age ("Our boy is 7 today": `caption_told.child_years`), and `travel` by a
place hailed for its beauty ("Prague, you beauty": `caption_told.place_beauty`) or by a country or a
big city abroad named where the owner is or went ("Wochenende in Lissabon", "w Chorwacji":
`caption_places.place_travel`), or by its acts (an airport's gate, a later day of a stay, skiing at
a place, a stay long ago: "Gate B22, 5am", "Tercer día en Oaxaca":
`caption_journeys.journeys_reading`).

The rules' signals are then judged by the nearest labelled captions (`caption_knn`; off with
`EXPOSURE_CAPTION_READER=rules`): in a caption of four words or more, a signal the rules miss,
whose words they did not find, is added when the 10 nearest of the project's own labelled
captions to one of the caption's sentences mostly hold it (p > 0.85), and one they give is taken
away when none of the 25 nearest holds it (the word's reason becomes "neighbours"), unless a
first-person word stands at its word ("my baptism") or it is politics; Czech is left to the
rules.

`read_caption` gives every word found with why it does not count. Rules' own caption words are
read the same way (`caption_rules.rule_hits`).

The reader's parts live beside it: a caption's words and the terms found in them
(`caption_words`), what its emoji and signs beyond words count for (`caption_signs`), the
signals it tells without their word (`caption_told`), a rule's own words and one count per post
(`caption_rules`); `captions` reads a caption with them and settles which signals count. Each
round's readings then judge what was found, each with its own section of `captions.yaml`:
grandchildren (`caption_elders`), a course, exam or degree (`caption_school`), a club's trip and its
owner's qualification, church wedding or hen party (`caption_clubs`, `caption_events`), a word
used of something else: a simile, "my baby" the car, an advert, news (`caption_figures`), an aid
or a hospital (`caption_care`), work that is no job (`caption_business.no_job_reading`), a
tasting or a drink not drunk (`caption_leisure`), the owner's hen party, a marriage to the sofa,
the home shown to the in-laws (`caption_couples`).

Signals: wedding, engagement, baby, pregnancy, graduation, school, work, new_home, moving, pet,
travel, religion, health, alcohol, politics. A signal is a hint for a rule kind, not a claim:
whether it is a habit rather than one visit is the kind's business.

Whose: for the life events (wedding, engagement, baby, graduation) the lexicon's `whose` phrases
say whose event a caption speaks of: `caption_whose("Tom & Anna's wedding 💍", "wedding")` gives
"others" (the owner is a guest), `caption_whose("Our wedding day 💍", "wedding")` gives "owner", and
a caption that only names the event ("Wedding 💍") gives None. Words that give the event to others
win over the owner's ("My husband and I at Sarah's wedding"). In these phrases `*` stands for one
word and `*'s` for a word ending so (a name), never for a word of `whose.not_a_name`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from .caption_abroad import abroad_reading
from .caption_away import away_reading
from .caption_business import business_acts, business_age, colleague_said, no_job_reading
from .caption_care import body_told, care_reading
from .caption_carers import carers_reading, carers_said
from .caption_child import (
    baby_false_friends,
    child_health,
    child_milestone,
    ours_said,
    parents_said,
)
from .caption_clubs import clubs_reading, clubs_said
from .caption_conditions import conditions_reading
from .caption_country import country_reading, country_said
from .caption_couples import (
    couples_reading,
    couples_said,
    kin_reading,
    moved_together,
    together_found,
)
from .caption_crew import crew_reading, crew_said
from .caption_drinks import drinks_reading, drinks_said
from .caption_duty import duty_reading, duty_said
from .caption_elders import elders_reading, elders_said, illness_named
from .caption_english import english_found, english_reading, english_said
from .caption_faith import faith_reading, faith_said
from .caption_figures import figures_reading
from .caption_gigs import gigs_reading, gigs_said
from .caption_household import (
    animal_opens,
    home_night,
    household_reading,
    opening_pet,
    walk_named,
    walked_pet,
)
from .caption_jobs import jobs_reading, jobs_said
from .caption_journeys import journeys_reading, journeys_said
from .caption_kids import kids_reading, kids_said
from .caption_kitchen import kitchen_reading, kitchen_said
from .caption_knn import WHY, mine, partner, prime, verdict
from .caption_labour import labour_reading, labour_said
from .caption_leisure import leisure_reading
from .caption_lexicon import (
    LANGUAGES,
    Lexicon,
    Match,
    emoji_of,
    fold,
    lexicon,
    split_hashtag,
    words_of,
)
from .caption_life_lines import life_line
from .caption_moves import moves_found, moves_reading, moves_said
from .caption_office import job_start, office_reading
from .caption_parents import parents54_reading, parents54_said
from .caption_pets import pets_reading
from .caption_places import named_places, place_travel
from .caption_plans import plans_said
from .caption_politics import joined_said, politics_reading, pride_said
from .caption_research import research_reading, research_said
from .caption_rules import once_per_post, rule_hits
from .caption_school import degree_reading, degree_said, school_reading, school_said
from .caption_shifts import shifts_reading, shifts_said
from .caption_signs import (
    animal_acting,
    birth_measure,
    child_aged,
    pet_aged,
    pet_moved,
    pets_named,
    strays,
    weak_emoji,
    wedding_said,
)
from .caption_sport import sport_reading, sport_said
from .caption_students import students_reading
from .caption_told import (
    arrow_move,
    child_years,
    farewell_move,
    gig_shift,
    home_ours,
    last_day,
    moved_in,
    pet_adopted,
    pet_named,
    pet_titled,
    place_beauty,
    place_day,
    rite_child,
    season_in,
    shop_hours,
    trade_opening,
)
from .caption_trades import trades_reading, trades_said
from .caption_trips import pilgrims_reading, trips_said
from .caption_words import (
    READ_CHARS,
    Found,
    as_read,
    caption_tokens,
    cue_langs_of,
    false_friend,
    find_terms,
)
from .context import cue_anywhere, why_not, why_not_emoji
from .language import caption_languages

# signals of an event or a being, whose emoji goes with the caption's words for it (a 🐱 beside
# the neighbours' kittens is theirs); a 🍷 or a 🗳 stands for the owner's own glass or vote
FOLLOWS = frozenset({"wedding", "engagement", "baby", "pregnancy", "graduation", "school", "pet"})
RING = "💍"  # alone an engagement's ring; beside a wedding said in words, the wedding's
# words of going on to the next school, in the three tokens before a school word ("direction la
# fac", "ab an die Uni", "si va all'università", "op naar de uni", "idę na studia", "off to uni")
ONWARD = frozenset(
    "direction ab naar va ide idę next off now then rumbo rumo agora ahora ora jetzt teraz ted teď"
    " sırada sirada".split()
)


@dataclass(frozen=True)
class Reading:
    """The rules' reading of a caption: its folded words (hashtag words after a '|'), each word's
    clause, its languages, and every term found with why the rules drop it and its span."""

    text: str
    tokens: tuple[str, ...]
    where: tuple[int, ...]
    langs: frozenset[str]
    found: tuple[Found, ...]


__all__ = [
    "LANGUAGES",
    "READ_CHARS",
    "Found",
    "Match",
    "as_read",
    "birth_measure",
    "fold",
    "lexicon",
    "once_per_post",
    "rule_hits",
    "split_hashtag",
    "words_of",
]


def caption_matches(text: str | None) -> list[Match]:
    """The signal terms that count in a caption (emoji, words and hashtags), in reading order:
    in the caption's languages, about the owner (`read_caption` gives the rest and why)."""
    return [m for m, why in read_caption(text) if why is None]


def read_caption(text: str | None) -> list[tuple[Match, str | None]]:
    """Every signal term found in a caption, each with why it does not count (None: it does):
    "language" (a word of a language the caption is not in), `context.why_not`'s reasons, or
    "neighbours" (the nearest labelled captions hold none of its signal: `caption_knn`); and a
    signal the rules miss that the neighbours give, as a Match with no term, lang "neighbours"."""
    reading = caption_reading(text)
    found = [] if reading is None else [(m, why) for m, why, _ in reading.found]
    said = {m.signal for m, why in found if why is None}
    read = as_read(text)  # what the rules read
    spared = mine(reading) | partner(reading) if reading else set()
    added, taken = verdict(read, said, spared, reading)
    added -= {m.signal for m, _ in found}  # the rules read its words and said whose: they decide
    found = [(m, WHY if why is None and m.signal in taken else why) for m, why in found]
    return found + [(Match(s, "", WHY), None) for s in sorted(added)]


def caption_reading(text: str | None) -> Reading | None:
    """The lexicon's and the context rules' reading of a caption: its words,
    clauses and languages, and every term found with why the rules drop it and where it stands
    (None for none found). Only its first `READ_CHARS` characters are read."""
    if not isinstance(text, str) or not text.strip():
        return None
    text = as_read(text)
    folded = fold(text)  # once, for the told readings below
    lex = lexicon()
    tokens, where, kinds = caption_tokens(text, lex)
    emoji = [(lex.emoji[c], c) for c in emoji_of(text) if c in lex.emoji]
    if any(c == RING for _, c in emoji) and not wedding_said(lex, tokens):
        emoji = [("engagement" if c == RING else s, c) for s, c in emoji]
    measure, told = birth_measure(text), farewell_move(text)
    season = None if told else season_in(text, lex.words)  # "Dritter Winter in Barcelona"
    ours = home_ours(folded)  # "el piso es oficialmente nuestro": a new home
    settled = moved_in(folded)  # "first night in the new flat": moved in
    adopted = pet_adopted(folded, any(s == "pet" for s, _ in emoji))  # "Barınaktan sahiplendim"
    rite = rite_child(text) or child_aged(lex, text, tokens, emoji)  # a child by a rite, an age
    rite = rite or child_milestone(lex, text, tokens, emoji)  # a named child's milestone
    years = child_years(text)  # "Our boy is 7 today": "our" says whose, a wish no other's
    arrow = None if told else arrow_move(text)
    said = any(t.signal for t, _ in find_terms(lex.signals, tokens))
    aged, ended, stay = (
        pet_aged(lex, text, tokens, emoji),
        last_day(text),
        place_day(text, lex.words) or place_beauty(text, lex.words),  # "Lisbon you beauty"
    )
    ended = ended or gig_shift(text) or trade_opening(text) or shop_hours(text)  # work told
    ended = ended or business_age(text, folded)  # "Mein kleiner Laden feiert 15 Jahre"
    ended = ended or business_acts(text, folded)  # "Zagłosowałam. Teraz otwieram piekarnię"
    named = pet_named(text, lex.not_places)
    titled = pet_titled(text, lex.not_places)  # "Pickles the cat has taken over the sofa"
    said = said or bool(titled)
    own_work = {fold(t) for t in lex.told.get("own_work", ())}
    said = said or animal_acting(lex, tokens, where)  # "the cat has claimed my laptop"
    said = said or animal_opens(lex, tokens, where)  # "Kočka sežrala kytku"
    said = said or home_night(folded)  # "first night in the flat, mattress on the floor"
    said = said or walk_named(text) is not None  # "Passeggiata con Birba al parco"
    line = life_line(text)  # "Ist nach Hamburg gezogen": a platform's line for a life event
    said = said or line is not None
    abroad = named_places(text, tokens)  # a country or a big city: perhaps a journey abroad
    # an older writer's course, certificate or thanks: "Kurs háčkování v knihovně"
    said = said or bool(abroad) or bool(elders_said(text, folded=folded))
    course = school_said(text, folded)  # "IELTS 7.5!!", "Deutsch B1 bestanden"
    degree = degree_said(folded)  # "Bac+5 enfin en poche", "Mgr. v kapse"
    said = said or bool(degree)
    said = said or bool(course) or bool(clubs_said(text, folded))  # "Desplazamiento con la peña"
    said = said or parents_said(tokens) or ours_said(text)  # "kids asleep", "Our Megan"
    said = said or parents54_said(text, tokens)  # "Garde alternée", "Zijn jullie pubers ook"
    said = said or kids_said(text, tokens)  # "Der Jüngste zieht aus", "Mama-Taxi", "#momof3"
    said = said or body_told(folded)  # the owner's body told hurt: "Zase bolí záda"
    said = said or illness_named(folded)  # "Herzschrittmacher", "waterpokken"
    said = said or couples_said(folded)  # the owner's hen party, the home shown to the in-laws
    together = moved_together(lex, tokens, where)  # "Verlobt und zusammengezogen"
    said = said or bool(together)
    said = said or sport_said(folded)  # a training camp, a buggy run, a children's race
    said = said or faith_said(folded)  # a journey to a shrine: "Compostelle, étape 12"
    said = said or country_said(folded)  # the owner's farm: "our cows", "prowadzę gospodarstwo"
    said = said or bool(carers_said(folded))  # a nurse's ward, a teacher's pupils
    said = said or bool(kitchen_said(folded))  # a cook's pass, a baker's bakehouse
    said = said or bool(duty_said(folded))  # a shift done, the station, a deployment
    said = said or bool(gigs_said(folded))  # a soundcheck, a tour, a commission, "#ad"
    said = said or bool(job_start(folded))  # "el lunes empiezo en la residencia"
    said = said or bool(jobs_said(folded))  # "ich bin der Fahrlehrer", "the home where I work"
    said = said or bool(trades_said(folded))  # "als Dachdecker", "the lads on site", "#sparkylife"
    said = said or bool(shifts_said(folded))  # "first shift at the café", "Boss just said"
    said = said or bool(crew_said(folded))  # "the lads from work", "mijn klas", "Kongress"
    said = said or bool(research_said(folded))  # "Feldforschung in Ghana", "HDR soutenue"
    said = said or bool(labour_said(folded))  # "BWL neben dem Job", "mon apprenti", "stoimy"
    said = said or trips_said(text, folded)  # "Week-end dans les Vosges", "Semestr w Walencji"
    said = said or journeys_said(text)  # "Gate B22, 5am", "Tercer día en Oaxaca"
    said = said or plans_said(folded)  # "Noch 47 Tage bis zum Flug", "Manchester conference"
    said = said or drinks_said(folded)  # "Ouzo i morze", "Proost op 12 jaar ja zeggen"
    said = said or moves_said(folded)  # "Premier soir dans notre appart", "Mutation à Toulon"
    said = said or bool(joined_said(folded) or pride_said(folded))  # "Joined the Labour Party"
    said = said or english_said(folded)  # "Married 52 years today", "BSc Nursing, 2:1"
    if not (
        emoji
        or measure
        or told
        or season
        or years
        or arrow
        or rite
        or aged
        or ended
        or stay
        or said
        or named
        or ours
        or settled
        or adopted
    ):
        return None  # most captions: no need to tell their language
    langs = caption_languages(text)
    tourist = None
    if {s for s, _ in emoji} & lex.cues.tourist_signals:
        tourist = "tourist" if cue_anywhere(lex.cues.tourist, tokens, langs | {"en"}) else None
    cue_langs = langs | {"en"}
    out = [
        (
            Match(s, c, "emoji"),
            tourist
            if s in lex.cues.tourist_signals
            else weak_emoji(lex, c, tokens)
            or why_not_emoji(lex.cues, tokens, cue_langs, s, s in FOLLOWS)
            or strays(lex, s, tokens, where, cue_langs),
            None,
        )
        for s, c in emoji
    ]
    if measure:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "baby", True)
        out.append((Match("baby", measure, "measure"), why, None))
    if told:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "moving")
        out.append((Match("moving", told, "told"), why, None))
    if years:
        out.append((Match("baby", years, "told"), None, None))
    if ours:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "new_home")
        out.append((Match("new_home", ours, "told"), why, None))
    if settled:  # a friend's first night in their flat is theirs
        why = why_not_emoji(lex.cues, tokens, cue_langs, "moving", True)
        out.append((Match("moving", settled, "told"), why, None))
    if adopted:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "pet")
        out.append((Match("pet", adopted, "told"), why, None))
    if season:  # a relative's year there is theirs ("mi hermano, primer año en Madrid")
        why = why_not_emoji(lex.cues, tokens, cue_langs, "moving", True)
        out.append((Match("moving", season, "told"), why, None))
    if rite:
        why = why_not_emoji(lex.cues, tokens, cue_langs, "baby")
        out.append((Match("baby", rite, "told"), why, None))
    if aged:  # the name turns the age: the animal's own pronouns ("he's a puppy") are no owner
        why = why_not_emoji(lex.cues, tokens, cue_langs, "pet")
        out.append((Match("pet", aged, "told"), why, None))
    if stay:  # a place and the day of a stay there: a journey
        why = why_not_emoji(lex.cues, tokens, cue_langs, "travel")
        out.append((Match("travel", stay, "told"), why, None))
    if ended:  # a last day at a place after years of it, or a delivery shift: the owner's work
        why = why_not_emoji(lex.cues, tokens, cue_langs, "work")
        if why == "others" and ended == colleague_said(text, folded):
            why = None  # a colleague's news congratulated: the owner has colleagues (Work)
        out.append((Match("work", ended, "told"), why, None))
    for term, i in find_terms(lex.signals, tokens, lex.not_places, langs=langs, where=where):
        if term.signal:
            span = (i, i + len(term.words))
            why = "language" if term.lang not in langs else None
            if false_friend(tokens[span[0] : span[1]], term.lang, langs):
                why = "language"  # French "Lecture du soir" is reading, no English lecture
            why = why or why_not(
                lex.cues,
                tokens,
                where,
                span,
                cue_langs_of(langs, term.lang),
                term.signal,
                kinds,
                stem=len(term.words[-1]),
            )
            if why == "others" and term.signal == "work" and fold(term.term) in own_work:
                why = None  # the owner's own colleague, pupil or client: the owner works there
            out.append((Match(term.signal, term.term, term.lang), why, span))
    if arrow:  # places joined by an arrow: a move, unless the caption says a journey
        travel = any(m.signal == "travel" and why is None for m, why, _ in out)
        why = "travel" if travel else why_not_emoji(lex.cues, tokens, cue_langs, "moving")
        out.append((Match("moving", arrow, "told"), why, None))
    out += place_travel(lex, text, tokens, where, kinds, langs, cue_langs, out, abroad)
    out += pets_named(lex, named, tokens, where, kinds, cue_langs, titled)
    out += together_found(lex, together, tokens, where, kinds, cue_langs)  # "pod jednym dachem"
    out += moves_found(lex, folded, tokens, langs, out)  # "On quitte Paris pour Nantes"
    out += english_found(folded, tokens, langs, out)  # "engaged to my best friend", "MSc done"
    found = _settle(_whose_others(text, out), tuple(tokens))
    found = moves_reading(folded, langs, found)  # the move of the owner's household
    found = elders_reading(text, tuple(tokens), tuple(where), langs, found)  # grandchildren
    found = child_health(tuple(tokens), tuple(where), langs, found)  # the child's illness
    found = school_reading(text, tuple(tokens), langs, found, course)  # a level, an exam
    found = degree_reading(tuple(tokens), langs, found, degree)  # a degree in hand
    found = students_reading(folded, langs, found, tuple(tokens))  # a reunion: no schooling
    found = baby_false_friends(lex, text, tokens, where, langs, found)  # "my baby" (a car)
    found = parents54_reading(text, tokens, where, langs, found)  # "Custody weekend", a licence
    found = kids_reading(text, tokens, where, langs, found)  # "Nejstarší se odstěhovala"
    found = clubs_reading(text, tuple(tokens), langs, found, folded)  # a club's trip, an advert
    found = figures_reading(text, tuple(tokens), tuple(where), langs, found, folded)  # a simile
    found = carers_reading(text, langs, found, folded)  # the owner's ward, pupils, patients
    found = care_reading(text, tuple(tokens), langs, found)  # an aid, a hospital, IVF
    found = conditions_reading(tuple(tokens), tuple(where), langs, found)  # a cause, a stranger
    found = no_job_reading(text, found, folded)  # "trabajando en el huerto": no job
    found = leisure_reading(text, tuple(tokens), langs, found, folded)  # a tasting, no drink
    found = journeys_reading(text, tuple(tokens), langs, found, folded)  # a gate, a ski day
    found = drinks_reading(found, tuple(tokens), langs, folded)  # a toast; a drink not drunk
    found = politics_reading(text, langs, found, folded)  # an election in the air, not voted
    if line:  # the platform writes it of the account's owner, whatever its words say of whose
        school = line[0] == "graduation"  # the university a degree was taken at: no schooling
        found = [(m, "graduated" if school and m.signal == "school" else w, s) for m, w, s in found]
        found.append((Match(line[0], line[1], "told"), None, None))
    found = couples_reading(text, found, folded)  # the owner's hen party: engaged
    found = english_reading(folded, found)  # "Married to my allotment", "asking when I'm engaged"
    found = kin_reading(
        folded, tuple(tokens), tuple(where), langs, found
    )  # a cousin's wedding, the grandparents' anniversary
    found = sport_reading(text, tuple(tokens), langs, found, folded)  # a camp, "my baby" the bike
    found = faith_reading(text, tuple(tokens), tuple(where), langs, found, folded)  # a blessing
    found = country_reading(text, tuple(tokens), langs, found, folded)  # a farm, a council
    found = kitchen_reading(text, tuple(tokens), langs, found, folded)  # on the pass
    found = duty_reading(text, tuple(tokens), langs, found, folded)  # "Shift done", "nöbetteyim"
    found = gigs_reading(text, tuple(tokens), langs, found, folded)  # "Soundcheck done", "#ad"
    found = away_reading(text, tuple(tokens), langs, found, folded)  # "on tour", "Opex"
    found = office_reading(text, langs, found, folded)  # a meme about bosses; on strike
    found = jobs_reading(tuple(tokens), langs, found, folded)  # "jsem přece šperkařka"
    found = trades_reading(tuple(tokens), langs, found, folded)  # "20 años de reparto"
    found = shifts_reading(tuple(tokens), langs, found, folded)  # "Último turno", "Got the job"
    found = crew_reading(tuple(tokens), langs, found, folded)  # "Meine 7b", "j'adore mon job"
    found = research_reading(tuple(tokens), langs, found, folded)  # "Vortrag lief", "veldwerk"
    found = labour_reading(tuple(tokens), langs, found, folded)  # "naast mijn baan", "çırağım"
    found = pilgrims_reading(found)  # another's pilgrimage: their journey too
    found = abroad_reading(tuple(tokens), langs, found, folded)  # a hotel at work, a place lived in
    found = household_reading(folded, tokens, langs, found)  # "neue Wohnung, erste Nacht"
    found += pet_moved(lex, tokens, where, kinds, langs, found)
    found += opening_pet(lex, folded, tokens, where, kinds, langs, found)  # "Il gatto mi sveglia"
    found += walked_pet(text, tokens, langs, found)  # "Spacer z Burkiem po lesie"
    # "Dog knows", "Our Luna is having puppies"
    found = pets_reading(text, folded, tuple(tokens), tuple(where), kinds, langs, found)
    return Reading(text, tuple(tokens), tuple(where), langs, tuple(found))


def _settle(found: list[Found], tokens: tuple[str, ...] = ()) -> list[Found]:
    """Signals that speak over others: an engagement, whoever's, takes 💍 from the wedding
    ("Verlobt 💍", "her engagement party 💍"), a pregnancy takes the baby ("our second baby on the
    way"), the owner's child named in words takes the school and the graduation ("our son's
    kindergarten graduation") but not its school day told ("Einschulung von Mia" is the owner's
    school: the label guide), a school-leaving exam still ahead is schooling ("Maturita za
    měsíc"), an emoji goes with the words of its signal (none counts and one is
    someone else's: "Proost op het bruidspaar 🥂" after the toast's "proost"), a glass beside
    someone else's wedding or engagement is their toast (not at a hen or stag party: its glass is
    the partygoers'), a place of worship
    seen as a tourist is travel, the faith words of someone else's wedding are theirs ("mariage de
    mon cousin à l'église, la messe a duré 2h"), and a word the lexicon's `context.implies` lists
    gives its second signal too (a pilgrimage is also travel)."""
    said = {m.signal for m, why, _ in found if why is None}
    child = any(
        m.signal == "baby" and m.lang not in ("emoji", "measure") and why is None
        for m, why, _ in found
    )
    words_why: dict[str, str | None] = {}
    for m, why, _ in found:
        if m.lang != "emoji" and why != "language":
            words_why[m.signal] = None if why is None else words_why.get(m.signal, why)
    engaged = {m.signal for m, why, _ in found if why in (None, "whose", "others")}
    theirs = "wedding" not in said and any(
        m.signal == "wedding" and why in ("whose", "others") for m, why, _ in found
    )
    toast = not _hen_party(tokens) and (
        theirs
        or not said & {"wedding", "engagement"}
        and any(m.signal == "engagement" and why in ("whose", "others") for m, why, _ in found)
    )
    shower = any(m.signal == "pregnancy" and why == "whose" for m, why, _ in found)
    graduated = any(m.signal == "graduation" and why is None for m, why, _ in found)
    told = {
        w for m, _, _ in found if m.lang == "told" and m.signal == "baby" for w in words_of(m.term)
    }

    def day_told(span: tuple[int, int] | None) -> bool:
        """True for words inside the owner's child's school day told ("Einschulung von Mia")."""
        return span is not None and set(tokens[span[0] : span[1]]) <= told

    day = any(m.signal == "school" and day_told(s) for m, _, s in found)
    implies = lexicon().cues.implies
    out = []
    for m, why, span in found:
        if m.signal == "school" and why in ("whose", "others") and day_told(span):
            why = None  # the owner's child, not another's ("eerste schooldag van Noor")
        if why == "due" and "pregnancy" not in said:
            out.append((Match("pregnancy", m.term, m.lang), None, span))
            said.add("pregnancy")
        if why == "planned" and "engagement" not in said:  # a wedding ahead: engaged now
            out.append((Match("engagement", m.term, m.lang), None, span))
            said.add("engagement")
        if why == "ahead" and not said & {"school", "graduation"}:  # a pupil before the exam
            out.append((Match("school", m.term, m.lang), None, span))
            said.add("school")
        if why is None and m.signal == "wedding" and m.lang == "emoji" and "engagement" in engaged:
            why = "engagement"
        elif why is None and m.signal == "alcohol" and m.lang == "emoji" and toast:
            why = "others"  # a glass raised at someone else's wedding or engagement: their toast
        elif why is None and m.signal == "religion" and theirs:
            why = "others"  # the church and the mass of a guest's wedding: their ceremony
        elif why is None and m.signal == "baby" and "pregnancy" in said:
            why = "pregnancy"
        elif why is None and m.signal == "baby" and m.lang == "emoji" and shower:
            why = "whose"  # the 🍼 of a named friend's baby shower is hers
        elif (
            why is None
            and child
            and m.signal in ("school", "graduation")
            and not (day and m.signal == "school")
        ):
            why = "child"
        elif why is None and graduated and m.signal == "school" and not _onward(tokens, span):
            why = "graduated"  # the school a degree was taken at ("finished nursing school")
        elif why is None and m.lang == "emoji" and m.signal in FOLLOWS and words_why.get(m.signal):
            why = words_why[m.signal]
        out.append((m, why, span))
        if why == "tourist":
            out.append((Match("travel", m.term, m.lang), None, span))
        elif why is None and (implied := _implied(implies, m.term)):
            out.append((Match(implied, m.term, m.lang), None, span))
    return out


def _implied(implies: dict[str, str], term: str) -> str | None:
    """The second signal `context.implies` gives a term, or None: the term itself, or a named
    child's milestone that ends with a listed phrase ("Layla's first day of kindergarten" is the
    child's schooling as "first day of kindergarten" is)."""
    folded = fold(term)
    if folded in implies:
        return implies[folded]
    return next((s for t, s in implies.items() if folded.endswith(" " + t)), None)


def _hen_party(tokens: tuple[str, ...]) -> bool:
    """True when the caption names a hen or a stag party (`context.scoped.hen`: "vrijgezellenfeest
    Kim 🍾", "evjf à Barcelone avant mon mariage 🥂"): its glass is the partygoers', the owner's
    among them, no toast raised to a couple."""
    hen = _hen_table()
    return hen is not None and cue_anywhere(hen, list(tokens), frozenset(LANGUAGES))


@lru_cache(maxsize=1)
def _hen_table():
    """The hen and stag party words (`context.scoped.hen`'s table), looked up once; None when
    the lexicon has no such class."""
    return next((sc.table for sc in lexicon().cues.scoped if sc.name == "hen"), None)


def _onward(tokens: tuple[str, ...], span: tuple[int, int] | None) -> bool:
    """True when a school word follows a word of going on to it ("bac en poche, direction la fac",
    "Abi bestanden, ab an die Uni"): the next school, not the one graduated from."""
    return span is not None and bool(ONWARD & set(tokens[max(0, span[0] - 3) : span[0]]))


def _whose_others(text: str, found: list[Found]) -> list[Found]:
    """Life events whose caption gives them to others (`caption_whose`): "whose"."""
    return [
        (m, "whose" if why is None and caption_whose(text, m.signal) == "others" else why, span)
        for m, why, span in found
    ]


def rule_signals(text: str | None) -> set[str]:
    """The signals the rules alone give a caption, before `caption_knn` judges them."""
    reading = caption_reading(text)
    return {m.signal for m, why, _ in reading.found if why is None} if reading else set()


def caption_signals(text: str | None) -> set[str]:
    """The signals a caption gives: {'wedding'} for 'Mr & Mrs van den Berg 💍'."""
    return {m.signal for m in caption_matches(text)}


def signals_table(photos: pd.DataFrame, column: str = "caption") -> pd.DataFrame:
    """Columns photo_id, signal, term, lang: one row per distinct signal term that counts in each
    caption, and per life event given to others ("Tom & Anna's wedding"): the event kinds find
    the day by it and judge whose it is themselves (`caption_whose`)."""
    # the sentence encoder over the distinct captions, in batches, each as far as the rules read
    prime(as_read(t) for t in photos[column])
    rows = [
        (pid, m.signal, m.term, m.lang)
        for pid, text in zip(photos["photo_id"], photos[column])
        for m in dict.fromkeys(m for m, why in read_caption(text) if why in (None, "whose"))
    ]
    return pd.DataFrame(rows, columns=["photo_id", "signal", "term", "lang"])


def _whose_of(lex: Lexicon, tokens: list[str], signal: str) -> str | None:
    sides = {t.side for t, _ in find_terms(lex.whose[signal], tokens, lex.not_names)}
    return "others" if "others" in sides else "owner" if "owner" in sides else None


@lru_cache(maxsize=65536)  # a rule re-runs on the same captions (remove-to-hide)
def caption_whose(text: str | None, signal: str) -> str | None:
    """Whose `signal` event (wedding, engagement, baby, graduation) a caption speaks of: "owner"
    ("Our wedding day 💍"), "others" ("Tom & Anna's wedding 💍", also when the owner's words are
    there too) or None (no words say whose, or not a signal the lexicon's `whose` covers)."""
    lex = lexicon()
    if not isinstance(text, str) or not text or signal not in lex.whose:
        return None
    return _whose_of(lex, caption_tokens(as_read(text), lex)[0], signal)


def lexicon_sizes() -> dict[str, int]:
    """Number of signal terms per language (and of emoji), for the report and the README."""
    return dict(lexicon().sizes)
