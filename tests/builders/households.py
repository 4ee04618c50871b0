"""Simulated households from the real face identities of ../shared/data, with their truth.

Faces: every photo of a known identity is read once, its face found by exposure's HOG detector,
then cut again several times as a phone would see it (another framing, size, flip, light, blur,
tilt, JPEG quality) and each cut found and encoded by exposure's own face encoder
(`vision.dlib_faces`). A person in a simulated photo shows one of these real encodings, drawn from
one of their real photos: a person with several real photos (faces/person_a … person_h, and the
face_recognition examples of Obama, Biden, Rose Leslie, Kit Harington) varies as much as those
photos do, which is where clustering splits one person in two. Children and one-off guests come
from ages/ (one photo each: they vary by the cuts only).

A household (`household(seed, pool)`): the owner, a partner (most households), 1-3 children, a
few guests; two to four years of photos at home, out near home, at friends' homes and on trips.
Who is in each photo follows the household's habits; the truth is each face's identity and the
household's size.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from .life_store import Shot

FACES = "faces"
KNN = "faces/face_recognition_examples/examples/knn_examples"
ADULTS = {  # identities with several real photos (paths under the data folder)
    **{f"person_{c}": [f"{FACES}/person_{c}/*.jpg"] for c in "abcdefgh"},
    "obama": [f"{KNN}/train/obama/*.jpg", f"{KNN}/test/obama1.jpg"],
    "biden": [f"{KNN}/train/biden/*.jpg"],
    "rose_leslie": [f"{KNN}/train/rose_leslie/*.jpg"],
    "kit_harington": [f"{KNN}/train/kit_harington/*.jpeg"],
}
MAX_SIDE = 1600  # photos are shrunk to this before the face is looked for, as vision does


@dataclass
class Pool:
    """Real encodings by identity: `adults[name]` one array (cuts x 128) per real photo;
    `children` and `grownups` of ages/, one array of cuts each."""

    adults: dict[str, list[np.ndarray]] = field(default_factory=dict)
    children: list[np.ndarray] = field(default_factory=list)
    grownups: list[np.ndarray] = field(default_factory=list)


def _faces():
    from exposure.vision.dlib_faces import DlibFaces

    return DlibFaces()


def _largest(fr, image: np.ndarray, upsample: int = 1):
    boxes = fr.face_locations(image, upsample)
    return max(boxes, key=lambda b: (b[2] - b[0]) * (b[1] - b[3])) if boxes else None


def _cuts(fr, image, box, n: int, rng: np.random.Generator) -> np.ndarray:
    """Up to `n` encodings of the face at `box` (top, right, bottom, left) in `image`, each from
    another cut of the photo (framing, size, flip, light, blur, tilt, JPEG), found again by HOG."""
    from PIL import Image, ImageEnhance, ImageFilter

    top, right, bottom, left = box
    side = bottom - top
    cy, cx = (top + bottom) / 2, (left + right) / 2
    im = Image.fromarray(image)
    out = []
    for k in range(n * 2):
        if len(out) == n:
            break
        half = side * rng.uniform(1.0, 1.8)
        dx, dy = rng.uniform(-0.25, 0.25, 2) * side
        crop = im.crop(
            (int(cx - half + dx), int(cy - half + dy), int(cx + half + dx), int(cy + half + dy))
        )
        width = int(rng.uniform(110, 300)) if k else crop.width  # the first cut: as it was
        cut = crop.resize((width, width)) if k else crop
        if k:
            cut = cut.rotate(rng.uniform(-12, 12), resample=Image.BILINEAR, fillcolor=(128,) * 3)
            cut = ImageEnhance.Brightness(cut).enhance(rng.uniform(0.65, 1.35))
            cut = ImageEnhance.Contrast(cut).enhance(rng.uniform(0.7, 1.3))
            if rng.random() < 0.5:
                cut = cut.transpose(Image.FLIP_LEFT_RIGHT)
            if rng.random() < 0.4:
                cut = cut.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 1.6)))
            buf = io.BytesIO()
            cut.save(buf, "JPEG", quality=int(rng.uniform(45, 90)))
            cut = Image.open(io.BytesIO(buf.getvalue()))
        arr = np.asarray(cut.convert("RGB"))
        found = _largest(fr, arr)
        if found is not None:
            out.append(fr.face_encodings(arr, [found])[0].astype(np.float32))
    return _consistent(np.array(out, np.float32).reshape(-1, 128))


OUTLIER = 0.4  # a cut this far from the median of its photo's cuts is a failed re-detection


def _consistent(cuts: np.ndarray) -> np.ndarray:
    """The cuts of one photo without those whose encoding lies over `OUTLIER` from the median of
    them all: HOG found the face again on a crop warped beyond a look (the other cuts of a photo
    lie 0.13-0.33 from their mean, such a cut 0.38-0.51, nearer another person than its own
    photo). Drawn a face in six from the period's photo, one such cut made a person of its own
    in a simulated life, an artefact of the pool and not of faces; which cut fails moves with the
    versions of Pillow and dlib."""
    if len(cuts) < 3:
        return cuts
    far = np.linalg.norm(cuts - np.median(cuts, axis=0), axis=1) > OUTLIER
    return cuts[~far]


def _found(fr, image: np.ndarray, side: int = 640):
    """The largest face of a photo, looked for in a copy at most `side` px wide (faster), as a
    box of the photo itself."""
    from PIL import Image

    scale = max(image.shape[:2]) / side
    if scale <= 1:
        return _largest(fr, image)
    small = Image.fromarray(image)
    small.thumbnail((side, side))
    box = _largest(fr, np.asarray(small))
    return None if box is None else tuple(int(v * scale) for v in box)


def _read(path: Path, pad: int = 0) -> np.ndarray:
    from PIL import Image, ImageOps

    im = ImageOps.exif_transpose(Image.open(path)).convert("RGB")
    if max(im.size) > MAX_SIDE:
        im.thumbnail((MAX_SIDE, MAX_SIDE))
    if pad:
        im = ImageOps.expand(im, pad, (128, 128, 128))
    return np.asarray(im)


def face_pool(
    data: Path,
    cuts: int = 6,
    children: int = 40,
    grownups: int = 60,
    seed: int = 0,
    adults: tuple[str, ...] = tuple(ADULTS),
) -> Pool:
    """Real encodings of the identities of `data` (../shared/data): `cuts` per photo of each of
    `adults` (names of ADULTS), of `children` children (age <= 12) and `grownups` adults of
    ages/ (3 cuts each)."""
    rng = np.random.default_rng(seed)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fr = _faces()
    pool = Pool()
    for name, patterns in ((n, ADULTS[n]) for n in adults):
        for path in sorted(p for pat in patterns for p in data.glob(pat)):
            image = _read(path)
            box = _found(fr, image)
            if box is not None:
                found = _cuts(fr, image, box, cuts, rng)
                if len(found):
                    pool.adults.setdefault(name, []).append(found)
    labels = pd.read_csv(data / "ages" / "labels.csv")
    young = labels[labels["age"] <= 12]["file"].tolist()
    old = labels[labels["age"] >= 20]["file"].tolist()
    for files, into, n, k in (
        (young, pool.children, children, cuts),
        (old, pool.grownups, grownups, 3),
    ):
        for f in rng.permutation(files):
            if len(into) == n:
                break
            image = _read(data / "ages" / f, pad=100)
            box = _largest(fr, image)
            if box is not None:
                found = _cuts(fr, image, box, k, rng)
                if len(found) >= min(k, 2):
                    into.append(found)
    return pool


CITIES = [
    (52.37, 4.90),
    (48.86, 2.35),
    (50.08, 14.43),
    (41.39, 2.17),
    (45.46, 9.19),
    (52.23, 21.01),
]
TRIPS = [(38.72, -9.14), (41.90, 12.50), (37.98, 23.73), (35.68, 139.65), (40.42, -3.70)]


@dataclass
class Household:
    """A simulated household: its shots, who each face of each shot is, and its true size."""

    shots: list[Shot]
    who: list[list[str]]
    size: int
    members: list[str]


class _Person:
    """A person's look over time: in each photo, one cut of one of their real photos, the photo
    of the period (`looks` follow time, as a haircut or glasses do) most of the time."""

    def __init__(self, name: str, photos: list[np.ndarray], rng: np.random.Generator):
        self.name, self.rng = name, rng
        self.photos = [photos[i] for i in rng.permutation(len(photos))]

    def face(self, t: float) -> np.ndarray:
        n = len(self.photos)
        k = min(n - 1, int(t * n)) if self.rng.random() < 0.75 else int(self.rng.integers(n))
        cuts = self.photos[k]
        return cuts[self.rng.integers(len(cuts))] + self.rng.normal(0, 0.008, 128)


def _near(rng: np.random.Generator, at: tuple[float, float], km: float) -> tuple[float, float]:
    d = rng.normal(0, km / 111, 2)
    return (at[0] + d[0], at[1] + d[1] / np.cos(np.radians(at[0])))


PARTNER = 0.85  # the share of owners who live with a partner
KIDS = (1, 3)  # the fewest and most children at home, any number between as likely


@dataclass
class Family:
    """Who a simulated owner lives with and meets: `members` (the owner first, a partner, the
    children), `friends` (adults of the pool), `guests` (one-off grown-ups, in a random order)
    and `spare` (indices of the pool's children not drawn: a baby to come)."""

    owner: _Person
    members: list[_Person]
    friends: list[_Person]
    guests: list[_Person]
    spare: list[int]


def draw_family(rng: np.random.Generator, pool: Pool) -> Family:
    """The one way a household and a life draw a family: the owner, a partner with probability
    PARTNER, KIDS children of the pool's, one to three friends and the guests."""
    names = list(rng.permutation(sorted(pool.adults)))
    owner_name = names.pop()
    owner = _Person(owner_name, pool.adults[owner_name], rng)
    family = [owner]
    if rng.random() < PARTNER:
        partner = names.pop()
        family.append(_Person(partner, pool.adults[partner], rng))
    kids = rng.choice(len(pool.children), int(rng.integers(KIDS[0], KIDS[1] + 1)), replace=False)
    family += [_Person(f"child-{k}", [pool.children[k]], rng) for k in kids]
    friends = [_Person(n, pool.adults[n], rng) for n in names[: int(rng.integers(1, 4))]]
    guests = [
        _Person(f"guest-{k}", [pool.grownups[k]], rng) for k in rng.permutation(len(pool.grownups))
    ]
    spare = [k for k in range(len(pool.children)) if k not in set(kids.tolist())]
    return Family(owner, family, friends, guests, spare)


def household(seed: int, pool: Pool) -> Household:
    """One simulated household (see the module's docstring); the same `seed`, the same one."""
    rng = np.random.default_rng(seed)
    f = draw_family(rng, pool)
    owner, family, friends, guests = f.owner, f.members, f.friends, f.guests
    home = _near(rng, CITIES[int(rng.integers(len(CITIES)))], 3)
    friend_home = _near(rng, home, 4)
    start = pd.Timestamp("2016-01-01") + pd.Timedelta(days=int(rng.integers(0, 1500)))
    days = int(rng.integers(2 * 365, 4 * 365))
    shots: list[Shot] = []
    who: list[list[str]] = []

    def take(day: pd.Timestamp, at, hour: int, present: list[_Person], n: int) -> None:
        t = (day - start).days / days
        for k in range(n):
            shown = [p for p in present if rng.random() < 0.6][:4] or [present[0]]
            order = list(rng.permutation(len(shown)))
            shown = [shown[i] for i in order]
            stamp = f"{day:%Y-%m-%d} {hour:02d}:{(7 * k) % 60:02d}"
            shots.append(Shot(stamp, _near(rng, at, 0.03), faces=[p.face(t) for p in shown]))
            who.append([p.name for p in shown])

    trip_days = set(rng.choice(days, 3, replace=False).tolist())
    for d in sorted(set(rng.choice(days, int(days / 7), replace=False).tolist())):
        day = start + pd.Timedelta(days=d)
        r = rng.random()
        at_home = [p for p in family if rng.random() < (0.7 if p is owner else 0.55)]
        if d in trip_days:
            place = TRIPS[int(rng.integers(len(TRIPS)))]
            for k in range(3):
                take(day + pd.Timedelta(days=k), place, 12, family, 2)
        elif r < 0.6 and at_home:
            take(day, home, 19, at_home, int(rng.integers(1, 4)))
        elif r < 0.75 and at_home:
            take(day, _near(rng, home, 3), 15, at_home, int(rng.integers(1, 3)))
        elif r < 0.88 and friends:
            met = [f for f in friends if rng.random() < 0.6] or friends[:1]
            take(day, friend_home, 20, [owner, *met], int(rng.integers(1, 4)))
        elif guests:  # a party: guests who come once
            come = [guests.pop() for _ in range(min(len(guests), int(rng.integers(1, 4))))]
            take(day, home, 21, [owner, *family[1:2], *come], int(rng.integers(2, 5)))
    return Household(shots, who, len(family), [p.name for p in family])


SMALL_ADULTS = ("person_a", "person_b", "person_d", "rose_leslie", "kit_harington", "obama")


def small_face_pool(data: Path, children: int = 4) -> Pool:
    """A face pool small enough for a test: six adults of several photos each, `children`
    children and eight one-off grown-ups, each cut four times."""
    return face_pool(data, cuts=4, children=children, grownups=8, adults=SMALL_ADULTS)
