"""Inputs for the OCR tests: photographed documents made with Pillow, and real photos read by eye.

Each document is drawn on a card with matplotlib's DejaVu fonts, then "photographed": laid on a
noisy, textured table at 2048 px, turned a few degrees, blurred a little and saved as a JPEG of
middling quality. `words` gives what a reader should find: lower case, punctuation stripped.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFilter, ImageFont

PHOTO = (2048, 1536)
SCALE = 0.75  # of the card on the table: 40 pt type ends up about 22 px high in a 2048 px photo

# Real photos under EXPOSURE_TEST_DATA, each looked at by eye.
COCO = "coco/images/{}.jpg"
# COCO photos with no visible text at all (several give raw one-character reads that must go).
NO_TEXT_COCO = [
    "000000000030",  # vase of flowers on a railing
    "000000000034",  # zebra on grass
    "000000000072",  # two giraffes in trees
    "000000000092",  # chocolate cake and fork
    "000000000154",  # three zebras
    "000000000194",  # pizza
    "000000000208",  # toy dinosaurs at a bathroom sink
    "000000000312",  # elephants on a track
    "000000000322",  # man throwing a frisbee at night
    "000000000474",  # boy with a baseball glove
    "000000000502",  # black bear
    "000000000562",  # toothbrushes in a glass
]
# COCO photos with a sign, and a word it shows.
SIGNS_COCO = {
    "000000000250": "greenwich",  # street sign GREENWICH ST (and VESEY ST)
    "000000000094": "hotel",  # shop sign PEACE WAY HOTEL
}
# Photos of faces/ with visible text (press walls, logos): every other one has none.
FACES_WITH_TEXT = {
    "kit_with_rose.jpg",  # HBO / Game of Thrones wall
    "rose_leslie/img2.jpg",  # Comic-Con logo
    "person_c/img36.jpg",  # BEFORE THE FLOOD poster
    "person_c/img37.jpg",  # abc logo
    "person_d/img39.jpg",  # Screen Actors Guild seal
    "person_e/img67.jpg",  # SPACEX
    "person_g/img23.jpg",  # BREAKTHROUGH PRIZE wall
    "test/obama1.jpg",  # THE WHITE HOUSE
}


@dataclass
class Document:
    name: str
    size: tuple[int, int]  # the card, in px
    paper: tuple[int, int, int]
    lines: list[tuple[str, int, bool]]  # text, font size, bold
    angle: float  # degrees

    @property
    def words(self) -> list[str]:
        """The words on the document, lower case, punctuation stripped."""
        return words(" ".join(text for text, _, _ in self.lines))


DOCUMENTS = [
    Document(
        "boarding pass",
        (1500, 640),
        (236, 242, 250),
        [
            ("BOARDING PASS  KLM Royal Dutch Airlines", 44, True),
            ("Passenger  JANSEN / MARIA MS", 40, False),
            ("From AMSTERDAM AMS  →  To TOKYO NRT", 40, False),
            ("Flight KL861   Date 14 MAR 2024   Seat 32A", 40, False),
            ("Gate D7   Boarding 10:35   Sequence 118", 36, False),
        ],
        3.0,
    ),
    Document(
        "badge",
        (760, 980),
        (250, 250, 250),
        [
            ("ACME BIOTECH", 64, True),
            ("Sofia Lindqvist", 56, True),
            ("Senior Research Scientist", 40, False),
            ("Employee 48213", 40, False),
            ("Valid until 2025", 36, False),
        ],
        -4.0,
    ),
    Document(
        "letter",
        (1150, 1300),
        (252, 251, 246),
        [
            ("Peter Novak", 36, False),
            ("Kastanienallee 12", 36, False),
            ("10435 Berlin", 36, False),
            ("Germany", 36, False),
            ("Berlin, 3 June 2023", 32, False),
            ("Dear Mr Novak,", 32, False),
            ("your appointment at the clinic", 32, False),
            ("is confirmed for Monday morning.", 32, False),
            ("Kind regards, Dr Weber", 32, False),
        ],
        2.0,
    ),
    Document(
        "placard",
        (1300, 900),
        (214, 180, 130),
        [
            ("NO MORE COAL", 130, True),
            ("CLIMATE JUSTICE", 110, True),
            ("NOW", 150, True),
        ],
        -3.0,
    ),
    Document(
        "number plate",
        (1040, 230),
        (245, 200, 20),
        [("AB12 CDE", 170, True)],
        2.5,
    ),
]


def words(text: str) -> list[str]:
    """Lower-case words of `text`, punctuation stripped (what word recall counts)."""
    return re.findall(r"[^\W_]+", text.lower())


def font(size: int, bold: bool) -> ImageFont.FreeTypeFont:
    """DejaVu Sans from matplotlib's package data."""
    import matplotlib

    name = "DejaVuSans-Bold.ttf" if bold else "DejaVuSans.ttf"
    return ImageFont.truetype(str(Path(matplotlib.get_data_path()) / "fonts/ttf" / name), size)


