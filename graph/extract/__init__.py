"""Extract stage: read every mention an article makes, before context resolves them.

`extract(article)` returns an ArticleMentions: people with their title chains, bodies as
written, areas, documents, meetings and the dates that place the article in time.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from graph.extract.bodies import (BRANDS, COMMITTEE_CODES, EVENTS, INSTITUTIONS, MASS_ORGANIZATIONS, NAMED_BEFORE,
                                  LevelTable, brands_glossed, events_named)
from graph.extract.dates import dates_in, header_date, infer_year, opening_date, opening_last_day, opening_word, valid
from graph.extract.documents import DocumentMention, announcement, apply_announcement, find_documents, may_issue
from graph.extract.events import EventMention, past_congresses, reported_meetings
from graph.extract.places import FOREIGN_PROVINCES, MAX_NAME_TOKENS, foreign_provinces, gazetteer_match, place_name_at
from graph.extract.scan import PersonMention, SentenceScan, bare_head_at, committee_of_party, scan_sentence
from graph.extract.tokens import PhraseTable, Token, tokenize
from graph.gazetteer import GREW_INTO
from graph.lexicon import Title, load_lexicon
from graph.types import Article, BodySpec, PartialDate

# Bare names that usually mean something else than the place ("tư tưởng Hồ Chí Minh").
_AMBIGUOUS_BARE = {"Hồ Chí Minh", "Anh", "Đức", "Nga", "Mỹ", "Úc", "Pháp", "Ý"}


@dataclass(frozen=True)
class AreaMention:
    kind: str | None  # None: only the gazetteer can say
    name: str
    type_word: str | None = None
    hint: str | None = None  # a parent area named beside it
    position: int = field(default=-1, compare=False)  # token index in its sentence, -1 unknown


@dataclass
class ArticleMentions:
    article: Article
    published: PartialDate | None
    year: int | None
    scans: list[SentenceScan]
    persons: list[tuple[int, PersonMention]] = field(default_factory=list)
    pending: list[tuple[int, list[tuple[Title, BodySpec | None]]]] = field(default_factory=list)
    bodies: list[tuple[int, BodySpec]] = field(default_factory=list)
    areas: list[tuple[int, AreaMention]] = field(default_factory=list)
    documents: list[tuple[int, DocumentMention]] = field(default_factory=list)
    events: list[EventMention] = field(default_factory=list)
    bylines: list[str] = field(default_factory=list)


@lru_cache(maxsize=1)
def _levels() -> PhraseTable:
    return LevelTable(load_lexicon().area_levels)


@lru_cache(maxsize=1)
def _level_starters() -> frozenset[str]:
    return frozenset(_levels().starters())


_FEATURE_WORDS = {"sông", "núi", "hồ", "đèo", "cầu", "đường", "phố", "biển", "vịnh", "đảo", "cảng", "chợ", "bến",
                  "kênh", "rạch", "suối", "đầm", "phá", "cửa", "bãi", "tốc", "lộ", "tuyến"}
# Words after which a list of bare district names is places ("ở Tam Đảo, Lập Thạch",
# "khách đến Sìn Hồ, Tam Đường và …").
_BEFORE_PLACES = {"ở", "tại", "như", "đến", "về"}


def _foreign_province_named(tokens: list[Token], index: int) -> tuple[int, str] | None:
    """(end, name) of a neighbour's province the article names (see FOREIGN_PROVINCES) at `index`."""
    names = FOREIGN_PROVINCES.get()
    if not names or not tokens[index].is_cap:
        return None
    for end in range(min(len(tokens), index + MAX_NAME_TOKENS), index, -1):
        name = " ".join(token.text for token in tokens[index:end])
        if name in names:
            return end, name
    return None


def _bracketed_district(tokens: list[Token], index: int, sentence: str) -> str | None:
    """The district, town or city named in brackets after a list of communes ("(huyện X)")."""
    matched = _levels().match(tokens, index)
    if matched is None or matched[1] not in {"District", "Town", "City"}:
        return None
    known = gazetteer_match(tokens, matched[0], sentence)
    if known is None or known[0] >= len(tokens) or tokens[known[0]].text != ")" \
            or not any(place.kind in {"District", "Town", "City"} for place in known[2]):
        return None
    return known[1]


_MASTHEAD = re.compile(r"BÁO (?:VÀ PHÁT THANH, TRUYỀN HÌNH )?(\w[\w -]*?)(?: ĐIỆN TỬ| ONLINE)?")


def _masthead_province(sentence: str) -> AreaMention | None:
    """"BÁO HẢI PHÒNG", "BÁO ĐẮK LẮK ĐIỆN TỬ": a provincial paper's masthead names its province,
    which an article about one district may never write again."""
    matched = _MASTHEAD.fullmatch(sentence.strip())
    if matched is None or not matched.group(1).isupper():
        return None
    name = matched.group(1).title()
    known = gazetteer_match(tokenize(name), 0, name, "Province")
    if known is None or known[1] != name or not any(place.kind == "Province" for place in known[2]):
        return None  # (not "BÁO ĐIỆN BIÊN PHỦ", the city's name)
    return AreaMention("Province", name, position=0)


