"""Sources: articles as researchers have them, turned into RawArticle records.

UTF-8 text (read by graph.load), legacy encodings (UTF-16, Windows-1258, and text typed
in the old TCVN3/ABC or VNI fonts), HTML pages saved from news sites (trafilatura finds
the article in the page), JSON Lines archives, and metadata (source URL, date) from a
sidecar `article.json` / `article.meta.json` or front matter at the top of a text file.

A file's format comes from a registry (format name → sniffer and reader), tried in
order; anything that cannot be read is one InputError line naming the file (and the line
of an archive) and the problem. Readers stream: an archive is read line by line, a
directory file by file, so a corpus is never held whole.
"""
from __future__ import annotations

import codecs
import json
import os
import re
import unicodedata
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Callable, Iterator

from graph import load
from graph.errors import InputError
from graph.types import RawArticle

OnError = Callable[[InputError], None]
SNIFF_BYTES = 64 * 1024


# ------------------------------------------------------------------ font encodings
# TCVN3 (ABC) put Vietnamese letters on Latin-1 code points; text typed in a .VnTime font
# and saved or pasted as Unicode shows them ("Céng hoµ x· héi"). Checked against glibc's
# TCVN5712-1 table; positions VN3 leaves unused (and 0xB0-0xB4: °±²³´) are kept as they are.
_TCVN3_PAIRS = ("¡Ă¢Â£Ê¤Ô¥Ơ¦Ư§Đ¨ă©âªê«ô¬ơ\xadư®đµà¶ả·ã¸á¹ạ»ằ¼ẳ½ẵ¾ắÆặÇầÈẩÉẫÊấËậÌèÎẻÏẽÐéÑẹÒềÓểÔễÕếÖệ×ìØỉÜĩ"
                "ÝíÞịßòáỏâõãóäọåồæổçỗèốéộêờëởìỡíớîợïùñủòũóúôụõừöử÷ữøứùựúỳûỷüỹýýþỵ")
TCVN3 = dict(zip(_TCVN3_PAIRS[::2], _TCVN3_PAIRS[1::2]))
# VNI spells a toned vowel as the letter and one Latin-1 "mark" letter after it
# ("Vieät" = "Việt"); a few letters are single code points (ñ = đ, ô = ơ, ö = ư, æ = ỉ).
_VNI_MARK = {"ù": "\u0301", "ø": "\u0300", "û": "\u0309", "õ": "\u0303", "ï": "\u0323",
             "â": "\u0302", "á": "\u0302\u0301", "à": "\u0302\u0300", "å": "\u0302\u0309", "ã": "\u0302\u0303",
             "ä": "\u0302\u0323", "ê": "\u0306", "é": "\u0306\u0301", "è": "\u0306\u0300", "ú": "\u0306\u0309",
             "ü": "\u0306\u0303", "ë": "\u0306\u0323"}
_VNI_MARK.update({mark.upper(): combining for mark, combining in _VNI_MARK.items()})
_VNI_LETTER = {"ô": "ơ", "ö": "ư", "ñ": "đ", "æ": "ỉ", "ó": "ĩ", "ò": "ị", "î": "ỵ"}
_VNI_LETTER.update({k.upper(): v.upper() for k, v in _VNI_LETTER.items()})
_VNI = re.compile("([aeiouyAEIOUYôÔöÖ])([" + "".join(_VNI_MARK) + "])|([" + "".join(_VNI_LETTER) + "])")
_TONES = "\u0300\u0301\u0303\u0309\u0323"


def tcvn3_to_unicode(text: str) -> str:
    """Letters of TCVN3 text read as Latin-1, back to Vietnamese; words in capitals
    (typed in the capital .VnTimeH font, which shares the codes) stay in capitals."""
    converted = "".join(TCVN3.get(char, char) for char in text)
    return re.sub(r"[^\W\d_]+", lambda m: m.group().upper() if _capitals(m.group()) else m.group(), converted)


