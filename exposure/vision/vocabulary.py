"""The project's tags: what model classes mean for a privacy reader, and the alt text.

Object labels (COCO, from YOLO) are kept as they are, and some also name an activity or a signal
(`skis` -> `skiing`, `wine glass` -> `alcohol`). ImageNet classes (from the classifier) map to the
project's tags by class index: breeds to `dog`/`cat`, `seashore` to `beach`, `church` to `worship`,
`pill bottle` to `medical`, and so on. Classes not mapped keep their ImageNet name but carry no
tag. The mapping is data, in `vocabulary.yaml` beside this package's modules, validated when read:
a bad file raises VocabularyError naming the group, the class and the problem.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from importlib import resources
from typing import TYPE_CHECKING, Any

import yaml

if TYPE_CHECKING:
    import pandas as pd

TAG_SCORE = 0.3  # a detected object is a tag of its photo from this score (COCO: P 0.90, R 0.68)
SCENE_TAG_SCORE = 0.08  # classifier probabilities are low (label smoothing): a scene tag from here
IMAGENET_CLASSES = 1000  # ImageNet-1k, the same order in every ImageNet classifier
VOCABULARY_FILE = "vocabulary.yaml"
TAG_PATTERN = re.compile(r"^[a-z0-9][a-z0-9 '\-]*(:[a-z0-9][a-z0-9 '\-]*)?$")


class VocabularyError(ValueError):
    """The vocabulary file is not valid; the message names where and why."""


@dataclass(frozen=True)
class Group:
    """One group of classes that mean the same thing: its tag and the reason it is mapped."""

    name: str
    tag: str
    reason: str
    classes: dict[int, str] = field(default_factory=dict)  # ImageNet index -> name
    labels: tuple[str, ...] = ()  # COCO labels


@dataclass(frozen=True)
class Vocabulary:
    """The validated mapping: ImageNet groups, COCO groups and the COCO class list."""

    imagenet: tuple[Group, ...]
    coco: tuple[Group, ...]
    coco_classes: tuple[str, ...]

    def imagenet_tags(self) -> dict[int, str]:
        """ImageNet class index -> tag, for every mapped class."""
        return {i: g.tag for g in self.imagenet for i in g.classes}

    def object_tags(self) -> dict[str, str]:
        """COCO label -> tag, for every mapped label."""
        return {label: g.tag for g in self.coco for label in g.labels}

    def tags(self) -> list[str]:
        """Every tag the vocabulary gives, sorted."""
        return sorted({g.tag for g in (*self.imagenet, *self.coco)})


class _UniqueKeyLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """PyYAML keeps the last of two equal keys silently; a vocabulary must not."""

    def construct_mapping(self, node, deep=False):
        keys = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=True)
            if key in keys:
                line = key_node.start_mark.line + 1
                raise VocabularyError(f"line {line}: key {key!r} given twice in one mapping")
            keys.add(key)
        return super().construct_mapping(node, deep)


def load_vocabulary(
    text: str | None = None,
    class_names: Sequence[str] | None = None,
    where: str = VOCABULARY_FILE,
) -> Vocabulary:
    """The vocabulary in `text` (default: the bundled vocabulary.yaml), validated.

    With `class_names` (the classifier's 1,000 names in index order), each mapped class's name
    must match its index. Raises VocabularyError naming the problem.
    """
    if text is None:
        bundled = resources.files("exposure.vision").joinpath(VOCABULARY_FILE)
        text = bundled.read_text(encoding="utf-8")
    try:
        data = yaml.load(text, Loader=_UniqueKeyLoader)
    except VocabularyError as exc:
        raise VocabularyError(f"{where}: {exc}") from None
    except yaml.YAMLError as exc:
        raise VocabularyError(f"{where}: not valid YAML ({exc})") from None
    if not isinstance(data, dict):
        raise VocabularyError(f"{where}: must be a mapping with 'imagenet' and 'coco'")
    unknown = set(data) - {"reviewed", "imagenet", "coco", "coco_classes", "unmapped"}
    if unknown:
        raise VocabularyError(f"{where}: unknown section {sorted(unknown)[0]!r}")
    coco_classes = _coco_classes(data.get("coco_classes"), where)
    imagenet = tuple(
        _group(g, f"{where}: imagenet group {n + 1}", "classes", class_names)
        for n, g in enumerate(_list(data.get("imagenet"), f"{where}: 'imagenet'"))
    )
    coco = tuple(
        _group(g, f"{where}: coco group {n + 1}", "labels", coco_classes)
        for n, g in enumerate(_list(data.get("coco"), f"{where}: 'coco'"))
    )
    _no_conflicts(imagenet, where, "class")
    _no_conflicts(coco, where, "label")
    _check_unmapped(data.get("unmapped") or [], imagenet, class_names, where)
    _check_reviewed(data.get("reviewed"), where, len(coco_classes))
    return Vocabulary(imagenet, coco, coco_classes)


def _list(value, where: str) -> list:
    if not isinstance(value, list) or not value:
        raise VocabularyError(f"{where}: must be a non-empty list of groups")
    return value


def _coco_classes(value, where: str) -> tuple[str, ...]:
    if not isinstance(value, list) or not all(isinstance(v, str) and v for v in value):
        raise VocabularyError(f"{where}: 'coco_classes' must be the list of COCO class names")
    if len(set(value)) != len(value):
        raise VocabularyError(f"{where}: 'coco_classes' names a class twice")
    return tuple(value)


def _group(item, where: str, members: str, names: Sequence[str] | None) -> Group:
    if not isinstance(item, dict):
        raise VocabularyError(f"{where}: must be a mapping")
    name = item.get("group")
    if isinstance(name, str) and name.strip():
        where = f"{where.rsplit(' group ', 1)[0]} group {name!r}"
    unknown = set(item) - {"group", "tag", "reason", members}
    if unknown:
        raise VocabularyError(f"{where}: unknown field {sorted(unknown)[0]!r}")
    for key in ("group", "tag", "reason"):
        if not isinstance(item.get(key), str) or not item[key].strip():
            raise VocabularyError(f"{where}: field {key!r} is missing or empty")
    if not TAG_PATTERN.match(item["tag"]):
        raise VocabularyError(f"{where}: tag {item['tag']!r} must be short lowercase words")
    if members == "classes":
        return Group(name, item["tag"], item["reason"], classes=_classes(item, where, names))
    labels = item.get("labels")
    if not isinstance(labels, list) or not labels:
        raise VocabularyError(f"{where}: field 'labels' must be a non-empty list of COCO labels")
    for label in labels:
        if label not in (names or ()):
            raise VocabularyError(f"{where}: {label!r} is not one of the COCO classes")
    return Group(name, item["tag"], item["reason"], labels=tuple(labels))


def _classes(item: dict, where: str, names: Sequence[str] | None) -> dict[int, str]:
    classes = item.get("classes")
    if not isinstance(classes, dict) or not classes:
        raise VocabularyError(f"{where}: field 'classes' must map class indices to names")
    for index, name in classes.items():
        if not isinstance(index, int) or isinstance(index, bool):
            raise VocabularyError(f"{where}: class {index!r} is not an index 0..999")
        if not 0 <= index < IMAGENET_CLASSES:
            raise VocabularyError(f"{where}: class {index} is outside 0..999")
        if not isinstance(name, str) or not name:
            raise VocabularyError(f"{where}: class {index} has no name")
        if names is not None and names[index] != name:
            raise VocabularyError(
                f"{where}: class {index} is {names[index]!r} in the class list, not {name!r}"
            )
    return dict(classes)


def _no_conflicts(groups: Iterable[Group], where: str, what: str) -> None:
    owner: dict[object, Group] = {}
    for g in groups:
        for key in (*g.classes, *g.labels):
            first = owner.setdefault(key, g)
            if first.tag != g.tag:
                raise VocabularyError(
                    f"{where}: {what} {key!r} is in group {first.name!r} (tag {first.tag!r}) "
                    f"and in group {g.name!r} (tag {g.tag!r})"
                )


def _check_unmapped(items, imagenet, names: Sequence[str] | None, where: str) -> None:
    mapped = {i: g for g in imagenet for i in g.classes}
    for n, item in enumerate(items if isinstance(items, list) else [None]):
        at = f"{where}: unmapped entry {n + 1}"
        if not isinstance(item, dict) or not str(item.get("reason") or "").strip():
            raise VocabularyError(f"{at}: needs a 'reason' and 'classes'")
        for index in _classes(item, at, names):
            if index in mapped:
                raise VocabularyError(
                    f"{at}: class {index} is left unmapped but is in group {mapped[index].name!r}"
                )


def _check_reviewed(reviewed, where: str, coco_count: int) -> None:
    if not isinstance(reviewed, dict):
        raise VocabularyError(f"{where}: 'reviewed' must list the ranges of classes reviewed")
    for section, count in (("imagenet", IMAGENET_CLASSES), ("coco", coco_count)):
        seen: set[int] = set()
        for entry in reviewed.get(section) or []:
            r = entry.get("range") if isinstance(entry, dict) else None
            if not (isinstance(r, list) and len(r) == 2 and all(isinstance(x, int) for x in r)):
                raise VocabularyError(f"{where}: reviewed.{section}: each entry needs range [a, b]")
            if not str(entry.get("note") or "").strip():
                raise VocabularyError(f"{where}: reviewed.{section} {r}: needs a note")
            seen.update(range(r[0], r[1] + 1))
        missing = sorted(set(range(count)) - seen)
        if missing:
            raise VocabularyError(
                f"{where}: reviewed.{section}: classes {missing[0]}.. are not in a reviewed range"
            )


def check_class_names(names: Sequence[str]) -> None:
    """None when the bundled vocabulary's class names match `names` (a classifier's class list,
    in index order); raises VocabularyError naming the first mismatch otherwise."""
    if len(names) != IMAGENET_CLASSES:
        raise VocabularyError(f"the class list has {len(names)} names, not {IMAGENET_CLASSES}")
    load_vocabulary(class_names=list(names))


VOCABULARY = load_vocabulary()
_BY_INDEX = VOCABULARY.imagenet_tags()
OBJECT_TAGS: dict[str, str] = VOCABULARY.object_tags()  # COCO label -> activity or signal
# ImageNet name (normalised) -> tag; names are unique in the ImageNet-1k list
IMAGENET_TAGS: dict[str, str] = {
    " ".join(name.lower().split()): g.tag
    for g in VOCABULARY.imagenet
    for name in g.classes.values()
}


def normalise(name: str) -> str:
    """`name` as stored: underscores as spaces, lowercase, trimmed."""
    return name.replace("_", " ").strip().lower()


def imagenet_tag(index: int, name: str) -> str | None:
    """The project tag of ImageNet class `index` (named `name` by the classifier), or None.

    The index decides: classifiers spell names differently ('crane' for 'crane bird')."""
    return _BY_INDEX.get(index)


def retag(labels: pd.DataFrame) -> pd.DataFrame:
    """`labels` (columns label, tag) with each tag as today's vocabulary gives it, so that an
    output folder made with an older vocabulary gets today's tags without running a model again.

    A label named as the vocabulary names a class takes that class's tag. Any other label keeps
    its stored tag while the vocabulary still gives that tag (a classifier may spell a class
    otherwise: 'crane' for 'crane bird'), and loses it when no class carries that tag any more.
    """
    import pandas as pd  # here: a vision worker imports this module without needing pandas

    if labels.empty:
        return labels
    current = set(VOCABULARY.tags())

    def tag(label: str, stored: Any) -> str | None:
        name = " ".join(str(label).lower().split())
        if name in IMAGENET_TAGS:
            return IMAGENET_TAGS[name]
        return stored if isinstance(stored, str) and stored in current else None

    out = labels.copy()
    tags = [tag(lb, t) for lb, t in zip(out["label"], out["tag"])]
    out["tag"] = pd.Series(tags, index=out.index, dtype=object)
    return out


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
