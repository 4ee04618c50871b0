"""Meta's own conclusions about the person: ad interests, ad categories, topics, advertisers.

Facebook and Instagram exports list what Meta inferred from the person's activity. Which folder
holds a file changed with every generation of the export, so files are found by name wherever
they are, in JSON and in the HTML twin. The shapes below were read from public export parsers
(d3i/eyra "port" and its generated entry tables, Waultar, data-donation-task, "facebook-data-
analyzer"-style scripts, fb/ig notebooks) and from issue 24; where sources disagree, every shape
seen is read.

Files are matched by name in any folder (FB: Facebook, IG: Instagram; the kind of label):

- `ads_interests` (interest). FB 2018-19 `ads/`, 2020 `ads_and_businesses/`, 2021
  `other_logged_information/`, 2022+ `logged_information/other_logged_information/`:
  `{"topics": [str]}`, from 2021 `{"topics_v2": [str]}`. IG 2020-22 `information_about_you/`:
  `{"inferred_data_ig_interest": [{"string_map_data": {"Interest": {"value": str}}}]}`, the
  field name localised ("Interesse", "Nombre", …), so the first field is read whatever its name.
- `other_categories_used_to_reach_you` (category). FB 2022-23 `ads_information/`:
  `{"bcts": [str]}`. FB 2024+ `ads_information/` (2026: `your_facebook_activity/ads_information/`)
  and IG `ads_information/instagram_ads_and_businesses/`: `{"label_values": [{"label": str,
  "ent_field_name": str, "vec": [{"value": str}]}], "media": [], "fbid": str, "ent_name": str}`.
- `your_topics`, `inferred_topics` (topic). FB 2021 `your_topics/`, 2022+
  `logged_information/…`: `{"inferred_topics_v2": [str]}`. IG `your_topics/`,
  `preferences/your_topics/` (also `recommended_topics`): `{"topics_your_topics":
  [{"title": "", "string_map_data": {"Name": {"href", "value", "timestamp"}}}]}`.
- `advertisers_using_your_activity_or_information` (advertiser). FB 2022-23 `ads_information/`:
  `{"custom_audiences_all_types_v2": [{"advertiser_name", "has_data_file_custom_audience",
  "has_remarketing_custom_audience", "has_in_person_store_visit"}]}`; IG `ads_and_businesses/`,
  `ads_information/instagram_ads_and_businesses/`: the same under `ig_custom_audiences_all_types`;
  FB 2024+: `label_values` with `vec`, as above.
- `advertisers_who_uploaded_a_contact_list_with_your_information` (advertiser). FB 2018-21 `ads/`,
  `ads_and_businesses/`, `ads_information/`: `{"custom_audiences": [str]}`, later
  `custom_audiences_v2`.
- `advertisers_you've_interacted_with` (also spelt `_you_ve_`; advertiser). FB, every generation:
  `{"history": [{"title", "action", "timestamp"}]}`, later `history_v2`, 2024+ `label_values`.
- `friend_peer_group` (peer_group). FB 2018-19 `about_you/`, 2021+ `other_logged_information/`:
  `{"friend_peer_group": str}`, later `friend_peer_group_v2`.

The HTML twins carry the same labels as the text of the page's main part: Meta's 2018-20 pages as
`<li>`/`<div>` under `role="main"`, 2021+ pages as `_a6-g` entries whose tables put a field name
then its value in one cell (`<td>Name<div>Hiking</div></td>`). The page title, headings, field
names, dates and links outside the main part are not labels.

Not read: `apps_and_websites_off_of_facebook/` (apps and sites that sent events: activity, not a
conclusion) and Instagram's `your_instagram_activity/ai/interest_categories` (seen once, shape
unconfirmed).

Every file is read only through `_member_bytes` (bounded by size); a file that cannot be read or
has an unexpected shape becomes a note `(path, problem)`, never an exception; at most
`MAX_LABELS` labels are kept per file, and a note says when more were there.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import PurePosixPath
from typing import Any

from .archive import Archive
from .records import fix_text
from .safejson import Unreadable, parse

MAX_LABELS = 5_000  # per file: real files hold a few hundred; a 50 MB file is not listed whole
MAX_LABEL_CHARS = 200  # a label longer than this is cut: real labels are a few words
MAX_JSON_BYTES = 64 * 1024 * 1024
MAX_HTML_BYTES = 16 * 1024 * 1024
_WORD = re.compile(r"[^\W_]")

# file stem -> kind of label it holds
FILES = {
    "ads_interests": "interest",
    "other_categories_used_to_reach_you": "category",
    "your_topics": "topic",
    "inferred_topics": "topic",
    "recommended_topics": "topic",
    "advertisers_using_your_activity_or_information": "advertiser",
    "advertisers_who_uploaded_a_contact_list_with_your_information": "advertiser",
    "advertisers_you've_interacted_with": "advertiser",
    "advertisers_you_ve_interacted_with": "advertiser",
    "friend_peer_group": "peer_group",
}
# top-level keys whose value holds the labels, in every generation seen
LABEL_KEYS = (
    "topics_v2",
    "topics",
    "inferred_topics_v2",
    "inferred_topics",
    "bcts",
    "inferred_data_ig_interest",
    "topics_your_topics",
    "custom_audiences_all_types_v2",
    "ig_custom_audiences_all_types",
    "custom_audiences_all_types",
    "custom_audiences_v2",
    "custom_audiences",
    "history_v2",
    "history",
    "friend_peer_group_v2",
    "friend_peer_group",
    "label_values",
)
# the localised field name of Instagram's string_map_data tells the export's language
FIELD_LANGUAGE = {
    "name": "en",
    "interest": "en",
    "nombre": "es",
    "interes": "es",
    "nom": "fr",
    "interet": "fr",
    "centre d'interet": "fr",
    "nazwa": "pl",
    "zainteresowanie": "pl",
    "naam": "nl",
    "interessegebied": "nl",
    "nome": None,  # pt and it
    "interesse": None,  # de, nl, it, pt
}


@dataclass(frozen=True)
class PlatformLabel:
    """One conclusion Meta lists about the person, as its export words it."""

    source: str  # path of the file inside the export
    label: str  # the label's text, mojibake undone, NFC
    kind: str  # interest, category, topic, advertiser, peer_group
    language: str | None = None  # ISO 639-1 code when the file tells it


def read_platform(archive: Archive) -> list[PlatformLabel]:
    """Meta's labels in every ads and topics file of `archive` (problems are dropped silently).

    Use `read_platform_notes` to also get the problems, one `(path, problem)` per bad file.
    """
    return read_platform_notes(archive)[0]


def read_platform_notes(
    archive: Archive,
) -> tuple[list[PlatformLabel], list[tuple[str, str]]]:
    """Meta's labels in `archive` and the notes `(path, problem)` on files not fully read."""
    labels: list[PlatformLabel] = []
    notes: list[tuple[str, str]] = []
    for path in sorted(archive.files):
        kind = platform_kind(path)
        if kind is None:
            continue
        try:
            found = _read_file(archive, path, kind, notes)
        except Exception as exc:  # noqa: BLE001 - one odd file costs that file, never the run
            notes.append((path, f"not read ({type(exc).__name__}: {str(exc)[:80]})"))
            continue
        labels.extend(found)
    return labels, notes