def _capitals(word: str) -> bool:
    """"NGHÖ", "ñY": the ASCII letters are capitals, and not only an initial one ("Bé")."""
    ascii_letters = [c for c in word if c.isascii()]
    return (bool(ascii_letters) and all(c.isupper() for c in ascii_letters)
            and (len(ascii_letters) >= 2 or not word[0].isascii()))


def vni_to_unicode(text: str) -> str:
    """VNI text read as Latin-1, back to Vietnamese."""
    def letter(match: re.Match) -> str:
        base, mark = match.group(1), match.group(2)
        if base is None:
            return _VNI_LETTER[match.group(3)]
        marks, base = _VNI_MARK[mark], _VNI_LETTER.get(base, base)
        if ("\u0306" in marks and base not in "aA") or ("\u0302" in marks and base not in "aeoAEO"):
            return base + mark
        return unicodedata.normalize("NFC", base + marks)
    return _VNI.sub(letter, text)


# A Vietnamese word is one syllable: initial consonant, vowel nucleus, final consonant,
# at most one tone. Text decoded with the wrong table fails this for most of its words.
_NUCLEI = ("iêu yêu oai oay oao oeo uây uôi ươi ươu uya uyê uyu ai ao au ay âu ây eo êu ia iê iu oa oă oe oi ôi "
           "ơi oo ua uâ uê ui uô uơ ươ ưa ưi ưu uy yê a ă â e ê i o ô ơ u ư y").split()
_SYLLABLE = re.compile(r"(?:ngh|ng|gh|gi|kh|nh|ph|qu|th|tr|ch|[bcdđghklmnpqrstvx])?(?:"
                       + "|".join(_NUCLEI) + r")(?:ng|nh|ch|[cmnpt])?")
_WORD = re.compile(r"[^\W\d_]+")
_SYMBOLS = re.compile("[\u00a1-\u00bf\u00d7\u00f7]")
_UNICODE_VIETNAMESE = re.compile("[\u0102\u0103\u0110\u0111\u01a0\u01a1\u01af\u01b0\u1ea0-\u1ef9"
                                 "\u0300\u0301\u0303\u0309\u0323]")


def _is_syllable(word: str) -> bool:
    decomposed = unicodedata.normalize("NFD", word.lower())
    if sum(c in _TONES for c in decomposed) > 1:
        return False
    return _SYLLABLE.fullmatch(unicodedata.normalize("NFC", "".join(c for c in decomposed if c not in _TONES))) is not None


def vietnamese_score(text: str) -> tuple[float, int]:
    """(share of valid syllables, their number) among the words with non-ASCII letters,
    counting stray Latin-1 symbols against; ASCII words say nothing either way."""
    valid = invalid = 0
    for word in _WORD.findall(text):
        if not word.isascii():
            if _is_syllable(word):
                valid += 1
            else:
                invalid += 1
    invalid += len(_SYMBOLS.findall(text))
    return (valid / (valid + invalid) if valid + invalid else 0.0), valid


_FONTS = {"TCVN3 (ABC)": tcvn3_to_unicode, "VNI": vni_to_unicode}


def fix_font_encoding(text: str, where: str) -> str:
    """Text typed in a TCVN3 or VNI font, converted to Unicode when that reads clearly as
    Vietnamese; refused when it looks font-encoded but does not convert cleanly."""
    sample = text[:20000]
    if _UNICODE_VIETNAMESE.search(sample) or not re.search("[\u00a1-\u00ff]", sample):
        return text
    as_is, _ = vietnamese_score(sample)
    name, ratio, valid = max(((name, *vietnamese_score(convert(sample))) for name, convert in _FONTS.items()),
                             key=lambda item: (item[1], item[2]))
    if ratio >= 0.75 and valid >= 2 and ratio > as_is + 0.2:
        return _FONTS[name](text)
    if ratio >= 0.4 and ratio > as_is + 0.2:
        raise InputError(f"{where}: looks like {name} font-encoded text but does not convert cleanly; "
                         f"convert it to Unicode first (for example with UniKey's converter)")
    return text


