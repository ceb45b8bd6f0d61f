"""Normalize stage: one canonical form of Vietnamese text before anything reads it.

Articles come with decomposed Unicode, old tone-mark placement ("Tỉnh uỷ", "hoá"),
odd spaces and site furniture (view counters, image file names, rating widgets,
link lists). Every later stage, and every literal in the graph, sees only the
canonical form, so "Tỉnh uỷ" and "Tỉnh ủy" are the same string.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Combining tone marks (the five Vietnamese tones besides level).
_TONES = "\u0300\u0301\u0303\u0309\u0323"
_TONE_SET = set(_TONES)

# Old style puts the tone on the second vowel of an open "oa", "oe", "uy" syllable
# ("hoá", "thuỷ"); modern style puts it on the first ("hóa", "thủy"). Syllables that
# end in a consonant ("hoàn", "tuyển") are the same in both styles.
_OLD_TONE = re.compile(
    r"(?<![\w])([^\W\d_]*?)([oOuU])([aAeEyY])([" + _TONES + r"])(?![\w\u0300-\u036f])"
)
_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_LINE_BREAKS = re.compile(r"\r\n?|[\u2028\u2029\x0b\x0c\x85]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _move_tone(match: re.Match) -> str:
    onset, first, second, tone = match.groups()
    # "qu" is a consonant, so in "quý" the y is the only vowel and keeps its tone.
    if onset.lower().endswith("q") or (onset.lower() == "g" and first in "iI"):
        return match.group(0)
    return onset + first + tone + second


# In NFC text an old-style syllable shows as o/u before a, e or y that carries the tone, so NFC
# text without such a pair is already modern: checking costs far less than converting, and
# nearly every string the later stages pass here is already canonical.
_OLD_TONE_PAIR = re.compile("[oOuU][" + "".join(
    unicodedata.normalize("NFC", vowel + tone) for vowel in "aeyAEY" for tone in _TONES) + "]")


@lru_cache(maxsize=262144)
def modern_tones(text: str) -> str:
    """Return NFC text with modern tone-mark placement ("uỷ" → "ủy", "hoá" → "hóa")."""
    if unicodedata.is_normalized("NFC", text) and _OLD_TONE_PAIR.search(text) is None:
        return text
    return converted_tones(text)


def converted_tones(text: str) -> str:
    """modern_tones without its shortcut (the reference the shortcut is tested against)."""
    decomposed = unicodedata.normalize("NFD", text)
    return unicodedata.normalize("NFC", _OLD_TONE.sub(_move_tone, decomposed))


def clean_spaces(text: str) -> str:
    """Unify line breaks, drop zero-width and control characters, collapse spaces."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _ZERO_WIDTH.sub("", text)
    text = _CONTROL.sub(" ", text)
    lines = [_SPACES.sub(" ", _table_row(line) if "\t" in line else line).strip() for line in text.split("\n")]
    return "\n".join(lines)


_ROW_NUMBER = re.compile(r"(?:\d{1,3}[.)]?|S?TT)", re.IGNORECASE)


def _table_row(line: str) -> str:
    """A table copied from a page keeps its cells apart with tabs ("3\tNgô Thị Lan\tTỉnh ủy
    viên\tPhó Chủ tịch HĐND tỉnh"): the row reads as one person and posts, its number dropped."""
    cells = [cell.strip(" ,;") for cell in line.split("\t")]
    cells = [cell for cell in cells if cell]
    if len(cells) > 2 and _ROW_NUMBER.fullmatch(cells[0]):
        cells = cells[1:]
    return ", ".join(cells)


# What clean_spaces would change: whitespace other than a single space, zero-width and control characters.
_NOT_CLEAN = re.compile("[^\\S ]|  |[\u200b\u200c\u200d\u2060\ufeff\u00ad\x00-\x08\x0e-\x1f\x7f]")


@lru_cache(maxsize=65536)
def canonical(text: str) -> str:
    """The form every literal takes: NFC, modern tones, single spaces, no edges."""
    if _NOT_CLEAN.search(text) is None and text == text.strip():
        return modern_tones(text)  # (the spaces are clean already: most names and sentences)
    return full_canonical(text)


def full_canonical(text: str) -> str:
    """canonical without its shortcut (the reference the shortcut is tested against)."""
    return _SPACES.sub(" ", modern_tones(clean_spaces(text)).replace("\n", " ")).strip()


