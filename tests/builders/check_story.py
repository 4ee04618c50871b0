"""A small scanned life for `exposure check`, and the photos to check against it.

The archive (Facebook 2024 export, photo GPS) is twelve evenings at home in Amsterdam over four
months (their GPS scattered a few hundred metres around it), from the real photos of ../shared/data (coco/, re-encoded with a small crop so that each
is distinct): it gives a home and the GPS metadata, and no document. The photos to check:

- `boarding_pass`: a photographed boarding pass (tests/builders/text_photos.py), no EXIF: a new
  `documents.travel` claim, read by OCR;
- `landscape`: an ImageNet alp, no EXIF: nothing new;
- `home_photo`: another evening at home, with its own EXIF time and GPS: more photos with GPS, and a
  home with one more point;
- an archive photo itself (`archive_photo`): already there, nothing new.
"""

from __future__ import annotations

import io
from pathlib import Path

import pandas as pd
from PIL import Image

from .claims_stories import AMSTERDAM, HOME_PHOTOS, variant
from .common import Tree, exif_with, ts

LANDSCAPE = "imagenet/0970_n09193705_alp.jpg"
EVENINGS = 12
HOME_CENTRE = (52.3671, 4.9036)  # where the scan places the home
SPREAD = [-0.004, 0.003, -0.002, 0.0045, 0.001, -0.0035]  # degrees: 100 to 500 m from home


def build(data: Path, root: Path) -> Path:
    """The archive: twelve photos at home, every ten days from January 2021, at 19:00 UTC."""
    tree, posts = Tree(), []
    for i, day in enumerate(pd.date_range("2021-01-05", periods=EVENINGS, freq="10D")):
        src = data / f"coco/images/000000000{HOME_PHOTOS[i % len(HOME_PHOTOS)]}.jpg"
        uri = tree.add(
            f"your_facebook_activity/posts/media/Mobile_x/{i:03d}.jpg",
            variant(src.read_bytes(), 1 + i // len(HOME_PHOTOS)),
        )
        t = ts((day + pd.Timedelta(hours=19, minutes=i)).strftime("%Y-%m-%dT%H:%M:%S"))
        lat, lon = AMSTERDAM[0] + SPREAD[i % len(SPREAD)], AMSTERDAM[1] + SPREAD[i // 2 % 6]
        exif = {"taken_timestamp": t, "latitude": lat, "longitude": lon}
        media = {
            "uri": uri,
            "creation_timestamp": t + 600,
            "media_metadata": {"photo_metadata": {"exif_data": [exif]}},
        }
        posts.append({"timestamp": t + 600, "attachments": [{"data": [{"media": media}]}]})
    tree.add("your_facebook_activity/posts/your_posts__check_ins__photos_and_videos_1.json", posts)
    return tree.write(root / "archive")


def archive_photo(archive: Path) -> Path:
    """A photo of the archive, as it is there."""
    return archive / "your_facebook_activity/posts/media/Mobile_x/000.jpg"


def boarding_pass(folder: Path) -> Path:
    """A photographed boarding pass (AMS → NRT), as a JPEG without EXIF."""
    from .text_photos import DOCUMENTS, photograph

    path = folder / "boarding_pass.jpg"
    Image.fromarray(photograph(DOCUMENTS[0], seed=3)).save(path, "JPEG", quality=88)
    return path


def landscape(data: Path, folder: Path) -> Path:
    """A mountain landscape without EXIF: nothing an observer learns from it."""
    path = folder / "alps.jpg"
    path.write_bytes(variant((data / LANDSCAPE).read_bytes(), 1))
    return path


def home_photo(data: Path, folder: Path) -> Path:
    """One more evening at home, its EXIF giving the time and the home's GPS."""
    im = Image.open(io.BytesIO(variant((data / "coco/images/000000000164.jpg").read_bytes(), 1)))
    path = folder / "IMG_home.jpg"
    im.save(path, "JPEG", quality=90, exif=exif_with("2021:06:20 21:05:00", HOME_CENTRE))
    return path
