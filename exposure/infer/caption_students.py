"""caption_students: a student's schooling told by the life it took, and what is no schooling.

Stop 49 (`students49`):

- Former classmates met again ("Retrouvailles du lycée Jean-Moulin, promo 2004", "Rimpatriata
  della 5ªC ... i gradini del liceo", "Repas des 10 ans du bac de ma promo", "Klassentreffen"):
  the school words are schooling long past.
- A university for older people named ("Universidad de Mayores", "Uniwersytet Trzeciego Wieku")
  beside the owner's own diploma: the course the diploma ends is their schooling too (the label
  guide's courses).

Stop 50 (`school50`, the label guide's ruling on student life):

- A school-leaving exam named beside the owner's graduation ("Abi bestanden!!!", "Matura zdana",
  "j'ai eu mon bac", "Maturità finita 🎓", "Terminé el bachillerato") is their schooling too (not
  years counted since it: "20 let od maturity"), and the exam passed in so many words ("Aprobé la
  EBAU", "selectividad aprobada") their graduation too.

Stop 51 (`degrees51`, the label guide's ruling on degrees and a child's studies):

- The owner's degree finished told with the studies behind it (the years of it, the thesis, the
  university: "Cinco años de carrera y aquí estamos", "Tez savundum, yüksek lisans tamam",
  "Promoce v Karolinu") is their schooling too; a bare "graduated!" or a diploma in hand stays
  graduation alone.
- The owner's own child's exams at school ("Ma fille a eu son bac", "my daughter's GCSE results
  day", "Mijn dochter doet eindexamen") are the owner's schooling: a child's schooling counts
  until the child leaves school; a grown child's university or degree stays theirs.

Stop 52 (`training52`, the label guide's ruling on job training):

- Training for the owner's own trade (an apprenticeship, a trade's school or course, a
  professional exam: "Azubi im Autohaus", "Primo anno di apprendistato", "Formation d'aide-
  soignante", "Oposiciones aprobadas") is their work and schooling both, and the trade's paper in
  hand ("Meisterbrief in der Hand", "CAP pâtisserie obtenu", "Výuční list v kapse", "Título de
  Técnico en Peluquería", "MBO-diploma kok gehaald") their graduation too; not where the owner
  trains or employs apprentices ("Mein Azubi hat die Gesellenprüfung bestanden") or a relative's
  or a friend's training is told.

Stop 54 (`school54` and `field54`, the label guide's rulings on degrees, student life and work):

- A degree or a licence recognised in another country ("Diplôme d'infirmière reconnu en
  Belgique", "Nostrifikace diplomu hotová", "Homologación del título", "Anerkennung meines
  Ingenieurdiploms", "Denklik çıktı") is the owner's graduation (a degree held), and the years of
  paperwork or waiting counted beside it are no studies behind it.
- A thing "in progress" ("convalescence en cours", "Déménagement en cours", "lavori in corso") is
  no class, and students named as one kind in a crowd ("Éramos milhares: estudantes, reformados,
  imigrantes") are no schooling of the owner's.
- An academic's teaching told by its acts (a lecture given, exams marked, "dando aula",
  "prowadzę zajęcia", "my students", "moji doktorandi", a student's defence they examine, a post
  at a university) makes the university their workplace, as a teacher's school is: no
  schooling.

The patterns are the `students49`, `school50`, `degrees51`, `training52`, `school54` and `field54`
sections of `captions.yaml`, read on the folded caption.
"""

from __future__ import annotations

import re

from .caption_lexicon import Match, fold, lexicon, section_patterns_by_lang, section_search
from .caption_words import Found, given
from .context import why_not_emoji


