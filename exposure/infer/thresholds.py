"""The thresholds rule files may set: each one's range, what it does, its old name, its default.

`THRESHOLDS` gives the range a rule file's value must fall in (checked when rules load);
`MEANING` says in one sentence what each one does (by kind where kinds read it differently), for
`exposure rules --show` and the comments of `rules/*.yaml`; `RENAMED` maps an old name to the new
one (an old name keeps working, with a one-line note); `DEFAULTS` is the value each kind reads
when the rule file sets none (a test holds it to the kind functions' own reads).
"""

from __future__ import annotations

MAX_THRESHOLD = 1_000_000  # beyond any count of photos, days or weeks an archive has
SHARE, FLAG = (0.0, 1.0, False), (0.0, 1.0, False)
COUNT, DIVISOR = (0.0, MAX_THRESHOLD, False), (0.0, MAX_THRESHOLD, True)  # True: 0 excluded
THRESHOLDS = {  # (lowest, highest, lowest excluded) of the thresholds the kinds read
    **dict.fromkeys(("min_score", "min_text_score", "text_match_score", "no_home_factor"), SHARE),
    "min_place_mean": SHARE,
    "min_person_noisy_or": SHARE,
    "period_days": (0.0, 36500.0, False),
    "period_over_background": (0.0, 1000.0, False),
    "min_days_alone": COUNT,
    "min_days_each": COUNT,
    "min_tag_days": COUNT,
    "max_days_a_caption": COUNT,
    "caption_chance": SHARE,
    "owned_chance": SHARE,
    **dict.fromkeys(("practice_half", "practice_min", "practice_near_km"), COUNT),
    "practice_word_weight": SHARE,
    "quality_floor": SHARE,
    "half_months": (0.0, 1200.0, False),
    **dict.fromkeys(("max_day_share", "max_season_share", "min_daytime_share"), SHARE),
    **dict.fromkeys(("caption_weight", "label_weight", "owner_weight"), SHARE),
    **dict.fromkeys(("new_face_weight", "infant_weight"), SHARE),
    **dict.fromkeys(("bare_caption", "exclude_trips", "month_only", "require_caption"), FLAG),
    **dict.fromkeys(("routine", "per_month", "signal_needs_support"), FLAG),
    "pregnancy_months": (0.0, 1200.0, False),
    **dict.fromkeys(("min_days", "min_points", "min_months", "saturate_at_label_photos"), DIVISOR),
    **dict.fromkeys(("min_photos", "min_child_days", "min_photos_with_child_signal"), COUNT),
    **dict.fromkeys(("min_face_days", "min_shared_photos", "min_home_days"), COUNT),
    "min_weeks": (1.0, MAX_THRESHOLD, False),  # a divisor, read as a whole number of weeks
    "min_weekdays": (0.0, 7.0, False),
    "regular_per_month": DIVISOR,  # days with a signal a month from which a habit is regular
    "window_h": (0.0, 24.0, False),
    "min_months_into_archive": (0.0, 1200.0, False),
    "min_span_days": (0.0, 36500.0, False),  # a century: pandas counts time spans in ns
    "new_face_window_days": (0.0, 36500.0, False),
    "infant_below_age": (0.0, 150.0, False),
    "home_weight": (0.0, 100.0, False),
    "max_face_size_ratio": (0.0, 100.0, False),
}

RENAMED = {  # old name -> new name: the old names said "minimum" or "days" where they were not
    "min_label_photos": "saturate_at_label_photos",  # a saturation point, never a minimum
    "text_score": "text_match_score",  # the score a text match is given, not a minimum score
    "small_face_ratio": "max_face_size_ratio",  # a maximum
    "infant_age": "infant_below_age",  # faces younger than this are babies
    "new_face_days": "new_face_window_days",  # a window around the day, not days seen
}