def _areas_in(scan: SentenceScan, sentence: str) -> list[AreaMention]:
    """Areas named with their level word ('xã Bình Điền, Hồng Tiến'), and bare province
    or country names the gazetteer knows."""
    tokens = scan.tokens
    claimed = set()  # names of people are not places ("Nguyễn Thái Bình" holds no province)
    people = {person.name for person in scan.persons}
    names = set()
    read_by_body: set[tuple[int, str]] = set()
    for item in scan.items:
        if item.kind == "name":
            (claimed if item.text in people else names).update(range(item.start, item.end))
        elif item.kind in {"body", "role"} and item.body is not None:
            spec = item.body  # "Huyện ủy Quảng Ninh": the body says its area's kind, not the bare name
            while spec is not None:
                if spec.area_name and spec.level in {"district", "commune"}:  # a city is its province's seat
                    read_by_body.update((k, spec.area_name) for k in range(item.start, item.end))
                spec = spec.of
    found: list[AreaMention] = []
    levels = _levels()
    i = 0
    level_starters = _level_starters()
    while i < len(tokens):
        matched = levels.match(tokens, i) if tokens[i].low in level_starters else None
        if matched and i not in claimed:
            end, kind = matched
            type_word = sentence[tokens[i].start:tokens[end - 1].end].rstrip(".")
            place = place_name_at(tokens, end, sentence, kind, type_word.casefold())
            if place is None and (described := _past_descriptor(tokens, end)) > end:
                end = described  # "các xã vùng cao A Lưới 1, A Lưới 2"
                place = place_name_at(tokens, end, sentence, kind, type_word.casefold())
            if place and place[1].isupper() and len(place[1]) > 3:
                place = None  # "BÁO ẤP BẮC ĐIỆN TỬ": a masthead in capitals, not a hamlet
            if place:
                found.append(AreaMention(kind, place[1], type_word, position=i))
                j = place[0]
                # coordination: 'xã A, B và C' when the gazetteer knows B and C as such
                while j + 1 < len(tokens) and tokens[j].text in {",", "và"}:
                    if kind == "Province" and (foreign := _foreign_province_named(tokens, j + 1)) is not None:
                        found.append(AreaMention(kind, foreign[1], type_word, position=j + 1))  # "ba tỉnh Tbong
                        j = foreign[0]  # Khmum, Kratie và Mondulkiri (Vương quốc Campuchia)"
                        continue
                    known = gazetteer_match(tokens, j + 1, sentence, kind)
                    if (not known or not known[2]) and kind == "District":  # ("các huyện …, Sa Pa" in 2019: a town since)
                        known = gazetteer_match(tokens, j + 1, sentence, GREW_INTO[kind])
                    if not known or not any(p.kind in {kind, GREW_INTO[kind] if kind == "District" else kind}
                                            for p in known[2]):
                        break
                    found.append(AreaMention(kind, known[1], type_word, position=j + 1))
                    j = known[0]
                if kind == "Commune" and j + 3 < len(tokens) and tokens[j].text == "(" \
                        and (district := _bracketed_district(tokens, j + 1, sentence)) is not None:
                    # "các xã Tam Hợp, Tam Quang (huyện Tương Dương)": the district of each commune listed
                    listed = len(found) - next(n for n in range(len(found) - 1, -1, -1) if found[n].position == i)
                    found[-listed:] = [replace(mention, hint=district) for mention in found[-listed:]]
                claimed.update(range(i, j))
                i = j
                continue
        if i not in claimed and tokens[i].is_cap and i > 0 and tokens[i - 1].text == "(":
            known = gazetteer_match(tokens, i, sentence)
            if known and known[0] < len(tokens) and tokens[known[0]].text == ")" and \
                    {p.kind for p in known[2]} & {"Commune", "District", "Town", "City"}:
                # "(Đồng Môn)", "(Đức Thọ)": a place named in parentheses
                found.append(AreaMention(None, known[1], position=i))
                claimed.update(range(i, known[0]))
                i = known[0]
                continue
        if i not in claimed and tokens[i].is_cap and (kind := _units_listed_before(tokens, i)) is not None \
                and len(listed := _bare_units(tokens, i, sentence, kind)) >= 2:
            # "3 xã đạt chuẩn là Hồng Kim, A Ngo và Sơn Thủy", "các xã còn khó khăn như A, B": communes
            found.extend(AreaMention(kind, name, position=start) for start, name in listed)
            i = max(start for start, _ in listed) + 1
            continue
        if i not in claimed and i in names and i > 0 and tokens[i - 1].low in _BEFORE_PLACES \
                and len(listed := _bare_units(tokens, i, sentence)) >= 2:
            # "khách đến Sìn Hồ, Tam Đường": district names read as a name that is no one's
            found.extend(AreaMention("District", name, position=start) for start, name in listed)
            i = max(start for start, _ in listed) + 1
            continue
        if i not in claimed and i not in names and tokens[i].is_cap and (
                i == 0 or tokens[i - 1].low not in level_starters or not levels.match(tokens, i - 1)):
            known = gazetteer_match(tokens, i, sentence)
            if known and known[1].isupper():
                known = None  # a masthead or slogan in capitals ("ĐẢNG CỘNG SẢN VIỆT NAM"), not the text
            if known and (i, known[1]) in read_by_body:
                known = None
            if known and i > 0 and tokens[i - 1].low in _FEATURE_WORDS:
                # "sông Thái Bình", "đèo Hải Vân": a river or a pass, not the province; and each
                # place of a road's name ("cao tốc Cần Thơ - Hậu Giang - Cà Mau")
                end = known[0]
                while end + 1 < len(tokens) and tokens[end].text in {"-", "–"} \
                        and (joined := gazetteer_match(tokens, end + 1, sentence)) is not None:
                    end = joined[0]
                claimed.update(range(i, end))
                i = end
                continue
            if known and (known[1] not in _AMBIGUOUS_BARE or _country_beside_a_country(tokens, i, known[0], sentence,
                                                                                        found)):
                kinds = {p.kind for p in known[2]}
                if kinds & {"Province", "Country"}:
                    found.append(AreaMention("Country" if "Country" in kinds else "Province", known[1], position=i))
                    claimed.update(range(i, known[0]))
                    i = known[0]
                    continue
            listed = _bare_units(tokens, i, sentence) if i > 0 and tokens[i - 1].low in _BEFORE_PLACES else []
            if len(listed) >= 2:  # "vùng đồng bào ở Tam Đảo, Lập Thạch, Sông Lô": districts the gazetteer knows
                found.extend(AreaMention("District", name, position=start) for start, name in listed)
                i = max(start for start, _ in listed) + 1
                continue
        i += 1
    return found


def _country_beside_a_country(tokens, i: int, end: int, sentence: str, found: list[AreaMention]) -> bool:
    """"sang thị trường Trung Quốc và Úc", "Nga, Ấn Độ": a country listed with another
    is one too, though its bare name may be a given name ("Anh", "Đức")."""
    if i >= 2 and tokens[i - 1].text in {",", "và"} and found and found[-1].kind == "Country" \
            and i - 6 <= found[-1].position < i - 1:
        return True  # (the one before, read already)
    if end + 1 >= len(tokens) or tokens[end].text not in {",", "và"}:
        return False
    known = gazetteer_match(tokens, end + 1, sentence)
    return known is not None and any(place.kind == "Country" for place in known[2]) and known[1] not in _AMBIGUOUS_BARE


def _bare_units(tokens, i: int, sentence: str, kind: str = "District") -> list[tuple[int, str]]:
    """The districts (or communes) listed bare from token i ("A, B và C"), each one the gazetteer knows as one."""
    listed = []
    while i < len(tokens):
        known = gazetteer_match(tokens, i, sentence, kind)
        if not known or not any(p.kind == kind for p in known[2]) \
                or (known[0] < len(tokens) and tokens[known[0]].is_cap and tokens[known[0]].is_word):
            break
        listed.append((i, known[1]))
        if known[0] + 1 < len(tokens) and tokens[known[0]].text in {",", "và"}:
            i = known[0] + 1
        else:
            break
    return listed


_LISTED_UNIT_KINDS = {"xã": "Commune", "phường": "Commune", "huyện": "District", "quận": "District"}


def _units_listed_before(tokens, i: int) -> str | None:
    """The kind of the units a list named bare begins with at token i: "các xã còn khó khăn như
    A, B", "3 xã đạt chuẩn nông thôn mới là A, B và C", "7 huyện biên giới: A, B, C"."""
    if i == 0 or tokens[i - 1].low not in {"như", "là", "gồm", ":"}:
        return None
    before = [t.low for t in tokens[max(0, i - 12):i - 1]]
    kinds = [_LISTED_UNIT_KINDS[word] for k, word in enumerate(before) if word in _LISTED_UNIT_KINDS and k > 0
             and (before[k - 1] in {"các", "những"} or before[k - 1].isdigit())]
    return kinds[-1] if kinds else None


def _bodies_of_units_listed(scan: SentenceScan, sentence: str) -> list[BodySpec]:
    """"Thường trực Huyện ủy Minh Hóa, Tuyên Hóa, Quảng Trạch": the same body of each unit
    listed bare after the first (units of the first one's kind, as the gazetteer knows them)."""
    tokens, found = scan.tokens, []
    for item in scan.items:
        if item.kind != "body" or item.body is None or item.end >= len(tokens) or tokens[item.end].text != ",":
            continue
        placed = item.body
        while placed is not None and not placed.area_name:
            placed = placed.of
        first = gazetteer_match(tokens, item.end - len(placed.area_name.split()), sentence) if placed else None
        kinds = {p.kind for p in first[2]} & {"Province", "District", "Town", "City", "Commune"} if first else set()
        if not kinds or first[1] != placed.area_name:
            continue
        k = item.end
        while k + 1 < len(tokens) and tokens[k].text in {",", "và"}:
            other = gazetteer_match(tokens, k + 1, sentence)
            if other is None or not {p.kind for p in other[2]} & kinds or (
                    other[0] < len(tokens) and tokens[other[0]].is_word and tokens[other[0]].is_cap):
                break
            found.append(_with_area(item.body, placed, other[1]))
            k = other[0]
    return found


