"""Meta's own conclusions as exports hold them: every file shape of every generation seen.

Each builder writes the files of one export generation in one language, in Meta's encoding
(`meta_json`: UTF-8 bytes as \\u00XX), and returns what a correct reader must find:
`{path: [(label, kind), ...]}`. The shapes follow the public parsers listed in
`exposure/ingest/platform.py`.
"""

from __future__ import annotations

from pathlib import Path

from .common import Tree, meta_json, ts

Expected = dict[str, list[tuple[str, str]]]
# every top-level key the shapes below use, for generated files
LABEL_KEYS_SEEN = (
    "topics",
    "topics_v2",
    "inferred_topics_v2",
    "bcts",
    "label_values",
    "vec",
    "value",
    "string_map_data",
    "inferred_data_ig_interest",
    "topics_your_topics",
    "custom_audiences_all_types_v2",
    "ig_custom_audiences_all_types",
    "advertiser_name",
    "history_v2",
    "title",
    "friend_peer_group_v2",
)


def _add(tree: Tree, expected: Expected, path: str, data, labels: list[str], kind: str) -> None:
    tree.add(path, data if isinstance(data, bytes) else meta_json(data))
    expected[path] = [(label, kind) for label in labels]


def facebook_2018_en(tree: Tree) -> Expected:
    """Facebook 2018-19, English: `ads/` and `about_you/`, plain lists."""
    exp: Expected = {}
    interests = ["Hiking", "Dogs", "Parents (All)", "Craft beer", "Yoga"]
    _add(tree, exp, "ads/ads_interests.json", {"topics": interests}, interests, "interest")
    uploaders = ["Booking.com", "Petco"]
    _add(
        tree,
        exp,
        "ads/advertisers_who_uploaded_a_contact_list_with_your_information.json",
        {"custom_audiences": uploaders},
        uploaders,
        "advertiser",
    )
    history = [
        {"title": "Summer Sale at Decathlon", "action": "Clicked ad", "timestamp": ts("2018-06-01")}
    ]
    _add(
        tree,
        exp,
        "ads/advertisers_you've_interacted_with.json",
        {"history": history},
        ["Summer Sale at Decathlon"],
        "advertiser",
    )
    peer = "Established Adult Life"
    _add(
        tree,
        exp,
        "about_you/friend_peer_group.json",
        {"friend_peer_group": peer},
        [peer],
        "peer_group",
    )
    return exp


def facebook_2021_es(tree: Tree) -> Expected:
    """Facebook 2021, Spanish: `other_logged_information/`, `your_topics/`, `_v2` keys."""
    exp: Expected = {}
    interests = ["Fútbol", "Viajes", "Perros", "Iglesia católica", "Senderismo"]
    _add(
        tree,
        exp,
        "other_logged_information/ads_interests.json",
        {"topics_v2": interests},
        interests,
        "interest",
    )
    topics = ["Cocina", "Padres (todos)", "Esquí"]
    _add(
        tree,
        exp,
        "your_topics/your_topics.json",
        {"inferred_topics_v2": topics},
        topics,
        "topic",
    )
    _add(
        tree,
        exp,
        "ads_information/advertisers_who_uploaded_a_contact_list_with_your_information.json",
        {"custom_audiences_v2": ["Iberia", "El Corte Inglés"]},
        ["Iberia", "El Corte Inglés"],
        "advertiser",
    )
    _add(
        tree,
        exp,
        "ads_information/advertisers_you've_interacted_with.json",
        {"history_v2": [{"title": "Ofertas de verano", "action": "Clic", "timestamp": 1}]},
        ["Ofertas de verano"],
        "advertiser",
    )
    _add(
        tree,
        exp,
        "other_logged_information/friend_peer_group.json",
        {"friend_peer_group_v2": "Vida adulta establecida"},
        ["Vida adulta establecida"],
        "peer_group",
    )
    return exp


def facebook_2023_de(tree: Tree) -> Expected:
    """Facebook 2022-23, German: `logged_information/…`, `bcts`, advertisers with flags."""
    exp: Expected = {}
    interests = ["Fußball", "Hunde", "Radfahren"]
    _add(
        tree,
        exp,
        "logged_information/other_logged_information/ads_interests.json",
        {"topics_v2": interests},
        interests,
        "interest",
    )
    cats = [
        "Eltern (alle)",
        "Kürzlich umgezogen",
        "Facebook-Zugriff (Mobilgerät): alle Mobilgeräte",
    ]
    _add(
        tree,
        exp,
        "ads_information/other_categories_used_to_reach_you.json",
        {"bcts": cats},
        cats,
        "category",
    )
    audiences = [
        {
            "advertiser_name": name,
            "has_data_file_custom_audience": True,
            "has_remarketing_custom_audience": False,
            "has_in_person_store_visit": False,
        }
        for name in ("Lufthansa", "Müller Drogerie")
    ]
    _add(
        tree,
        exp,
        "ads_information/advertisers_using_your_activity_or_information.json",
        {"custom_audiences_all_types_v2": audiences},
        ["Lufthansa", "Müller Drogerie"],
        "advertiser",
    )
    _add(
        tree,
        exp,
        "logged_information/other_logged_information/inferred_topics.json",
        {"inferred_topics_v2": ["Reisen", "Wein"]},
        ["Reisen", "Wein"],
        "topic",
    )
    return exp