_CAPPED = "the confidence stays at 0.3 or below"
_MEMBER = "to count as a member of the household"
MEANING: dict[str, str | dict[str, str]] = {  # one sentence each; a dict: by kind
    "min_score": "A model's tag counts only from this score (0 to 1); weaker tags are ignored.",
    "min_text_score": "A line of text read in a photo counts only from this reading score (0-1).",
    "min_place_mean": (
        "A tag weaker than min_score counts at a place where, over all visits, it shows this "
        "mean score (0 to 1; 0: never): a church seen weakly every Sunday."
    ),
    "min_days_alone": (
        "From this many days with a signal, fewer months than min_months suffice (weeks of "
        "treatment; 0: never)."
    ),
    "min_days_each": (
        "Fewest days on which one kind of signal (tags in photos; words in captions or photos) "
        "counts beside the other (0: always): one day at a church and two captions are no "
        "practice; a kind alone still counts."
    ),
    "min_tag_days": (
        "Fewest days with the rule's tags for them to count (0: always); below it only words "
        "count: a classifier names a pill bottle in a photo of daily life a few times a year."
    ),
    "caption_chance": {
        "sensitive": "The share of captions saying nothing of the owner that the caption reader "
        "reads as this signal (0: off): words alone count only on more posts than that share of "
        "the archive's captioned posts gives by chance (Poisson, 1%).",
        "event": "The share of captions saying nothing of the owner that the caption reader reads "
        "as this event with no word of whose (0: off): such a caption alone on its day weighs "
        "exp(-caption_chance x other captioned posts), the chance that none was read so by chance.",
        "recurring_tag": "The share of captions saying nothing of the owner that the caption "
        "reader reads as this one (0: off): photos where only a caption says it count only on "
        "more days than that share of the archive's captioned posts gives by chance (Poisson, 1%).",
        "workplace": "The share of captions saying nothing of the owner that the caption reader "
        "reads as school or as work (0: off): captions decide the kind only on more posts than "
        "that share of the place's captioned posts gives by chance (Poisson, 1%).",
    },
    "max_days_a_caption": (
        "The most days one caption, word for word, counts as a signal (0: no limit): a running "
        "joke posted again and again is one saying."
    ),
    "half_months": (
        "Months with a signal at which the recurrence part of the confidence is one half (0: "
        "half of min_months)."
    ),
    "quality_floor": (
        "The share of the confidence that signals of the weakest scores keep (0 to 1): the rest "
        "grows with the mean of the ten best scores, full from 0.8."
    ),
    "practice_half": (
        "Weeks of practice (at one place of worship near home, or days with words of it at "
        "practice_word_weight each, the larger) at which the recurrence part of the confidence "
        "is one half (0: months are counted instead)."
    ),
    "practice_min": (
        f"Fewest weeks of practice (see practice_half) without a weekly routine; below it "
        f"{_CAPPED}."
    ),
    "practice_near_km": (
        "A place of worship counts for practice within this distance of home (km); days at "
        "farther ones do not count."
    ),
    "practice_word_weight": (
        "The weight of a day with words of practice (a caption, text read in a photo) against "
        "a week at a place of worship (0 to 1)."
    ),
    "text_match_score": (
        "The score a photo gets when words read in it match the rule (0 to 1), weighed like a "
        "model's tag score in the confidence."
    ),
    "no_home_factor": (
        "The confidence is multiplied by this when no home is known (people seen with you "
        "rather than at home)."
    ),
    "max_day_share": (
        f"The largest share of its photos one day may hold (0 to 1): above it the photos are one "
        f"burst (a single visit) and {_CAPPED}."
    ),
    "max_season_share": (
        "The largest share of a routine's weeks one season may hold (0 to 1): above it the habit "
        "is one season's, not a routine."
    ),
    "min_daytime_share": (
        "The smallest share of a place's photos that must be on weekday daytimes (8-18 h) for "
        "it to be a workplace (0 to 1)."
    ),
    "label_weight": (
        "Confidence added by the day's label photos, in full from saturate_at_label_photos "
        "label photos, in part below."
    ),
    "caption_weight": "Confidence added when a caption of that day says the event is yours.",
    "owner_weight": "Confidence added when you are recognised in the day's photos.",
    "new_face_weight": (
        "Confidence added when a new, smaller face appears around the day and keeps coming back "
        "(0: new faces are not looked for)."
    ),
    "infant_weight": (
        "Confidence added when that new face is read as younger than infant_below_age; its "
        "first day is then a candidate day even without a caption or a label."
    ),
    "min_person_noisy_or": (
        "A newcomer seen at home on min_home_days days whose photos show the rule's tags with "
        "this noisy-OR of their day scores (0 to 1; 0: never) is young, like an infant by age."
    ),
    "period_days": (
        "Days of a period in which the rule's tags, at any score, count from min_days days with "
        "them (months of treatment seen weakly; 0: periods are not read)."
    ),
    "period_over_background": (
        "A period counts only with this many times the days with the tags that chance would give "
        "(their share of the other days with photos)."
    ),
    "min_home_days": {
        "event": "Fewest days a newcomer must be seen at home for its photos to be read.",
        "recurring_tag": (
            "Fewest days it must be seen at home when a home is known, else "
            f"{_CAPPED} (a friend's dog is seen at the friend's)."
        ),
    },
    "bare_caption": (
        '1: a caption that names the event without saying whose ("Wedding 💍") counts as '
        'yours; 0: only your own words ("our wedding") count.'
    ),
    "exclude_trips": "1: photos taken on trips away from home do not count (sightseeing).",
    "signal_needs_support": (
        "1: a caption that gives the caption lexicon's signal without the rule's own words (the "
        'children signal: "Christmas market with the kids") says so only on a day with a label '
        "photo, a new face, or a pregnancy caption in the pregnancy_months before."
    ),
    "pregnancy_months": "Months before a day in which a pregnancy caption supports a birth.",
    "owned_chance": (
        "The share of captions saying nothing of the owner that the caption reader reads as this "
        'event in the owner\'s words (0: off; "my baby" said of a car): such a caption alone on '
        "its day weighs exp(-owned_chance x other captioned posts), as caption_chance does for "
        "a caption that names the event without saying whose."
    ),
    "month_only": "1: the claim gives the month, not the day.",
    "require_caption": (
        "1: without a caption that says so (or a new baby's face) the confidence stays at 0.4 "
        "or below."
    ),
    "routine": (
        "1: a weekly routine at a place that shows these signals counts as recurring and raises "
        "the confidence to the routine's."
    ),
    "per_month": "1: the claim says on how many days a month the signals appear.",
    "regular_per_month": (
        "Days a month with a signal from which a habit counts as regular; at a lower rate the "
        "confidence falls in proportion (half the rate, half the confidence)."
    ),
    "min_days": {
        "recurring_tag": (
            f"Fewest different days with it (below it, {_CAPPED}); at this many days, home "
            "days counted home_weight times, the recurrence part of the confidence is one half."
        ),
        "household": (
            f"Fewest different days a person is seen at home (or with you) {_MEMBER}; a "
            "member's strength is full at twice this."
        ),
        "children": (
            f"Fewest different days a person is seen at home (or with you) {_MEMBER}, among "
            "whom child captions and labels find the children."
        ),
        "sensitive": (
            f"Fewest different days with a signal; below it, without a weekly routine, {_CAPPED}."
        ),
    },
    "min_points": (
        "The photos and check-ins at the home at which the confidence reaches 0.5, the point a "
        "claim is reported from: fewer, and the home is not reported; more, and it rises to 0.97."
    ),
    "min_months": {
        "recurring_tag": f"Fewest different months with it; below it, {_CAPPED}.",
        "sensitive": (
            f"Fewest different months with a signal (below it, without a weekly routine, "
            f"{_CAPPED}); at this many months the recurrence part of the confidence is 0.75."
        ),
    },
    "saturate_at_label_photos": (
        "The label photos on the day from which labels add label_weight in full; fewer add "
        "their share of it (not a minimum: one label photo already counts)."
    ),
    "min_photos": {
        "recurring_tag": f"Fewest photos with it; below it, {_CAPPED}.",
        "household": f"Fewest photos a person must be in at home (or with you) {_MEMBER}.",
        "children": f"Fewest photos a person must be in at home (or with you) {_MEMBER}.",
        "sensitive": f"Fewest photos with a signal; below it, {_CAPPED}.",
    },
    "min_child_days": (
        "Fewest different days a face read as a baby's or a child's must be seen at home or with "
        "you; a child's strength is full at twice this."
    ),
    "min_photos_with_child_signal": (
        "Fewest photos with a child caption or label a household member must be in to count as "
        "a child; a child's strength is full at twice this."
    ),
    "min_face_days": "Fewest different days a new face must be seen on to count as a newcomer.",
    "min_shared_photos": (
        "Fewest photos a new face must share with other faces for its size to be compared with "
        "theirs."
    ),
    "min_weeks": {
        "routine": (
            "Fewest different weeks seen on the same weekday in the same time window; at this "
            "many the recurrence part of the confidence is 0.75."
        ),
        "workplace": (
            "Fewest different weeks with weekday daytime photos at the place; at this many the "
            "recurrence part of the confidence is 0.75."
        ),
    },
    "min_weekdays": {
        "routine": (
            "Finds the workplaces that routines leave out: a place seen on weekday daytimes on at "
            "least this many different weekdays."
        ),
        "workplace": "Fewest different weekdays with daytime photos at a place to be a workplace.",
    },
    "window_h": "Length in hours of the time window, on one weekday, the visits must fall in.",
    "min_months_into_archive": {
        "first_appearance": (
            "Months after the archive's first photo a pet must first appear to be new (a pet "
            "there from the start is not new)."
        ),
        "event": (
            "Months after the archive's first photo a face must first appear to be a newcomer."
        ),
    },
    "min_span_days": {
        "household": (
            f"Fewest days between the first and the last time a person is seen at home (or with "
            f"you) {_MEMBER}."
        ),
        "children": (
            f"Fewest days between the first and the last time a person is seen at home (or with "
            f"you) {_MEMBER}."
        ),
        "routine": (
            "Fewest days between a routine's first and last week (also used to find the "
            "workplaces that routines leave out)."
        ),
        "workplace": "Fewest days between the first and the last weekday daytime visit.",
    },
    "new_face_window_days": (
        "A new face counts for a day when it is first seen from a quarter of this many days "
        "before the day to this many days after it."
    ),
    "infant_below_age": (
        "A new face whose first photos are read as younger than this many years is a baby, "
        "whatever its size."
    ),
    "home_weight": "A day with it at home counts this many days (1: home counts like anywhere).",
    "max_face_size_ratio": (
        "A new face at most this many times the size of the faces beside it (median over the "
        "photos they share) is small, like a baby held by its parents."
    ),
}

