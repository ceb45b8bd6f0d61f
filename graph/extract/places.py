"""Place names in running text: the gazetteer first, then the shape of a name.

A place name after "xã", "huyện", "Tỉnh ủy" ... is its capitalized words; the
gazetteer decides where it ends when it knows the place ("Tỉnh ủy Hà Tĩnh Võ Hồng Hải"
ends after "Hà Tĩnh"), the shape of Vietnamese names when it does not.
"""
from __future__ import annotations

import re
from contextvars import ContextVar
from functools import lru_cache

from graph.extract.tokens import PhraseTable, Token
from graph.gazetteer import GREW_INTO
from graph.lexicon import load_lexicon

MAX_NAME_TOKENS = 4

# The provinces of other countries an article names as such ("tỉnh Phông Sa Lỳ (Lào)") or by a
# name the lexicon knows ("tỉnh Hủa Phăn"). The gazetteer knows every Vietnamese province, so an
# unknown name after "tỉnh" is no province unless it is one of these; extract() sets them for the
# article it reads.
FOREIGN_PROVINCES: ContextVar[frozenset[str]] = ContextVar("foreign_provinces", default=frozenset())
_FOREIGN_PROVINCE = re.compile(
    r"\b[tT]ỉnh ((?:\w[\w'’-]* ){0,3}\w[\w'’-]*) \((?:nước )?(?:bạn )?(?:CHDCND |Vương quốc |Cộng hòa Dân chủ Nhân dân "
    r"|Cộng hòa Nhân dân |Cộng hòa |Liên bang )?(Lào|Campuchia|Trung Quốc|Thái Lan|Hàn Quốc|Nhật Bản|Myanmar|Nga|"
    r"Cuba|Mông Cổ|Belarus|Ấn Độ)\)")


def foreign_provinces(text: str) -> frozenset[str]:
    """Names written "tỉnh X (Lào)", "tỉnh X (Vương quốc Campuchia)" that are no Vietnamese province."""
    found = set()
    if "tỉnh " in text or "Tỉnh " in text:
        found.update(match.group(1) for match in _known_foreign_province().finditer(text))
        if found:  # "ba tỉnh Tbong Khmum, Kratie và Mondulkiri": the others of a list, named without "tỉnh"
            found.update(match.group(1) for match in _known_foreign_name().finditer(text))
    for match in _FOREIGN_PROVINCE.finditer(text):
        words = match.group(1).split()
        first = len(words)
        while first > 0 and words[first - 1][:1].isupper():
            first -= 1  # the capitalized words right before the bracket
        name = " ".join(words[first:])
        if name and (_gazetteer() is None or _gazetteer().province(name) is None):
            found.add(name)
    return frozenset(found)


def _known_foreign_names() -> str:
    """"Hủa Phăn|Mondulkiri|…": provinces of other countries the press names often enough to be
    known without "(Lào)" after them (longest first)."""
    return "|".join(map(re.escape, sorted(load_lexicon().foreign_provinces, key=len, reverse=True)))


@lru_cache(maxsize=1)
def _known_foreign_province() -> re.Pattern:
    return re.compile(r"\b[tT]ỉnh (" + _known_foreign_names() + r")(?![\w'’-])")


@lru_cache(maxsize=1)
def _known_foreign_name() -> re.Pattern:
    return re.compile(r"(?<![\w'’-])(" + _known_foreign_names() + r")(?![\w'’-])")


@lru_cache(maxsize=1)
def _gazetteer():
    try:
        from graph.gazetteer import load_gazetteer
    except ImportError:  # pragma: no cover - the gazetteer ships with the package
        return None
    return load_gazetteer()


@lru_cache(maxsize=1)
def _stop_table() -> PhraseTable:
    """Phrases that can never continue a place name: titles and body heads."""
    lexicon = load_lexicon()
    words = {title.surface: True for title in lexicon.titles}
    words.update({head: True for head in lexicon.committees})
    words.update({head: True for head in lexicon.departments})
    for head in ("Đảng ủy", "Đảng bộ", "Ban", "Hội đồng", "Ủy ban", "UBND", "HĐND", "MTTQ", "Sở", "Bộ",
                 "Cụm", "Vụ", "Văn phòng", "Đảng đoàn", "Thường trực", "Trung ương", "Đồng chí", "Ông", "Bà",
                 "Nghị quyết", "Chỉ thị", "Kết luận", "Quy định", "Quyết định", "Công văn", "Nghị định",
                 "Đại hội", "Hội nghị", "Tổng", "Phó", "Chủ tịch", "Bí thư", "Giám đốc", "Trưởng"):
        words[head] = True
    words.update({level: True for level in lexicon.area_levels if level not in _NAME_STARTING_LEVELS})
    return PhraseTable(words)


_VILLAGE_NAME_STARTS = frozenset({"Làng", "Bản", "Xóm", "Buôn", "Plei", "Bon"})
# village words that also begin place names ("buôn Cư Kroa" but "Buôn Đôn", "Buôn Ma Thuột"):
# level words only in lower case
_NAME_STARTING_LEVELS = frozenset({"buôn", "plei", "bon"})  # (not stop words in a name)
LOWER_CASE_LEVELS = _NAME_STARTING_LEVELS | {"bản"}  # ("thác Bản Giốc"; "Bản" stays a stop word: "huyện Vụ Bản")