def students_reading(
    folded: str, langs: frozenset[str], found: list[Found], tokens: tuple[str, ...] = ()
) -> list[Found]:
    """`found` with a course for older people the owner's schooling (`_third_age`), a
    school-leaving exam passed schooling and graduation both (`_leaving`), a degree recognised
    abroad the owner's graduation (`_recognised`, judged on `tokens`), a thing in progress or
    students in a crowd no schooling (`_no_class`), and each school word the rules kept given
    "work" where the owner teaches (`_teaching_acts`) or "past" where the caption tells a reunion
    of former
    classmates (`students49.reunion`, in the caption's languages and English: "Rimpatriata
    della 5ªC", "Reencontro da turma do secundário"): schooling long past."""
    found = _leaving(folded, langs, _third_age(folded, langs, found))
    found = _recognised(folded, langs, tokens, _no_class(folded, langs, found))
    found = _child_exams(folded, langs, _studies_behind(folded, langs, found))
    found = _course_paper(folded, langs, _trade(folded, langs, found))
    found = _teaching_acts(folded, langs, found)
    if not section_search("students49", "reunion", folded, langs):
        return found
    return given(found, "school", "past")


def _teaching_acts(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with each school word the rules kept given "work" where the caption tells the
    owner's university teaching by its acts (`field54.teaching`: "in meiner Vorlesung", "je
    corrige les partiels", "dando aula", "prowadzę zajęcia", "moji doktorandi", a post at a
    university): the university is the owner's workplace, as a teacher's school is
    (`caption_school._teaching`); not where the owner studies too (`school48.study`)."""
    if not section_search("field54", "teaching", folded, langs):
        return found
    if section_search("school48", "study", folded, langs):
        return found
    return given(found, "school", "work")


def _third_age(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's schooling told where their own graduation counts and the caption
    names a university for older people (`students49.third_age`: "Graduada en la Universidad de
    Mayores", "Dyplom Uniwersytetu Trzeciego Wieku odebrany"): each school word the degree took
    (`graduated`) counts, and the university's name itself where none does."""
    graduated = any(m.signal == "graduation" and why is None for m, why, _ in found)
    course = section_search("students49", "third_age", folded, langs) if graduated else None
    if not course:
        return found
    out = [
        (m, None if m.signal == "school" and why == "graduated" else why, s) for m, why, s in found
    ]
    if any(m.signal == "school" and why is None for m, why, _ in out):
        return out
    return out + [(Match("school", course.group(0), "told"), None, None)]


def _leaving(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's school-leaving exam both schooling and graduation (the label
    guide's ruling on student life): where the owner's graduation counts and the caption names the
    exam (`school50.leaving`: "Abi bestanden", "Matura zdana", "Maturità finita"), schooling is
    told by the exam's name, unless years are counted since it (`since`: "20 let od maturity",
    schooling long past); where the owner's schooling counts and the caption tells the exam
    passed (`school50.passed`: "Aprobé la EBAU"), graduation is told by those words."""
    said = {m.signal for m, why, _ in found if why is None}
    if "school" in said and "graduation" in said:
        return found
    if "graduation" in said:
        exam = section_search("school50", "leaving", folded, langs)
        exam = None if section_search("school50", "since", folded, langs) else exam
        return found + [(Match("school", exam.group(0), "told"), None, None)] if exam else found
    passed = section_search("school50", "passed", folded, langs) if "school" in said else None
    return found + [(Match("graduation", passed.group(0), "told"), None, None)] if passed else found


def _studies_behind(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's degree told with the studies behind it their schooling too (the
    label guide's ruling on degrees): where the owner's graduation counts and the caption tells
    the years of study, the thesis, the university or the exams (`degrees51.behind`: "Cinco años
    de carrera", "scriptie verdedigd", "Promoce v Karolinu"), each school word the degree took
    (`graduated`, `done`) counts, and the words themselves where none does; not where years are
    counted since it or a reunion is told (`since`: "10 years ago today", "10 lat od matury"), nor
    where a relative's, a friend's or a colleague's degree is told before the studies (`theirs`:
    "Bráchova promoce na Karolinu", "Mi prima ya es doctora!! Tesis defendida"), their studies."""
    if not any(m.signal == "graduation" and why is None for m, why, _ in found):
        return found
    if section_search("school54", "recognised", folded, langs):  # a degree recognised abroad:
        folded = section_patterns_by_lang("school54")["years"]["any"].sub(" ", folded)
        # the years of paperwork or waiting are no studies behind it; its study words are
    behind = section_search("degrees51", "behind", folded, langs)
    if not behind or section_search("degrees51", "since", folded):
        return found
    theirs = section_search("degrees51", "theirs", folded, langs)
    if theirs and theirs.start() < behind.start():  # a relative thanked after it is no subject
        return found
    return _school_counts(found, ("graduated", "done"), behind.group(0))


