"""caption_school: schooling and moves a caption tells without the lexicon's words alone.

- A language's level beside the language's name ("Passed my Deutsch B1 exam", "Aprobé el B2 de
  neerlandés", "Almanca B1 sınavını geçtim") or a language school or exam named by itself
  ("IELTS 7.5!!", "Rentrée au Goethe-Institut") is a course or an exam the owner takes: `school`.
- A move out of or back to the parents' home ("moving back in with my parents", "vuelta a casa de
  mis padres") is the owner's: the parents it names are no one else's move.
- A year in a place after a word that dates it ("Svatba za rok v Česku", "hace un año en Roma")
  is a date, no stay: no move.

- A school word in the sentence that tells where a couple or friends met ("Si sono conosciuti al
  liceo", "kampüste tanıştık", "Uni reunion, 10 years since we met in halls") is schooling long
  past, and one beside a driving test or lessons or a dress fitting ("Ostatnia lekcja jazdy,
  jutro egzamin", "Zkouška šatů č. 3"), a vote ("sabah altıda okuldaydım", at the ballot box)
  or a degree's level ("Bac+5 enfin en poche") is none: `work46.met`, `driving`, `polling`,
  `degree`.
- A relative's school story is theirs throughout: where a graduation word is someone else's
  ("Kardeşimin mezuniyeti"), so is every school word ("sınavlardan önce ağladı").

Stop 48 (`school48`):

- The owner back to study in the first person ("Voltei à faculdade aos 40",
  "Zapisałam się na studia podyplomowe") is theirs whatever children the caption names; the
  owner's young child counted in words makes its nursery or school the owner's ("Dropped the
  twins at nursery").
- A school long past (the old building, the school of one's childhood, a reunion of former
  pupils: "A escola primária onde andei fechou") is no schooling now.
- A school in the owner's teaching life (a retirement, "36 anos a ensinar") is the workplace,
  and a school or nursery where the owner's politics counts is a cause or the polling station
  ("In piazza per la scuola pubblica"): no schooling.

Stop 54 (`field54`):

- A language course the lexicon gives to a relative ("Ma mère s'est inscrite à un cours
  d'espagnol") is theirs as a course told: no schooling of the owner's.

Stop 55 (`school55`, the label guide's ruling on a child's schooling):

- A young child's first day at a school or a nursery ("Primer día de cole para Pablo", "Eerste
  schooldag van onze Lieke", "Primo giorno di scuola per i gemelli") or the school run
  ("Recogiendo a los peques del cole", "Vyzvedla jsem děti ze školky") names the owner's child
  as "my son" would: the school words it gave the child or others are the owner's schooling; not
  where a grandchild, a sibling or the neighbours' children are named ("Mi nieta en su primer
  día de cole").

Stop 55 (`leftovers55`, the `exams55` section):

- A language exam or level told passed or its certificate in hand ("DELF B2 obtenu", "C1 de
  inglés aprobado", "Zkouška FCE složená") is the course's end: `graduation` beside `school`,
  but not a step of an integration or a citizenship ("Inburgeringsexamen gehaald").
- A degree told by its name, done or in hand ("Bac+5 en poche", "Mgr. v kapse", "Bul op zak",
  "Máster terminado") is `graduation` (`degree_said`), a relative's theirs.

The patterns are the `school43`, `school47`, `school48`, `school55`, `exams55` and `work46` sections
of `captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .caption_carers import carers_said
from .caption_lexicon import (
    Match,
    fold,
    lexicon,
    lexicon_section,
    section_patterns,
    section_patterns_by_lang,
    section_search,
    words_of,
)
from .caption_students import trade_said
from .caption_words import Found, given
from .context import ME_TR, cue_anywhere, why_not_emoji


@lru_cache(maxsize=4)
def _tables(section: str = "school43") -> dict[str, re.Pattern]:
    """Per table of `captions.yaml`'s `section` (`school43`, `school47`, `school48` or
    `school55`), one pattern (its languages joined)."""
    return section_patterns(section)


def school_said(text: str, folded: str | None = None) -> str | None:
    """The words that tell a language course or exam taken ("b1" for "Passed my Deutsch B1 exam":
    a level beside a language's name; "ielts": an exam named by itself), a class of a language
    ("clases de arabe"), a university begun ("imatrikulace"), a child's school year
    (`grade_said`) or a trade's training or its paper (`trade_said`: "Meisterbrief", "výuční
    list"), or None (`folded`: the caption folded, when the caller has it)."""
    folded = fold(text) if folded is None else folded
    said = _exam_said(folded)
    if said:
        return said
    said = _said_class(folded)
    if said:
        return said
    enrolled = _tables("school47")["enrolled"].search(folded)
    if enrolled:
        return enrolled.group(0).strip()
    return grade_said(folded) or trade_said(folded)


def _exam_said(folded: str) -> str | None:
    """The words of a language exam named by itself (`school43.exam`, `exams55.exam`: "ielts",
    "fce") or of a language's level beside the language's name ("b1"), as folded, or None."""
    tables = _tables()
    exam = tables["exam"].search(folded) or _tables("exams55")["exam"].search(folded)
    if exam:
        return exam.group(0)
    level = tables["level"].search(folded)
    if level and tables["language"].search(folded):
        return level.group(0).strip()
    return None


def _said_class(folded: str) -> str | None:
    """The words of a class of a language (`_language_class`: "clases de arabe"), or None."""
    said = _language_class().search(folded)
    return said.group(0).strip() if said else None


@lru_cache(maxsize=1)
def _language_class() -> re.Pattern:
    """A class word (`school47.class`) then, one word between at most, a language's name
    (`school43.language`, `school47.tongue`), or the name then a class word (`class`,
    `class_after`, right after it): "evening urdu classes", "clases de arabe", "arabische les"."""
    raw = {t: lexicon_section(s)[t]["any"] for s, t in _CLASS_TABLES}
    tongue = "|".join(raw["language"] + raw["tongue"])
    before = "|".join(raw["class"])
    after = "|".join(raw["class_after"])
    return re.compile(
        rf"(?:{before})(?: d'| (?:de|di|of|in|z|van|en|do|na|v) | )(?:\w+ )?(?:{tongue})"
        rf"|(?:{tongue}) (?:(?:\w+ )?(?:{before})|(?:{after}))"
    )


_CLASS_TABLES = (
    ("school43", "language"),
    ("school47", "tongue"),
    ("school47", "class"),
    ("school47", "class_after"),
)


def grade_said(folded: str) -> str | None:
    """The words of a child's school year begun or named by its grade, or of its school report
    (`school47.grade`: "sel do prvni tridy", "rentree de lou en cp", "naar groep 1", "la
    pagella"), as folded, or None."""
    grade = _tables("school47")["grade"].search(folded)
    return grade.group(0).strip() if grade else None


def _parents_home(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with a move out of or back to the parents' home ("moving back in with my parents",
    "vuelta a casa de mis padres") the owner's: the parents its own words name are no one else's
    move, so it is judged on the caption's other words."""
    parents = _tables()["parents"]
    out = []
    for m, why, span in found:
        if m.signal == "moving" and why == "others" and span and parents.search(fold(m.term)):
            rest = list(tokens[: span[0]] + tokens[span[1] :])
            why = why_not_emoji(lexicon().cues, rest, langs | {"en"}, "moving", True)
        out.append((m, why, span))
    return out


def _year_ahead(tokens: tuple[str, ...], found: list[Found]) -> list[Found]:
    """`found` with a year in a place that is a date, not a stay, no move: a year ahead or ago
    ("Svatba za rok v Česku", "Ślub za rok w Polsce", "Nos prometimos hace un año en Roma")."""
    return [
        (
            m,
            "ahead" if m.signal == "moving" and why is None and _dated(m, tokens, s) else why,
            s,
        )
        for m, why, s in found
    ]


def _dated(m: Match, tokens: tuple[str, ...], span: tuple[int, int] | None) -> bool:
    """True when `m` is a year or months in a place (`school43.year_in`) after a word that makes
    it a date (`school43.year_when`: "za", "hace")."""
    tables = _tables()
    if span is None or span[0] == 0 or not tables["year_in"].search(fold(m.term)):
        return False
    return bool(tables["year_when"].fullmatch(tokens[span[0] - 1]))


def _graduation_not_yet(text: str, found: list[Found]) -> list[Found]:
    """`found` with a graduation that is everyone else's while the owner still studies, or one
    still ahead ("el día que me gradúe", `school43.everyone`, `still`, `graduate_ahead`), given to
    others or to the future, and the owner's schooling told instead."""
    tables, folded = _tables(), fold(text)
    ahead = tables["graduate_ahead"].search(folded)
    others = tables["everyone"].search(folded) and tables["still"].search(folded)
    if not (ahead or others):
        return found
    why = "ahead" if ahead else "others"
    out = given(found, "graduation", why)
    if not any(m.signal == "school" and w is None for m, w, _ in out):
        out.append((Match("school", (ahead or others).group(0), "told"), None, None))
    return out


STEM = 4  # letters a school word and a word of its sentence share: "kampus", "kampuste"


def _no_schooling(text: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with each school word the rules kept given "past" where its sentence tells where a
    couple or friends met (`work46.met`), "figurative" where it names a driving test or lessons
    or a dress fitting (`work46.driving`), "setting" where it tells a vote (`work46.polling`, in
    the caption's languages and English: the school is the polling station; not a student
    body's vote, `work46.student_vote`) and "graduated"
    where it gives a degree's level ("Bac+5", `work46.degree`); "past" too where the sentence
    tells the owner's schooling long past ("In der Schule war ich immer der Letzte", "my school
    PE teacher", `school47.past`) and "setting" where it gathers signatures for a school
    (`school47.petition`): a word of the sentence starts with the school word's first `STEM`
    letters."""
    tables = section_patterns_by_lang("work46")
    cues = {
        "past": tables["met"].values(),
        "figurative": tables["driving"].values(),
        "setting": [p for la, p in tables["polling"].items() if la in langs | {"en"}],
        "graduated": tables["degree"].values(),
    }
    more = section_patterns_by_lang("school47")  # schooling long past, a petition for a school
    cues["past"] = [*cues["past"], *more["past"].values()]
    cues["setting"] = [*cues["setting"], *more["petition"].values()]
    student = tables["student_vote"]["any"]
    said: list[tuple[str, list[str]]] = []
    for sentence in re.split(r"[.!?\n]+", fold(text)):
        for why, patterns in cues.items():
            if why == "setting" and student.search(sentence):
                continue  # the student union's vote: schooling
            if any(p.search(sentence) for p in patterns):
                said.append((why, words_of(sentence)))
    if not said:
        return found

    def reason(m: Match, why: str | None) -> str | None:
        last = words_of(m.term)[-1:]
        if m.signal != "school" or why is not None or not last:
            return why
        stem = last[0][:STEM]
        hits = [w for w, words in said if any(x.startswith(stem) for x in words)]
        return hits[0] if hits else None

    return [(m, reason(m, why), s) for m, why, s in found]


def _me_tr(folded: str, langs: frozenset[str]) -> bool:
    """Whether a Turkish caption has a verb or a noun in the first person (`context.ME_TR`:
    "geçtim", "sınavım"), the owner speaking of themself."""
    return "tr" in langs and any(ME_TR.search(w) for w in words_of(folded))


def _theirs_too(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with every school word the rules kept given "others" where a graduation word of the
    caption (no told reading) is someone else's ("Mio nipote si è laureato … cinque anni di
    esami", "Kardeşimin mezuniyeti … sınavlardan önce ağladı"): the rest of the story is theirs
    too (a school word as the trigger measured 102 better, 10 worse and a held-out language
    lost); not where the owner's child is named (theirs is the owner's), the owner
    speaks as "I" (`work46.me`: "et moi je redouble"; a Turkish verb in the first person,
    `_me_tr`) or everyone else graduates while the owner still studies (`school43.everyone`,
    `still`)."""
    tables = _tables()
    if tables["everyone"].search(folded) and tables["still"].search(folded):
        return found
    if section_search("work46", "me", folded) or _me_tr(folded, langs):
        return found
    if any(m.signal == "baby" and m.lang != "emoji" and why is None for m, why, _ in found):
        return found
    theirs = any(
        m.signal == "graduation" and m.lang not in ("emoji", "told") and why == "others"
        for m, why, _ in found
    )
    if not theirs:
        return found
    return given(found, "school", "others")


def _own_child(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with each school word the rules gave "others" the owner's where the caption names
    the owner's own child (`school47.own_child`: "Primeiro dia de escola do meu filho", "Mon
    fils rentre en sixième"), and each they gave "child" (the owner's child counted in words:
    "Dropped the twins at nursery", "Mi peque empieza el cole"), where no other child, sibling,
    friend or class taught is named (`school47.others`): the owner's child's schooling is the
    owner's (the label guide); a first day at school or the school run (`_first_day`,
    `_school_run`) names the owner's child as "my son" does, unless a grandchild, a sibling or
    the neighbours' children are named (`school55.not_mine`); only a young child's (the word's
    last word a school, a nursery, a grade, homework or a first day, `young` and
    `school55.young`: not an exam, a university or the bac) and not where a graduation word is
    found (the child's kindergarten or high school graduation)."""
    if not any(m.signal == "school" and why in ("others", "child") for m, why, _ in found):
        return found
    tables = _tables("school47")
    if any(m.signal == "graduation" for m, _, _ in found) or tables["others"].search(folded):
        return found
    if tables["petition"].search(folded):  # the school of the child a cause: no schooling
        return found
    mine = section_patterns_by_lang("school47")["own_child"]
    named = any(p.search(folded) for la, p in mine.items() if la in langs | {"en"})
    run = _first_day(folded, langs) or _school_run(folded, langs)  # "para Pablo", "los peques"
    named = named or (run and not section_search("school55", "not_mine", folded, langs))
    whys = ("others",) if carers_said(folded, langs) else ("others", "child")  # a class taught
    whys = whys if named else tuple(w for w in whys if w == "child")
    young, younger = tables["young"], _tables("school55")["young"]

    def reason(m: Match, why: str | None) -> str | None:
        last = words_of(fold(m.term))[-1:]
        small = last and (young.fullmatch(last[0]) or younger.fullmatch(last[0]))
        child = m.signal == "school" and why in whys and small
        return None if child else why

    return [(m, reason(m, why), s) for m, why, s in found]


def _first_day(folded: str, langs: frozenset[str]) -> bool:
    """Whether the caption tells a young child's first day at a school, a nursery or a class
    (`school55.first_day`: "Primer día de cole para Pablo", "Eerste schooldag van onze Lieke",
    "Primo giorno di scuola per i gemelli", "Rentrée des classes pour Louise"): the child it
    names or the children it counts are the owner's, as "my son" would say (`_own_child`)."""
    return bool(section_search("school55", "first_day", folded, langs))


def _school_run(folded: str, langs: frozenset[str]) -> bool:
    """Whether the caption tells the children taken to or fetched from a school or a nursery
    (`school55.school_run`: "Kinder von der Kita abgeholt", "Recogiendo a los peques del cole",
    "Vyzvedla jsem děti ze školky"): the school run is the parent's, the children the owner's
    (`_own_child`)."""
    return bool(section_search("school55", "school_run", folded, langs))


def _study_again(
    folded: str, tokens: tuple[str, ...], langs: frozenset[str], found: list[Found]
) -> list[Found]:
    """`found` with the owner's own study told in the first person (`school48.study`: "Voltei à
    faculdade aos 40", "Ricomincio a studiare a 45 anni", "Zapisałam się na studia
    podyplomowe", "Back to college at 45") the owner's schooling: each school word the rules
    gave the owner's children or others named beside it ("os colegas têm idade para ser meus
    filhos", "Trois enfants") counts, and the words themselves where none is found; not where a
    graduation counts (a degree's story, its school words `graduated`) nor in a wish or a plan
    ("A lo mejor algún día vuelvo a estudiar")."""
    study = section_search("school48", "study", folded, langs)
    if not study or any(m.signal == "graduation" and why is None for m, why, _ in found):
        return found
    mood = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "school", True)
    if mood not in (None, "others"):  # a relative named beside it is no other's study
        return found
    out = [
        (m, None if m.signal == "school" and why in ("child", "others") else why, s)
        for m, why, s in found
    ]
    if any(m.signal == "school" and why is None for m, why, _ in out):
        return out
    return out + [(Match("school", study.group(0).strip(), "told"), None, None)]


def _teaching(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with each school word the rules kept given "work" where the caption tells the
    owner's teaching life (`school48.teacher`: a retirement, "36 anos a ensinar", "učím
    češtinu", the role: "Ser professora primária"): the school is the owner's workplace; not
    where the owner's own child is named (`school47.own_child`: "ma fille rentre au collège où
    j'enseigne" is the child's schooling) or the owner studies (`study`)."""
    if not _tables("school48")["teacher"].search(folded):
        return found
    mine = section_patterns_by_lang("school47")["own_child"]
    if any(p.search(folded) for la, p in mine.items() if la in langs | {"en"}):
        return found
    if section_search("school48", "study", folded, langs):
        return found
    return given(found, "school", "work")


def _long_past(folded: str, found: list[Found]) -> list[Found]:
    """`found` with each school word the rules kept given "past" where the caption tells
    schooling long past (`school48.long_past`: the old school building, the school of one's
    childhood, former pupils met again: "La vecchia scuola elementare dove ho imparato a
    scrivere", "Sraz gymplu po 20 letech"), not where the owner studies now (`study`)."""
    if not _tables("school48")["long_past"].search(folded):
        return found
    if section_search("school48", "study", folded):
        return found
    return given(found, "school", "past")


def _redo(tokens: tuple[str, ...], found: list[Found]) -> list[Found]:
    """`found` with Italian "da rifare" (an exam to retake) given "figurative" where a thing of a
    house stands before it (`school48.redo_thing`: "Tetto da rifare", "il bagno da rifare"): the
    house's work, no schooling."""
    things = section_patterns_by_lang("school48")["redo_thing"]["it"]

    def reason(m: Match, why: str | None, span: tuple[int, int] | None) -> str | None:
        if m.signal != "school" or why is not None or span is None or span[0] == 0:
            return why
        before = " ".join(tokens[max(0, span[0] - 2) : span[0]])
        redo = fold(m.term) == "da rifare" and things.search(fold(before))
        return "figurative" if redo else why

    return [(m, reason(m, why, s), s) for m, why, s in found]


def _cause(folded: str, found: list[Found]) -> list[Found]:
    """`found` with each school or nursery word (its last word `school47.young`) given "setting"
    where the owner's politics counts: the school a cause, a campaign's promise or the polling
    station ("In piazza per la scuola pubblica", "Kandiduji ... jde hlavně o školku", "votando en
    mi escuelita de siempre"); not a student body's vote (`work46.student_vote`: the owner's own
    schooling)."""
    if not any(m.signal == "politics" and why is None for m, why, _ in found):
        return found
    if section_search("work46", "student_vote", folded):
        return found
    young = _tables("school47")["young"]

    def reason(m: Match, why: str | None) -> str | None:
        last = words_of(fold(m.term))[-1:]
        place = m.signal == "school" and why is None and last and young.fullmatch(last[0])
        return "setting" if place else why

    return [(m, reason(m, why), s) for m, why, s in found]


def _relative_first(
    words: str, langs: frozenset[str], found: list[Found], folded: str
) -> str | None:
    """The reason "others" where the lexicon read a language class (`words`) as another's
    and a relative is named before it in the class's sentence, its subject ("Ma mère s'est
    inscrite à un cours d'espagnol", "Mijn vader volgt een cursus Italiaans"), not the owner's
    child (`school47.own_child`: a child's class is the owner's schooling) nor a relative the
    class is with or for, named after it ("Cours d'arabe pour parler avec mes grands-parents");
    else None."""
    if section_search("school47", "own_child", folded, langs):
        return None
    if not any(m.signal == "school" and why == "others" for m, why, _ in found):
        return None
    head = folded[: max(folded.find(words), 0)]
    before = words_of(re.split(r"[.!?]\s", head)[-1])  # its sentence's words before the class
    return "others" if cue_anywhere(lexicon().cues.relatives, before, langs | {"en"}) else None


def school_reading(
    text: str,
    tokens: tuple[str, ...],
    langs: frozenset[str],
    found: list[Found],
    words: str | None,
) -> list[Found]:
    """`found` with the language course or exam `words` (`school_said` of the caption, read once
    by the caller) judged as an event's emoji would be (a relative's course is theirs), unless a
    school word already counts, with a move to or from the parents' home the owner's
    (`_parents_home`), school words where the couple met or of a driving test none
    (`_no_schooling`), and a relative's school story theirs throughout (`_theirs_too`); a
    child's school year (`grade_said`) and a class of a language are the owner's unless another's
    child, a sibling, a friend or a class taught (`school47.others`) is named, or a parent the
    class is for (`school47.for_elder`), or a class of the whole caption reaches it (a course
    advertised to share: `share_course`), and a school report beside a graduation is none; the
    school words of the owner's own child the owner's (`_own_child`); the owner's study told in
    the first person schooling (`_study_again`), a school long past, of the owner's teaching life
    or of their politics none (`_long_past`, `_teaching`, `_cause`), nor a roof "da rifare"
    (`_redo`); a class of a language is another's where the lexicon read it so with a relative
    named before it (`_relative_first`: "Mi padre apuntándose a clases de inglés")."""
    folded = fold(text)
    found = _year_ahead(tokens, _parents_home(tokens, langs, found))
    found = _theirs_too(folded, langs, _no_schooling(text, langs, found))
    found = _own_child(folded, langs, found)
    if any(m.signal == "graduation" and why is None for m, why, _ in found):
        found = _graduation_not_yet(text, found)
    found = _study_again(folded, tokens, langs, found)
    found = _cause(folded, _teaching(folded, langs, _long_past(folded, found)))
    found = _redo(tokens, found)
    if not words:
        return found
    if any(m.signal == "school" and why is None for m, why, _ in found):
        return found + _certified(folded, langs, words, None, found)
    tables = _tables("school47")
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "school", True)
    others = tables["others"].search(folded)
    if grade_said(folded) == words:  # the owner's child's school year: not another's child
        graduated = any(m.signal == "graduation" and w is None for m, w, _ in found)
        why = "others" if others else "graduated" if graduated else None  # "maturita za mnou"
    elif _said_class(folded) == words:  # a grandmother to talk with makes no class of hers
        why = "others" if others or tables["for_elder"].search(folded) else None
        # but a class of the whole caption counts: a course advertised to share (school54)
        why = why or why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "school")
        why = why or _relative_first(words, langs, found, folded)  # "Mi padre ... clases de"
    elif why is None and others:
        why = "others"  # "Komşunun oğlu üniversiteyi kazandı"
    found = found + [(Match("school", words, "told"), why, None)]
    return found + _certified(folded, langs, words, why, found)


def _certified(
    folded: str, langs: frozenset[str], words: str, why: str | None, found: list[Found]
) -> list[Found]:
    """A graduation (leftovers55) where the language exam or level `words` is told passed or its
    certificate in hand (`exams55.passed`, not right after a negation: "DELF B2 obtenu", "C1 de
    inglés aprobado", "YDS'den 92"), judged as its school reading (`why`); none where a
    graduation already counts, for words of no exam (`_exam_said`: a class of a language, a
    child's school year, an enrolment, a trade's paper), or where the exam is a step of an
    integration or a citizenship (`exams55.step`)."""
    if _exam_said(folded) != words:  # a class, an enrolment, a school year: no exam
        return []
    if any(m.signal == "graduation" for m, _, _ in found):
        return []
    if _tables("exams55")["step"].search(folded):  # "Inburgeringsexamen gehaald"
        return []
    passed = section_search("exams55", "passed", folded, langs)
    if not passed or _tables("exams55")["not_passed"].search(folded[: passed.start()]):
        return []
    return [(Match("graduation", passed.group(0).strip(), "told"), why, None)]


def degree_said(folded: str) -> str | None:
    """The words of a degree told by its name with the word that has it done or in hand in the
    same clause (leftovers55, `exams55.degree` and `done`: "bac+5 enfin en poche", "mgr. v
    kapse", "bul op zak", "master ... afgerond"; a title's dot is no clause's end, and a degree
    not done yet is none), as folded, or None."""
    tables = _tables("exams55")
    for clause in re.split(r"[.!?;\n]+", re.sub(r"\b(mgr|ing|bc)\.", r"\1", folded)):
        degree, done = tables["degree"].search(clause), tables["done"].search(clause)
        if not (degree and done) or tables["not_passed"].search(clause[: done.start()]):
            continue  # "Bachelor thesis due, not done yet"
        if abs(done.start() - degree.start()) <= 60:
            return clause[min(degree.start(), done.start()) : max(degree.end(), done.end())]
    return None


def degree_reading(
    tokens: tuple[str, ...], langs: frozenset[str], found: list[Found], words: str | None
) -> list[Found]:
    """`found` with a graduation for the degree in hand `words` (`degree_said` of the caption),
    judged as an event's emoji would be (a relative's degree is theirs: "Onze zoon heeft zijn
    diploma op zak"), unless a graduation already counts."""
    if not words or any(m.signal == "graduation" and why is None for m, why, _ in found):
        return found
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "graduation", True)
    return found + [(Match("graduation", words, "told"), why, None)]