def _committees_heads_listed(scan: SentenceScan) -> list[BodySpec]:
    """"chỉ định Ban Chấp hành, Ban Thường vụ, Bí thư, Phó Bí thư Đảng ủy phường X": bare
    committee heads listed before the party committee that ends the list (bare posts may sit
    between them) are that committee's; "BCH Đảng bộ phường gồm 31 đồng chí, Ban Thường vụ gồm
    9 đồng chí": a bare head after another committee of a party committee is of the same one."""
    items, found = scan.items, []
    earlier: BodySpec | None = None  # the party committee of the last executive or standing committee named
    i = 0
    while i < len(items):
        item = items[i]
        if item.body is not None:
            if item.body.kind in {"ExecutiveCommittee", "StandingCommittee"} and item.body.of is not None \
                    and item.body.of.kind == "PartyCommittee":
                earlier = item.body.of
            i += 1
            continue
        bare = bare_head_at(items, i)
        if bare is None:
            i += 1
            continue
        kinds, j = [], i
        while j < len(items):
            head = bare_head_at(items, j)
            if head is not None:
                kinds.append(head[0])
                j += head[1]
            elif items[j].kind == "role" and items[j].body is None:
                j += 1  # ("Bí thư, Phó Bí thư")
            else:
                break
            if j < len(items) and items[j].kind == "sep" and items[j].text in {",", "và"}:
                j += 1
            else:
                break
        last = items[j] if j < len(items) else None
        committee = None
        if last is not None and last.kind in {"role", "body"} and last.body is not None and j > i + 1:
            committee = last.body
            while committee is not None and committee.kind != "PartyCommittee":
                committee = committee.of
        if committee is None and earlier is not None and len(kinds) == 1 and last is not None \
                and last.text.casefold() == "gồm":
            committee = earlier
        if committee is not None:
            found.extend(committee_of_party(kind, committee) for kind in kinds)
        i = max(j, i + 1)
    return found


def _with_area(spec: BodySpec, placed: BodySpec, name: str) -> BodySpec:
    """spec with the area of its part `placed` renamed."""
    if spec is placed:
        return replace(spec, area_name=name, area_hint=None, surface="")
    return replace(spec, surface="", of=_with_area(spec.of, placed, name))


def _standing_offices_shared(scan: SentenceScan) -> list[BodySpec]:
    """"Thường trực Đảng ủy, HĐND xã": the council named next to a standing office has its
    own standing office too (a people's committee has none)."""
    found = []
    items = scan.items
    for index, item in enumerate(items):
        if item.kind != "body" or item.body is None or item.body.head != "Thường trực":
            continue
        k = index + 1
        while k + 1 < len(items) and items[k].text in {",", "và"} and items[k + 1].kind == "body" \
                and items[k + 1].body is not None and items[k + 1].body.kind in {"PeoplesCouncil", "PeoplesCommittee"}:
            council = items[k + 1].body
            inner = item.body.of
            if k == index + 1 and inner is not None and not inner.level_word and not inner.area_name \
                    and council.level_word and inner.head == "Đảng ủy":  # "Thường trực Đảng ủy, HĐND xã"
                found.append(replace(item.body, surface="", of=replace(
                    inner, surface="", level=council.level, level_word=council.level_word,
                    area_name=council.area_name, area_hint=council.area_hint)))
            if council.kind == "PeoplesCouncil" and council.level_word:  # (a bare "HĐND" in a longer list: no)
                found.append(BodySpec("OtherOrganization", "Thường trực", "", level=council.level, of=council,
                                      english="Standing Office", position=council.position))
            k += 2
    return found


def _distributed(scan: SentenceScan, sentence: str) -> list[BodySpec]:
    """'Ban Tổ chức Tỉnh ủy các tỉnh, thành phố thuộc Cụm ... gồm: A, B, C' names one
    body per province listed."""
    tokens = scan.tokens
    found: list[BodySpec] = []
    for item in scan.items:
        committee = item.body.of if item.body is not None else None
        if committee is None or committee.kind != "PartyCommittee" or committee.area_name \
                or item.end >= len(tokens) or tokens[item.end].low != "các":
            continue
        colon = next((k for k in range(item.end, min(len(tokens), item.end + 25))
                      if tokens[k].low == "gồm"), None)
        if colon is None:
            continue
        k = colon + 1 + (colon + 1 < len(tokens) and tokens[colon + 1].text == ":")
        while k < len(tokens):
            known = gazetteer_match(tokens, k, sentence, "Province")
            if not known or not any(p.kind == "Province" for p in known[2]):
                break
            found.append(replace(item.body, surface="", of=replace(committee, area_name=known[1], surface="")))
            k = known[0]
            if k < len(tokens) and tokens[k].text in {",", "và"}:
                k += 1
    return found


_AGENCY_HEADS = {"sở": "Sở", "bộ": "Bộ", "phòng": "Phòng"}


def _listed_agencies(scan: SentenceScan, sentence: str) -> list[BodySpec]:
    """'các sở: Tài chính, Kế hoạch và Đầu tư' and 'các Bộ Công an, Quốc phòng' name one
    department or ministry per agency listed."""
    from graph.extract.bodies import agency_at, parse_body
    from graph.extract.tokens import tokenize

    tokens = scan.tokens
    found: list[BodySpec] = []
    for i in range(len(tokens) - 2):
        head = _AGENCY_HEADS.get(tokens[i + 1].low) if tokens[i].low == "các" else None
        if head is None:
            continue
        k = i + 2
        if k + 1 < len(tokens) and tokens[k].text == "," and tokens[k + 1].low == "ngành":
            k += 2  # "các sở, ngành: ..."
        if k < len(tokens) and tokens[k].text == ":":
            k += 1
        names = []
        while k < len(tokens):
            agency = agency_at(tokens, k)
            if agency is None:
                break
            name, k = agency[1], agency[0]
            if head == "Phòng" and k + 1 < len(tokens) and tokens[k].text == "-" and tokens[k + 1].is_cap:
                end = k + 1  # a district's "Phòng Tài chính - Kế hoạch", "Văn hóa - Thông tin"
                while end < len(tokens) and tokens[end].is_word and end - k < 4 and not (
                        tokens[end].low in _level_starters() and _levels().match(tokens, end)):
                    end += 1
                name, k = f"{name} - {sentence[tokens[k + 1].start:tokens[end - 1].end]}", end
            names.append(name)
            if k + 1 < len(tokens) and tokens[k].text in {",", "và"}:
                k += 1
            else:
                break
        unit = _unit_after(tokens, k, sentence, named=False) if head == "Phòng" else None
        level = " ".join(part for part in unit if part) if unit else ""
        for name in names:  # "các phòng: Nội vụ, Tài chính - Kế hoạch huyện": each the district's
            text = f"{head} {name} {level}".strip()
            parsed = parse_body(tokenize(text), 0, text)
            if parsed is not None:
                found.append(replace(parsed[1], surface=""))
    return found


_UPCOMING = re.compile(r"\b(?:chuẩn bị|tiến tới|hướng tới|sắp tới|chào mừng|trước thềm|đi dự|sẽ dự|phục vụ|góp phần|dự thảo|"
                       r"đại biểu(?: chính thức)? dự|"  # ("bầu 9 đại biểu chính thức dự Đại hội … tỉnh")
                       r"trình(?! bày))\b[^.;]*$", re.IGNORECASE)  # ("văn kiện trình Đại hội": to come)
_SHARED_TAIL_KINDS = {"PeoplesCouncil", "PeoplesCommittee", "FatherlandFront"}


def _shares_tail(body: BodySpec) -> bool:
    """(mass organizations too: "Hội LHPN, Hội Nông dân tỉnh" writes the level once)"""
    return (body.kind in _SHARED_TAIL_KINDS or body.head in MASS_ORGANIZATIONS) and body.of is None


def _bare(body: BodySpec | None) -> bool:
    """A head whose area is written after the next one ("HĐND, UBND huyện"), the standing
    body of a council included ("Thường trực HĐND, UBND huyện")."""
    if body is not None and body.of is not None and body.head == "Thường trực" and not body.area_name:
        return _bare(body.of)
    return body is not None and _shares_tail(body) and body.area_name is None


