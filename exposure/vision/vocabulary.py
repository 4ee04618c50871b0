"""The project's tags: what model classes mean for a privacy reader, and the alt text.

Object labels (COCO, from YOLO) are kept as they are. ImageNet classes (from the classifier) map to
a small vocabulary: breeds to `dog`/`cat`, `seashore` and `sandbar` to `beach`, `groom` and `gown`
to `wedding`, and so on. Classes not listed here keep their ImageNet name but carry no tag.
"""

from __future__ import annotations

from collections.abc import Iterable

TAG_SCORE = 0.3  # a detected object is a tag of its photo from this score (COCO: P 0.90, R 0.68)
SCENE_TAG_SCORE = 0.08  # classifier probabilities are low (label smoothing): a scene tag from here
DOG_BREEDS = range(151, 269)  # ImageNet-1k indices, the same order in every ImageNet classifier
DOMESTIC_CATS = range(281, 286)
BIRDS = [*range(7, 25), *range(80, 101), *range(127, 147)]

IMAGENET_TAGS: dict[str, str] = {
    # scenes and places
    "seashore": "beach",
    "sandbar": "beach",
    "lakeside": "lake",
    "alp": "mountains",
    "valley": "mountains",
    "cliff": "mountains",
    "volcano": "mountains",
    "coral reef": "diving",
    "palace": "landmark",
    "stupa": "landmark",
    "monastery": "landmark",
    "church": "church",
    "altar": "church",
    "mountain tent": "camping",
    "restaurant": "restaurant",
    "library": "books",
    "bookshop": "books",
    # events and life stages
    "groom": "wedding",
    "gown": "wedding",
    "mortarboard": "graduation",
    "academic gown": "graduation",
    "crib": "baby",
    "cradle": "baby",
    "bassinet": "baby",
    "diaper": "baby",
    "christmas stocking": "christmas",
    "jack-o'-lantern": "halloween",
    "balloon": "party",
    "candle": "party",
    "moving van": "moving",
    # hobbies
    "ski": "skiing",
    "dogsled": "skiing",
    "snowmobile": "snow sports",
    "snorkel": "diving",
    "scuba diver": "diving",
    "paddle": "boating",
    "canoe": "boating",
    "speedboat": "boating",
    "catamaran": "sailing",
    "yawl": "sailing",
    "mountain bike": "cycling",
    "bicycle-built-for-two": "cycling",
    "tennis ball": "tennis",
    "racket": "tennis",
    "golf ball": "golf",
    "volleyball": "volleyball",
    "soccer ball": "football",
    "rugby ball": "rugby",
    "basketball": "basketball",
    "baseball": "baseball",
    # animals kept at home
    "sorrel": "horse",
    "goldfish": "fish",
    "hamster": "hamster",
    "guinea pig": "guinea pig",
    "wood rabbit": "rabbit",
    "hare": "rabbit",
}

# COCO labels worth naming in alt text as activities (YOLO finds the equipment)
OBJECT_TAGS: dict[str, str] = {
    "skis": "skiing",
    "snowboard": "snowboarding",
    "surfboard": "surfing",
    "tennis racket": "tennis",
    "baseball bat": "baseball",
    "baseball glove": "baseball",
    "skateboard": "skateboarding",
    "kite": "kites",
    "sports ball": "ball sports",
    "boat": "boating",
    "bicycle": "cycling",
}


def normalise(name: str) -> str:
    """A model's class name as a label: lower case, words joined by spaces."""
    return name.replace("_", " ").strip().lower()


def imagenet_tag(index: int, name: str) -> str | None:
    """The project tag of ImageNet class `index` named `name`, or None."""
    if index in DOG_BREEDS:
        return "dog"
    if index in DOMESTIC_CATS:
        return "cat"
    if index in BIRDS:
        return "bird"
    return IMAGENET_TAGS.get(normalise(name))


def alt_text(people: int, objects: Iterable[str], tags: Iterable[str]) -> str:
    """Facebook's style: 'Image may contain: 2 people, dog, outdoor, beach'."""
    parts: list[str] = []
    if people == 1:
        parts.append("1 person")
    elif people > 1:
        parts.append(f"{people} people")
    for word in [*objects, *tags]:
        if word != "person" and word not in parts:
            parts.append(word)
    return "Image may contain: " + ", ".join(parts) if parts else "No description available"