def _child_exams(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's own child's exams at school the owner's schooling (the label
    guide's ruling on a child's studies): where the caption names the owner's own child
    (`school47.own_child`) and the child's exam (`degrees51.child_exam`: "Ma fille a eu son bac",
    "Unser Sohn hat sein Abi", "my daughter's GCSE results day"), each school word the rules gave
    the child or others counts, and the exam's words where none does; not a grown child's
    university, degree or course (`grown`), nor another's child, a sibling or a friend named
    (`school47.others`)."""
    if any(m.signal == "school" and why is None for m, why, _ in found):
        return found
    mine = section_patterns_by_lang("school47")["own_child"]
    if not any(p.search(folded) for la, p in mine.items() if la in langs | {"en"}):
        return found
    exam = section_search("degrees51", "child_exam", folded, langs)
    if not exam or section_search("degrees51", "grown", folded):
        return found
    if section_search("school47", "others", folded):
        return found
    return _school_counts(found, ("others", "child"), exam.group(0))


def trade_said(folded: str) -> str | None:
    """The words of the owner's training for a trade or its paper in the folded caption, in any
    language (`training52.trade`: "ausbildung", "meisterbrief", "vyucni list", "titulo de
    tecnico"), or None where there is none, the owner trains or employs apprentices (`boss`: "mein
    Azubi") or, before the words or in their sentence, another's training, a career's start long
    ago, a plan, a question or teaching there is told (`_not_own`)."""
    said = section_search("training52", "trade", folded) or section_search(
        "grads53", "ticket", folded
    )
    if not said or section_search("training52", "boss", folded):
        return None
    return None if _not_own(folded, said.start()) else said.group(0).strip()


def _not_own(folded: str, at: int) -> bool:
    """Whether the caption up to the end of the sentence at `at` names a relative, a partner or a
    friend, an apprenticeship a career started with, a plan or teaching (`training52.not_own`),
    or a relative, a friend, a colleague or the owner's child (`degrees51.theirs`,
    `school47.others`, `own_child`), or the sentence asks a question: the training is not the
    owner's now. A mother thanked in a later sentence is no subject."""
    rest = folded[at:]
    end = re.search(r"[.!\n]|\?", rest)
    sentence = rest[: end.end()] if end else rest
    if sentence.endswith("?"):
        return True
    before = folded[:at] + sentence
    tables = (
        ("training52", "not_own"),
        ("degrees51", "theirs"),
        ("school47", "others"),
        ("school47", "own_child"),
    )
    return any(section_search(name, table, before) for name, table in tables)