def _label_values(values: list[str], label: str = "Name") -> dict:
    """The 2024+ shape: one field whose `vec` holds the values, beside Meta's bookkeeping keys."""
    return {
        "label_values": [
            {
                "label": label,
                "ent_field_name": "Name",
                "vec": [{"value": v} for v in values],
            }
        ],
        "media": [],
        "fbid": "100012345678901",
        "ent_name": "Categories",
    }


def facebook_2024_fr(tree: Tree) -> Expected:
    """Facebook 2024, French: `label_values`/`vec` in `ads_information/`."""
    exp: Expected = {}
    cats = ["Voyageurs internationaux fréquents", "Loin de sa ville natale", "Acheteurs engagés"]
    _add(
        tree,
        exp,
        "ads_information/other_categories_used_to_reach_you.json",
        _label_values(cats, "Nom"),
        cats,
        "category",
    )
    _add(
        tree,
        exp,
        "ads_information/advertisers_using_your_activity_or_information.json",
        _label_values(["Air France", "Fnac"], "Annonceur"),
        ["Air France", "Fnac"],
        "advertiser",
    )
    interests = ["Chiens", "Cyclisme", "Mariage"]
    _add(
        tree,
        exp,
        "logged_information/other_logged_information/ads_interests.json",
        {"topics_v2": interests},
        interests,
        "interest",
    )
    return exp


def facebook_2026_pl(tree: Tree) -> Expected:
    """Facebook 2026, Polish: the ads folder under `your_facebook_activity/`."""
    exp: Expected = {}
    cats = ["Piłka nożna", "Podróże", "Rodzice (wszyscy)", "Zaangażowani kupujący"]
    _add(
        tree,
        exp,
        "your_facebook_activity/ads_information/other_categories_used_to_reach_you.json",
        _label_values(cats, "Nazwa"),
        cats,
        "category",
    )
    return exp


def facebook_html_pt(tree: Tree) -> Expected:
    """Facebook 2023 HTML, Portuguese: `_a6-g` entries, a field name then its value per cell."""
    exp: Expected = {}
    cats = ["Pais (todos)", "Viajantes frequentes", "Compradores engajados"]
    rows = "".join(
        f'<div class="_3-95 _a6-g"><div class="_2ph_ _a6-p"><table><tr>'
        f'<td class="_2pin _a6_q">Nome<div><div>{c}</div></div></td></tr></table></div>'
        f'<div class="_3-94 _a6-o">18 de mar. de 2023 10:15:22</div></div>'
        for c in cats
    )
    page = (
        '<html><head><meta charset="utf-8"/><title>Outras categorias usadas para alcançar você'
        '</title></head><body><div class="_a705"><div class="_a706" role="main">'
        '<div class="_3-8y _3-95 _a6-g"><div class="_2ph_ _a6-h _a6-i">Outras categorias usadas '
        f"para alcançar você</div></div>{rows}</div></div></body></html>"
    )
    _add(
        tree,
        exp,
        "ads_information/other_categories_used_to_reach_you.html",
        page.encode("utf-8"),
        cats,
        "category",
    )
    return exp


def facebook_html_2019_en(tree: Tree) -> Expected:
    """Facebook 2019 HTML, English: navigation links, then a list under `role="main"`."""
    exp: Expected = {}
    interests = ["Scuba diving", "Snowboarding", "Wine"]
    items = "".join(f"<li>{i}</li>" for i in interests)
    page = (
        "<html><head><title>Ads Interests</title></head><body>"
        '<div class="_3-8y"><a href="../index.htm">Profile</a><a href="../posts.htm">Posts</a></div>'
        '<div class="_4t5n" role="main"><h1>Ads Interests</h1>'
        f"<ul>{items}</ul></div>"
        '<div class="_3-96">Generated by Joe Doe on Tuesday, 5 March 2019 at 10:15 UTC+01:00</div>'
        "</body></html>"
    )
    _add(
        tree,
        exp,
        "ads/ads_interests.html",
        page.encode("utf-8"),
        interests,
        "interest",
    )
    return exp


def _smd(field: str, value: str) -> dict:
    return {
        "title": "",
        "media_map_data": {},
        "string_map_data": {field: {"href": "", "value": value, "timestamp": 0}},
    }


