"""Meta's labels against exposure's claims: the bundled mapping, its loading, and the classing."""

from __future__ import annotations

from pathlib import Path

import pytest

from exposure.config import bundled
from exposure.errors import RuleError
from exposure.infer.platform import classify, fold, load_mapping
from exposure.infer.rules import load_rules
from exposure.ingest.archive import open_archive
from exposure.ingest.platform import read_platform
from tests.builders import platform as b

RULES = bundled("rules")
MAPPING_FILE = RULES / "platform" / "labels.yaml"


@pytest.fixture(scope="module")
def mapping():
    return load_mapping(MAPPING_FILE, [r.id for r in load_rules(RULES)])


# label as an export words it -> the rule id it names (None: photos cannot show it, or no rule)
CASES = [
    ("Parents (All)", "family.children"),
    ("Parents with preschoolers (03-05 years)", "family.children"),
    ("New parents (0-12 months)", "life_events.new_baby"),  # longer than "parents"
    ("Frequent international travelers", "travel.trips"),
    ("Returned from travels 1 week ago", "travel.trips"),
    ("Away from hometown", "location.home"),
    ("Away from family", "location.home"),  # longer than "family"
    ("Engaged (6 months)", "life_events.wedding"),
    ("Engaged Shoppers", None),  # longer than "engaged": not visible
    ("Facebook access (mobile): all mobile devices", None),
    ("Technology early adopters", None),
    ("Dogs", "pets.dog"),
    ("Hiking", None),  # visible, but no rule of exposure's names it
    ("Skin care", None),  # not skiing: "ski" is a whole word
    ("Churchill", None),  # not a church
    ("Online chat", None),  # French "chats" are cats, an English chat is not
    ("Craft beer", "sensitive.alcohol"),
    ("Catholic Church", "sensitive.religion"),
    ("Recently moved", "life_events.new_home"),
    # Spanish, German, French, Polish, Portuguese, Italian, Dutch
    ("Fútbol", "hobbies.football"),
    ("FUTBOL", "hobbies.football"),  # case and accents ignored
    ("Viajeros frecuentes", "travel.trips"),
    ("Padres (todos)", "family.children"),
    ("Iglesia católica", "sensitive.religion"),
    ("Eltern (alle)", "family.children"),
    ("Kürzlich umgezogen", "life_events.new_home"),
    ("Facebook-Zugriff (Mobilgerät): alle Mobilgeräte", None),
    ("Voyageurs internationaux fréquents", "travel.trips"),
    ("Loin de sa ville natale", "location.home"),
    ("Acheteurs engagés", None),
    ("Piłka nożna", "hobbies.football"),  # "ł" folds to "l"
    ("Rodzice (wszyscy)", "family.children"),
    ("Zaangażowani kupujący", None),
    ("Pais (todos)", "family.children"),
    ("Viajantes frequentes", "travel.trips"),
    ("Genitori (tutti)", "family.children"),
    ("Early adopter della tecnologia", None),
    ("Honden", "pets.dog"),
    ("Voetbal", "hobbies.football"),
]


@pytest.mark.parametrize(("label", "rule_id"), CASES)
def test_bundled_mapping_names_the_rule_a_label_means(mapping, label, rule_id):
    entry = mapping.match(label)
    assert (entry.rule_id if entry else None) == rule_id


def test_advertisers_are_never_matched_to_a_rule(mapping):
    assert mapping.match("Dog Chow", "advertiser") is None
    assert mapping.match("Dog Chow", "interest").rule_id == "pets.dog"


def test_the_bundled_rules_still_load_with_the_mapping_beside_them():
    ids = {r.id for r in load_rules(RULES)}
    assert "pets.dog" in ids and not any(i.startswith("platform") for i in ids)


def test_fold_ignores_case_accents_and_spacing():
    assert fold("  Kürzlich   UMGEZOGEN ") == "kurzlich umgezogen"
    assert fold("Piłka Nożna") == "pilka nozna"


# --- classing --------------------------------------------------------------------------------


def _inf(rule_id, confidence, statement="claim"):
    return {"rule_id": rule_id, "confidence": confidence, "statement": statement, "evidence": []}


def test_classify_supported_not_supported_not_visible(mapping):
    labels = [
        {"source": "ads_interests.json", "label": "Dogs", "kind": "interest"},
        {"source": "ads_interests.json", "label": "Parents (All)", "kind": "interest"},
        {"source": "ads_interests.json", "label": "Craft beer", "kind": "interest"},
        {"source": "ads_interests.json", "label": "Engaged Shoppers", "kind": "category"},
        {"source": "ads_interests.json", "label": "Hiking", "kind": "interest"},
    ]
    inferences = [
        _inf("pets.dog", 0.4, "weak dog"),
        _inf("pets.dog", 0.88, "Has a dog (since about March 2020)"),
        _inf("family.children", 0.3, "weak children"),  # below 0.5: not reported
    ]
    got = {row["label"]: row for row in classify(labels, inferences, mapping)}
    assert got["Dogs"] == {
        "source": "ads_interests.json",
        "label": "Dogs",
        "kind": "interest",
        "rule_id": "pets.dog",
        "status": "supported",
        "confidence": 0.88,  # the strongest claim of the rule
        "statement": "Has a dog (since about March 2020)",
    }
    assert got["Parents (All)"]["status"] == "not_supported"
    assert got["Parents (All)"]["confidence"] == 0.3
    assert got["Parents (All)"]["statement"] is None
    assert (got["Craft beer"]["status"], got["Craft beer"]["confidence"]) == ("not_supported", None)
    assert got["Engaged Shoppers"]["status"] == "not_visible"
    assert got["Hiking"] == {
        "source": "ads_interests.json",
        "label": "Hiking",
        "kind": "interest",
        "rule_id": None,
        "status": "not_visible",
        "confidence": None,
        "statement": None,
    }