def _trade(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with the owner's training for a trade their work and schooling both (the label
    guide's ruling on job training): where the caption names a trade's training or its paper
    (`trade_said`: "Ausbildung zur Mechatronikerin", "Meisterbrief", "CAP", "výuční list") or,
    beside the owner's graduation, the trade's title (`training52.title`: "técnico en
    enfermería"), work and school are told by those words, and graduation too where the paper is
    in hand or the exam passed (`passed`: "in der Tasche", "obtenu", "v kapse"); not where a
    school or graduation word is someone else's or the owner's child's and none is the owner's."""
    said = {m.signal for m, why, _ in found if why is None}
    words = trade_said(folded)
    if not words and "graduation" in said:
        title = section_search("training52", "title", folded, langs)
        words = None if not title or _not_own(folded, title.start()) else title.group(0).strip()
    if not words:
        return found
    theirs = any(
        m.signal in ("school", "graduation") and why in ("others", "child") for m, why, _ in found
    )
    if theirs and not said & {"school", "graduation"}:
        return found
    told = ["work", "school"]
    if _passed(folded, langs):
        told.append("graduation")
    return found + [(Match(s, words, "told"), None, None) for s in told if s not in said]


def _passed(folded: str, langs: frozenset[str]) -> bool:
    """Whether the caption tells an exam passed or a paper in hand (`training52.passed`, and
    `grads53.passed`: "zdane", "složená", "tirada", "SRC belgesi tamam")."""
    return bool(
        section_search("training52", "passed", folded, langs)
        or section_search("grads53", "passed", folded, langs)
    )


def _course_paper(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with a course's certificate the owner's schooling and graduation both (the label
    guide's ruling on courses): where the caption names a course's paper (`grads53.paper`:
    "certificate", "Zertifikat", "attestato", "sertifika"; not a doctor's, a birth's or a
    degree's, `not_paper`, nor another's, a plan or a question, `_not_own`), the owner's
    graduation counting makes their schooling told by it, and the owner's course counting with
    the paper in hand or the exam passed (`_passed`) makes their graduation told by it."""
    said = {m.signal for m, why, _ in found if why is None}
    if not said & {"school", "graduation"} or {"school", "graduation"} <= said:
        return found
    paper = section_search("grads53", "paper", folded, langs)
    if not paper or section_search("grads53", "not_paper", folded):
        return found
    if _not_own(folded, paper.start()):  # another's paper, a plan, a question
        return found
    if "graduation" in said:
        return found + [(Match("school", paper.group(0), "told"), None, None)]
    if not _passed(folded, langs):
        return found
    return found + [(Match("graduation", paper.group(0), "told"), None, None)]


def _school_counts(found: list[Found], whys: tuple[str, ...], words: str) -> list[Found]:
    """`found` with its school terms set aside for one of `whys` counted again, and `words` added
    as the owner's school ("told") where no school term counts then."""
    out = [(m, None if m.signal == "school" and why in whys else why, s) for m, why, s in found]
    if any(m.signal == "school" and why is None for m, why, _ in out):
        return out
    return out + [(Match("school", words, "told"), None, None)]


def _recognised(
    folded: str, langs: frozenset[str], tokens: tuple[str, ...], found: list[Found]
) -> list[Found]:
    """`found` with a degree or a licence recognised in another country (`school54.recognised`:
    "Diplôme d'infirmière reconnu en Belgique", "Homologación del título", "Denklik çıktı") the
    owner's graduation where no graduation word counts, judged as an event's emoji would be (a
    friend's recognition is theirs, one wished for none), and each school word the rules told
    from it ("told": the years of paperwork, the course made equivalent) given "graduated"."""
    hit = section_search("school54", "recognised", folded, langs)
    if not hit:
        return found
    out = [
        (m, "graduated" if m.signal == "school" and m.lang == "told" and why is None else why, s)
        for m, why, s in found
    ]
    if any(m.signal == "graduation" for m, _, _ in out) or not tokens:
        return out
    why = why_not_emoji(lexicon().cues, list(tokens), langs | {"en"}, "graduation", True)
    return out + [(Match("graduation", hit.group(0).strip(), "told"), why, None)]


CROWD_STEM = 5  # letters a school word and a crowd's word share: "estudante", "estudantes"


def _no_class(folded: str, langs: frozenset[str], found: list[Found]) -> list[Found]:
    """`found` with a school word of a thing in progress given "figurative" (`school54.
    in_progress`: "convalescence en cours", "Déménagement en cours", the word the phrase's "cours"
    or "corso", not a school word before it: "Blocus en cours")
    and one of students named as a kind in a crowd given "others" (`crowd`: "studenti, chůvy,
    bankéři"; the word and the crowd's word share their first `CROWD_STEM` letters)."""
    progress = section_search("school54", "in_progress", folded, langs)
    crowd = section_search("school54", "crowd", folded)
    if not (progress or crowd):
        return found

    def reason(m: Match, why: str | None) -> str | None:
        if m.signal != "school" or why is not None:
            return why
        term = fold(m.term)
        last = progress.group(0).split()[-1] if progress else ""
        if progress and term.endswith(last) and term in progress.group(0):
            return "figurative"  # the course word itself, not a school word in progress
        if crowd and term[:CROWD_STEM] == crowd.group(0)[:CROWD_STEM]:
            return "others"
        return why

    return [(m, reason(m, why), s) for m, why, s in found]