# Lines that are page furniture, not article text. A footer marker ends the article:
# everything after it is link lists and widgets.
_FOOTER_MARKERS = re.compile(
    r"^(nguồn tin\b|nguồn:|tin khác\b|các tin khác\b|(?:các )?tin đã đưa\b|tin liên quan\b|bài viết liên quan\b|"
    r"xem tin theo ngày|thống kê truy cập|tổng số điểm của bài viết|click để đánh giá|"
    r"từ khóa:|tags?:|chia sẻ bài viết|in bài viết|gửi bài viết|bình luận\b|"
    r"xem thêm\s*:?$|tin mới\s*:?$|tin mới nhất\s*:?$|tin cùng chuyên mục|đọc thêm\s*:?$|tin nổi bật\s*:?$|"
    # the site's own footer: links, address, licence, editors
    r"liên kết website|liên kết\s*:|địa chỉ\s*:|điện thoại\s*:|e-?mail\s*:|hotline\b|bản quyền\b|©|"
    r"giấy phép\b|cơ quan chủ quản\b|tổng biên tập\s*:)",
    re.IGNORECASE,
)
# (a bulleted line that ends like a sentence, "• Nghị quyết số 57-NQ/TW … ;", is the article's own list; a
# bulleted headline is a link to another article)
_FURNITURE_LINE = re.compile(
    r"^(\S.*\.(jpe?g|png|gif|webp|bmp)|tìm kiếm thông tin|trang chủ\b.*|đăng nhập|đăng ký|"
    r"chia sẻ|facebook|twitter|zalo|in trang|quay lại|lên đầu trang|\|+|[•·]\s.*[^.;:…\s]|"
    r"(truy c[aậ]p|đang truy cập|hôm nay|tháng hiện tại|tổng lượt truy cập).*\d[\d.,]*|"
    r"bạn đã không sử dụng site.*|lượt xem.*|"
    # a party paper's masthead motto: "Cơ quan của Đảng bộ, Chính quyền và Nhân dân tỉnh X"
    r"cơ quan (?:ngôn luận )?của (?:đảng bộ|tỉnh|thành|ban chấp hành|đảng cộng sản)\b[^.]{0,120})$",
    re.IGNORECASE,
)
# a view counter shares its line with the date in some headers: "Ngày đăng: 26/09/2025 | Lượt xem: 412"
_COUNTER = re.compile(r"\s*[|•·–-]?\s*lượt xem\b.*$", re.IGNORECASE)
_SITE_PREFIX = re.compile(r"^\((?:[\w.-]+\.(?:vn|com|net|org))\)\s*[-–—:]\s*", re.IGNORECASE)


_PARAGRAPH = 160  # characters: longer than a headline, shorter than a lead


def strip_furniture(text: str) -> str:
    """Drop widget lines and everything after the first footer marker."""
    kept: list[str] = []
    lines = text.split("\n")
    begun = False  # a marker above the article's first paragraph ("Chia sẻ bài viết" under the headline) ends nothing
    for index, line in enumerate(lines):
        stripped = _COUNTER.sub("", line.strip()).strip().strip("|").strip()
        if not stripped and line.strip():
            continue
        if _FOOTER_MARKERS.match(stripped):
            if begun or not any(len(later.strip()) >= _PARAGRAPH for later in lines[index + 1:]):
                break
            continue
        begun = begun or len(stripped) >= _PARAGRAPH
        if _FURNITURE_LINE.match(stripped):
            continue
        kept.append(_SITE_PREFIX.sub("", stripped))
    return "\n".join(kept).strip("\n")


_GLOSS = re.compile(r"\s*\((?:([A-ZĐ][^\W\d_A-ZĐ]+) )?([A-ZĐ]{2,8})\)")


def drop_glosses(text: str) -> str:
    """'Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam huyện X' → '... Tổ quốc Việt Nam huyện X': an
    abbreviation glossed in brackets right after the words it abbreviates would split
    the body's name."""
    return _GLOSS.sub(lambda match: "" if _glossed_words(text, match) else match.group(0), text)


def glosses(text: str) -> dict[str, str]:
    """The abbreviations drop_glosses takes out, with the words each stands for
    ("NHCSXH" → "Ngân hàng Chính sách xã hội"): the text may use them bare later."""
    found: dict[str, str] = {}
    for match in _GLOSS.finditer(text):  # (on the raw text: only the glossed words need normalizing)
        words = _glossed_words(text, match)
        if words and match.group(1) is None:
            found.setdefault(match.group(2), modern_tones(unicodedata.normalize("NFC", " ".join(words))))
    return found


def _glossed_words(text: str, match: re.Match) -> list[str] | None:
    """The words before the brackets that the abbreviation in them is made of, if it is."""
    word, letters = match.group(1), match.group(2).replace("Đ", "D")
    count = len(letters) + (word is not None)  # "Bộ Chỉ huy Quân sự (Bộ CHQS)": a word kept whole
    words = text[max(0, match.start() - 80):match.start()].split()[-count:]
    if word is not None:
        if not words or words[0] != word:
            return None
        words = words[1:]
    initials = "".join(unicodedata.normalize("NFD", w[0])[0] for w in words).upper().replace("Đ", "D")
    return words if len(words) == len(letters) and initials == letters else None


_HCM = re.compile(r"\b(?:TP|Tp|tp)\.?\s?HCM\b|\bTPHCM\b|\bTP\.HCM\b")


def spell_out_hcm(text: str) -> str:
    """'TP.HCM', 'TPHCM', 'TP HCM' → 'TP Hồ Chí Minh': the newspapers' short form of the
    city's name, which no body grammar would read as a place."""
    return _HCM.sub("TP Hồ Chí Minh", text)


