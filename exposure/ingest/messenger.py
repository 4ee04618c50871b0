"""Messenger and Instagram Direct threads: `messages/<folder>/<thread>/message_N.json`.

Every generation is read (inbox, archived_threads, filtered_threads, message_requests,
e2ee_cutover). Each photo gets its thread and its sender; whether the owner sent it is decided at
the end, when the profile (which may come after the threads) names the owner. Photos others sent
are listed and counted but are not evidence about the owner (`Record.by_owner`).
"""

from __future__ import annotations

import re
import unicodedata
from typing import Any

from .records import Found, Record, Resolver, resolve_media, stamp

MESSAGE_FILE = re.compile(
    r"(?:^|/)messages/(?:inbox|archived_threads|filtered_threads|message_requests|e2ee_cutover)/"
    r"([^/]+)/message_\d+\.json$"
)
PHOTO_LISTS = ("photos", "gifs")
OTHER_LISTS = ("videos", "audio_files", "files")


def is_thread_file(key: str) -> bool:
    """Whether `key` is one file of a Messenger (or Instagram Direct) conversation."""
    return MESSAGE_FILE.search(key) is not None


def read_thread(tree: Any, key: str, resolver: Resolver, found: Found, source: str) -> Thread:
    """The media of one thread file as records (sender kept; owner decided later)."""
    thread = Thread(key, tree if isinstance(tree, dict) else {})
    messages = thread.tree.get("messages")
    for i, msg in enumerate(messages if isinstance(messages, list) else []):
        if not isinstance(msg, dict):
            continue
        try:
            _read_message(msg, thread, key, resolver, found, source)
        except Exception as exc:  # noqa: BLE001 - one odd message costs that message
            found.notes.append((key, f"message {i} not understood ({type(exc).__name__})"))
    return thread


def _read_message(msg: dict, thread: Thread, key: str, resolver, found: Found, source: str):
    sender = msg.get("sender_name") if isinstance(msg.get("sender_name"), str) else None
    sent = stamp(msg.get("timestamp_ms"), key, found, "ms")
    text = msg.get("content") if isinstance(msg.get("content"), str) else None
    for media in _media(msg):
        path = resolve_media(media["uri"], resolver, found)
        if path is None:
            continue
        thread.records.append(
            Record(
                path=path,
                source=source,
                caption=(text or "").strip() or None,
                uploaded_at=sent or stamp(media.get("creation_timestamp"), key, found),
                origin="messenger",
                thread=thread.title,
                sender=sender,
            )
        )
    sticker = msg.get("sticker")
    if isinstance(sticker, dict) and isinstance(sticker.get("uri"), str):
        path = resolver.resolve(sticker["uri"])
        if path is not None:
            found.skipped.append((path, "sticker (not a personal photo)"))


def _media(msg: dict[str, Any]):
    for name in PHOTO_LISTS + OTHER_LISTS:
        items = msg.get(name)
        for media in items if isinstance(items, list) else []:
            if isinstance(media, dict) and isinstance(media.get("uri"), str):
                yield media


class Thread:
    """One conversation file: its title, participants and media records."""

    def __init__(self, key: str, tree: dict[str, Any]):
        self.tree = tree
        folder = MESSAGE_FILE.search(key)
        title = tree.get("title")
        self.title = (
            title if isinstance(title, str) and title else (folder.group(1) if folder else None)
        )
        people = tree.get("participants")
        people = people if isinstance(people, list) else []
        self.participants = {
            _norm(p["name"])
            for p in people
            if isinstance(p, dict) and isinstance(p.get("name"), str)
        }
        self.records: list[Record] = []


def mark_senders(threads: list[Thread], owner: str | None) -> str | None:
    """Set `sent_by_owner` on every thread record; returns the owner name used.

    Without a profile, the owner is the one participant every conversation has (with two
    conversations or more); with neither, `sent_by_owner` stays unknown (None).
    """
    if owner is None:
        common = set.intersection(*(t.participants for t in threads)) if len(threads) > 1 else set()
        owner = next(iter(common)) if len(common) == 1 else None
    for t in threads:
        for rec in t.records:
            if owner is not None and rec.sender is not None:
                rec.sent_by_owner = _norm(rec.sender) == _norm(owner)
    return owner


def _norm(name: str) -> str:
    return " ".join(unicodedata.normalize("NFC", name).casefold().split())