DEFAULTS: dict[str, dict[str, float]] = {  # kind -> the value read when a rule sets none
    "recurring_tag": {"min_score": 0.0, "home_weight": 1.0, "min_days": 3, "min_photos": 5}
    | {"min_months": 2, "max_day_share": 0.5, "min_home_days": 0, "quality_floor": 0.6}
    | {"caption_chance": 0},
    "trips": {},
    "home": {"min_points": 5},
    "household": {"min_photos": 3, "min_days": 3, "min_span_days": 180, "no_home_factor": 0.8},
    "children": {"min_score": 0.0, "min_photos": 3, "min_days": 3, "min_span_days": 180}
    | {"min_child_days": 3, "min_photos_with_child_signal": 2},
    "event": {"min_score": 0.0, "label_weight": 0.35, "saturate_at_label_photos": 2}
    | {"caption_weight": 0.45, "owner_weight": 0.2, "new_face_weight": 0, "infant_weight": 0}
    | {"require_caption": 0, "bare_caption": 1, "month_only": 0, "new_face_window_days": 30}
    | {"min_months_into_archive": 6, "min_face_days": 3, "infant_below_age": 1}
    | {"min_shared_photos": 2, "max_face_size_ratio": 0.8}
    | {"min_person_noisy_or": 0, "min_home_days": 3, "signal_needs_support": 0}
    | {"pregnancy_months": 10, "caption_chance": 0, "owned_chance": 0},
    "move": {},
    "first_appearance": {"min_months_into_archive": 6},
    "metadata": {},
    "routine": {"window_h": 3, "min_weeks": 6, "min_span_days": 90, "max_season_share": 0.75}
    | {"min_weekdays": 2, "min_daytime_share": 0.6, "caption_chance": 0},
    "workplace": {"min_weeks": 6, "min_span_days": 60, "min_weekdays": 2}
    | {"min_daytime_share": 0.6, "caption_chance": 0},
    "sensitive": {"min_score": 0.0, "text_match_score": 0.8, "exclude_trips": 0, "routine": 0}
    | {"min_months": 3, "min_days": 3, "min_photos": 3, "per_month": 0}
    | {"regular_per_month": 0.2, "min_place_mean": 0, "min_days_alone": 0}
    | {"min_days_each": 0, "practice_half": 0, "practice_min": 2.5, "practice_near_km": 15}
    | {"practice_word_weight": 0.5, "quality_floor": 0.7, "half_months": 0}
    | {"period_days": 0, "period_over_background": 4, "min_tag_days": 0}
    | {"max_days_a_caption": 0, "caption_chance": 0},
    "document": {"min_text_score": 0.5},
}


def meaning(kind: str, name: str) -> str:
    """What threshold `name` does in a rule of `kind`, in one sentence ("" for a name no kind
    reads: a rule file may carry its own, which nothing uses)."""
    said = MEANING.get(name, "")
    if isinstance(said, dict):
        return said.get(kind) or next(iter(said.values()))
    return said
