"""Load stage: turn input paths into RawArticle records, refusing anything that is not
article text with one clear line naming the file and the problem."""
from __future__ import annotations

import os
from pathlib import Path

from graph.errors import InputError
from graph.types import RawArticle

MAX_BYTES = 50 * 1024 * 1024
_TEXT_SUFFIXES = {".txt", ".text", ".md", "", ".html", ".htm", ".jsonl", ".ndjson"}


def _human(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB" if size >= 1024 * 1024 else f"{size:,} bytes"


def check_size(path: Path, size: int) -> None:
    """An article is a page of text; a file far larger is an archive or a mistake."""
    if size > MAX_BYTES:
        raise InputError(f"{path}: file is {_human(size)}, larger than the {_human(MAX_BYTES)} an article "
                         f"can be (split archives into files or JSON Lines)")


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    return control > len(sample) // 20


_CONTROL_BYTES = bytes([*range(9), *range(14, 32)])


def read_article(path: Path) -> RawArticle:
    """Read one UTF-8 article file; raise InputError saying what is wrong with it."""
    try:
        size = path.stat().st_size
    except FileNotFoundError:
        raise InputError(f"{path}: no such file") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if path.is_dir():
        raise InputError(f"{path}: is a directory, not an article file")
    check_size(path, size)
    try:
        data = path.read_bytes()
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if _looks_binary(data):
        raise InputError(f"{path}: binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise InputError(
            f"{path}: not valid UTF-8 (byte {error.start}); convert it to UTF-8 first"
        ) from None
    head = text.lstrip()[:200].lower()
    if head.startswith(("<!doctype html", "<html")) or "<body" in text[:5000].lower():
        raise InputError(f"{path}: looks like an HTML page, not article text; save the "
                         f"article's text as a .txt file")
    return RawArticle(identifier=path.name, text=text, source=str(path))


def expand_inputs(inputs: list[Path]) -> list[Path]:
    """Files named directly, plus the article files of named directories, sorted."""
    files: list[Path] = []
    for item in inputs:
        if item.is_dir():
            for root, dirs, names in os.walk(item):
                dirs[:] = [d for d in dirs if not d.startswith(".")]  # .git, .vnkg-cache
                for name in names:
                    candidate = Path(root) / name
                    if not name.startswith(".") and candidate.suffix.lower() in _TEXT_SUFFIXES:
                        files.append(candidate)
        elif item.exists():
            files.append(item)
        else:
            raise InputError(f"{item}: no such file or directory")
    unique = sorted(set(files), key=lambda p: (p.name, str(p)))
    return unique