def _unplaced(body: BodySpec) -> bool:
    """No level or area written anywhere in the body's chain."""
    spec: BodySpec | None = body
    while spec is not None:
        if spec.area_name or spec.level_word or spec.level not in {None, "article"}:
            return False
        spec = spec.of
    return True


def _spelled_out(head: BodySpec, level_word: str, name: str) -> BodySpec | None:
    from graph.extract.bodies import parse_body
    from graph.extract.tokens import tokenize

    text = f"{head.surface} {level_word} {name}".strip()
    parsed = parse_body(tokenize(text), 0, text)
    return parsed[1] if parsed and parsed[0] == len(tokenize(text)) else None


def _shared_areas(scan: SentenceScan, sentence: str) -> tuple[list[BodySpec], list[BodySpec]]:
    """(bodies named, bare heads they replace) for heads that share an area written once:
    'HĐND, UBND, Ủy ban MTTQ Việt Nam huyện X' (the last one's area is each one's), and
    'chủ tịch UBND các xã A, B và thị trấn C' (one body per unit listed)."""
    tokens, items = scan.tokens, [it for it in scan.items if it.kind != "word"]
    added: list[BodySpec] = []
    replaced: list[BodySpec] = []
    in_run: set[int] = set()  # bare heads already spelled out with the run they open
    for position, item in enumerate(items):
        body = item.body
        if body is not None and body.kind in _SHARED_TAIL_KINDS and body.of is None and body.area_name \
                and item.end < len(tokens) and tokens[item.end].text == ",":
            # "Ủy ban MTTQ Việt Nam thị trấn Ba Chúc, các xã Lương Phi, Châu Lăng"
            added.extend(_listed_units(tokens, item.end + 1, replace(body, surface=body.head))
                         or _sibling_units(tokens, item.end + 1, replace(body, surface=body.head)))
        if body is not None and not _bare(body) and _unplaced(body):
            # "Ban Thường vụ Đảng ủy các xã A, B", "Phòng Văn hóa - Thông tin các huyện A, B"
            units = _listed_units(tokens, item.end, body)
            if units:
                added.extend(units)
                replaced.append(body)
        if body is not None and _shares_tail(body) and body.area_name \
                and body.level_word and item.end + 2 < len(tokens) and tokens[item.end].low == "và":
            # "Ủy ban MTTQ Việt Nam tỉnh An Giang và tỉnh Kiên Giang", "Hội Nông dân thị xã Buôn Hồ và
            # huyện Cư M'gar": the head is each one's
            inside = any(it.start <= item.end + 1 < it.end for it in scan.items if it.body is not None)
            other = None if inside else _unit_after(tokens, item.end + 1, sentence)
            spelled = _spelled_out(replace(body, surface=body.head), other[0], other[1]) if other else None
            if spelled is not None:
                added.append(spelled)
        if not _bare(item.body) or position in in_run:
            continue
        run, k = [item.body], position + 1
        while k + 1 < len(items) and items[k].kind == "sep" and tokens[items[k].start].text in {",", "và", "-", "–"} \
                and items[k + 1].start == items[k].end and items[k + 1].body is not None \
                and _shares_tail(items[k + 1].body):
            if items[k + 1].body.area_name is not None or items[k + 1].body.level_word:
                last = items[k + 1].body  # "HĐND, UBND huyện X", "HĐND, UBND thành phố"
                for body in run:
                    spelled = _spelled_out(body, last.level_word or "", last.area_name or "")
                    if spelled is not None:
                        added.append(spelled)
                        replaced.append(body)
                break
            run.append(items[k + 1].body)
            in_run.add(k + 1)
            k += 2
        added_units = _listed_units(tokens, item.end, item.body)
        if added_units:
            added.extend(added_units)
            replaced.append(item.body)
    _shared_division_levels(items, tokens, added, replaced)
    for c in range(1, len(tokens) - 2):
        if tokens[c].low not in _PLURALS or _unit_word_at(tokens, c + 1) is None:
            continue
        head = _state_head_before(tokens, c)  # "Hội Nông dân các xã A, B, C": a head no item holds
        if head is not None and not any(it.body is not None and it.end == c for it in items):
            added.extend(_listed_units(tokens, c, head))
    return added, replaced


_DIVISIONS = {"Phòng", "Trung tâm"}


def _shared_division_levels(items, tokens, added: list[BodySpec], replaced: list[BodySpec]) -> None:
    """'Phòng Kinh tế, Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công xã':
    divisions listed without a level take the one written after the last of them."""
    k = 0
    while k < len(items):
        run = []
        while k < len(items) and items[k].body is not None and (
                items[k].body.head in _DIVISIONS and items[k].body.of is None or _joint(items[k].body)):
            run.append(items[k].body)
            if k + 1 < len(items) and items[k + 1].kind == "sep" and tokens[items[k + 1].start].text in {",", "và"}:
                k += 2
            else:
                k += 1
                break
        last = run[-1] if run else None
        if last is not None and len(run) > 1 and last.level_word:
            for body in run[:-1]:
                if _joint(body) and body.of.level_word is None and body.of.area_name is None:
                    # "Văn phòng HĐND và UBND, Phòng Kinh tế … phường": the office is the ward's too
                    added.append(replace(body, level=last.level, of=replace(
                        body.of, level=last.level, level_word=last.level_word, area_name=last.area_name,
                        area_hint=last.area_hint)))
                    replaced.append(body)
                elif body.level_word is None and body.area_name is None and not _joint(body):
                    added.append(replace(body, level=last.level, level_word=last.level_word, area_name=last.area_name,
                                         area_hint=last.area_hint, surface=f"{body.surface} {last.level_word}"))
                    replaced.append(body)
        if not run:
            k += 1


def _unit_after(tokens, k: int, sentence: str, named: bool = True) -> tuple[str, str | None] | None:
    """(level word as written, name) of a unit at token k: "tỉnh Kiên Giang"; with `named`
    false the name may be left out ("các phòng: Nội vụ, Tư pháp huyện")."""
    matched = _levels().match(tokens, k) if k < len(tokens) and tokens[k].low in _level_starters() else None
    if not matched:
        return None
    place = place_name_at(tokens, matched[0], sentence, matched[1], tokens[k].low)
    if not place and named:
        return None
    return sentence[tokens[k].start:tokens[matched[0] - 1].end], place[1] if place else None


def _joint(body: BodySpec) -> bool:
    from graph.extract.bodies import JOINT_OFFICE

    return body.name == JOINT_OFFICE and body.of is not None


def _state_head_before(tokens, end: int) -> BodySpec | None:
    from graph.extract.bodies import _tables

    for start in range(max(0, end - 6), end):
        matched = _tables()["state"].match(tokens, start)
        if matched and matched[0] == end and tokens[start].is_cap:
            kind, head, english = matched[1]
            surface = " ".join(t.text for t in tokens[start:end])
            return BodySpec(kind, head, surface, english=english)
    return None


# what kind of units a list names, between the level word and the names
_DESCRIPTORS = PhraseTable({"vùng cao": True, "biên giới": True, "miền núi": True, "ven biển": True,
                            "vùng sâu": True, "đặc biệt khó khăn": True, "khó khăn": True, "giáp ranh": True,
                            "lân cận": True, "trọng điểm": True, "vùng biên": True, "vùng xa": True,
                            "vùng núi": True, "vùng ven": True})


def _past_descriptor(tokens, k: int) -> int:
    """Past 'biên giới' in 'các huyện biên giới Tuy Đức, Đắk Mil', and past 'như' in 'các
    xã vùng sâu như Ba Xa, Ba Vinh' (when names follow)."""
    matched = _DESCRIPTORS.match(tokens, k) if k < len(tokens) and not tokens[k].is_cap else None
    past = matched[0] if matched else k
    if past < len(tokens) and tokens[past].low == "như":
        past += 1
    return past if past < len(tokens) and tokens[past].is_cap and tokens[past].is_word else k