_UNIT_SHORT = re.compile(r"\b(?:(Q)\.\s?(?=\d{1,2}\b(?!/))|(TX|TT|[QHPX])\.\s?(?=([^\W\d_]+) ([^\W\d_]+)))")
_UNIT_WORDS = {"Q": "Quận ", "H": "huyện ", "P": "phường ", "X": "xã ", "TX": "thị xã ", "TT": "thị trấn "}


def _unit_word(match: re.Match) -> str:
    if match.group(1):
        return _UNIT_WORDS["Q"]
    if match.group(3)[0].isupper() and match.group(4)[0].isupper():
        return _UNIT_WORDS[match.group(2)].lower() if match.group(2) == "Q" else _UNIT_WORDS[match.group(2)]
    return match.group(0)


_CENTRAL_SHORT = re.compile(r"(?<![\w/.-])T\.?Ư(?![\w/])")


def capitalize_steering(text: str) -> str:
    """'Ban chỉ đạo' → 'Ban Chỉ đạo': the body's head as its own documents write it; 'Trưởng
    BCĐ', 'BCĐ các chương trình MTQG' → 'Trưởng Ban Chỉ đạo', 'Ban Chỉ đạo các chương trình
    mục tiêu quốc gia' (not the code of '12-KH/BCĐ')."""
    return _STEERING_SHORT.sub("Ban Chỉ đạo", text.replace("Ban chỉ đạo", "Ban Chỉ đạo")).replace(
        "chương trình MTQG", "chương trình mục tiêu quốc gia")  # (the board's name as its decisions spell it)


_STEERING_SHORT = re.compile(r"(?<![/\w-])BCĐ(?![/\w-])")


def spell_out_central(text: str) -> str:
    """'Ủy viên T.Ư Đảng', 'Ban Tuyên giáo TƯ' → 'Trung ương': the papers' short form (not
    a document number's "/TƯ" code, which keeps its letters)."""
    return _CENTRAL_SHORT.sub("Trung ương", text)


_COMRADE = re.compile(r"\b([đĐ])/[cC]\b")


def spell_out_comrade(text: str) -> str:
    """'đ/c Nguyễn Văn A' → 'đồng chí Nguyễn Văn A': the party sites' short form."""
    return _COMRADE.sub(lambda match: "đồng chí" if match.group(1) == "đ" else "Đồng chí", text)


def spell_out_committees(text: str) -> str:
    """'TT Huyện ủy', 'TT HĐND' → 'Thường trực …' ('UBND TT X' stays a township); 'Phó Bí
    thư ĐU', 'BTV ĐU xã X' → 'Đảng ủy' (not the code of '12-NQ/ĐU')."""
    return _COMMITTEE_SHORT.sub("Đảng ủy", _STANDING_TITLE.sub(r"\1 Thường trực", _STANDING_SHORT.sub("Thường trực ", text)))


_COMMITTEE_SHORT = re.compile(r"(?<![/\w-])ĐU(?![/\w-])")


_STANDING_TITLE = re.compile(r"\b(Phó Bí thư|Phó Chủ tịch|Phó Trưởng ban|Ủy viên) TT\b(?![/-])")  # "Phó Bí thư TT HU"
_STANDING_SHORT = re.compile(r"\bTT (?=(?:Tỉnh|Thành|Huyện|Quận|Thị|Đảng) ủy\b|HĐND\b|Hội đồng nhân dân\b)")


def spell_out_units(text: str) -> str:
    """'Q.1', 'Q.Cái Răng', 'H. Củ Chi', 'P. Bến Nghé', 'X.Vĩnh Hòa', 'TX.Long Mỹ' → 'Quận 1',
    'quận Cái Răng', 'huyện Củ Chi', 'phường Bến Nghé', 'xã Vĩnh Hòa', 'thị xã Long Mỹ': the
    newspapers' short unit words (before a number, or a name of two capitalized words);
    'UBND TT Đức Phong' → 'UBND thị trấn Đức Phong' (no dot, after a body's short name)."""
    return _TOWNSHIP_SHORT.sub(_township, _UNIT_SHORT.sub(_unit_word, text))


_TOWNSHIP_SHORT = re.compile(r"\b(UBND|HĐND|MTTQ|[Đđ]ảng ủy|[Đđ]ảng bộ) TT (?=([^\W\d_]+) ([^\W\d_]+))")


def _township(match: re.Match) -> str:
    if match.group(2)[0].isupper() and match.group(3)[0].isupper():
        return f"{match.group(1)} thị trấn "
    return match.group(0)


def normalize_text(text: str) -> str:
    """Run the whole stage: canonical characters, then furniture removed."""
    return strip_furniture(spell_out_committees(spell_out_comrade(capitalize_steering(spell_out_central(
        spell_out_units(spell_out_hcm(drop_glosses(modern_tones(clean_spaces(text))))))))))
