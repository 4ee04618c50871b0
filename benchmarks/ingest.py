"""Ingest throughput: a generated 10,000-photo Facebook 2024 export (small files, as a zip or folder).

    python benchmarks/ingest.py [--photos 10000] [--zip]

Prints the time `exposure.ingest.ingest` takes to read it (hash every file, read headers, no decode).
"""

from __future__ import annotations

import argparse
import io
import json
import sys
import tempfile
import time
import zipfile
from pathlib import Path

from PIL import Image

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from exposure.ingest import ingest  # noqa: E402

ACT = "your_facebook_activity/"


def build(root: Path, n: int, as_zip: bool) -> Path:
    """n photos in 20 albums and n/2 posts, each photo a distinct 16x16 JPEG."""
    files: dict[str, bytes] = {}
    base = io.BytesIO()
    Image.new("RGB", (16, 16), (120, 30, 200)).save(base, "JPEG", quality=90)
    jpeg = base.getvalue()
    albums: dict[int, list] = {}
    posts = []
    for i in range(n):
        uri = f"{ACT}posts/media/Album{i % 20}_x/{i}_{i * 7}_n.jpg"
        files[uri] = jpeg + i.to_bytes(4, "big")  # trailing bytes: distinct hash, still a JPEG
        media = {
            "uri": uri,
            "creation_timestamp": 1500000000 + i * 3600,
            "media_metadata": {
                "photo_metadata": {
                    "exif_data": [
                        {
                            "upload_ip": "1.2.3.4",
                            "taken_timestamp": 1500000000 + i * 3600 - 60,
                            "latitude": 38.7 + (i % 100) / 1000,
                            "longitude": -9.1,
                        }
                    ]
                }
            },
        }
        albums.setdefault(i % 20, []).append(media)
        if i % 2 == 0:
            posts.append(
                {
                    "timestamp": media["creation_timestamp"],
                    "data": [{"post": f"Post {i} café"}],
                    "attachments": [{"data": [{"media": media}]}],
                }
            )
    for a, photos in albums.items():
        files[f"{ACT}posts/album/{a}.json"] = json.dumps(
            {"name": f"Album {a}", "photos": photos}
        ).encode()
    files[f"{ACT}posts/your_posts__check_ins__photos_and_videos_1.json"] = json.dumps(
        posts
    ).encode()
    if as_zip:
        path = root / "facebook-bench.zip"
        with zipfile.ZipFile(path, "w", zipfile.ZIP_STORED) as zf:
            for name, data in files.items():
                zf.writestr(name, data)
        return path
    for name, data in files.items():
        p = root / "facebook-bench" / name
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    return root / "facebook-bench"


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--photos", type=int, default=10_000)
    ap.add_argument("--zip", action="store_true", help="one zip instead of a folder")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = build(Path(tmp), args.photos, args.zip)
        t0 = time.perf_counter()
        ing = ingest([path])
        dt = time.perf_counter() - t0
    print(
        f"ingest of {args.photos} photos ({'zip' if args.zip else 'folder'}): {dt:.2f} s, "
        f"{len(ing.photos)} photos, {len(ing.skipped)} skipped, {args.photos / dt:.0f} photos/s"
    )


if __name__ == "__main__":
    main()