_UNIT_PHRASES = (("thị", "trấn"), ("thị", "xã"), ("thành", "phố"), ("xã",), ("phường",), ("huyện",), ("quận",),
                 ("tỉnh",))


def _unit_word_at(tokens, k: int) -> tuple[str, int] | None:
    """("thành phố", the token after it) when a unit word starts at token k."""
    for words in _UNIT_PHRASES:
        if tuple(t.low for t in tokens[k:k + len(words)]) == words:
            return " ".join(words), k + len(words)
    return None


def _unit_name_end(tokens, k: int) -> int:
    """The end of a unit's name: capitalized words, and the two parts of a name joined by a dash
    ("phường Xuân Hương - Đà Lạt", named in 2025 after the wards it joined)."""
    start = k
    while k < len(tokens) and k - start < 8 and (tokens[k].is_cap and tokens[k].is_word or (
            k > start and tokens[k].text in {"-", "–"} and k + 1 < len(tokens) and tokens[k + 1].is_cap
            and tokens[k + 1].is_word)):
        k += 1
    return k


_UNIT_RANKS = {"thành phố": "district", "tp": "district", "thị xã": "district", "tx": "district", "huyện": "district",
               "quận": "district", "xã": "commune", "phường": "commune", "thị trấn": "commune"}


def _sibling_units(tokens, k: int, head: BodySpec) -> list[BodySpec]:
    """'UBND TP Vị Thanh, TP Ngã Bảy, TX Long Mỹ': units of the first one's rank, each with its unit
    word, share its head (but 'UBND xã A, huyện B' places the commune in its district)."""
    rank = _UNIT_RANKS.get((head.level_word or "").casefold())
    found = []
    while rank is not None and k < len(tokens):
        unit = _unit_word_at(tokens, k) or ((tokens[k].text, k + 1) if tokens[k].text in {"TP", "TX"} else None)
        if unit is None or _UNIT_RANKS.get(unit[0].casefold()) != rank:
            break
        start = k = unit[1]
        k = _unit_name_end(tokens, k)
        spelled = _spelled_out(head, unit[0], " ".join(t.text for t in tokens[start:k])) if k > start else None
        if spelled is None:
            break
        found.append(spelled)
        if k + 1 < len(tokens) and tokens[k].text in {",", "và"}:
            k += 1
        else:
            break
    return found


_PLURALS = {"các", "hai", "ba", "bốn"}


def _listed_units(tokens, end: int, head: BodySpec) -> list[BodySpec]:
    unit = _unit_word_at(tokens, end + 1) if end + 1 < len(tokens) and (
        tokens[end].low in _PLURALS or tokens[end].text in {"2", "3", "4"}) else None  # ("… hai tỉnh A và B (cũ)")
    if unit is None:
        return []
    found, level_word, k = [], unit[0], _past_descriptor(tokens, unit[1])
    while k < len(tokens):
        if (unit := _unit_word_at(tokens, k)) is not None:
            level_word, k = unit
        start = k
        k = _unit_name_end(tokens, k)
        if start == k or k - start > 7:
            break
        spelled = _spelled_out(head, level_word, " ".join(t.text for t in tokens[start:k]))
        if spelled is None:
            break
        found.append(spelled)
        if k < len(tokens) and tokens[k].text in {",", "và"}:
            k += 1
        else:
            break
    return found if len(found) >= 2 else []


_BODY_LEVEL_KIND = {"province": "Province", "city": "City", "district": "District", "town": "Town",
                    "urban_district": "District"}


def _body_areas(spec: BodySpec) -> list[AreaMention]:
    found, position = [], spec.position
    while spec is not None:
        if spec.area_name:
            kind = _BODY_LEVEL_KIND.get(spec.level or "", spec.level if spec.level in
                                        {"Province", "City", "District", "Town", "Commune", "Village"} else None)
            found.append(AreaMention(kind, spec.area_name, spec.level_word, spec.area_hint, position=position))
        spec = spec.of
    return found


_BYLINE_LEAD = re.compile(r"^(?:bài|tin|bài viết|bài và ảnh|bài, ảnh|tin, ảnh|tin và ảnh|thực hiện|nhóm pv)\s*:\s*",
                          re.IGNORECASE)
_PHOTO_CREDIT = re.compile(r"\s*[-–|]\s*ảnh\s*:.*$", re.IGNORECASE)  # "Bài: Hoàng Hà - Ảnh: Đức Lâm"
_AFFILIATION = re.compile(r"\s*\([^()]*\)$|\s*/\s*[A-ZĐ][\w.+-]*(?:[\s-][\w.+-]+){0,3}$")
# ("THU HÀ (tổng hợp)", "Name (Trung tâm ... huyện X)", "Mai Hòa/VOV-Miền Nam", "Minh Anh/TTXVN")


_ISSUED_NOW = re.compile(r"\b(?:ban hành|đã ký|vừa ký|ký ban hành)\s+(?:\w+\s+){0,2}$")


def _byline(article: Article) -> list[str]:
    """A closing line that is only a name (or names: "A - B") is the author's byline.
    A name that is also a place's ("Thanh Thủy", "THANH HÒA") counts when the line reads
    as a byline on its own: a "Bài, ảnh:" lead, an affiliation in brackets, capitals,
    two names."""
    lines = [line.strip() for line in article.text.split("\n") if line.strip()]
    while len(lines) > 1 and (lines[-1].startswith(("- ", "– ", "#")) or lines[-1].casefold().startswith("chia sẻ")):
        lines.pop()  # a list of related headlines, tags or a share bar after the byline
    names = []
    for index, line in enumerate(lines[:8]):
        # "Hồng Thoan\n14/09/2023 17:05": a name standing right above or below the date line, or
        # between the headline and the lead ("Quang Hưng\n(ĐBP) - Ngày 7/8, …")
        beside = lines[max(0, index - 1):index] + lines[index + 1:index + 2]
        if "|" in line and header_date([line.split("|", 1)[1]]):  # "Diệu Thảo | Cập nhật 17:20, 15/10/2025"
            line, beside = line.split("|", 1)[0].strip(), [line.split("|", 1)[1]]
        parts = re.split(r"\s+[-–]\s+", line)
        if line.isupper() and index + 1 < len(lines) and opening_word(lines[index + 1]) is not None \
                and line.split()[0].casefold() not in {"báo", "tạp", "cổng", "đài"} \
                and all(_reads_as_name(part, True) and not _is_place_or_body(part) for part in parts):
            names.extend(parts)  # "NGỌC DUY - PHƯƠNG VY" right above the lead: the authors, in capitals
            continue
        words = line.split()
        if 2 <= len(words) <= 4 and all(word[:1].isupper() for word in words) and not line.isupper() \
                and words[0] not in {"Báo", "Tạp", "Cổng", "Đài"} \
                and (any(header_date([other]) for other in beside) or (  # (or above the lead)
                    index + 1 < len(lines) and opening_word(lines[index + 1]) is not None)) \
                and not gazetteer_match(tokenize(line), 0, line, "Province") and _reads_as_name(line, False):
            names.append(line)  # (not a masthead: "BÁO QUẢNG TRỊ", "Báo Cần Thơ", "Sóc Trăng Online")
    for line in lines[-2:]:
        lead = _BYLINE_LEAD.match(line)
        bare = _AFFILIATION.sub("", _PHOTO_CREDIT.sub("", line[lead.end():]) if lead else line)
        marked = bool(lead) or bare != line or bare.isupper()
        parts = re.split(r"\s+[-–]\s+", bare)
        if not all(_reads_as_name(part, True) for part in parts):
            continue  # not names at all: decided before any lookup
        if len(parts) > 1:  # "Thanh Nhàn - Hoàng Lan": two authors, unless all are places
            marked = marked or not all(_is_place_or_body(part) for part in parts)
        if all(_reads_as_name(part, marked) for part in parts):
            names.extend(parts)
    return names