# ------------------------------------------------------------------ bytes to text
def _utf16(head: bytes) -> str | None:
    """The UTF-16 codec a head is written in: by its BOM, or by NULs in every other byte."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16"
    sample = head[:4096]
    if len(sample) >= 8:
        even, odd = sample[0::2].count(0) / len(sample[0::2]), sample[1::2].count(0) / len(sample[1::2])
        if odd > 0.4 and even < 0.05:
            return "utf-16-le"
        if even > 0.4 and odd < 0.05:
            return "utf-16-be"
    return None


_LEGACY = {"Windows-1258": lambda data: data.decode("cp1258"),
           "TCVN3": lambda data: tcvn3_to_unicode(data.decode("latin-1")),
           "VNI": lambda data: vni_to_unicode(data.decode("latin-1"))}


def decode_text(data: bytes, where: str) -> str:
    """Bytes of an article in UTF-8 (BOM or not), UTF-16, Windows-1258, TCVN3 or VNI, as
    text (NFC for the legacy ones); whichever reads as Vietnamese, or an InputError
    saying how to convert."""
    codec = _utf16(data)
    if codec:
        try:
            text = unicodedata.normalize("NFC", data.decode(codec))
        except UnicodeDecodeError as error:
            raise InputError(f"{where}: looks like UTF-16 but does not decode as UTF-16 (byte {error.start}); "
                             f"convert it to UTF-8 first") from None
        if load._looks_binary(text.encode("utf-8", "replace")):
            raise InputError(f"{where}: binary file, not UTF-8 text")
        return fix_font_encoding(text, where)
    if load._looks_binary(data):
        raise InputError(f"{where}: binary file, not UTF-8 text")
    try:
        return fix_font_encoding(data.decode("utf-8-sig"), where)
    except UnicodeDecodeError as error:
        failed_at = error.start
    readings = []
    for decode in _LEGACY.values():
        try:
            text = unicodedata.normalize("NFC", decode(data))
        except UnicodeDecodeError:
            continue
        readings.append((*vietnamese_score(text[:20000]), text))
    ratio, valid, text = max(readings, key=lambda reading: reading[:2])
    if ratio < 0.75 or valid < 2:
        raise InputError(f"{where}: not valid UTF-8 (byte {failed_at}), nor Vietnamese in Windows-1258, TCVN3 "
                         f"or VNI; convert it to UTF-8 first")
    return text


# ------------------------------------------------------------------ metadata
_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)
_URL = re.compile(r"https?://[^\s<>\"{}|\\^`]+\Z", re.IGNORECASE)
_ISO = re.compile(r"(\d{4})-(\d{1,2})(?:-(\d{1,2}))?")
_DMY = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")


def clean_url(value) -> str | None:
    """An http(s) URL fit to be an IRI, or None."""
    value = str(value).strip() if value else ""
    return value if _URL.match(value) else None


def iso_date(value) -> str | None:
    """"2024-07-22", "2024-07-22T10:00:00+07:00", "22/7/2024", "2024-07" or "2024" as an ISO
    date at the precision given; None for anything else."""
    value = str(value).strip() if value is not None else ""
    if re.fullmatch(r"\d{4}", value):
        return value
    iso, dmy = _ISO.match(value), _DMY.match(value)
    year, month, day = (iso.groups() if iso else dmy.groups()[::-1] if dmy else (None, None, None))
    if not year or not 1 <= int(month) <= 12 or (day and not 1 <= int(day) <= 31):
        return None
    return f"{year}-{int(month):02d}" + (f"-{int(day):02d}" if day else "")


def _metadata(fields: dict) -> dict:
    """url and date_hint from a record's, a sidecar's or front matter's fields."""
    url = next((clean_url(fields[k]) for k in ("url", "link", "source", "source_url") if fields.get(k)), None)
    date = next((iso_date(fields[k]) for k in ("date", "published", "date_published", "datePublished")
                 if fields.get(k)), None)
    return {"url": url, "date_hint": date}