def platform_kind(path: str) -> str | None:
    """The kind of label the file at `path` holds, or None when it holds none of Meta's."""
    p = PurePosixPath(path)
    if p.suffix.lower() not in (".json", ".html", ".htm"):
        return None
    return FILES.get(p.stem.lower())


def _member_bytes(archive: Archive, path: str, limit: int) -> bytes:
    """The bytes of `path`, refused (Unreadable) before reading when larger than `limit`."""
    size = archive.files[path].size
    if size > limit:
        raise Unreadable(f"file too large ({size / 1e6:.0f} MB, the limit is {limit / 1e6:.0f} MB)")
    return archive.read(path)


def _read_file(
    archive: Archive, path: str, kind: str, notes: list[tuple[str, str]]
) -> list[PlatformLabel]:
    is_json = path.lower().endswith(".json")
    try:
        data = _member_bytes(archive, path, MAX_JSON_BYTES if is_json else MAX_HTML_BYTES)
        if is_json:
            texts, language = _json_labels(parse(data))
        else:
            texts, language = _html_labels(data)
    except Unreadable as exc:
        notes.append((path, str(exc)))
        return []
    return _collect(path, kind, texts, language, notes)


def _collect(
    path: str, kind: str, texts: Iterator[str], language: str | None, notes: list
) -> list[PlatformLabel]:
    out: list[PlatformLabel] = []
    seen: set[str] = set()
    extra = 0
    for raw in texts:
        if len(out) >= MAX_LABELS:
            extra += 1  # counted, neither cleaned nor kept
            continue
        text = _clean(raw)
        if text and text not in seen:
            seen.add(text)
            out.append(PlatformLabel(path, text, kind, language))
    if extra:
        notes.append((path, f"more than {MAX_LABELS} labels: the first {MAX_LABELS} read"))
    elif not out:
        notes.append((path, "no labels found (empty, or a shape not known)"))
    return out


def _clean(raw: str) -> str:
    """The label as shown: mojibake undone, controls dropped, one space; "" when no word in it."""
    text = " ".join("".join(c for c in fix_text(raw) if c.isprintable() or c.isspace()).split())
    if not _WORD.search(text):
        return ""
    if len(text) > MAX_LABEL_CHARS:
        text = text[: MAX_LABEL_CHARS - 1] + "…"
    return text


# --- JSON ------------------------------------------------------------------------------------


def _json_labels(data: Any) -> tuple[Iterator[str], str | None]:
    """The label strings of a parsed file and its language when a field name tells it."""
    language = _language(data)
    if isinstance(data, list):
        return _walk(data), language
    if not isinstance(data, dict):
        raise Unreadable(f"unexpected JSON ({type(data).__name__}, expected an object)")
    keys = [k for k in LABEL_KEYS if k in data]
    if not keys:
        raise Unreadable(f"no known list of labels (keys: {', '.join(list(data)[:5])})")
    return _chain(data[k] for k in keys), language