_NOT_AUTHORS = {"nhóm", "pv", "ctv", "ban"}
_APOSTROPHE_NAME = re.compile(r"[A-ZĐ]['’][A-ZĐÀ-Ỹ][a-zà-ỹđ]+")
_NOT_AUTHOR_PHRASES = ("phóng viên", "biên tập", "tổng hợp")  # (but "Biên Thùy" is a name)


def _reads_as_name(text: str, marked: bool) -> bool:
    words = text.split()
    # (one name of the Central Highlands, "K'Thuận", "H'Hoa", stands alone when marked as a byline)
    counted = 2 <= len(words) <= 4 or (marked and len(words) == 1 and _APOSTROPHE_NAME.fullmatch(words[0]))
    return counted and all(w[0].isupper() and w.replace("'", "").replace("’", "").isalpha() for w in words) \
        and words[0] not in {"Theo", "Nguồn"} and not any(w.casefold() in _NOT_AUTHORS for w in words[:2]) \
        and not any(phrase in text.casefold() for phrase in _NOT_AUTHOR_PHRASES) \
        and (marked or not _is_place_or_body(text))  # ("NHÓM PHÓNG VIÊN", "BAN BIÊN TẬP": no one's name)


def _is_place_or_body(line: str) -> bool:
    from graph.extract.bodies import parse_body
    from graph.extract.tokens import tokenize

    tokens = tokenize(line)
    known = gazetteer_match(tokens, 0, line)
    # a commune's name is also a given name ("Hải Minh"): only larger units rule a byline out
    larger = known and any(p.kind not in {"Commune", "Village"} for p in known[2])
    return bool(larger and known[0] == len(tokens)) or parse_body(tokens, 0, line) is not None


def _lead_month(texts: list[str]) -> int | None:
    """The month of the day a report opens with ("Sáng 19/12, ..."), its year unwritten."""
    for text in texts[:6]:
        opening = opening_date(text, 2024)  # a leap year: any day and month reads
        if opening is not None:
            return opening[0].month
    return None


def extract(article: Article) -> ArticleMentions:
    """Read the mentions of one article (no cross-sentence resolution yet)."""
    foreign = FOREIGN_PROVINCES.set(foreign_provinces(" ".join(sentence.text for sentence in article.sentences)))
    brands = BRANDS.set(brands_glossed([sentence.text for sentence in article.sentences], dict(article.glosses)))
    events = EVENTS.set(events_named([sentence.text for sentence in article.sentences]))
    try:
        return _extract(article)
    finally:
        EVENTS.reset(events)
        BRANDS.reset(brands)
        FOREIGN_PROVINCES.reset(foreign)


# a sentence about the one person named just before ("Ông là …", "Đồng chí Khải hiện là …")
_HE_IS = re.compile(r"^(?:Ông|Bà|Đồng chí)(?: (?P<given>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*))?(?: hiện| đồng thời| cũng)? là ")
# a headline that names the text a notice ("Thông báo kết luận của Ban Thường vụ …"): issued after the meeting
_NOTICE_TITLE = re.compile(r"^(?:Thông báo|Kết luận)\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-+•–]|\d+[.)])\s*")  # a line of a list
# a decision's closing formula: its titles are the many offices that carry it out
_FORMER_POSTS = re.compile(r"\btừng (?:giữ|đảm nhiệm|kinh qua|là)\b")  # "đồng chí từng giữ các chức vụ: …": past posts
_ADDRESSEES = re.compile(r"\b(?:chịu|có) trách nhiệm (?:thi hành|thực hiện)\b", re.IGNORECASE)
_ISSUED_TOGETHER = re.compile(r"\bcùng (?:được )?ban hành (?:vào )?ngày\s*$", re.IGNORECASE)


_LIST_GAP = re.compile(r"\s*(?:,|và|,\s*và)\s*")


def _share_issue_date(documents: list[DocumentMention], sentence: str) -> None:
    """"Nghị quyết số 10-NQ/TW, … và Nghị quyết số 12-NQ/TW, cùng được ban hành ngày 3/6/2017":
    the date after the list is each listed document's."""
    for index, document in enumerate(documents):
        if document.date is not None and document.same_day:
            # "Kết luận số 21-KL/TW và Quy định số 37-QĐ/TW cùng ngày 25/10/2021": both that day
            for earlier, after in zip(documents[index - 1::-1] if index else [], documents[index::-1]):
                if earlier.date is not None or not _LIST_GAP.fullmatch(sentence[earlier.end:after.start]):
                    break
                earlier.date = document.date
    if not documents or "ban hành" not in sentence:
        return
    for start, _, date in dates_in(sentence):
        if start > documents[-1].end and _ISSUED_TOGETHER.search(sentence[:start]):
            for document in documents:
                if document.date is None and document.end < start:
                    document.date = date
            return


def _posts_in_a_title(scan: SentenceScan, documents: list[DocumentMention]) -> list[BodySpec]:
    """"Quy định số 08 … về trách nhiệm nêu gương …, trước hết là Ủy viên Bộ Chính trị, Ủy
    viên Ban Bí thư": posts a document's title speaks of, held by nobody named, are no
    mention of their bodies."""
    spans = [(document.start, document.end) for document in documents]
    held = {id(spec) for person in scan.persons for _, spec in person.roles}
    return [item.body for item in scan.items if item.kind == "role" and item.body is not None
            and id(item.body) not in held and item.start < len(scan.tokens)
            and any(a <= scan.tokens[item.start].start < b for a, b in spans)]


def _in_a_charter_name(spec: BodySpec, scan: SentenceScan) -> bool:
    """"Điều lệ Hội Chữ thập đỏ Việt Nam" names a document, not a mention of the Hội."""
    return 2 <= spec.position < len(scan.tokens) \
        and [t.low for t in scan.tokens[spec.position - 2:spec.position]] == ["điều", "lệ"]


_VENUES = ("Trung tâm Hội nghị",)  # where meetings are held: a body only if a post is in it


def _persons_read_as_places(mentions: ArticleMentions) -> None:
    """"Chủ tịch UBND huyện Ating Đợi đề nghị": an unknown district or commune named
    like a person of the article is that person after a bare "UBND huyện", not a place."""
    people = {person.name for _, person in mentions.persons}
    named = {spec.area_name for _, spec in mentions.bodies} | {area.name for _, area in mentions.areas}
    if not people & named:
        return
    from graph.gazetteer import load_gazetteer

    gazetteer = load_gazetteer()
    misread = {name for name in people & named if not gazetteer.lookup(name)}
    if not misread:
        return

    def bare(spec):
        if spec is None:
            return spec
        of = bare(spec.of)
        if spec.area_name in misread:
            surface = spec.surface.replace(" " + spec.area_name, "")
            return replace(spec, area_name=None, surface=surface, of=of)
        return spec if of is spec.of else replace(spec, of=of)

    if not any(spec.area_name in misread for _, spec in mentions.bodies) and \
            not any(area.name in misread for _, area in mentions.areas):
        return
    mentions.bodies = [(index, bare(spec)) for index, spec in mentions.bodies]
    mentions.areas = [(index, area) for index, area in mentions.areas if area.name not in misread]
    for _, person in mentions.persons:
        person.roles = [(title, bare(spec)) for title, spec in person.roles]
    mentions.pending = [(index, [(title, bare(spec)) for title, spec in chain]) for index, chain in mentions.pending]