def gazetteer_match(tokens: list[Token], index: int, text: str, kind: str | None = None):
    """Longest gazetteer name at token `index` → (end_index, name, places) or None."""
    gazetteer = _gazetteer()
    if gazetteer is None or index >= len(tokens) or not tokens[index].is_cap:
        return None
    found = gazetteer.longest_name_at(text, tokens[index].start)
    if not found:
        return None
    end_char, places = found
    if kind:
        wanted = {"City": {"City", "Province"}, "Province": {"Province", "City"}}.get(kind, {kind})
        places = [p for p in places if p.kind in wanted]
        if not places:
            return None
    end = index
    while end < len(tokens) and tokens[end].end <= end_char:
        end += 1
    if end == index:
        return None
    return end, text[tokens[index].start:tokens[end - 1].end], places


# middle names that mark a person's name: Kinh "Văn", "Thị"; Hmong "A", "Seo", "Mí"
_MIDDLE_NAMES = {"Văn", "Thị", "A", "Seo", "Mí"}


def _person_after(tokens: list[Token], end: int) -> bool:
    """One or two more capitalized words after a one-word place that is a surname, then no more:
    "Phan | Đình Tuấn cho biết" reads as a name."""
    k = end
    while k < len(tokens) and k - end < 3 and tokens[k].is_cap and tokens[k].is_word:
        k += 1
    return 1 <= k - end <= 2 and (k == len(tokens) or not tokens[k].is_cap)


def _short_run(tokens: list[Token], start: int) -> bool:
    """Two capitalized words and then none: too short for a person's name after a village's."""
    return start + 2 >= len(tokens) or not (tokens[start + 2].is_cap and tokens[start + 2].is_word)


def place_name_at(tokens: list[Token], index: int, text: str, kind: str | None, level_word: str | None = None):
    """A place name starting at token `index` → (end_index, name) or None."""
    if index >= len(tokens):
        return None
    first = tokens[index]
    if first.text[0].isdigit() and kind in {"Commune", "District", "Village"}:
        return index + 1, first.text
    if not first.is_cap or not first.is_word:
        return None
    known = gazetteer_match(tokens, index, text, kind)
    if kind in GREW_INTO and not (known and known[2]):  # "huyện Kim Bảng" (2018), a town since
        known = gazetteer_match(tokens, index, text, GREW_INTO[kind]) or known
    if _stop_table().match(tokens, index) and not (known and known[2]) \
            and not (kind == "Village" and level_word and first.text in _VILLAGE_NAME_STARTS):
        return None  # "xã Bản Phố": a name may begin with a level word when the gazetteer knows it (and a
        # village's after its own level word: "thôn Làng Chằm")
    surnames = load_lexicon().surnames
    end = index + 1
    while end < len(tokens) and end - index < MAX_NAME_TOKENS:
        token = tokens[end]
        if not (token.is_cap and token.is_word) or _stop_table().match(tokens, end):
            break
        # A surname followed by more capitalized words starts a person's name.
        if token.text in surnames and end + 1 < len(tokens) and tokens[end + 1].is_cap \
                and token.text != tokens[end - 1].text \
                and not (kind == "Village" and _short_run(tokens, end) and tokens[end + 1].text not in _MIDDLE_NAMES):
            break  # (but "thôn Lô Lô Chải": a word said twice is a name's; "thôn Nậm Kha Hạ cho biết": two
            # words, no middle name, end a village's name)
        end += 1
    if kind == "Village" and end < len(tokens) and tokens[end].text.isdigit() and tokens[end].start == tokens[end - 1].end + 1:
        end += 1  # "xóm Sen 1", "thôn Đông 2"
    if known and known[2] and kind in {"Commune", "Village"} and first.text in surnames \
            and known[0] - index == 1 and _person_after(tokens, known[0]):
        return None  # "Trưởng phòng Văn hóa - Xã hội phường Phan Đình Tuấn cho biết": a person named after the
        # bare level word, though a commune "Phan" exists somewhere
    if known and known[2]:
        return known[0], known[1]
    # An unknown name that starts with a surname after a province- or district-level
    # word is a person ("Chủ tịch HĐND tỉnh Hoàng Trung Dũng"), not a place: every
    # province and district is in the gazetteer.
    if first.text in surnames and kind not in {"Commune", "Village"} and _gazetteer() is not None:
        return None
    if (index + 2 < len(tokens) and tokens[index + 1].text in {"Văn", "Thị"} and tokens[index + 2].is_cap) or (
            first.text in surnames and end - index >= 3 and tokens[index + 1].text in _MIDDLE_NAMES):
        return None  # "Bí thư Đảng ủy xã Giàng A Tủa chủ trì", "Phó Chủ tịch UBND phường Tăng Văn Lộc": an
        # unknown commune named like a person is one
    if kind in {"City", "Town"} and _gazetteer() is not None and not gazetteer_match(tokens, index, text):
        return None  # "Văn phòng UBND TP. Về phía …": every city and town is in the gazetteer, at some level
    if kind == "Province" and (foreign := _foreign_name_at(tokens, index, text)) is not None:
        return foreign
    if (kind == "Province" or level_word == "đặc khu") and _gazetteer() is not None:
        return None  # "tỉnh Cầm Văn ...", "UBND đặc khu Nguyễn Văn Trí": the gazetteer knows every one

    return end, text[first.start:tokens[end - 1].end]


def _foreign_name_at(tokens: list[Token], index: int, text: str):
    """The longest foreign province of the article named at token `index` → (end, name)."""
    names = FOREIGN_PROVINCES.get()
    if not names:
        return None
    for end in range(min(len(tokens), index + MAX_NAME_TOKENS), index, -1):
        if text[tokens[index].start:tokens[end - 1].end] in names:
            return end, text[tokens[index].start:tokens[end - 1].end]
    return None
