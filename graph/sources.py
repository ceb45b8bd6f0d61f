"""Sources: articles as researchers have them — UTF-8 or legacy-encoded text (with a
sidecar or front matter for metadata), HTML pages saved from news sites, JSON Lines
archives — turned into RawArticle records, one clear error line for anything else.

Readers come from a registry (format name → reader) chosen by extension and content.
"""
from __future__ import annotations

import codecs
import json
import re
from pathlib import Path
from typing import Callable, Iterator

from graph.errors import InputError
from graph.load import _looks_binary, check_size
from graph.types import RawArticle

_FRONT_MATTER = re.compile(r"\A---\s*\n(.*?)\n---\s*\n", re.DOTALL)
# Characters that Vietnamese text in the TCVN3 (ABC) or VNI font encodings shows when it
# is read as if it were Unicode: TCVN3 puts letters on Latin-1 symbols, VNI spells tone
# marks as separate Latin-1 letters after the vowel.
_TCVN3_MARKS = re.compile("[¸µ¶·¹¾»¼½ÆÇÌÎÏÐÑÒÓÔÕÖ×ØÜÝÞßãåæçéêëìíîïóôõöøùúûüýþ]")
_VNI_MARKS = re.compile("(?:[aeiouyAEIOUY][ùøûõïâáàåãäêéèëìíîòóôöøúü])|ñ|Ñ")
# Letters only Vietnamese Unicode text has (not in Latin-1, unlike â, ê, ô).
_VIETNAMESE = re.compile("[ăđơưĂĐƠƯạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]")


def _metadata_from_sidecar(path: Path) -> dict:
    for candidate in (path.with_suffix(".json"), path.with_name(path.stem + ".meta.json")):
        if candidate.exists() and candidate != path:
            try:
                data = json.loads(candidate.read_text(encoding="utf-8"))
            except (OSError, ValueError) as error:
                raise InputError(f"{candidate}: sidecar is not valid JSON ({error})") from None
            if isinstance(data, dict):
                return data
    return {}


def _front_matter(text: str) -> tuple[str, dict]:
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields = {}
    for line in match.group(1).splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return text[match.end():], fields


def decode_text(data: bytes, path: Path) -> str:
    """UTF-8 (with or without BOM), UTF-16 with a BOM, or Windows-1258; refuse font
    encodings (TCVN3, VNI) with a message that says how to convert them."""
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise InputError(f"{path}: starts like UTF-16 but does not decode as UTF-16") from None
    if data.startswith(codecs.BOM_UTF8):
        data = data[3:]
    if _looks_binary(data):
        raise InputError(f"{path}: binary file, not UTF-8 text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        try:
            text = data.decode("cp1258")
        except UnicodeDecodeError:
            raise InputError(f"{path}: not valid UTF-8 (byte {error.start}) nor Windows-1258; "
                             f"convert it to UTF-8 first") from None
        if not _VIETNAMESE.search(__import__("unicodedata").normalize("NFC", text)):
            raise InputError(f"{path}: not valid UTF-8 (byte {error.start}); convert it to UTF-8 first")
    _refuse_font_encodings(text, path)
    return text


def _refuse_font_encodings(text: str, path: Path) -> None:
    sample = text[:20000]
    letters = sum(ch.isalpha() for ch in sample) or 1
    if _VIETNAMESE.search(sample):
        return
    tcvn3 = len(_TCVN3_MARKS.findall(sample)) / letters
    vni = len(_VNI_MARKS.findall(sample)) / letters
    if max(tcvn3, vni) > 0.03:
        name = "VNI" if vni >= tcvn3 else "TCVN3 (ABC)"
        raise InputError(f"{path}: looks like {name} font-encoded text; convert it to Unicode first "
                         f"(for example with UniKey's converter)")


def _read_bytes(path: Path) -> bytes:
    try:
        if path.suffix.lower() not in {".jsonl", ".ndjson"}:
            check_size(path, path.stat().st_size)
        data = path.read_bytes()
    except FileNotFoundError:
        raise InputError(f"{path}: no such file (was it removed during the build?)") from None
    except PermissionError:
        raise InputError(f"{path}: permission denied") from None
    except IsADirectoryError:
        raise InputError(f"{path}: is a directory, not an article file") from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    return data


def read_text(path: Path) -> Iterator[RawArticle]:
    text = decode_text(_read_bytes(path), path)
    if re.match(r"\s*(<!doctype html|<html)", text[:200], re.IGNORECASE):
        yield from read_html(path)
        return
    text, fields = _front_matter(text)
    fields = {**_metadata_from_sidecar(path), **fields}
    if not text.strip():
        raise InputError(f"{path}: no article text after the front matter")
    yield RawArticle(path.name, text, str(path), url=fields.get("url") or fields.get("source"),
                     date_hint=str(fields["date"]) if fields.get("date") else None)


def read_html(path: Path) -> Iterator[RawArticle]:
    """The article body, title, date and URL of a saved news page (trafilatura)."""
    try:
        import trafilatura
    except ImportError:
        raise InputError(f"{path}: an HTML page; install trafilatura to read HTML pages") from None
    html = decode_text(_read_bytes(path), path)
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True, include_comments=False,
                                    favor_precision=True)
    if not extracted:
        raise InputError(f"{path}: an HTML page with no article text that could be extracted")
    data = json.loads(extracted)
    body = (data.get("text") or "").strip()
    if not body:
        raise InputError(f"{path}: an HTML page with no article text that could be extracted")
    title = (data.get("title") or "").strip()
    text = f"{title}\n{body}" if title and not body.startswith(title) else body
    fields = _metadata_from_sidecar(path)
    yield RawArticle(path.name, text, str(path), url=fields.get("url") or data.get("url") or data.get("source"),
                     date_hint=fields.get("date") or data.get("date"))