def _in_capitals(text: str) -> bool:
    """A line in capitals only ("CỔNG THÔNG TIN ĐIỆN TỬ ĐẢNG BỘ TỈNH X", "HUYỆN ỦY A -
    ĐẢNG BỘ TỈNH B"): a site's masthead or a slogan, whose bodies the article does not
    report on (an all-capitals headline names them again in the text)."""
    if text != text.upper():
        return False
    words = text.split()
    return len(words) >= 3 and sum(len(w) >= 4 for w in words) >= 2


def _said_as_body(spec: BodySpec, scan: SentenceScan) -> bool:
    """A school, hospital or company is listed where it holds a post ("Giám đốc Bệnh viện X")
    or a party unit ("Chi bộ Trường X"), not where it is only a place ("tại Trường X")."""
    deputies = [item for item in scan.items if item.kind == "role" and item.body is spec
                and item.title is not None and item.title.role == "Đại biểu"]
    if deputies and len(deputies) == sum(item.body is spec for item in scan.items) and not any(
            person_body is spec for person in scan.persons for _, person_body in person.roles):
        return False  # "bầu 8 đại biểu Quốc hội", "người ứng cử đại biểu HĐND tỉnh": seats, no one's post
    at = next((k for k, item in enumerate(scan.items) if item.body is spec), None)
    if at is not None and at >= 2 and scan.items[at - 1].kind == "cue" and scan.items[at - 1].text.casefold() == "đại biểu" \
            and (scan.items[at - 2].text.isdigit() or scan.items[at - 2].text.casefold() in {"cử", "bầu", "thêm"}):
        return False  # "bầu thêm 1 đại biểu HĐND xã", "người ứng cử đại biểu HĐND thành phố"
    if spec.head not in INSTITUTIONS and not (spec.name or "").startswith(_VENUES) or spec.head == "Công ty":
        return True  # (a company is one of the article's bodies wherever it is named: visited, investing, building)
    return any(item.kind == "role" and item.body is spec for item in scan.items) or any(
        person_body is spec or person_body is not None and person_body.level == NAMED_BEFORE
        and person_body.head == spec.head  # ("Trường X, bà Y, Hiệu trưởng Trường cho biết")
        for person in scan.persons for _, person_body in person.roles)


def _extract(article: Article) -> ArticleMentions:
    lines = article.text.split("\n")
    texts = [sentence.text for sentence in article.sentences]
    published = None
    if article.date_hint:
        published = header_date([article.date_hint])
    published = published or header_date(lines)
    if published is None:  # "Ngày 12/9/2019, Đảng ủy xã …": a lead that writes its year says the article's
        published = next((found[0] for text in texts[:3] if (found := opening_date(text, None))), None)
        year = published.year if published else infer_year(article.text, _lead_month(texts))
        published = None  # (the lead is the event's day; the published date is settled later)
    else:
        year = published.year
    scans = [scan_sentence(text) for text in texts]
    mentions = ArticleMentions(article, published, year, scans)
    announced = None
    for_listed: list = []
    subject: list = []
    for index, (scan, text) in enumerate(zip(scans, texts)):
        mentions.persons.extend((index, person) for person in scan.persons)
        if for_listed and scan.persons and _BULLET.match(text):
            mentions.persons.append((index, PersonMention(scan.persons[0].name, list(for_listed), cued=True)))
        else:
            for_listed = scan.for_listed
        before = (scans[index - 1].persons or subject) if index else []
        subject = []  # (the person a "Đồng chí là …" sentence spoke of, for the next one)
        he_is = _HE_IS.match(text)
        if scan.pending and he_is and len({p.name for p in before}) == 1 \
                and he_is.group("given") in {None, before[0].name.split()[-1]}:
            # "Ông Lê Huy Cường 54 tuổi, quê Quảng Ngãi. Ông là Tỉnh ủy viên, Giám đốc Sở …": his posts
            # ("Đồng chí Khải là Ủy viên Trung ương Đảng, hiện giữ chức Bí thư Tỉnh ủy": every post, when
            # the sentence names nobody else)
            his = scan.pending if not scan.persons else scan.pending[:1]
            mentions.persons.append((index, PersonMention(before[0].name, [r for chain in his for r in chain],
                                                          cued=True)))
            subject = before[:1]
            mentions.pending.extend((index, chain) for chain in scan.pending[len(his):])
        elif not _ADDRESSEES.search(text) and not _FORMER_POSTS.search(text):
            mentions.pending.extend((index, chain) for chain in scan.pending)
        spelled, replaced = _shared_areas(scan, text)
        found = find_documents(text, scan.tokens)
        replaced = replaced + _posts_in_a_title(scan, found)
        named = [b for b in scan.bodies if not any(b is r for r in replaced) and _said_as_body(b, scan)
                 and not _in_a_charter_name(b, scan)] if not _in_capitals(text) else []
        named += [b.of for b in named if b.head == "Chi bộ" and b.of is not None and b.of.head in INSTITUTIONS
                  or b.head == "Đoàn đại biểu" and b.of is not None]  # (and the body a delegation is of)
        named += [b.of for b in named if b.of is not None and b.of.kind in {"PartyAgency", "Government"}
                  and b.of.surface and b.surface.endswith(", " + b.of.surface)]
        # ("Vụ Địa phương 1, Ban Tổ chức Trung ương", "Vụ Thể thao quần chúng, Tổng cục Thể dục thể thao")
        for spec in named + spelled + _distributed(scan, text) + _listed_agencies(scan, text) \
                + _standing_offices_shared(scan) + _bodies_of_units_listed(scan, text) \
                + _committees_heads_listed(scan):
            mentions.bodies.append((index, spec))
            mentions.areas.extend((index, area) for area in _body_areas(spec))
        for person in scan.persons:
            for _, spec in person.roles:
                if spec is not None:
                    mentions.areas.extend((index, area) for area in _body_areas(spec))
        if not _BYLINE_LEAD.match(text.strip()):  # "Bài, ảnh: Khánh Hòa" names an author, not a province
            mentions.areas.extend((index, area) for area in _areas_in(scan, text))
        if index < 3 and (province := _masthead_province(text)) is not None:
            mentions.areas.append((index, province))
        announced = announcement(text, scan.tokens) or announced
        _share_issue_date(found, text)
        for document in found:
            if announced is not None:
                apply_announcement(document, announced)
            if document.date is None and document.number and _ISSUED_NOW.search(text[:document.start]):
                lead = opening_date(text, year)  # "Ngày 23/9, UBKT Tỉnh ủy ban hành Thông báo số 212-…"
                if lead is None:  # "Trên cơ sở …, sáng 16/8, Thủ tướng Chính phủ đã ký Quyết định số …"
                    lead = _day_before(text[max(0, document.start - 90):document.start], year)
                document.date = lead[0] if lead else None
            if document.date is None and document.same_day:
                # "Quyết định số 2218-QĐ/TU cùng ngày": the day of the one cited before it,
                # and its issuer when the numbers have one code
                before = next((d for _, d in reversed(mentions.documents) if d.date), None)
                if before is not None:
                    document.date = before.date
                    if document.issuer is None and before.issuer is not None and document.number \
                            and before.number and document.number.split("/")[-1] == before.number.split("/")[-1]:
                        document.issuer = before.issuer
            if document.issuer is None and document.number and not document.short:
                # "4. Quyết định số 1247-QĐ/TU chỉ định …" after "2. Quyết định số 1245-QĐ/TU … của Ban
                # Thường vụ Tỉnh ủy": a series of one code is one issuer's
                document.issuer = next((d.issuer for _, d in reversed(mentions.documents)
                                        if d.issuer is not None and d.kind == document.kind and d.number
                                        and d.number.split("/")[-1] == document.number.split("/")[-1]
                                        and d.number.split("/")[-1] in COMMITTEE_CODES), None)  # (a local committee's)
            mentions.documents.append((index, document))
            if document.issuer is not None:
                mentions.bodies.append((index, document.issuer))
    citations: dict[int, list[tuple[int, int]]] = {}
    for index, document in mentions.documents:
        citations.setdefault(index, []).append((document.start, document.end))
    reported = reported_meetings(scans, texts, year, citations)
    organizers = {(e.organizer.head, e.organizer.area_name, e.organizer.level) for e in reported}
    # the reported congress itself is named with its term too: only other terms are past
    reported_years = {(e.organizer.head, e.organizer.area_name, e.organizer.level): e.date.year
                      for e in reported if e.date is not None}
    past = []
    for event in past_congresses(scans, texts):
        key = (event.organizer.head, event.organizer.area_name, event.organizer.level)
        if key[1] is None:  # "Hội Chữ thập đỏ huyện" in the headline: the one the lead names
            key = next((k for k in organizers if (k[0], k[2]) == (key[0], key[2])), key)
        if key in organizers and (key not in reported_years or event.date.year >= reported_years[key] - 1):
            continue
        if any(e.organizer == event.organizer and e.date == event.date for e in past):
            continue
        if year is not None and event.date.year > year:
            continue  # "tổ chức đại hội điểm vào đầu tháng 3/2020" in a 2019 article: still to come
        if year is not None and event.date.year >= year and _UPCOMING.search(
                texts[event.sentence][:texts[event.sentence].find(event.label)][-60:]):
            continue  # "chuẩn bị Đại hội đại biểu Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030": to come
        past.append(event)
    mentions.events = reported + past
    council = next((e.organizer for e in reported if e.organizer.kind == "PeoplesCouncil"), None)
    if council is not None:  # "Kỳ họp đã thông qua … Nghị quyết số 45/NQ-HĐND": the session's council
        for _, document in mentions.documents:
            if document.issuer is None and document.number and "HĐND" in document.number.upper():
                document.issuer = council
    conference = next((e.organizer for e in reported if e.kind == "Conference"
                       and e.organizer.kind in {"ExecutiveCommittee", "StandingCommittee"}), None)
    if conference is not None:  # "Hội nghị đã biểu quyết thông qua Nghị quyết số 03-NQ/TU": the committee's
        for index, document in mentions.documents:
            if document.issuer is None and document.number and _PASSED_AT_CONFERENCE.match(texts[index]) \
                    and _PASSING.search(texts[index][:document.start]) and may_issue(document.number, conference):
                document.issuer = conference
    for event in mentions.events:
        if not any(spec is event.organizer for _, spec in mentions.bodies):
            mentions.bodies.append((event.sentence, event.organizer))
            mentions.areas.extend((event.sentence, area) for area in _body_areas(event.organizer))
    if published is None:
        reported = [(e.reported_on or e.date, e.date_written, e.opener) for e in mentions.events
                    if not e.past and e.date and not e.by_term]
        if not reported:  # a report whose meeting was not recognised is still dated by its lead
            lead = next(((text, found) for text in texts[:3] if (found := opening_date(text, year))), None)
            if lead is not None:
                reported = [(*lead[1], opening_word(lead[0]))]
        if reported:
            date, written, opener = reported[0]
            # A same-day report ("Chiều 22/7", or a headlined story opening "Ngày
            # 18/9/2023,") is dated by its event's day; an untitled notice about an event
            # whose full date it writes out ("Ngày 22/3/2023, ...") by the year only.
            same_day = opener not in (None, "ngày") or (article.title is not None and opener is not None
                                                         and not _NOTICE_TITLE.match(article.title))
            if not written:
                mentions.published = PartialDate(date.year, date.month)
            elif same_day and opener == "":  # "Trong 2 ngày 8 và 9-7-2020, …": written once the days are over
                lead = next((text for text in texts[:8] if opening_word(text) == ""
                             and (found := opening_date(text, year)) and found[0] == date), None)
                last = opening_last_day(lead, year) if lead is not None else None
                mentions.published = last if last is not None and (last.year, last.month) == (date.year, date.month) \
                    else date
            elif same_day:
                mentions.published = date
            else:
                mentions.published = PartialDate(date.year)
    if published is not None and published.day is not None:
        # "Đại hội … dự kiến diễn ra trong tháng 10/2020" in a report of 2019 (by its date line): still to
        # come, not reported
        day = published
        mentions.events = [e for e in mentions.events if e.date is None
                           or (e.date.year, e.date.month or 0, e.date.day or 0) <= (day.year, day.month, day.day)]
    _persons_read_as_places(mentions)
    _funeral_committee(mentions, texts)
    mentions.bylines = _byline(article)
    return mentions