def card(doc: Document) -> Image.Image:
    """The document itself, flat, text left-aligned with even spacing."""
    im = Image.new("RGB", doc.size, doc.paper)
    draw = ImageDraw.Draw(im)
    y = 40
    for text, size, bold in doc.lines:
        draw.text((50, y), text, fill=(20, 20, 30), font=font(size, bold))
        y += int(size * 1.55)
    return im


def table(seed: int, size: tuple[int, int] = PHOTO) -> Image.Image:
    """A wood-like, noisy surface: low-frequency grain plus sensor noise."""
    rng = np.random.default_rng(seed)
    w, h = size
    grain = rng.normal(0, 1, (h // 16, w // 16))
    grain = np.asarray(Image.fromarray(grain.astype(np.float32)).resize((w, h), Image.BICUBIC))
    streaks = np.sin(np.linspace(0, 60, w))[None, :] * 8
    base = np.array([120, 90, 60], dtype=np.float32)
    arr = base + (grain * 18 + streaks)[..., None] + rng.normal(0, 6, (h, w, 3))
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def photograph(doc: Document, seed: int = 0) -> np.ndarray:
    """The document lying on a table, turned, blurred and JPEG-compressed: RGB uint8."""
    paper = card(doc)
    paper = paper.resize((round(paper.width * SCALE), round(paper.height * SCALE)), Image.LANCZOS)
    paper = paper.convert("RGBA").rotate(doc.angle, Image.BICUBIC, expand=True)
    photo = table(seed)
    x = (photo.width - paper.width) // 2
    y = (photo.height - paper.height) // 2
    photo.paste(paper, (x, y), paper)
    photo = photo.filter(ImageFilter.GaussianBlur(1.2))
    noise = np.random.default_rng(seed + 1).normal(0, 5, (photo.height, photo.width, 3))
    photo = Image.fromarray(np.clip(np.asarray(photo) + noise, 0, 255).astype(np.uint8))
    buf = io.BytesIO()
    photo.save(buf, "JPEG", quality=60)
    return np.asarray(Image.open(io.BytesIO(buf.getvalue())).convert("RGB"))


def recall(expected: list[str], lines: list[str]) -> tuple[int, int]:
    """(words found, words expected): each expected word counted once per occurrence."""
    found = words(" ".join(lines))
    hits = 0
    for word in expected:
        if word in found:
            found.remove(word)
            hits += 1
    return hits, len(expected)


def load(path: Path, side: int = 2048) -> np.ndarray:
    """A real photo upright, long side at most `side` (the size the scan benchmark uses): RGB."""
    from PIL import ImageOps

    with Image.open(path) as im:
        im = ImageOps.exif_transpose(im).convert("RGB")
    im.thumbnail((side, side), Image.BILINEAR)
    return np.asarray(im)


def faces_without_text(data: Path) -> list[Path]:
    """The photos of faces/ that show no text."""
    photos = sorted(
        p for p in (data / "faces").rglob("*") if p.suffix.lower() in (".jpg", ".jpeg", ".png")
    )
    return [p for p in photos if not any(str(p).endswith(t) for t in FACES_WITH_TEXT)]
