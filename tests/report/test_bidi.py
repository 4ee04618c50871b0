"""Archive text cannot reorder or hide in the report: bidi overrides, isolates, marks and control
characters from captions, albums, places and file names never reach report.html raw."""

from __future__ import annotations

from html.parser import HTMLParser

import pytest

from exposure.analysis import scan
from exposure.config import Config
from exposure.report.render import BIDI, neutral
from tests.builders.common import Tree, jpeg, ts

# "Invoice for exe.jpg": with U+202E the tail shows as "gpj.exe", the classic file-name trick.
RLO_CAPTION = "Invoice for \u202egpj.exe\u202c done"
CONTROL_CAPTION = "bell\x07 nul\x00 esc\x1b[31m csi\x9b and \u2066isolate\u2069 \u200fmark\u200e"
FORBIDDEN = set(BIDI) | {chr(c) for c in range(0x20) if chr(c) not in "\t\n\r"}
FORBIDDEN |= {chr(c) for c in range(0x7F, 0xA0)}


class _Everything(HTMLParser):
    """All text and attribute values of a page, as a browser would read them."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.parts += [v for _, v in attrs if v]

    def handle_data(self, data):
        self.parts.append(data)


@pytest.fixture(scope="module")
def bidi_report(tmp_path_factory) -> str:
    root = tmp_path_factory.mktemp("bidi")
    tree, posts, photos = Tree(), [], []
    for i, text in enumerate([RLO_CAPTION, CONTROL_CAPTION]):
        uri = tree.add(f"your_facebook_activity/posts/media/a_{i}/{i}\u202e_n.jpg", jpeg(size=32))
        media = {"uri": uri, "creation_timestamp": ts(f"2020-0{1 + i}-01T10:00:00")}
        media["description"] = text
        place = {"place": {"name": f"Caf\u00e9 \u202eenoZ{i}"}}
        posts.append(
            {
                "timestamp": media["creation_timestamp"],
                "data": [{"post": text}],
                "attachments": [{"data": [{"media": media}, place]}],
            }
        )
        photos.append(media)
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    tree.add("your_facebook_activity/posts/album/0.json", {"name": "\u202eAlbum", "photos": photos})
    out = root / "out"
    scan(Config(out_dir=out, vision=False, quiet=True), [tree.write(root / "facebook-bidi")])
    return (out / "report.html").read_text(encoding="utf-8")


def test_no_bidi_or_control_character_reaches_the_report(bidi_report):
    page = _Everything()
    page.feed(bidi_report)
    text = "".join(page.parts)
    assert "Invoice for gpj.exe done" in text  # the caption is there, in its stored order
    assert "bell\ufffd nul\ufffd esc\ufffd[31m csi\ufffd and isolate mark" in text
    assert not FORBIDDEN & set(text)
    assert not FORBIDDEN & set(bidi_report)  # nor anywhere in the raw page (scripts, styles)


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("a\u202eb\u202cc", "abc"),
        ("\u2067\u05e9\u05dc\u05d5\u05dd\u2069", "\u05e9\u05dc\u05d5\u05dd"),  # Hebrew stays
        ("tab\tnew\nline\r", "tab\tnew\nline\r"),
        ("\x00\x1f\x7f\x85", "\ufffd" * 4),
        (42, 42),
        (None, None),
    ],
)
def test_neutral_removes_reordering_and_shows_controls(value, shown):
    assert neutral(value) == shown