def front_matter(text: str) -> tuple[str, dict]:
    """(text without it, fields) of "---\\nurl: ...\\ndate: ...\\n---" at the top."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return text, {}
    fields = {}
    for line in match.group(1).splitlines():
        key, colon, value = line.partition(":")
        if colon:
            fields[key.strip().lower()] = value.strip().strip("'\"")
    return text[match.end():], fields


def sidecar(path: Path, on_error: OnError | None) -> dict:
    """Fields of `article.json` or `article.meta.json` beside `article.txt`; a broken one
    is reported and the article read without it."""
    for candidate in (path.with_suffix(".json"), path.with_name(path.stem + ".meta.json")):
        if candidate == path or not candidate.is_file():
            continue
        try:
            data = json.loads(candidate.read_text(encoding="utf-8"))
            if not isinstance(data, dict):
                raise ValueError("not a JSON object")
            return data
        except (OSError, ValueError) as error:
            _report(on_error, InputError(f"{candidate}: sidecar is not usable ({error}); "
                                         f"{path.name} was read without it"))
    return {}


def _report(on_error: OnError | None, error: InputError) -> None:
    if on_error is None:
        raise error
    on_error(error)


def _with_metadata(article: RawArticle, path: Path, on_error: OnError | None) -> RawArticle:
    """Font-encoded text converted, front matter stripped, metadata from it and a sidecar
    (front matter wins)."""
    text, fields = front_matter(fix_font_encoding(article.text, str(path)))
    if not text.strip():
        raise InputError(f"{path}: no article text after the front matter")
    metadata = {**_metadata(sidecar(path, on_error)), **{k: v for k, v in _metadata(fields).items() if v}}
    return replace(article, text=text, url=metadata["url"] or article.url,
                   date_hint=metadata["date_hint"] or article.date_hint)


# ------------------------------------------------------------------ readers
@dataclass(frozen=True)
class Format:
    """A kind of input: whether a file is of it (by path and first bytes), and its reader."""

    name: str
    sniff: Callable[[Path, bytes], bool]
    read: Callable[[Path, bytes, OnError | None], Iterator[RawArticle]]


FORMATS: dict[str, Format] = {}


def source_format(name: str, sniff: Callable[[Path, bytes], bool]):
    """Register a reader under a format name; formats are sniffed in registration order."""
    def register(read):
        FORMATS[name] = Format(name, sniff, read)
        return read
    return register


def _read_bytes(path: Path) -> bytes:
    try:
        data = path.read_bytes()
    except OSError as error:
        raise _os_error(path, error) from None
    if not data.strip():
        raise InputError(f"{path}: file is empty")
    return data


@source_format("jsonl", lambda path, head: path.suffix.lower() in {".jsonl", ".ndjson"})
def read_jsonl(path: Path, head: bytes, on_error: OnError | None) -> Iterator[RawArticle]:
    """One article per line: {"id" | "identifier", "text" | "content", "url", "date",
    "title"}. A bad line is reported with its number and the other lines still read."""
    limit = load.MAX_BYTES
    try:
        handle = path.open("rb")
    except OSError as error:
        raise _os_error(path, error) from None
    with handle:
        content = False
        for number, line in enumerate(iter(lambda: handle.readline(limit + 1), b""), 1):
            if len(line) > limit and not line.endswith(b"\n"):
                while (rest := handle.readline(limit + 1)) and not rest.endswith(b"\n"):
                    pass
                _report(on_error, InputError(f"{path}:{number}: line is larger than the "
                                             f"{load._human(limit)} an article can be"))
                continue
            if number == 1:
                line = line.removeprefix(codecs.BOM_UTF8)
            if not line.strip():
                continue
            content = True
            try:
                yield _record(json.loads(line.decode("utf-8")), path, number)
            except InputError as error:
                _report(on_error, error)
            except UnicodeDecodeError as error:
                _report(on_error, InputError(f"{path}:{number}: not valid UTF-8 (byte {error.start})"))
            except (ValueError, RecursionError) as error:
                _report(on_error, InputError(f"{path}:{number}: not valid JSON ({error})"))
        if not content:
            raise InputError(f"{path}: file is empty")


_SURROGATE = re.compile("[\ud800-\udfff]")


def _clean(value) -> str:
    return _SURROGATE.sub("\ufffd", value)  # JSON can escape lone surrogates; UTF-8 cannot hold them


def _record(record, path: Path, number: int) -> RawArticle:
    where = f"{path}:{number}"
    if not isinstance(record, dict):
        raise InputError(f"{where}: not a JSON object")
    text = _clean(next((record[k] for k in ("text", "content", "body") if isinstance(record.get(k), str)), ""))
    if not text.strip():
        raise InputError(f'{where}: no article text (a "text" or "content" field)')
    text = fix_font_encoding(text, where)
    title = _clean(record["title"]).strip() if isinstance(record.get("title"), str) else ""
    if title and not text.lstrip().startswith(title):
        text = f"{title}\n{text}"
    identifier = record.get("id", record.get("identifier"))
    identifier = _clean(str(identifier)) if identifier not in (None, "") else f"{path.stem}#{number}"
    return RawArticle(identifier, text, where, **_metadata(record))


_HTML_START = re.compile(r"\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)", re.IGNORECASE | re.DOTALL)


def _is_html(path: Path, head: bytes) -> bool:
    if path.suffix.lower() in {".html", ".htm"}:
        return True
    text = head.decode(_utf16(head) or "utf-8", errors="replace")
    return bool(_HTML_START.match(text)) or "<body" in text[:5000].lower()


@source_format("html", _is_html)
def read_html(path: Path, head: bytes, on_error: OnError | None) -> Iterator[RawArticle]:
    """A saved news page: trafilatura finds the article's body, title, date and URL;
    the text is the title, then the body. A sidecar's URL and date win."""
    try:
        import trafilatura
    except ImportError as error:  # not installed, or a dependency of it is missing
        raise InputError(f"{path}: an HTML page, and trafilatura cannot be imported to read it"
                         f" ({error})") from None
    html = _html_text(_read_bytes(path), path)
    extracted = trafilatura.extract(html, output_format="json", with_metadata=True,
                                    include_comments=False, include_tables=False, deduplicate=False)
    page = json.loads(extracted) if extracted else {}
    body, title = (page.get("text") or "").strip(), (page.get("title") or "").strip()
    if not body:
        raise InputError(f"{path}: an HTML page in which trafilatura found no article text")
    root = _page_tree(html)
    lead = _lead_paragraph(root)
    if lead and _squeezed(lead)[:60] not in _squeezed(body):
        headline, _, rest = body.partition("\n") if title and body.startswith(title) else ("", "", body)
        body = "\n".join(part for part in (headline, lead, rest) if part)  # the lead after the headline
    missing = [caption for caption in _captions(root) if _squeezed(caption)[:50] not in _squeezed(body)]
    if missing:  # captions trafilatura dropped (a gallery's), before a closing byline line
        paragraphs = body.split("\n")
        tail = [paragraphs.pop()] if len(paragraphs) > 1 and len(paragraphs[-1].split()) <= 5 else []
        body = "\n".join(paragraphs + missing + tail)
    text = fix_font_encoding(body if not title or body.startswith(title) else f"{title}\n{body}", str(path))
    byline = _author_line(page.get("author") or "")
    element = _byline_element(root)
    if element and (byline is None or " ".join(byline.split()[:2]) in element):
        byline = element  # ("Văn Miên" of "Văn Miên - Thanh Quyết": the element says it whole)
    if byline and byline not in _PHOTO_CREDIT.sub("", text[-200:]):  # ("Ảnh: Lê Duyên" under a photo is no byline)
        text = f"{text}\n\n{byline}"  # the page's author, set apart from the body: the article's byline
    article = RawArticle(path.name, text, str(path), **_metadata(page))
    metadata = _metadata(sidecar(path, on_error))
    yield replace(article, url=metadata["url"] or article.url, date_hint=metadata["date_hint"] or article.date_hint)


