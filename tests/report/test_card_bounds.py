"""A claim resting on thousands of photos keeps its card small: the paths to remove are listed up
to REMOVE_SHOWN, with a line saying how many more there are (all of them stay in results.json)."""

from __future__ import annotations

from html.parser import HTMLParser

from exposure.config import bundled
from exposure.report.render import environment
from exposure.report.view import REMOVE_SHOWN, _card


class _Card(HTMLParser):
    """The remove list's items and the text of `p.more` lines."""

    def __init__(self) -> None:
        super().__init__()
        self.items, self.more, self._in_more = 0, [], False

    def handle_starttag(self, tag, attrs):
        self.items += tag == "li"
        self._in_more = tag == "p" and ("class", "more") in attrs

    def handle_data(self, data):
        if self._in_more and data.strip():
            self.more.append(data.strip())


class _Thumbs:
    def get(self, photo_id, default=""):
        return default


def inference(hide: int) -> dict:
    ids = [f"p{i}" for i in range(hide + 5)]
    return {
        "rule_id": "pets.dog",
        "category": "pets",
        "statement": "Has a dog",
        "confidence": 0.9,
        "explanation": "A dog in many photos.",
        "evidence": ids,
        "remove_to_hide": ids[:hide],
    }


def rendered(hide: int) -> _Card:
    photos = {
        f"p{i}": {"path": f"media/{i}.jpg", "caption": "", "taken_at": None}
        for i in range(hide + 5)
    }
    card = _card(inference(hide), photos, _Thumbs(), {})
    card["anchor"] = "pets.dog"
    template = environment(bundled("reports/templates")).get_template("_card.html")
    parser = _Card()
    parser.feed(template.render(card=card))
    return parser


def test_a_remove_list_of_thousands_shows_the_first_ones_and_says_how_many_more():
    parser = rendered(REMOVE_SHOWN + 2500)
    assert parser.items == REMOVE_SHOWN
    assert parser.more == ["and 2500 more, listed in results.json"]


def test_a_short_remove_list_is_shown_whole_without_a_more_line():
    parser = rendered(7)
    assert parser.items == 7
    assert parser.more == []