_DAY_PHRASE = re.compile(r"(?:^|,\s*)(?:(?:sáng|chiều|tối|trưa)\s+)?(?:ngày\s+)?(\d{1,2})\s*[/-]\s*(\d{1,2})"
                         r"(?:\s*[/-]\s*((?:19|20)\d{2}))?\s*,", re.IGNORECASE)


def _day_before(text: str, year: int | None):
    """The day a clause opens with inside a sentence (", sáng 16/8, Thủ tướng … đã ký"), as opening_date."""
    found = list(_DAY_PHRASE.finditer(text))
    if not found:
        return None
    day, month, written = found[-1].groups()
    date = valid(int(written) if written else (year or 0), int(month), int(day))
    return (date, bool(written)) if date is not None and (written or year) else None


_PASSED_AT_CONFERENCE = re.compile(r"^(?:(?:Cũng )?[Tt]ại hội nghị,\s*)?Hội nghị\b")
_PASSING = re.compile(r"thông qua|ban hành")  # ("Hội nghị thảo luận, thống nhất ban hành Nghị quyết số …")
_FUNERAL_HEADER = re.compile(r"^ban lễ tang\b", re.IGNORECASE)
_DECEASED = re.compile(r"^(?:đồng chí|ông|bà)\s+([A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ ]{3,40})$", re.IGNORECASE)
_FUNERAL_MEMBER = re.compile(r"^\d{1,2}\.\s*(?:đồng chí|ông|bà)\s+([^,]+),.*[-–]\s*(Trưởng ban|Phó Trưởng ban|Ủy viên)\.?$",
                             re.IGNORECASE)
_FUNERAL_TITLES = {"trưởng ban": ("Trưởng ban", "Head"), "phó trưởng ban": ("Phó Trưởng ban", "Deputy Head"),
                   "ủy viên": ("Ủy viên", "Member")}


def _funeral_committee(mentions: ArticleMentions, texts: list[str]) -> None:
    """An obituary's 'BAN LỄ TANG GỒM:' list: '1. Đồng chí X, <posts> - Trưởng ban.' makes X
    the head of the funeral committee named after the deceased (the name the notice
    sets on a line of its own, in capitals: 'Đồng chí PHẠM VĂN KHANG')."""
    start = next((i for i, text in enumerate(texts) if _FUNERAL_HEADER.match(text.strip())), None)
    if start is None:
        return
    deceased = next((m.group(1).strip().title() for text in texts[:start] for line in text.split("\n")
                     if (m := _DECEASED.match(line.strip())) and m.group(1).strip().isupper()),
                    None) or EVENTS.get().get(("lễ", "tang"))  # (or as a funeral rite or a death names them)
    if deceased is None:
        return
    name = f"Ban Lễ tang đồng chí {deceased}"
    committee = BodySpec("OtherOrganization", "Ban Lễ tang", name, name=name, english="Funeral Committee")
    mentions.bodies.append((start, committee))
    people = {(index, person.name): person for index, person in mentions.persons}
    for index in range(start, len(texts)):
        member = _FUNERAL_MEMBER.match(texts[index].strip())
        if member is None:
            continue
        person = people.get((index, member.group(1).strip()))
        role, english = _FUNERAL_TITLES[member.group(2).casefold()]
        if person is not None:
            person.roles.append((Title(member.group(2), role, english), committee))