_PHOTO_CREDIT = re.compile(r"(?:^|(?<=\. )|(?<=\())Ảnh\s*:[^\n.)]*", re.MULTILINE)


_BYLINE_CLASS = re.compile(r"(?:^|[\s_-])(?:byline|author|tac-?gia)(?:$|[\s_-])", re.IGNORECASE)


def _byline_element(root) -> str | None:
    """The text of the page's own byline element ("<p class="article__author">A (TTXVN/Vietnam+)</p>",
    "<p class="byline">A - B</p>"), which trafilatura's author field shortens or splits."""
    if root is None:
        return None
    for element in root.iter():
        if not isinstance(element.tag, str) or not _BYLINE_CLASS.search(element.get("class") or ""):
            continue
        text = " ".join(element.text_content().split())
        if 3 <= len(text) <= 60 and not any(ch.isdigit() for ch in text):
            return text
    return None


def _author_line(author: str) -> str | None:
    """trafilatura's author field as a byline line: "THÁI LỘC", "Bài; Ảnh Hữu Chí" → "Hữu Chí",
    "A; B" → "A - B"."""
    names = []
    for part in author.split(";"):
        words = part.split()
        while words and words[0].casefold().strip(":,") in {"bài", "ảnh", "tin", "video", "và"}:
            words = words[1:]
        if words:
            names.append(" ".join(words))
    return " - ".join(names) or None