def _chain(nodes: Iterator[Any]) -> Iterator[str]:
    for node in nodes:
        yield from _walk(node)


def _walk(node: Any, depth: int = 0) -> Iterator[str]:
    """Label strings in `node`: strings, and the label fields of each dict shape seen."""
    if depth > 8:
        return
    if isinstance(node, str):
        yield node
    elif isinstance(node, list):
        for item in node:
            yield from _walk(item, depth + 1)
    elif isinstance(node, dict):
        yield from _dict_labels(node, depth)


def _dict_labels(node: dict, depth: int) -> Iterator[str]:
    if isinstance(name := node.get("advertiser_name"), str):
        yield name
    elif isinstance(smd := node.get("string_map_data"), dict):
        for field in smd.values():  # one localised field ("Name", "Interesse", …)
            if isinstance(field, dict) and isinstance(field.get("value"), str):
                yield field["value"]
                break
    elif "vec" in node or "dict" in node:
        yield from _walk(node.get("vec", []), depth + 1)
        yield from _walk(node.get("dict", []), depth + 1)
    elif isinstance(value := node.get("value"), str):
        yield value
    elif isinstance(title := node.get("title"), str):
        yield title  # advertisers you've interacted with: the ad's title
    elif isinstance(name := node.get("name"), str):
        yield name


def _language(data: Any) -> str | None:
    """The export's language from the first localised field name found, when it tells one."""
    if not isinstance(data, dict):
        return None
    for key in ("inferred_data_ig_interest", "topics_your_topics"):
        items = data.get(key)
        if isinstance(items, list) and items and isinstance(items[0], dict):
            smd = items[0].get("string_map_data")
            if isinstance(smd, dict) and smd:
                return FIELD_LANGUAGE.get(_plain(fix_text(str(next(iter(smd))))))
    return None


def _plain(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c)).strip()


# --- HTML ------------------------------------------------------------------------------------

_DATE_LIKE = re.compile(  # a time with a year, or an ISO date: when, not what
    r"\d{1,2}:\d{2}.*\b(?:19|20)\d{2}\b|\b(?:19|20)\d{2}\b.*\d{1,2}:\d{2}|\b\d{4}-\d{2}-\d{2}\b"
)
_SKIP_TAGS = {"head", "title", "script", "style", "h1", "h2", "h3", "nav", "footer"}
_BLOCKS = {"div", "li", "td", "th", "p", "tr", "ul", "table", "main", "section"}


class _Page(HTMLParser):
    """Text runs of an export page by block, less headings, field names and outer links."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lang: str | None = None
        self.title = ""
        self.stack: list[str] = []
        self.main_depth: int | None = None  # depth of the role="main" / <main> element
        self.saw_main = False
        self.runs: list[tuple[bool, str]] = []  # (inside main, text)
        self.cell: list[str] | None = None
        self.buffer: list[str] = []

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "html" and a.get("lang"):
            self.lang = (a["lang"] or "")[:2].lower() or None
        if tag in ("br", "img", "meta", "link", "hr", "input"):
            return
        if tag in _BLOCKS:
            self._flush()
        self.stack.append(tag)
        if self.main_depth is None and (tag == "main" or a.get("role") == "main"):
            self.main_depth = len(self.stack)
            self.saw_main = True
        if tag in ("td", "th"):
            self.cell = []

    def handle_endtag(self, tag):
        if tag not in self.stack:
            return
        if tag in _BLOCKS:
            self._flush()
        if tag in ("td", "th") and self.cell is not None:
            runs, self.cell = self.cell, None
            for text in runs[1:] if len(runs) > 1 else runs:  # "Name" then the value
                self._keep(text)
        while self.stack:
            top = self.stack.pop()
            if self.main_depth is not None and len(self.stack) < self.main_depth:
                self.main_depth = None
            if top == tag:
                break

    def handle_data(self, data):
        if "title" in self.stack:
            self.title += data
        if any(t in _SKIP_TAGS for t in self.stack):
            return
        if "a" in self.stack and self.main_depth is None:
            return  # navigation links of the old pages
        self.buffer.append(data)

    def _flush(self) -> None:
        text = " ".join("".join(self.buffer).split())
        self.buffer = []
        if not text:
            return
        if self.cell is not None:
            self.cell.append(text)
        else:
            self._keep(text)

    def _keep(self, text: str) -> None:
        self.runs.append((self.main_depth is not None, text))

    def labels(self) -> list[str]:
        """The runs that are labels: inside main when the page has one, not the title or a date."""
        self._flush()
        title = " ".join(self.title.split()).casefold()
        return [
            text
            for in_main, text in self.runs
            if (in_main or not self.saw_main)
            and text.casefold() != title
            and not _DATE_LIKE.search(text)
        ]


def _html_labels(data: bytes) -> tuple[Iterator[str], str | None]:
    page = _Page()
    page.feed(data.decode("utf-8", errors="replace"))
    page.close()
    return iter(page.labels()), page.lang