def read_jsonl(path: Path) -> Iterator[RawArticle]:
    """One article per line: {"id", "text" | "content", "url", "date", "title"}. A bad
    line is reported with its number (as an InputError yielded to the caller's error
    handler) and the other lines are still read."""
    try:
        handle = path.open(encoding="utf-8")
    except OSError as error:
        raise InputError(f"{path}: cannot read ({error.strerror})") from None
    with handle:
        for number, line in enumerate(handle, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                if not isinstance(record, dict):
                    raise ValueError("not a JSON object")
                text = record.get("text") or record.get("content")
                if not isinstance(text, str) or not text.strip():
                    raise ValueError('no "text" field')
            except (ValueError, UnicodeDecodeError) as error:
                yield InputError(f"{path}:{number}: {error}")
                continue
            identifier = str(record.get("id") or record.get("identifier") or f"{path.stem}#{number}")
            title = record.get("title")
            body = f"{title}\n{text}" if title and not text.startswith(title) else text
            yield RawArticle(identifier, body, f"{path}:{number}", url=record.get("url"),
                             date_hint=str(record["date"]) if record.get("date") else None)


READERS: dict[str, Callable[[Path], Iterator]] = {"text": read_text, "html": read_html, "jsonl": read_jsonl}
_BY_SUFFIX = {".html": "html", ".htm": "html", ".jsonl": "jsonl", ".ndjson": "jsonl"}
ARTICLE_SUFFIXES = {".txt", ".text", ".md", "", ".html", ".htm", ".jsonl", ".ndjson"}


def read_source(path: Path) -> Iterator[RawArticle | InputError]:
    """Articles of one file (an error for a bad line of an archive comes as a value)."""
    yield from READERS[_BY_SUFFIX.get(path.suffix.lower(), "text")](path)


def iter_sources(paths: list[Path], on_error: Callable[[InputError], None] | None = None) -> Iterator[RawArticle]:
    """Stream the articles of many files; bad files and lines go to on_error (or raise)."""
    for path in paths:
        try:
            for item in read_source(Path(path)):
                if isinstance(item, InputError):
                    if on_error is None:
                        raise item
                    on_error(item)
                else:
                    yield item
        except InputError as error:
            if on_error is None:
                raise
            on_error(error)