# the lead ("sapo") news sites set apart from the body, which trafilatura often drops as boilerplate
_LEAD_CLASS = re.compile(r"(?:^|[\s_-])(?:sapo|lead|summary|chapeau|excerpt|intro|description|tom-?tat|short-?desc)"
                         r"(?:$|[\s_-])", re.IGNORECASE)


def _page_tree(html: str):
    """The page as lxml reads it, for what trafilatura drops (the lead, captions); None when
    lxml cannot read it."""
    try:
        import lxml.html
        return lxml.html.fromstring(html)
    except Exception:  # noqa: BLE001 - a page lxml cannot read has no lead or captions for us
        return None


def _in_furniture(element, related: bool = False) -> bool:
    """Inside a menu, a sidebar, a header or footer (or, when asked, a related-news list)."""
    return any(ancestor.tag in {"nav", "aside", "footer", "header"}
               or related and _RELATED_CLASS.search(ancestor.get("class", "") or "")
               for ancestor in element.iterancestors())


def _lead_paragraph(root) -> str | None:
    """The text of the first element the page marks as its lead, outside menus and sidebars."""
    if root is None:
        return None
    for element in root.iter("div", "p", "h2", "span", "strong", "section"):
        if not _LEAD_CLASS.search(element.get("class", "") or "") or _in_furniture(element):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= 8:
            return text
    return None


def _captions(root) -> list[str]:
    """The photo captions of the article (figcaption), outside menus, sidebars and related lists:
    they name the people at the event, and trafilatura drops some (a gallery's)."""
    found: list[str] = []
    for element in root.iter("figcaption") if root is not None else ():
        if _in_furniture(element, related=True):
            continue
        text = " ".join(element.text_content().split())
        if len(text.split()) >= 6 and text not in found:
            found.append(text)
    return found


_RELATED_CLASS = re.compile(r"related|lien-quan|tin-khac|sidebar|widget|comment", re.IGNORECASE)


