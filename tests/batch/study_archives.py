"""A study's donated exports, built from the real photos of ../shared/data/coco.

One archive per participant, in each layout exposure reads: a Facebook folder, Facebook zip parts,
an Instagram zip, Google Takeout zip parts, a plain folder, and a zip that is not a zip. The photos
are dated weekly from 2020 on; most carry GPS near the participant's home (so `location.home` is
claimed), every third one a caption.
"""

from __future__ import annotations

import io
import json
from datetime import UTC, datetime, timedelta
from pathlib import Path

from PIL import Image

from tests.builders.common import Tree, exif_with, ts

HOME = (52.3676, 4.9041)
KINDS = ("facebook", "facebook-parts", "instagram", "takeout", "folder", "broken")


def coco_photos(data: Path) -> list[Path]:
    return sorted((data / "coco" / "images").glob("*.jpg"))


def _when(i: int) -> datetime:
    return datetime(2020, 1, 5, 10, tzinfo=UTC) + timedelta(days=7 * i, hours=i % 5)


def _where(i: int, k: int) -> tuple[float, float] | None:
    return None if i % 4 == 3 else (HOME[0] + 0.001 * (k + i % 3), HOME[1] + 0.001 * k)


def _caption(i: int) -> str:
    return f"Week {i} at home" if i % 3 == 0 else ""


def facebook(photos: list[bytes], k: int) -> Tree:
    tree, posts, act = Tree(), [], "your_facebook_activity/"
    for i, data in enumerate(photos):
        t = int(_when(i).timestamp())
        exif = {"upload_ip": "85.1.2.3", "taken_timestamp": t}
        if (at := _where(i, k)) is not None:
            exif.update(latitude=at[0], longitude=at[1])
        uri = tree.add(f"{act}posts/media/Mobileuploads_x/{i:03d}.jpg", data)
        media = {"uri": uri, "creation_timestamp": t + 900}
        media["media_metadata"] = {"photo_metadata": {"exif_data": [exif]}}
        posts.append(
            {
                "timestamp": t + 900,
                "data": [{"post": _caption(i)}] if _caption(i) else [],
                "attachments": [{"data": [{"media": media}]}],
            }
        )
    tree.add(f"{act}posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    tree.add(
        "personal_information/profile_information/profile_information.json",
        {"profile_v2": {"name": {"full_name": f"Participant {k}"}}},
    )
    return tree


def instagram(photos: list[bytes], k: int) -> Tree:
    tree, posts = Tree(), []
    for i, data in enumerate(photos):
        uri = tree.add(f"media/posts/2020{i % 12 + 1:02d}/p{i:03d}.jpg", data)
        exif = [{"date_time_original": _when(i).strftime("%Y:%m:%d %H:%M:%S")}]
        if (at := _where(i, k)) is not None:
            exif.append({"latitude": at[0], "longitude": at[1]})
        media = {"uri": uri, "creation_timestamp": ts(_when(i).strftime("%Y-%m-%dT%H:%M:%S"))}
        media |= {"title": _caption(i), "media_metadata": {"photo_metadata": {"exif_data": exif}}}
        posts.append({"media": [media]})
    tree.add("your_instagram_activity/media/posts_1.json", posts)
    return tree


def takeout(photos: list[bytes], k: int) -> Tree:
    tree, y = Tree(), "Takeout/Google Photos/Photos from 2020/"
    for i, data in enumerate(photos):
        name = f"IMG_{i:04d}.jpg"
        tree.add(y + name, data)
        geo = _where(i, k) or (0.0, 0.0)
        stamp = str(int(_when(i).timestamp()))
        tree.add(
            y + name + ".supplemental-metadata.json",
            {
                "title": name,
                "description": _caption(i),
                "creationTime": {"timestamp": stamp},
                "photoTakenTime": {"timestamp": stamp},
                "geoData": {"latitude": geo[0], "longitude": geo[1]},
                "geoDataExif": {"latitude": 0.0, "longitude": 0.0},
            },
        )
    return tree


def folder(photos: list[bytes], k: int) -> Tree:
    tree = Tree()
    for i, data in enumerate(photos):
        im = Image.open(io.BytesIO(data))
        buf = io.BytesIO()
        exif = exif_with(_when(i).strftime("%Y:%m:%d %H:%M:%S"), _where(i, k), "Apple", "iPhone")
        im.save(buf, "JPEG", quality=90, exif=exif)
        tree.add(f"DCIM/{i:03d}.jpg", buf.getvalue())
    return tree


def write(kind: str, tree: Tree, root: Path, name: str) -> None:
    """The tree as the layout `kind` is donated in: a folder, a zip, or two zip parts."""
    if kind == "facebook":
        tree.write(root / name)
    elif kind == "folder":
        tree.write(root / name)
    elif kind == "instagram":
        tree.zip(root / f"{name}.zip")
    else:  # parts: the JSON in the first, the photos in the second
        meta = [p for p in tree.files if p.endswith(".json")]
        first, second = (f"{name}-1.zip", f"{name}-2.zip")
        if kind == "takeout":
            first, second = (f"{_takeout_name(name)}-00{i}.zip" for i in (1, 2))
        tree.zip(root / first, meta)
        tree.zip(root / second, [p for p in tree.files if p not in meta])


BUILDERS = {
    "facebook": facebook,
    "facebook-parts": facebook,
    "instagram": instagram,
    "takeout": takeout,
    "folder": folder,
}


def build_study(data: Path, root: Path, per_archive: int = 4, kinds=KINDS) -> dict[str, str]:
    """The exports of `kinds` under `root`, `per_archive` photos each; {output name: kind}."""
    sources = [p.read_bytes() for p in coco_photos(data)]
    root.mkdir(parents=True, exist_ok=True)
    names = {}
    for k, kind in enumerate(kinds):
        name = f"p{k:02d}-{kind}"
        if kind == "broken":
            (root / f"{name}.zip").write_bytes(b"PK\x03\x04 not really a zip" * 10)
            names[name] = kind
            continue
        photos = [sources[(k * 7 + i) % len(sources)] for i in range(per_archive)]
        write(kind, BUILDERS[kind](photos, k), root, name)
        names[name if kind != "takeout" else _takeout_name(name)] = kind
    (root / "README.txt").write_text(json.dumps(names))  # not an export: ignored
    return names


def _takeout_name(name: str) -> str:
    """Google names the parts of one export takeout-<time>-001.zip, -002.zip…"""
    return f"takeout-2024{int(name[1:3]) + 1:02d}16T230250Z"