def instagram_2021_nl(tree: Tree) -> Expected:
    """Instagram 2021, Dutch: `information_about_you/`, `your_topics/`, localised field names."""
    exp: Expected = {}
    interests = ["Honden", "Voetbal", "Reizen"]
    _add(
        tree,
        exp,
        "information_about_you/ads_interests.json",
        {"inferred_data_ig_interest": [_smd("Interesse", i) for i in interests]},
        interests,
        "interest",
    )
    topics = ["Katten", "Fietsen"]
    _add(
        tree,
        exp,
        "your_topics/your_topics.json",
        {"topics_your_topics": [_smd("Naam", t) for t in topics]},
        topics,
        "topic",
    )
    audiences = [{"advertiser_name": "KLM", "has_data_file_custom_audience": True}]
    _add(
        tree,
        exp,
        "ads_and_businesses/advertisers_using_your_activity_or_information.json",
        {"ig_custom_audiences_all_types": audiences},
        ["KLM"],
        "advertiser",
    )
    return exp


def instagram_2024_it(tree: Tree) -> Expected:
    """Instagram 2024, Italian: `ads_information/instagram_ads_and_businesses/`, `preferences/`."""
    exp: Expected = {}
    base = "ads_information/instagram_ads_and_businesses/"
    cats = ["Viaggiatori frequenti", "Genitori (tutti)", "Early adopter della tecnologia"]
    _add(
        tree,
        exp,
        base + "other_categories_used_to_reach_you.json",
        _label_values(cats, "Nome"),
        cats,
        "category",
    )
    _add(
        tree,
        exp,
        base + "advertisers_using_your_activity_or_information.json",
        {"ig_custom_audiences_all_types": [{"advertiser_name": "Alitalia"}]},
        ["Alitalia"],
        "advertiser",
    )
    topics = ["Calcio", "Cani", "Vino"]
    _add(
        tree,
        exp,
        "preferences/your_topics/your_topics.json",
        {"topics_your_topics": [_smd("Nome", t) for t in topics]},
        topics,
        "topic",
    )
    _add(
        tree,
        exp,
        "preferences/your_topics/recommended_topics.json",
        {"topics_your_topics": [_smd("Nome", "Sci")]},
        ["Sci"],
        "topic",
    )
    return exp


GENERATIONS = (
    facebook_2018_en,
    facebook_2021_es,
    facebook_2023_de,
    facebook_2024_fr,
    facebook_2026_pl,
    facebook_html_pt,
    facebook_html_2019_en,
    instagram_2021_nl,
    instagram_2024_it,
)


def export(root: Path, builders=GENERATIONS) -> tuple[Path, Expected]:
    """One folder per builder under `root`, each an export; returns `root` and all expectations."""
    expected: Expected = {}
    for build in builders:
        tree = Tree()
        for path, labels in build(tree).items():
            expected[f"{build.__name__}/{path}"] = labels
        tree.write(root / build.__name__)
    return root, expected


def hostile(tree: Tree, huge: int = 6_000) -> dict[str, str]:
    """Bad files beside a good one; returns `{path: a word the note on it must contain}`."""
    tree.add("ads_information/ads_interests.json", b"")  # empty
    tree.add("your_topics/your_topics.json", b"[1, 2, 3]")  # wrong type: numbers
    tree.add("logged_information/inferred_topics.json", b'"just a string"')  # not an object
    tree.add(
        "ads_and_businesses/advertisers_you've_interacted_with.json", b'{"history": ['
    )  # broken
    tree.add(
        "other_logged_information/friend_peer_group.json", b'{"something_else": ["x"]}'
    )  # unknown keys
    tree.add(
        "logged_information/other_logged_information/ads_interests.json",
        meta_json({"topics_v2": [f"Interest {i}" for i in range(huge)]}),
    )
    tree.add("ads_information/other_categories_used_to_reach_you.json", meta_json({"bcts": []}))
    tree.add("ads_information/other_categories_used_to_reach_you.html", b"\xff\xfe<html>\x00")
    return {
        "ads_information/ads_interests.json": "broken",
        "your_topics/your_topics.json": "no labels",
        "logged_information/inferred_topics.json": "unexpected",
        "ads_and_businesses/advertisers_you've_interacted_with.json": "broken",
        "other_logged_information/friend_peer_group.json": "no known list",
        "logged_information/other_logged_information/ads_interests.json": "first 5000",
        "ads_information/other_categories_used_to_reach_you.json": "no labels",
        "ads_information/other_categories_used_to_reach_you.html": "no labels",
    }


def oversized(root: Path, size: int) -> Path:
    """A sparse `ads_interests.json` of `size` bytes (no disk used): must be refused unread."""
    path = root / "ads_information" / "ads_interests.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("wb") as f:
        f.truncate(size)
    return path