def _squeezed(text: str) -> str:
    return "".join(text.split()).casefold()


_META_CHARSET = re.compile(rb"<meta[^>]+charset=[\"']?([\w-]+)", re.IGNORECASE)


def _html_text(data: bytes, path: Path) -> str:
    """The page's text in the charset it declares, when that decodes; else as any text file."""
    declared = _META_CHARSET.search(data[:SNIFF_BYTES])
    if declared and not _utf16(data):
        try:
            return unicodedata.normalize("NFC", data.decode(declared.group(1).decode("ascii")))
        except (LookupError, UnicodeDecodeError):
            pass
    return decode_text(data, str(path))


def _is_utf8(path: Path, head: bytes) -> bool:
    """UTF-8, or a file graph.load refuses with its own message (empty, binary)."""
    if not head.strip() or load._looks_binary(head):
        return True
    try:
        codecs.getincrementaldecoder("utf-8")().decode(head, final=len(head) < SNIFF_BYTES)
        return True
    except UnicodeDecodeError:
        return False


@source_format("utf-16", lambda path, head: _utf16(head) is not None)
def read_utf16(path: Path, head: bytes, on_error: OnError | None) -> Iterator[RawArticle]:
    """Text in UTF-16, with a BOM or without (told by its NULs)."""
    yield from read_legacy(path, head, on_error)


@source_format("utf-8", _is_utf8)
def read_utf8(path: Path, head: bytes, on_error: OnError | None) -> Iterator[RawArticle]:
    """UTF-8 text as graph.load reads it, with font-encoded text converted and metadata."""
    yield _with_metadata(load.read_article(path), path, on_error)


@source_format("legacy", lambda path, head: True)
def read_legacy(path: Path, head: bytes, on_error: OnError | None) -> Iterator[RawArticle]:
    """Text in UTF-16, Windows-1258, TCVN3 or VNI, whichever reads as Vietnamese."""
    text = decode_text(_read_bytes(path), str(path))
    yield _with_metadata(RawArticle(path.name, text, str(path)), path, on_error)


# ------------------------------------------------------------------ entry points
def _os_error(path: Path, error: OSError) -> InputError:
    if isinstance(error, FileNotFoundError):
        return InputError(f"{path}: no such file (was it removed during the build?)")
    if isinstance(error, PermissionError):
        return InputError(f"{path}: permission denied")
    if isinstance(error, IsADirectoryError):
        return InputError(f"{path}: is a directory, not an article file")
    return InputError(f"{path}: cannot read ({error.strerror or error})")


def detect_format(path: Path) -> tuple[str, bytes]:
    """(format name, first bytes) of a file; raises InputError if it cannot be opened or
    is too large to be an article (archives excepted: they are read line by line)."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            head = handle.read(SNIFF_BYTES)
    except OSError as error:
        raise _os_error(path, error) from None
    if not FORMATS["jsonl"].sniff(path, head):
        load.check_size(path, size)
    return next(f.name for f in FORMATS.values() if f.sniff(path, head)), head


def read_source(path: Path, on_error: OnError | None = None) -> Iterator[RawArticle]:
    """The articles of one file (one, or one per line of an archive). A bad file raises
    InputError; a bad archive line or sidecar goes to on_error, or raises without one."""
    path = Path(path)
    name, head = detect_format(path)
    yield from FORMATS[name].read(path, head, on_error)


def iter_sources(paths: list[Path], on_error: OnError | None = None) -> Iterator[RawArticle]:
    """Stream the articles of files and directories, one at a time; each bad file or line
    goes to on_error(InputError) and the others are still read (without on_error, the
    first one raises)."""
    for path in map(Path, paths):
        for file in load.expand_inputs([path]) if path.is_dir() else (path,):
            try:
                yield from read_source(file, on_error)
            except InputError as error:
                _report(on_error, error)