def test_classify_at_exactly_half_is_supported_and_odd_confidences_are_ignored(mapping):
    labels = [{"source": "s", "label": "Dogs", "kind": "interest"}]
    assert classify(labels, [_inf("pets.dog", 0.5)], mapping)[0]["status"] == "supported"
    odd = [_inf("pets.dog", None), _inf("pets.dog", "0.9"), _inf("pets.dog", True), {}]
    row = classify(labels, odd, mapping)[0]
    assert (row["status"], row["confidence"]) == ("not_supported", None)


def test_every_label_of_every_export_is_classed_and_matched_to_the_claims_it_names(
    tmp_path, mapping
):
    root, expected = b.export(tmp_path)
    labels = read_platform(open_archive([root]))
    claims = [
        _inf("family.children", 0.81, "Has 2 children"),
        _inf("travel.trips", 0.9, "Travels abroad about 2 times a year"),
        _inf("pets.dog", 0.2),
    ]
    rows = classify(labels, claims, mapping)
    assert len(rows) == sum(len(v) for v in expected.values())
    assert {r["status"] for r in rows} == {"supported", "not_supported", "not_visible"}
    by_label = {r["label"]: r for r in rows}
    for label in ("Parents (All)", "Padres (todos)", "Eltern (alle)", "Rodzice (wszyscy)"):
        assert by_label[label]["statement"] == "Has 2 children"
    for label in ("Viajes", "Voyageurs internationaux fréquents", "Reizen", "Podróże"):
        assert by_label[label]["status"] == "supported"
        assert by_label[label]["rule_id"] == "travel.trips"
    for label in ("Dogs", "Perros", "Hunde", "Chiens", "Honden", "Cani"):
        assert by_label[label]["status"] == "not_supported"
    for label in ("Acheteurs engagés", "Lufthansa", "KLM", "Established Adult Life"):
        assert by_label[label]["status"] == "not_visible"


# --- loading and validation ------------------------------------------------------------------


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "labels.yaml"
    path.write_text(text, encoding="utf-8")
    return path


BAD = [
    ("rules: [a, b", "not valid YAML"),
    ("- just\n- a list\n", "must be a mapping"),
    ("rules: {}\nextra: 1\n", "field 'extra': unknown field"),
    ("rules: [pets.dog]\n", "field 'rules': must be a mapping"),
    ("rules:\n  Dog: {en: [dog]}\n", "field 'rules.Dog': 'Dog' is not of the form"),
    (
        "rules:\n  pets.unicorn: {en: [unicorn]}\n",
        "field 'rules.pets.unicorn': no rule has this id",
    ),
    ("rules:\n  pets.dog: [dog]\n", "field 'rules.pets.dog': must be a mapping of language"),
    ("rules:\n  pets.dog: {en: dog}\n", "field 'rules.pets.dog.en': must be a list"),
    ("rules:\n  pets.dog: {en: ['']}\n", "must be a list of non-empty labels"),
    ("rules:\n  pets.dog: {en: ['re:(']}\n", "'re:(' is not a valid pattern"),
    ("rules: {}\nnot_visible: [x]\n", "field 'not_visible': must be a mapping"),
    ("rules: {}\nkinds_not_visible: advertiser\n", "field 'kinds_not_visible'"),
    ("words: &w [dog]\nrules:\n  pets.dog: {en: *w}\n", "anchors and aliases are not allowed"),
]


@pytest.mark.parametrize(("text", "message"), BAD)
def test_a_bad_mapping_names_the_file_and_the_field(tmp_path, text, message):
    with pytest.raises(RuleError) as err:
        load_mapping(_write(tmp_path, text), ["pets.dog"])
    assert str(err.value).startswith("labels.yaml: ")
    assert message in str(err.value)


def test_a_billion_laughs_file_is_refused_before_it_expands(tmp_path):
    lol = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{c}: &{c} [*{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}, *{p}]\n"
        for p, c in zip("abcdefgh", "bcdefghi", strict=True)
    )
    with pytest.raises(RuleError, match="aliases"):
        load_mapping(_write(tmp_path, lol + "rules: {}\n"))


def test_a_researcher_adds_a_label_in_a_new_language(tmp_path):
    path = _write(tmp_path, "rules:\n  pets.dog:\n    sv: [hundar, valp*]\n")
    m = load_mapping(path, ["pets.dog"])
    assert m.match("Hundar").rule_id == "pets.dog"
    assert m.match("Valpar").rule_id == "pets.dog"
    assert m.match("Katter") is None


def test_a_missing_mapping_file_is_a_rule_error_naming_it(tmp_path):
    with pytest.raises(RuleError, match="^nowhere.yaml: cannot read"):
        load_mapping(tmp_path / "nowhere.yaml")
