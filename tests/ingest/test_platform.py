"""Meta's own labels read from real export files of every generation, in six languages."""

from __future__ import annotations

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from exposure.ingest.archive import open_archive
from exposure.ingest.platform import (
    MAX_JSON_BYTES,
    MAX_LABELS,
    platform_kind,
    read_platform,
    read_platform_notes,
)
from tests.builders import platform as b
from tests.builders.common import Tree


def _by_file(labels) -> dict[str, list[tuple[str, str]]]:
    out: dict[str, list[tuple[str, str]]] = {}
    for label in labels:
        out.setdefault(label.source, []).append((label.label, label.kind))
    return out


def test_every_generation_and_shape_is_read_exactly(tmp_path):
    root, expected = b.export(tmp_path)
    labels, notes = read_platform_notes(open_archive([root]))
    assert notes == []
    assert _by_file(labels) == expected
    assert len(expected) >= 25  # every shape of the builders, none silently skipped


def test_each_export_alone_gives_its_own_labels_under_its_own_paths(tmp_path):
    for build in b.GENERATIONS:
        tree = Tree()
        expected = build(tree)
        got = _by_file(read_platform(open_archive([tree.write(tmp_path / build.__name__)])))
        assert got == expected, build.__name__


def test_meta_mojibake_is_undone_in_labels(tmp_path):
    tree = Tree()
    b.facebook_2026_pl(tree)
    raw = next(iter(tree.files.values()))
    assert b"\\u00c5\\u0082" in raw  # the file holds "ł" as Meta writes it
    labels = {x.label for x in read_platform(open_archive([tree.write(tmp_path)]))}
    assert {"Piłka nożna", "Podróże", "Zaangażowani kupujący"} <= labels


def test_instagram_field_names_tell_the_language(tmp_path):
    root, _ = b.export(tmp_path, (b.instagram_2021_nl, b.instagram_2024_it))
    langs = {(x.source.split("/", 1)[1], x.language) for x in read_platform(open_archive([root]))}
    assert ("your_topics/your_topics.json", "nl") in langs  # "Naam"
    assert ("information_about_you/ads_interests.json", None) in langs  # "Interesse": de/nl/it/pt
    assert ("preferences/your_topics/your_topics.json", None) in langs  # "Nome": it or pt


def test_html_pages_give_labels_not_titles_field_names_dates_or_navigation(tmp_path):
    root, _ = b.export(tmp_path, (b.facebook_html_pt, b.facebook_html_2019_en))
    got = {x.label for x in read_platform(open_archive([root]))}
    assert got == {
        "Pais (todos)",
        "Viajantes frequentes",
        "Compradores engajados",
        "Scuba diving",
        "Snowboarding",
        "Wine",
    }


def test_a_zip_export_reads_like_the_folder(tmp_path):
    tree = Tree()
    expected = b.facebook_2023_de(tree)
    zipped = tree.zip(tmp_path / "facebook-jdoe-2023-1.zip")
    assert _by_file(read_platform(open_archive([zipped]))) == expected


def test_bad_files_cost_only_themselves_each_with_a_note(tmp_path):
    tree = Tree()
    expected = b.facebook_2018_en(tree)
    problems = b.hostile(tree)
    labels, notes = read_platform_notes(open_archive([tree.write(tmp_path)]))
    noted = dict(notes)
    assert set(noted) == set(problems)
    for path, word in problems.items():
        assert word in noted[path], (path, noted[path])
    got = _by_file(labels)
    for path, want in expected.items():
        assert got[path] == want  # the good files are all read
    huge = got["logged_information/other_logged_information/ads_interests.json"]
    assert len(huge) == MAX_LABELS
    assert huge[0] == ("Interest 0", "interest")


def test_a_file_over_the_size_limit_is_refused_without_reading_it(tmp_path):
    b.oversized(tmp_path, MAX_JSON_BYTES + 1)
    (tmp_path / "your_topics").mkdir()
    (tmp_path / "your_topics" / "your_topics.json").write_text(
        json.dumps({"inferred_topics_v2": ["Travel"]})
    )
    labels, notes = read_platform_notes(open_archive([tmp_path]))
    assert [x.label for x in labels] == ["Travel"]
    assert notes == [("ads_information/ads_interests.json", notes[0][1])]
    assert "too large" in notes[0][1]


def test_repeated_labels_in_one_file_are_listed_once_and_long_ones_cut(tmp_path):
    tree = Tree()
    tree.add("ads/ads_interests.json", {"topics": ["Dogs", "Dogs", " Dogs ", "x" * 500, "  "]})
    labels = read_platform(open_archive([tree.write(tmp_path)]))
    assert [x.label for x in labels][:1] == ["Dogs"]
    assert len(labels) == 2
    assert len(labels[1].label) == 200 and labels[1].label.endswith("…")


def test_only_metas_files_are_taken_by_name_in_any_folder():
    cases = [
        ("a/b/ads_interests.json", "interest"),
        (
            "your_facebook_activity/ads_information/other_categories_used_to_reach_you.html",
            "category",
        ),
        ("ads/advertisers_you've_interacted_with.json", "advertiser"),
        ("ADS/Ads_Interests.JSON", "interest"),  # case of the name does not matter
        ("ads/ads_interests.txt", None),  # not JSON or HTML
        ("posts/your_posts_1.json", None),  # photos, not conclusions
        ("apps_and_websites_off_of_facebook/your_off-facebook_activity.json", None),
    ]
    for path, kind in cases:
        assert platform_kind(path) == kind, path


_json = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: (
        st.lists(inner, max_size=4)
        | st.dictionaries(
            st.sampled_from(b.LABEL_KEYS_SEEN) | st.text(max_size=8), inner, max_size=4
        )
    ),
    max_leaves=25,
)


@settings(max_examples=60, deadline=None)
@given(data=_json, page=st.text(max_size=200))
def test_any_json_or_html_in_metas_files_gives_labels_or_notes_never_an_error(
    tmp_path_factory, data, page
):
    root = tmp_path_factory.mktemp("odd")
    tree = Tree()
    tree.add("ads_information/other_categories_used_to_reach_you.json", json.dumps(data).encode())
    tree.add("ads/ads_interests.html", ("<html><div role=main><td>" + page).encode())
    labels, notes = read_platform_notes(open_archive([tree.write(root)]))
    files = {x.source for x in labels} | {path for path, _ in notes}
    assert files <= set(tree.files)
    assert all(x.label.strip() and len(x.label) <= 200 for x in labels)
    assert not [n for n in notes if n[1].startswith("not read")]  # no unforeseen exception
