"""Scan a sentence into items (roles, bodies, names, areas, separators) and assign each
role to the person it belongs to.

Three shapes carry a person's titles in this genre: "title body Name", "Name - title
body" and "đồng chí Name, title body, title body"; a title followed by a colon is shared
by the list of names after it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from graph.extract.bodies import (ARTICLE_LEVEL, BOARDS, CENTRAL, CORPORATE_STARTS, CORPORATIONS, DELEGATIONS,
                                  FOREIGN_PARTIES, INSTITUTIONS, MISSIONS, NAMED_BEFORE, VERBS_AFTER_NAME, association_centre,
                                  bare_corporation, mass_organization, mission_at, parse_body, parse_committee,
                                  person_named_at)
from graph.extract.places import gazetteer_match
from graph.extract.tokens import PhraseTable, Token, tokenize
from graph.lexicon import Title, load_lexicon
from graph.types import BodySpec

CHAIN_SEPARATORS = {",", "-", "–", "—", "kiêm", "giữ chức"}
_IMPLIED = {
    "central_committee": BodySpec("CentralCommittee", "Trung ương", "", level=CENTRAL,
                                  name="Ban Chấp hành Trung ương Đảng", english="Party Central Committee"),
    "secretariat": BodySpec("Secretariat", "Ban Bí thư", "", level=CENTRAL, name="Ban Bí thư", english="Secretariat"),
    "politburo": BodySpec("Politburo", "Bộ Chính trị", "", level=CENTRAL, name="Bộ Chính trị", english="Politburo"),
    "government": BodySpec("Government", "Chính phủ", "", level=CENTRAL, name="Chính phủ", english="Government"),
    "national_assembly": BodySpec("OtherOrganization", "Quốc hội", "", level=CENTRAL, name="Quốc hội",
                                  english="National Assembly"),
    "state": BodySpec("Government", "Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "", level=CENTRAL,
                      name="Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam",
                      english="State of the Socialist Republic of Vietnam"),
    "party_committee": BodySpec("PartyCommittee", "Đảng ủy", "", english="Party Committee"),  # its commune: the chain's
    "province_committee": BodySpec("PartyCommittee", "Tỉnh ủy", "", level="province",
                                   english="Provincial Party Committee"),
    "city_committee": BodySpec("PartyCommittee", "Thành ủy", "", level="city", english="City Party Committee"),
    "district_committee": BodySpec("PartyCommittee", "Huyện ủy", "", level="district",
                                   english="District Party Committee"),
    "town_committee": BodySpec("PartyCommittee", "Thị ủy", "", level="town", english="Town Party Committee"),
    "urban_district_committee": BodySpec("PartyCommittee", "Quận ủy", "", level="urban_district",
                                         english="Urban District Party Committee"),
}


@dataclass
class Item:
    kind: str  # role | body | name | cue | rank | sep | word
    start: int  # token indexes
    end: int
    text: str
    title: Title | None = None
    body: BodySpec | None = None


@dataclass
class PersonMention:
    name: str
    roles: list[tuple[Title, BodySpec | None]] = field(default_factory=list)
    possessive: bool = False  # "của đồng chí X": X is talked about, not present
    cued: bool = False


@dataclass
class SentenceScan:
    tokens: list[Token]
    items: list[Item]
    persons: list[PersonMention]
    bodies: list[BodySpec]
    pending: list[list[tuple[Title, BodySpec | None]]]  # title chains naming nobody
    # "bổ nhiệm chức vụ X đối với các ông, bà có tên sau:": X, held by each person listed next
    for_listed: list[tuple[Title, BodySpec | None]] = field(default_factory=list)


@lru_cache(maxsize=1)
def _tables():
    lexicon = load_lexicon()
    return {
        "title": PhraseTable({t.surface: t for t in lexicon.titles}),
        "rank": PhraseTable({rank: rank for rank in lexicon.ranks}),
        "cue": PhraseTable({"đồng chí": "cue", "ông": "cue", "bà": "cue", "các đồng chí": "cue", "cử tri": "cue",
                             "đại biểu": "cue", "anh": "cue", "chị": "cue", "em": "cue", "các em": "cue",
                             "già làng": "cue", "bác sĩ": "cue", "nghệ nhân": "cue", "thầy giáo": "cue",
                             "cô giáo": "cue", "đảng viên": "cue", "bị cáo": "cue", "bị can": "cue",
                             "luật sư": "cue", "liệt sĩ": "cue", "thương binh": "cue", "bệnh binh": "cue",
                             "mẹ việt nam anh hùng": "cue", "vận động viên": "cue", "trọng tài": "cue",
                             "huấn luyện viên": "cue", "nghệ sĩ": "cue", "cả sư": "cue", "đảng viên trẻ": "cue",
                             "tân binh": "cue", "nhà báo": "cue", "phóng viên": "cue", "kỹ sư": "cue",
                             "giáo viên": "cue", "ngư dân": "cue", "nông dân": "cue", "công nhân": "cue",
                             "cựu chiến binh": "cue", "doanh nhân": "cue"}),
        "connector": PhraseTable({c: c for c in lexicon.role_connectors}),
    }


@lru_cache(maxsize=None)
def _starters(table: str) -> frozenset[str]:
    return frozenset(_tables()[table].starters())


def _title_starters() -> frozenset[str]:
    return _starters("title")


@lru_cache(maxsize=1)
def _item_starters() -> frozenset[str]:
    """Lower-case words any item but a name can start with; the other tokens of a
    sentence (most of them) are plain words, told apart without trying each grammar."""
    from graph.extract.bodies import _starters as body_starters

    return frozenset().union(*(_starters(table) for table in _tables()), body_starters())


def _virtual_body(prefix: str, tokens: list[Token], index: int, text: str):
    """Parse 'Ban' + 'Tổ chức Tỉnh ủy' as if the title had not swallowed the 'Ban'."""
    if index >= len(tokens):
        return None
    offset = tokens[index].start
    virtual_text = prefix + " " + text[offset:]
    parsed = parse_body(tokenize(virtual_text), 0, virtual_text)
    if not parsed:
        return None
    end, spec = parsed
    virtual_tokens = tokenize(virtual_text)
    end_char = offset + virtual_tokens[end - 1].end - len(prefix) - 1
    if end_char <= offset:
        return None
    consumed = index
    while consumed < len(tokens) and tokens[consumed].end <= end_char:
        consumed += 1
    return consumed, spec


def _bare_party_committee(tokens: list[Token], index: int, words: tuple[str, str] = ("đảng", "ủy")) -> bool:
    """A bare "Đảng ủy" (or "Chi bộ") that ends the title ("Bí thư Đảng ủy, …")."""
    return index + 1 < len(tokens) and (tokens[index].low, tokens[index + 1].low) == words and (
        index + 2 == len(tokens) or not tokens[index + 2].is_word)


# words after "Chi bộ" that name which cells, not what the cell does
_NOT_A_VERB_AFTER_CELL = {"các", "những", "cơ", "trực", "thôn", "xóm", "bản", "ấp", "khu", "tổ", "khối", "buôn",
                          "làng", "xã", "phường", "thị", "trường", "bộ", "sở", "phòng", "ban", "cục", "chi"}


# "Trưởng đoàn kiểm tra": the delegation's kind written after the title, in lower case
_DELEGATION_KINDS = {tuple(head.casefold().split()[1:]): head for head in DELEGATIONS if len(head.split()) == 3}
_PLURAL_CUES = {"các đồng chí", "các em"}  # "kết nạp đảng viên đối với các em A, B và C"


def _bare_cell(tokens: list[Token], index: int) -> bool:
    """"Phó Bí thư Chi bộ trình bày": a cell named by nothing after it (no name, no
    village), the one the article is about."""
    return index + 2 < len(tokens) and (tokens[index].low, tokens[index + 1].low) == ("chi", "bộ") \
        and tokens[index + 2].is_word and not tokens[index + 2].is_cap \
        and tokens[index + 2].low not in _NOT_A_VERB_AFTER_CELL


def parse_role(tokens: list[Token], index: int, text: str):
    """A title with the body it is held in → (end_index, Title, BodySpec | None)."""
    matched = _tables()["title"].match(tokens, index)
    if not matched or not tokens[index].is_word:
        return None
    if tokens[index].text == "vụ" and index > 0 and tokens[index - 1].low == "chức":
        return None  # "miễn nhiệm chức vụ Trưởng Ban …": not a "Vụ trưởng"
    end, title = matched
    if title.needs == "abbreviation" and (" ".join(t.text for t in tokens[index:end]) != title.surface
                                          or parse_body(tokens, end, text) is None):
        return None  # "CT UBND huyện", "Phó CT UBMTTQ": written in capitals, before the body they head
    if title.implied_body in {"standing_committee"}:
        committee = parse_committee(tokens, end, text) or mass_organization(tokens, end, text)
        of = committee[1] if committee else _UNNAMED_COMMITTEE  # (the province's, unless the chain names another)
        if committee:
            end = committee[0]
        elif _bare_party_committee(tokens, end):
            # "Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam xã": the commune
            # comes from the next post of the chain (see _shared_commune)
            of = BodySpec("PartyCommittee", "Đảng ủy", text[tokens[end].start:tokens[end + 1].end],
                          english="Party Committee")
            end += 2
        return end, title, BodySpec("StandingCommittee", "Ban Thường vụ", "", level=of.level, of=of,
                                    english="Standing Committee")
    if title.implied_body == "central_committee" and (party := FOREIGN_PARTIES.match(tokens, end)):
        # "Ủy viên Ban Chấp hành Trung ương Đảng Nhân dân Campuchia": that party's, not Vietnam's
        return party[0], title, replace(_IMPLIED["central_committee"], name=party[1][0], english=party[1][1])
    if title.implied_body:
        return end, title, _IMPLIED[title.implied_body]
    if title.prefix_body:
        committee = parse_committee(tokens, end, text) or mass_organization(tokens, end, text)
        presidium = _PRESIDIUM if title.prefix_body == _PRESIDIUM else None
        if presidium and committee is not None and association(committee[1]) is None:
            committee = None  # a party committee has no presidium
        if committee is None and (centre := association_centre(tokens, end, text)):
            # "Ủy viên Ban Chấp hành Trung ương Hội LHPN Việt Nam": the centre's committee, named in full
            body = _committee_body(_prefix_kind(title), centre[1], head=presidium)
            return centre[0], title, replace(body, of=None, name=f"{body.head} {centre[1].name}",
                                             surface=text[tokens[end].start:tokens[centre[0] - 1].end])
        if committee is None and _bare_party_committee(tokens, end):
            committee = end + 2, BodySpec("PartyCommittee", "Đảng ủy", text[tokens[end].start:tokens[end + 1].end],
                                          english="Party Committee")
        if committee:
            start = next((k for k in range(index + 1, end) if tokens[k].low in {"ban", "bch", "btv"}),
                         None)  # the surface starts at "Ban" or "BTV", not at "Ủy viên"
            surface = text[tokens[start].start:tokens[committee[0] - 1].end] if start is not None else ""
            return committee[0], title, _committee_body(_prefix_kind(title), committee[1], surface, head=presidium)
        return end, title, None
    if end + 1 < len(tokens) and tokens[end].low == "phụ" and tokens[end + 1].low == "trách":
        end += 2  # "Phó Giám đốc phụ trách Sở Y tế": the post is still Phó Giám đốc of the Sở
    body = parse_body(tokens, end, text)
    envoy = next((envoy for envoy in MISSIONS if title.role.removeprefix("Phó ").startswith(envoy)), None)
    if body is None and envoy is not None and tokens[index].is_cap:
        # "Đại sứ Lào tại Việt Nam", "Tổng Lãnh sự Hoa Kỳ tại TP Hồ Chí Minh": of the mission
        body = mission_at(tokens, end, text, MISSIONS[envoy][0], MISSIONS[envoy][1])
    prefix = title.dept_prefix or ("Đoàn" if title.needs == "delegation" else None)
    if prefix and (body is None or not body[1].head.startswith(prefix.split()[0])) \
            and not (body is not None and body[1].head in {"Bộ", "Sở"}) \
            and not (end < len(tokens) and tokens[end].text == prefix.split()[0]):  # "Vụ trưởng Bộ Kế hoạch và Đầu tư"
        virtual = _virtual_body(prefix, tokens, end, text)
        if virtual:
            body = virtual
    if body:
        return body[0], title, body[1]
    if title.role.removeprefix("Phó ").removesuffix(" Thường trực") == "Chủ tịch" and end + 1 < len(tokens) \
            and (tokens[end].text, tokens[end + 1].text) == ("Hội", "đồng") \
            and (end + 2 == len(tokens) or not tokens[end + 2].is_word or person_named_at(tokens, end + 2)):
        # "Phó Chủ tịch UBND tỉnh, Chủ tịch Hội đồng Hồ Văn A chủ trì": of the council the article names
        return end + 2, title, BodySpec("OtherOrganization", "Hội đồng", "", level=NAMED_BEFORE, english="Council")
    if end < len(tokens) and tokens[end].text == "Hội" and (end + 1 == len(tokens) or not tokens[end + 1].is_word
                                                            or not tokens[end + 1].is_cap):
        # "Phó Chủ tịch Hội": of the association the article names
        return end + 1, title, BodySpec("OtherOrganization", "Hội", "", level=NAMED_BEFORE, english="Association")
    if title.role.removeprefix("Phó ") == "Trưởng ban" and end + 1 < len(tokens) \
            and (tokens[end].low, tokens[end + 1].low) in _FAITH_BOARDS \
            and (end + 2 == len(tokens) or not tokens[end + 2].is_word or not tokens[end + 2].is_cap):
        # "Hòa thượng X, Trưởng ban Trị sự", "Mục sư Y, Trưởng Ban Đại diện": of the one the article names
        head = _FAITH_BOARDS[(tokens[end].low, tokens[end + 1].low)]
        return end + 2, title, BodySpec("OtherOrganization", head, "", level=NAMED_BEFORE, english="Board")
    if title.role.removeprefix("Phó ") == "Giám đốc" and end < len(tokens) and tokens[end].text == "Sở" and (
            end + 1 == len(tokens) or not tokens[end + 1].is_word or not tokens[end + 1].is_cap):
        # "Phó Giám đốc Sở, Chánh Văn phòng …": of the department the article names
        return end + 1, title, BodySpec("Government", "Sở", "", level=NAMED_BEFORE, english="Department")
    if end + 1 < len(tokens) and (title.role.removeprefix("Phó ") == "Giám đốc" and (tokens[end].text, tokens[end + 1].low)
                                  == ("Trung", "tâm") or title.role.removeprefix("Phó ") == "Hiệu trưởng"
                                  and tokens[end].text == "Trường") \
            and (end + 1 + (tokens[end].text == "Trung") == len(tokens) or not tokens[end + 1 + (tokens[end].text == "Trung")].is_cap
                 or not tokens[end + 1 + (tokens[end].text == "Trung")].is_word):
        # "bác sĩ X, Phó Giám đốc Trung tâm kiến nghị", "Hiệu trưởng Trường cho biết": of the one the article names
        head, english = ("Trung tâm", "Centre") if tokens[end].text == "Trung" else ("Trường", "School")
        return end + len(head.split()), title, BodySpec("OtherOrganization", head, "", level=NAMED_BEFORE, english=english)
    if end + 1 < len(tokens) and (tokens[end].text, tokens[end + 1].text) == ("Hiệp", "hội") and (
            end + 2 == len(tokens) or not tokens[end + 2].is_word or not tokens[end + 2].is_cap):
        # "Chủ tịch Hiệp hội, Tổng Giám đốc …": of the business association the article names
        return end + 2, title, BodySpec("OtherOrganization", "Hiệp hội", "", level=NAMED_BEFORE,
                                        english="Business Association")
    if title.needs == "delegation" and end + 1 < len(tokens) and (tokens[end].low, tokens[end + 1].low) in _DELEGATION_KINDS \
            and (end + 2 == len(tokens) or not tokens[end + 2].is_cap):
        # "…, Trưởng đoàn kiểm tra chủ trì": of the inspection team the article names
        head = _DELEGATION_KINDS[(tokens[end].low, tokens[end + 1].low)]
        return end + 2, title, BodySpec("OtherOrganization", head, "", level=NAMED_BEFORE, english="Delegation")
    if title.needs == "delegation" and (end == len(tokens) or not tokens[end].is_word or tokens[end].low == "và"):
        # "…, Phó Trưởng đoàn;": of the delegation the article names
        return end, title, BodySpec("OtherOrganization", "Đoàn", "", level=NAMED_BEFORE, english="Delegation")
    if title.role in _MINISTERIAL_RANKS and tokens[index].is_cap \
            and (end == len(tokens) or not tokens[end].is_word or tokens[end].is_cap):
        # "Thứ trưởng Tăng Văn Khải chủ trì", "…, Bộ trưởng;": of the one ministry the article names
        return end, title, BodySpec("Government", "Bộ", "", level=NAMED_BEFORE, english="Ministry")
    if (corporation := bare_corporation(tokens, end)) is not None:
        # "Phó Giám đốc Công ty, …", "Kiểm soát viên Công ty", "Tổng Giám đốc Tập đoàn": of the one the article names
        return corporation[0], title, corporation[1]
    if end + 1 < len(tokens) and (tokens[end].text, tokens[end + 1].text) == ("Trung", "tâm") \
            and (end + 2 == len(tokens) or not tokens[end + 2].is_word or end + 3 < len(tokens)
                 and (tokens[end + 2].low, tokens[end + 3].low) in VERBS_AFTER_NAME):  # ("Giám đốc Trung tâm cho biết")
        # "Giám đốc Trung tâm,": of the centre the article names
        return end + 2, title, BodySpec("OtherOrganization", "Trung tâm", "", level=NAMED_BEFORE, english="Centre")
    if title.role == "Đồn trưởng" and (end == len(tokens) or not tokens[end].is_cap):
        # "Thiếu tá X, Đồn trưởng báo cáo": of the border station the article names
        return end, title, BodySpec("OtherOrganization", "Đồn Biên phòng", "", level=NAMED_BEFORE,
                                    english="Border Guard Station")
    if end + 1 < len(tokens) and (tokens[end].low, tokens[end + 1].low) == ("nhà", "trường"):
        # "Hiệu trưởng nhà trường": the school the article names
        return end + 2, title, BodySpec("OtherOrganization", "Trường", "", level=NAMED_BEFORE, english="School")
    if _bare_party_committee(tokens, end) or _bare_party_committee(tokens, end, ("chi", "bộ")) or _bare_cell(tokens, end):
        # "Bí thư Đảng ủy, Chủ tịch HĐND xã X", "Bí thư Chi bộ, Phó Giám đốc Sở Tư pháp": a bare
        # committee or cell, whose commune or agency the next post of the chain names (see _shared_commune)
        surface = text[tokens[end].start:tokens[end + 1].end]
        head, english = ("Chi bộ", "Party Cell") if tokens[end].low == "chi" else ("Đảng ủy", "Party Committee")
        return end + 2, title, BodySpec("PartyCommittee", head, surface, english=english)
    return end, title, None


# agencies and forces whose own party committee a bare "Đảng ủy" before their title names
_AGENCY_PARTY_COMMITTEES = {"Bộ Chỉ huy Quân sự": "Đảng ủy Quân sự", "Bộ đội Biên phòng": "Đảng ủy Bộ đội Biên phòng",
                            "Bộ Chỉ huy Bộ đội Biên phòng": "Đảng ủy Bộ đội Biên phòng",
                            "Công an": "Đảng ủy Công an", "Bảo hiểm xã hội": "Đảng ủy Bảo hiểm xã hội",
                            "Cục Thuế": "Đảng ủy Cục Thuế", "Kho bạc Nhà nước": "Đảng ủy Kho bạc Nhà nước"}
_COMMUNE_WORDS = {"xã", "phường", "thị trấn", "đặc khu"}
_DISTRICT_COMMITTEES = {"Huyện ủy": {"huyện"}, "Quận ủy": {"quận"}, "Thị ủy": {"thị xã"}, "Tỉnh ủy": {"tỉnh"},
                        "Thành ủy": {"thành phố", "tp"}}


def _shared_commune(groups: list[list[Item]]) -> None:
    """A bare "Đảng ủy" in a chain takes the commune of the next post whose body names
    one ("Bí thư Đảng ủy, Chủ tịch HĐND xã Tân Trường"); without one it stays bare."""
    chain = [item for group in groups for item in group]
    for position, item in enumerate(chain):
        body = item.body
        if body is not None and body.of is not None and not body.of.area_name and (
                body.of.head == "Đảng ủy" or (body.of.head in _DISTRICT_COMMITTEES and body.of.of is None)):
            inner = Item(item.kind, item.start, item.end, item.text, title=item.title, body=body.of)
            _shared_commune([[inner, *chain[position + 1:]]])  # "Ủy viên Ban Thường vụ Đảng ủy, …"
            item.body = replace(body, of=inner.body) if inner.body is not None else None
            continue
        if body is not None and body.head in _DISTRICT_COMMITTEES and not body.area_name and body.of is None:
            # "Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Sơn Hòa": the district the chain names next
            words = _DISTRICT_COMMITTEES[body.head]
            other = next((later.body for later in chain[position + 1:] if later.body is not None
                          and (later.body.level_word or "").casefold() in words and later.body.area_name), None) \
                or next((spec for later in chain[position + 1:] for spec in _bodies_within(later.body)
                         if spec.head == body.head and spec.area_name), None)  # "Huyện ủy viên, Trưởng ban Dân vận Huyện ủy X"
            if other is not None:
                item.body = replace(body, area_name=other.area_name, area_hint=other.area_hint)
            continue
        if body is None or body.head not in {"Đảng ủy", "Chi bộ"} or body.level_word or body.area_name or body.name \
                or body.of is not None:
            continue
        for later in chain[position + 1:]:
            agency = later.body
            firm = agency.name.removeprefix(agency.head + " ") if agency is not None and agency.head in BOARDS \
                and agency.name else None  # ("Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn X": X's)
            if firm is not None and firm.split(" ", 1)[0] in CORPORATE_STARTS:
                item.body = replace(body, name=f"{body.head} {firm}")
                break
            if agency is not None and (agency.head == "Sở" or agency.head in INSTITUTIONS | CORPORATIONS) and agency.name:
                # "Bí thư Chi bộ, Phó Giám đốc Sở Tư pháp", "Bí thư Đảng ủy, Giám đốc Bệnh viện Đa khoa
                # tỉnh", "…, Tổng Giám đốc Tập đoàn X": the department's, institution's or firm's cell (or committee)
                item.body = replace(body, name=f"{body.head} {agency.name}", level=agency.level,
                                    level_word=agency.level_word, area_name=agency.area_name,
                                    area_hint=agency.area_hint)
                break
            if body.head == "Chi bộ" and agency is not None and agency.kind == "Government" and agency.of is None \
                    and agency.level_word and not agency.name:
                # "Bí thư Chi bộ, Chánh Thanh tra tỉnh": the cell of the agency named by its head and its area
                item.body = replace(body, name=f"{body.head} {agency.head}", level=agency.level,
                                    level_word=agency.level_word, area_name=agency.area_name,
                                    area_hint=agency.area_hint)
                break
            if body.head == "Chi bộ":
                continue  # (a cell is no commune's committee nor a command's)
            other = later.body
            while other is not None and other.level_word not in _COMMUNE_WORDS:
                other = other.of
            if other is not None:
                item.body = replace(body, level=other.level, level_word=other.level_word, area_name=other.area_name,
                                    area_hint=other.area_hint)
                break
            if agency is not None and agency.head in {"Quân khu", "Bộ Tư lệnh Quân khu"} and agency.name:
                # "Phó Bí thư Đảng ủy, Chính ủy Quân khu 4": the military region's party committee
                item.body = replace(body, head="Đảng ủy Quân khu", name=f"Đảng ủy {agency.name.removeprefix('Bộ Tư lệnh ')}",
                                    level=agency.level, english="Military Region Party Committee")
                break
            if agency is not None and agency.of is None and agency.kind in {"Government", "OtherOrganization"} \
                    and agency.head in _AGENCY_PARTY_COMMITTEES:
                # "Phó Bí thư Đảng ủy, Chỉ huy trưởng Bộ CHQS tỉnh": the command's party committee
                item.body = replace(body, name=_AGENCY_PARTY_COMMITTEES[agency.head], level=agency.level,
                                    level_word=agency.level_word, area_name=agency.area_name,
                                    area_hint=agency.area_hint)
                break
        else:
            # "Đồng chí X, Bí thư Chi bộ, Hiệu trưởng nhà trường": the cell the article names
            # ("Đảng ủy viên, Bí thư Chi bộ thôn X": a member of the committee of the commune the article is about)
            item.body = replace(body, level=NAMED_BEFORE) if body.head == "Chi bộ" else (
                replace(body, level=ARTICLE_LEVEL) if item.title is not None
                and item.title.surface.casefold() == "đảng ủy viên" else None)


_COUNTS = {"hai", "ba", "bốn", "năm", "các", "2", "3", "4", "5"}


def _list_colon(items: list[Item], j: int, counted: bool = False) -> int | None:
    """The colon opening the list a title chain is shared by: "Phó Chủ tịch UBND tỉnh: A, B",
    "… 4 Phó Chủ tịch UBND tỉnh, gồm các đồng chí: A, …; B, …", or the "là" after a counted
    title ("hai Phó Bí thư Huyện ủy là đồng chí A - … và đồng chí B - …")."""
    k = j
    if counted and k + 1 < len(items) and items[k].text.casefold() == "là" and items[k + 1].kind in {"cue", "name"}:
        return k
    if counted:  # "các Ủy viên UBND tỉnh đạt từ 40 phiếu tín nhiệm cao trở lên gồm: A, …": words that say which
        words = next((m for m in range(k, min(len(items), k + 12)) if items[m].kind != "word"), None)
        if words is not None and words > k + 1 and items[words - 1].text.casefold() == "gồm" \
                and items[words].text == ":":
            return words
    if k < len(items) and items[k].text == ",":
        k += 1
    if k + 1 < len(items) and items[k].text == "giữ chức" and items[k + 1].text.casefold() == "gồm":
        k += 1  # "Các Phó Chủ tịch UBND tỉnh được bầu gồm các đồng chí: A, …; B, …"
    if k < len(items) and items[k].text.casefold() == "gồm":
        k += 1
        if k < len(items) and items[k].kind == "cue" and items[k].text.casefold() == "các đồng chí":
            k += 1
    elif k != j:
        return None
    return k if k < len(items) and items[k].text == ":" else None


def _bodies_within(body: BodySpec | None) -> list[BodySpec]:
    """A body and those it belongs to: "Ban Dân vận Huyện ủy X" → itself, then the Huyện ủy."""
    found = []
    while body is not None:
        found.append(body)
        body = body.of
    return found


_APOSTROPHE_NAME = re.compile(r"[A-ZĐ]['’][A-ZĐ]")


def _before_middle_name(tokens: list[Token], index: int) -> bool:
    return index + 2 < len(tokens) and tokens[index + 1].text in {"Văn", "Thị"} and tokens[index + 2].is_cap


_DEPUTIES_NAMED = re.compile(r"^\s*(?:[Cc]ác )?(Phó [Tt]rưởng ban) (?:là|gồm)\b")
_FAITH_BOARDS = {("trị", "sự"): "Ban Trị sự", ("đại", "diện"): "Ban Đại diện"}
_UNIT_WORDS = {"xã", "phường", "huyện", "tỉnh", "quận", "thôn", "bản", "ấp", "xóm", "làng", "trấn"}  # (before a place)


def parse_name(tokens: list[Token], index: int, text: str, cued: bool = False):
    """A Vietnamese personal name: a surname and one to three more capitalized syllables.
    After "bà", "ông", "đồng chí" (cued) a name may start otherwise: the K'Ho "Ka H'Rin",
    "Bon Niêng Ka Thuyên", the Xtiêng "Thị Nhung", unless the words name a place."""
    lexicon = load_lexicon()
    first = tokens[index]
    if cued and first.is_cap and first.is_word and first.text not in lexicon.surnames and not first.text.isupper() \
            and not _APOSTROPHE_NAME.match(first.text) and not first.text[0].isdigit() \
            and not gazetteer_match(tokens, index, text):
        end = _past_hyphens(tokens, index + 1)
        while end < len(tokens) and _groups(tokens, index, end) < 5 and tokens[end].is_cap and tokens[end].is_word \
                and not tokens[end].text[0].isdigit() and not _tables()["title"].match(tokens, end) \
                and not parse_body(tokens, end, text) and not _handed_over(tokens, end):
            end = _past_hyphens(tokens, end + 1)
        return (end, text[first.start:tokens[end - 1].end]) if _groups(tokens, index, end) >= 2 else None
    apostrophe = _APOSTROPHE_NAME.match(first.text) is not None  # K'Brơi, H'Bia: Tây Nguyên names
    spaced = cued and len(first.text) == 1 and first.text.isupper() and index + 2 < len(tokens) \
        and tokens[index + 1].text in {"'", "’"} and tokens[index + 1].start == first.end \
        and tokens[index + 2].is_cap and tokens[index + 2].is_word  # "ông K' Broih": written with a space
    # "A Lăng Thị Hiền": Cơ Tu and Tà Ôi names put "A" before the family name
    prefixed = first.text == "A" and index + 1 < len(tokens) and tokens[index + 1].is_cap and (
        tokens[index + 1].text in lexicon.surnames  # "A Lăng Thị Hiền"
        or not gazetteer_match(tokens, index, text))  # "Phó Chủ tịch UBND tỉnh A Jar", but not "A Lưới"
    # "Chìu Văn Thành", "Nịnh Thị Thúy": a family name the lexicon lacks, before the middle
    # names "Văn" and "Thị" and a given name
    middle = first.is_cap and first.is_word and _before_middle_name(tokens, index) and tokens[index + 2].is_word \
        and not first.text.isupper() \
        and not tokens[index + 2].text[0].isdigit() and (cued or not gazetteer_match(tokens, index, text))
    # ("đồng chí Quỳnh Văn Lực": after a cue, a family name that is also a place's)
    if not (first.is_cap and first.is_word) or (first.text not in lexicon.surnames and not apostrophe
                                                 and not prefixed and not middle and not spaced):
        return None
    end = _past_hyphens(tokens, index + (3 if spaced else 1))
    while end < len(tokens) and _groups(tokens, index, end) < 5:
        token = tokens[end]
        if not (token.is_cap and token.is_word) or token.text[0].isdigit():
            break
        if len(token.text) > 1 and token.text.isupper() and not first.text.isupper():
            break  # an acronym ends it: "Đoàn TNCS Hồ Chí Minh" is the Youth Union, no Mr Đoàn
        if _tables()["title"].match(tokens, end) or parse_body(tokens, end, text) or _handed_over(tokens, end):
            break
        end = _past_hyphens(tokens, end + 1)
    if _groups(tokens, index, end) < 2 and not (apostrophe and index > 0 and tokens[index - 1].low in {"ông", "bà", "chí"}):
        return None  # one word is a name only when it is a K'Brơi after "ông", "bà", "đồng chí"
    known = gazetteer_match(tokens, index, text)
    if known and known[0] >= end and any(p.kind in {"Province", "Country"} for p in known[2]):
        return None  # "Hà Tĩnh", "Hà Nam" are provinces, not people
    return end, text[first.start:tokens[end - 1].end]


_AWARDS = {"Bằng khen", "Giấy khen", "Huân chương", "Huy chương", "Huy hiệu", "Kỷ niệm chương", "Cờ thi đua",
           "Giấy chứng nhận", "Giấy mời", "Thẻ đảng"}


def _handed_over(tokens: list[Token], index: int) -> bool:
    """"trao cho ông Lê Văn Hải Quyết định số …", "… Bằng khen của …": a document or an award
    written with a capital after the name, not another syllable of it."""
    if index + 1 >= len(tokens) or tokens[index + 1].is_cap or not tokens[index + 1].is_word:
        return False
    return f"{tokens[index].text} {tokens[index + 1].low}" in _handed_phrases()


@lru_cache(maxsize=1)
def _handed_phrases() -> frozenset[str]:
    """The first two words of each document type and award."""
    return frozenset(_AWARDS) | {" ".join(kind["vi"].split()[:2]) for kind in load_lexicon().document_types}


def _past_hyphens(tokens: list[Token], end: int) -> int:
    """Past the syllables a foreign name joins with hyphens ("Kim Jae-hoon", "Xổm-phết
    Vông-khăm-xay"): hyphen and syllable written without spaces."""
    while end + 1 < len(tokens) and tokens[end].text == "-" and tokens[end - 1].end == tokens[end].start \
            and tokens[end].end == tokens[end + 1].start and tokens[end + 1].text.isalpha() \
            and not (len(tokens[end + 1].text) > 1 and tokens[end + 1].text.isupper()):
        end += 2
    return end


def _groups(tokens: list[Token], index: int, end: int) -> int:
    """The words of a name from `index` to `end`, a hyphenated one counted once."""
    return sum(1 for k in range(index, end) if tokens[k].is_word and not (k > index and tokens[k - 1].text == "-"))


_PLACE_WORDS = {"xã", "phường", "thị trấn", "trấn", "huyện", "quận", "tỉnh", "phố", "thôn", "bản", "xóm", "ấp"}
_ROMAN = re.compile(r"[IVXLC]+")


def _after_term(tokens: list[Token], index: int) -> int:
    """Skip a term qualifier after a title: "khóa XIV", "nhiệm kỳ 2020 - 2025"."""
    if index + 1 < len(tokens) and tokens[index].low in {"khóa", "khoá"} and _ROMAN.fullmatch(tokens[index + 1].text):
        return index + 2
    if index + 2 < len(tokens) and tokens[index].low == "nhiệm" and tokens[index + 1].low == "kỳ" \
            and tokens[index + 2].text.isdigit():
        k = index + 3
        if k + 1 < len(tokens) and tokens[k].text in {"-", "–"} and tokens[k + 1].text.isdigit():
            k += 2
        return k
    return index


def scan_items(text: str) -> tuple[list[Token], list[Item]]:
    tokens = tokenize(text)
    items: list[Item] = []
    tables = _tables()
    item_starters = _item_starters()
    surnames = load_lexicon().surnames
    separators = CHAIN_SEPARATORS | {":", "và", "(", ")", ";", "."}
    i = 0
    while i < len(tokens):
        token = tokens[i]
        if token.text.isdigit() and i + 1 < len(tokens) and tokens[i + 1].low == "tuổi" and len(items) > 1 \
                and items[-1].text == "," and items[-2].kind == "name":
            i += 3 if i + 2 < len(tokens) and tokens[i + 2].text == "," else 2
            continue  # "Ông A, 51 tuổi, Vụ trưởng …": the age stands between the name and the posts
        low = token.low
        cued = bool(items) and (items[-1].kind == "cue" or (  # "đồng chí A", "có các đồng chí: A - …"
            len(items) > 1 and items[-1].text == ":" and items[-2].kind == "cue"))
        if low not in item_starters and (not token.is_cap or (  # names start with a capital
                not cued and token.text not in surnames and token.text != "A"
                and not _APOSTROPHE_NAME.match(token.text) and not _before_middle_name(tokens, i))):
            items.append(Item("sep" if token.text in separators else "word", i, i + 1, token.text))
            i += 1
            continue
        rank = tables["rank"].match(tokens, i) if token.is_cap and low in _starters("rank") else None
        if rank:
            items.append(Item("rank", i, rank[0], text[token.start:tokens[rank[0] - 1].end]))
            i = rank[0]
            continue
        role = parse_role(tokens, i, text) if token.low in _title_starters() else None
        if role:
            end, title, body = role
            if body is None and (workplace := _workplace_before(items)) is not None:
                body = workplace  # "đến nhận công tác tại Ban Tổ chức Thành ủy, giữ chức Phó Trưởng ban"
            if body is not None and body.head == "Chi bộ" and not body.name and not body.level_word \
                    and (cell := _cell_of_the_village_headed(tokens, end)) is not None:
                body = cell  # "Bí thư Chi bộ, Trưởng thôn Nậm Kha": the village's cell
            if body is None and (title.role in _SECRETARIES or title.role != _post_family(title.role)) \
                    and end < len(tokens) and tokens[end].is_cap and tokens[end].is_word \
                    and not parse_name(tokens, end, text):
                body = UNREAD  # "Bí thư Chi bộ Ấp X": a body this reading does not know, not a bare post
            items.append(Item("role", i, end, text[token.start:tokens[end - 1].end], title=title,
                              body=replace(body, position=i) if body is not None else None))
            i = _after_term(tokens, end)  # "ĐBQH khóa XIV, Phó Trưởng đoàn …": the chain goes on
            continue
        body = parse_body(tokens, i, text) if not (cued and _before_middle_name(tokens, i)) else None
        # ("ông Báo Văn Chấn": after a cue, a head before "Văn"/"Thị" begins a person's name, no newspaper's)
        if body and i > 0 and (tokens[i - 1].low in {"các", "những"} or i > 1 and (
                tokens[i - 2].low, tokens[i - 1].low) == ("lực", "lượng")) and _unnamed_unit_body(body[1]):
            body = None  # "bí thư các đảng ủy xã, phường", "lực lượng Công an xã": every commune's, no one body
        if body:
            end, spec = body
            items.append(Item("body", i, end, spec.surface, body=replace(spec, position=i)))
            i = end
            continue
        connector = tables["connector"].match(tokens, i) if low in _starters("connector") else None
        if connector and tokens[connector[0] - 1].text == "Vụ":
            connector = (connector[0] - 1, *connector[1:])  # "giữ chức Vụ trưởng …": not "giữ chức vụ"
        if connector and items and items[-1].text.casefold() == "từng":
            connector = None  # "ông X từng giữ chức Phó Chủ tịch UBND tỉnh Y": a former post, no role
        if connector and items and items[-1].kind == "cue" and items[-1].text.casefold() in _PLURAL_CUES:
            # "chúc mừng các đồng chí được bầu giữ chức Chủ tịch, …": the posts of people not named
            items.append(Item("word", i, connector[0], "được bầu"))
            i = connector[0]
            continue
        if connector:  # "X được bầu giữ chức Bí thư ...": the post is X's
            items.append(Item("sep", i, connector[0], "giữ chức"))
            i = connector[0]
            continue
        cue = tables["cue"].match(tokens, i) if low in _starters("cue") else None
        if cue and token.text == "Ông" and items and items[-1].kind in {"cue", "rank"} and items[-1].end == i:
            cue = None  # "bà Ông Thị Mỹ Dung", "Thượng tá Ông Thế Quyết": the surname Ông
        if cue and token.text == "Ông" and items and items[-1].kind == "role" and items[-1].end == i \
                and i + 1 < len(tokens) and tokens[i + 1].is_cap and tokens[i + 1].text not in surnames:
            cue = None  # "Thứ trưởng Bộ Kế hoạch và Đầu tư Ông Thế Duyệt" (not "… Ông Nguyễn Văn A")
        if cue:
            items.append(Item("cue", i, cue[0], text[token.start:tokens[cue[0] - 1].end]))
            i = cue[0]
            continue
        name = parse_name(tokens, i, text, cued=cued)
        if name and not cued and i > 0 and tokens[i - 1].low in _UNIT_WORDS and items[-1].kind == "word" \
                and (known := gazetteer_match(tokens, i, text)) is not None and known[0] >= name[0]:
            # "đóng quân trên địa bàn xã Y Tý, Phó Thủ tướng …", "phường Hoàng Văn Thụ": a place, no one's name
            # (but "Phó Chủ tịch UBND tỉnh Trần Quang Diệu": the unit word ends a body, and a name follows)
            items.extend(Item("word", k, k + 1, tokens[k].text) for k in range(i, known[0]))
            i = known[0]
            continue
        if name:
            end, value = name
            items.append(Item("name", i, end, value))
            i = end
            continue
        kind = "sep" if token.text in CHAIN_SEPARATORS | {":", "và", "(", ")", ";", "."} else "word"
        items.append(Item(kind, i, i + 1, token.text))
        i += 1
    return tokens, items


def _unnamed_unit_body(spec: BodySpec) -> bool:
    """A body of a unit's level that names no unit ("đảng ủy xã", "UBND huyện")."""
    return spec.level_word is not None and spec.area_name is None and spec.name is None and spec.of is None


_VILLAGE_HEADS = {"thôn", "xóm", "bản", "ấp", "buôn", "làng", "bon", "plei", "khóm"}


def _cell_of_the_village_headed(tokens: list[Token], end: int) -> BodySpec | None:
    """The party cell of the village whose head the same person is ("Bí thư Chi bộ, Trưởng
    xóm Pác Thay"): one person leads both in most villages."""
    if end + 3 >= len(tokens) or tokens[end].text != "," or tokens[end + 1].text != "Trưởng" \
            or tokens[end + 2].low not in _VILLAGE_HEADS or not tokens[end + 3].is_cap:
        return None
    words = [tokens[end + 2].text]
    k = end + 3
    while k < len(tokens) and len(words) < 5 and (tokens[k].is_cap and tokens[k].is_word or tokens[k].text.isdigit()):
        words.append(tokens[k].text)
        k += 1
    virtual = "Chi bộ " + " ".join(words)
    virtual_tokens = tokenize(virtual)
    parsed = parse_body(virtual_tokens, 0, virtual)
    return parsed[1] if parsed is not None and parsed[0] == len(virtual_tokens) else None


def _workplace_before(items: list[Item]) -> BodySpec | None:
    """The body a transfer names the workplace of ("công tác tại X, giữ chức" + a bare post)."""
    k = len(items) - 1
    if k < 2 or items[k].text != "giữ chức":
        return None
    k -= 1 if items[k - 1].text == "," else 0
    if k < 2 or items[k - 1].kind != "body" or items[k - 2].text.casefold() != "tại":
        return None
    return items[k - 1].body


_MEMBER = Title("Ủy viên", "Ủy viên", "Member")
UNREAD = BodySpec("OtherOrganization", "", "")  # written but not understood: resolves to nothing
_BARE_HEADS = {("ban", "chấp", "hành"): "ExecutiveCommittee", ("bch",): "ExecutiveCommittee",
               ("ban", "thường", "vụ"): "StandingCommittee", ("btv",): "StandingCommittee"}
_BARE_STARTS = frozenset(key[0] for key in _BARE_HEADS)


def committee_of_party(kind: str, committee: BodySpec) -> BodySpec:
    """The executive or standing committee of a party committee a bare head leaves out."""
    head = "Ban Chấp hành" if kind == "ExecutiveCommittee" else "Ban Thường vụ"
    return BodySpec(kind, head, "", level=committee.level, of=committee,
                    english="Executive Committee" if kind == "ExecutiveCommittee" else "Standing Committee")


def bare_head_at(items: list[Item], index: int) -> tuple[str, int] | None:
    """(kind, items spanned) of a bare "Ban Chấp hành"/"BCH"/"Ban Thường vụ"/"BTV" at index."""
    if index >= len(items) or items[index].kind != "word" or items[index].text.casefold() not in _BARE_STARTS:
        return None  # (most items: at once)
    return next(((kind, len(key)) for key, kind in _BARE_HEADS.items()
                 if tuple(it.text.casefold() for it in items[index:index + len(key)]) == key
                 and all(it.kind == "word" for it in items[index:index + len(key)])), None)


_BEFORE_LAM = {"được", "bầu", "cử", "chỉ", "định", "tiếp", "tục", "tái", "phân", "công", "bổ", "nhiệm", "sung"}


def _post_in_the_body_before(items: list[Item]) -> None:
    """"nhận công tác tại Ban Dân vận Trung ương và giữ chức Phó Trưởng ban": the bare post
    is in the body just named (a head's title of that kind of body: "Phó Trưởng ban" in a Ban)."""
    for index, item in enumerate(items):
        if item.kind != "role" or item.body is not None or index < 4 or items[index - 1].text != "giữ chức" \
                or items[index - 2].text.casefold() != "và" or items[index - 3].kind != "body" \
                or items[index - 4].text.casefold() != "tại":
            continue
        body = items[index - 3].body
        if body is not None and body.head.split()[0].casefold() in item.title.role.casefold().split():
            item.body = body


# the ranks of the courts, procuracies and enforcement offices, written bare before a name:
# held in the one body of that kind the sentence names
_JUDICIAL_TITLES = {"Thẩm phán": "Tòa án nhân dân", "Kiểm sát viên": "Viện Kiểm sát nhân dân",
                    "Chấp hành viên": "Thi hành án dân sự"}


def _judicial_titles(items: list[Item]) -> None:
    """"Thẩm phán A, Phó Chánh án TAND tỉnh làm chủ tọa", "Đại diện VKSND tỉnh X có Kiểm sát viên B":
    a judge's or procurator's rank is in the court or procuracy the sentence names."""
    for item in items:
        head = _JUDICIAL_TITLES.get(item.title.role) if item.kind == "role" and item.body is None else None
        if head is None:
            continue
        bodies = {other.body.surface: other.body for other in items
                  if other.body is not None and other.body.head == head and other.body.of is None}
        if len(bodies) == 1:
            item.body = next(iter(bodies.values()))


_SUBJECT_UNITS = {"xã": "Commune", "phường": "Commune", "huyện": "District", "quận": "District"}


def _bare_councils_of_the_subject(tokens: list[Token], items: list[Item]) -> None:
    """"Xã Ba Bể bầu các chức danh chủ chốt HĐND, UBND nhiệm kỳ …": a council or committee written
    bare is the one of the unit the sentence opens with."""
    if len(tokens) < 3 or not tokens[0].is_cap or tokens[0].low not in _SUBJECT_UNITS or not tokens[1].is_cap:
        return
    end = 2
    while end < len(tokens) and end < 6 and tokens[end].is_cap and tokens[end].is_word:
        end += 1
    for index, item in enumerate(items):
        body = item.body
        listed = next((later.body for later in items[index + 1:index + 5] if later.kind == "body"), None) \
            if index + 1 < len(items) and items[index + 1].text in {",", "và"} else None
        if listed is not None and (listed.level_word or listed.area_name):
            continue  # ("… Tỉnh ủy, HĐND, UBND tỉnh An Giang": the level the list names last)
        if item.kind == "body" and body is not None and body.kind in {"PeoplesCouncil", "PeoplesCommittee"} \
                and body.level is None and body.area_name is None and body.of is None and body.name is None:
            item.body = replace(body, level=_SUBJECT_UNITS[tokens[0].low], level_word=tokens[0].low,
                                area_name=" ".join(token.text for token in tokens[1:end]))


def _elected_after_posts(items: list[Item], last_post: int, lam: int) -> bool:
    """A name, then posts up to `last_post`, and a word of election around them."""
    q = last_post
    while q >= 0 and lam - q <= 30 and (items[q].kind in {"role", "rank"} or items[q].text == ","):
        q -= 1
    if q < 0 or items[q].kind != "name":
        return False
    words = {it.text.casefold() for it in items[max(0, q - 4):q]} | {it.text.casefold() for it in items[last_post + 1:lam]}
    return bool(words & {"bầu", "cử"})


def _posts_after_lam(items: list[Item]) -> None:
    """'bầu ông A làm Trưởng Ban Pháp chế HĐND xã', 'B được cử làm Phó Trưởng đoàn': the
    "làm" between a person and a post joins them, like "giữ chức" (not "làm việc với")."""
    for index, item in enumerate(items):
        if item.kind != "word" or item.text.casefold() != "làm" or index + 1 >= len(items) \
                or items[index + 1].kind != "role":
            continue
        k = index - 1
        while k >= 0 and index - k <= 3 and items[k].kind == "word" and items[k].text.casefold() in _BEFORE_LAM:
            k -= 1
        if k >= 2 and items[k].kind == "role" and items[k].title.role in _NATIONAL_HEADS \
                and items[k - 1].text.casefold() == "được" and items[k + 1].text.casefold() == "bổ":
            # "A, Vụ trưởng Vụ X, được Thủ tướng bổ nhiệm làm Thứ trưởng Bộ Y": A's new post
            items[index] = Item("sep", item.start, item.end, "giữ chức")
            continue
        if k >= 0 and items[k].kind == "role" and _elected_after_posts(items, k, index):
            # "đồng chí A, Bí thư Thành ủy X được bầu bổ sung làm Ủy viên Ban Thường vụ Tỉnh ủy",
            # "bầu bổ sung đồng chí B, Phó Chánh Văn phòng Tỉnh ủy làm Ủy viên Ủy ban Kiểm tra"
            items[index] = Item("sep", item.start, item.end, "giữ chức")
            continue
        if k < 0 or items[k].kind != "name":
            continue
        by = next((q for q in range(k - 1, max(-1, k - 4), -1) if items[q].text.casefold() == "do"), None)
        if by is None:
            items[index] = Item("sep", item.start, item.end, "giữ chức")
        elif by > 0 and items[by - 1].body is not None and items[index + 1].body is None \
                and items[index + 1].title.role != "Trưởng đoàn":
            # "Đảng ủy xã X do đồng chí A làm Bí thư": the post is in the body before "do"
            # (a delegation "do … làm trưởng đoàn" is read with its head, elsewhere)
            items[index] = Item("sep", item.start, item.end, "giữ chức")
            role = items[index + 1]
            items[index + 1] = Item(role.kind, role.start, role.end, role.text, title=role.title, body=items[by - 1].body)


def _candidacies(items: list[Item]) -> None:
    """"(cuộc) bầu cử đại biểu Quốc hội khóa XVI", "ứng cử đại biểu Quốc hội gồm: A, …": an
    election's name and a candidacy, neither a deputy's post nor a mention of the body."""
    for index, item in enumerate(items):
        if item.kind == "role" and item.title.role == "Đại biểu" and index >= 2 \
                and items[index - 1].text.casefold() == "cử" and items[index - 2].text.casefold() in {"bầu", "ứng"}:
            items[index] = Item("word", item.start, item.end, item.text)


def _posts_at_new_workplace(items: list[Item]) -> None:
    """"… đến nhận công tác tại Ban Kinh tế Trung ương và giữ chức Phó Trưởng ban": a title
    with no body after "giữ chức" is held in the body the person moves to."""
    for index, item in enumerate(items):
        if item.kind != "role" or item.body is not None or index < 4 or items[index - 1].text != "giữ chức" \
                or items[index - 2].text.casefold() != "và" or items[index - 3].body is None \
                or items[index - 4].text.casefold() != "tại":
            continue
        item.body = items[index - 3].body


def _joined_committees(items: list[Item]) -> list[Item]:
    """"tham gia BCH, BTV và giữ chức Bí thư Huyện ủy X" makes the person a member of
    each committee listed (a bare head is the committee of the post that follows), so
    the list becomes 'Ủy viên' roles chained to that post."""
    out: list[Item] = []
    i = 0
    while i < len(items):
        item = items[i]
        if not (item.kind == "word" and item.text.casefold() == "tham" and i + 1 < len(items)
                and items[i + 1].text.casefold() == "gia") or (i > 0 and items[i - 1].text.casefold() == "thôi"):
            out.append(item)  # (not "thôi tham gia Ban Chấp hành": leaving it)
            i += 1
            continue
        j = i + 2
        joined: list[tuple[Item, str | None]] = []  # (item or first word item, bare kind)
        while j < len(items):
            current = items[j]
            if current.kind == "body" and current.body.kind in {"ExecutiveCommittee", "StandingCommittee"}:
                joined.append((current, None))
                j += 1
            else:
                bare = bare_head_at(items, j)
                if bare is None:
                    break
                joined.append((Item("word", current.start, items[j + bare[1] - 1].end, " ".join(
                    it.text for it in items[j:j + bare[1]])), bare[0]))
                j += bare[1]
            if j < len(items) and items[j].kind == "sep" and items[j].text in {",", "và"}:
                j += 1
            else:
                break
        follow = items[j] if j < len(items) else None
        post = items[j + 1] if follow is not None and follow.text == "giữ chức" and j + 1 < len(items) else None
        committee = _committee_of(post.body) if post is not None and post.kind == "role" else None
        if committee is None:
            committee = next((it.body.of for it, bare in joined if bare is None and it.body.of is not None), None)
        roles = []
        for it, bare in joined:
            if bare is None:
                roles.append(Item("role", it.start, it.end, it.text, title=_MEMBER, body=it.body))
            elif committee is not None:
                roles.append(Item("role", it.start, it.end, it.text, title=_MEMBER,
                                  body=committee_of_party(bare, committee)))
        if not roles:
            out.append(item)
            i += 1
            continue
        # "tham gia" reads as "giữ chức": the memberships go to the person named before
        # ("bà X, Phó Trưởng ban …, đến nhận công tác tại Huyện ủy Y, chỉ định tham gia BCH, BTV")
        out.append(Item("sep", item.start, items[i + 1].end, "giữ chức"))
        for index, role in enumerate(roles):
            if index:
                out.append(Item("sep", role.start, role.start, ","))
            out.append(role)
        if post is not None:
            out.append(follow)  # "giữ chức": the post joins the same chain
            j += 1
        i = j
    return out


def _post_for(items: list[Item], start: int, end: int) -> int | None:
    """The name a post named after "chức danh"/"chức vụ"/"bầu" is given to by "đối với":
    "bầu bổ sung chức danh Phó Chủ tịch UBND xã X nhiệm kỳ 2021 - 2026 đối với ông Y"."""
    words = [it.text.casefold() for it in items[max(0, start - 2):start]]
    if words not in (["chức", "danh"], ["chức", "vụ"], ["bổ", "sung"], ["miễn", "nhiệm"]) and words[-1:] != ["bầu"]:
        return None  # (also "bầu bổ sung Ủy viên UBND huyện đối với ông Y", "miễn nhiệm Ủy viên … đối với")
    k = end
    while k + 1 < len(items) and k - end < 16 and items[k].text not in {".", ";", ":"} and items[k].kind != "name":
        if items[k].text.casefold() == "đối" and items[k + 1].text.casefold() == "với":
            name = _next_meaningful(items, k + 2)
            return name if name < len(items) and items[name].kind == "name" else None
        k += 1
    return None


def _post_for_the_list(items: list[Item]) -> list[tuple[Title, BodySpec | None]]:
    """The post of "bầu chức vụ Phó Chủ tịch UBND tỉnh … đối với các ông, bà có tên sau:",
    which the list on the next lines receives (a sentence ending with the colon, nobody
    named after "đối với")."""
    if not items or items[-1].text != ":":
        return []
    if len(items) >= 3 and items[-2].kind == "role" and items[-3].text.casefold() in {"các", "các đồng chí"}:
        return [(items[-2].title, items[-2].body)]  # "Đoàn ĐBQH tỉnh gồm các đại biểu Quốc hội:", then the list
    tail = [k for k in range(max(0, len(items) - 6), len(items) - 1) if items[k].kind == "cue"
            and items[k].text.casefold() == "đồng chí" and not any(it.kind == "name" for it in items[k:])]
    committee = _committee_listed(items, tail[0]) if tail else None
    if committee is not None:  # "bầu Ban Thường vụ Tỉnh ủy gồm 15 đồng chí, cụ thể:", then the list
        return [(_MEMBER, committee)]
    for index, item in enumerate(items):
        if item.kind != "role" or [it.text.casefold() for it in items[max(0, index - 2):index]] \
                not in (["chức", "danh"], ["chức", "vụ"]):
            continue
        rest = items[index + 1:]
        at = next((k for k in range(len(rest) - 1) if rest[k].text.casefold() == "đối"
                   and rest[k + 1].text.casefold() == "với"), None)
        if at is not None and not any(it.kind in {"name", "role"} for it in rest[at:]):
            return [(item.title, item.body)]
    return []


def _listed_without_colon(items: list[Item], first: int) -> list[int]:
    """The names of "các đồng chí A (xã X), B, Phó Bí thư … và C": each with its own
    titles or place in parentheses, up to the first word that is not part of the list."""
    names, depth = [], 0
    for k in range(first, len(items)):
        item = items[k]
        if item.text == "(":
            depth += 1
        elif item.text == ")":
            depth = max(0, depth - 1)
        elif depth:
            continue
        elif item.kind == "name":
            names.append(k)
        elif item.text in {".", ";", ":"} or (item.kind == "word" and item.text.casefold() != "nguyên") \
                or (item.kind == "sep" and item.text not in {",", "và"}):
            break
    return names


def _listed_after_plural_cue(items: list[Item], last: int) -> list[int]:
    """The other names of a list whose last name is at `last`, when 'các đồng chí' opens
    it, or when it is 'đồng chí A, title và đồng chí B, title': a post given after the list
    ('… được bầu giữ chức X') is each one's."""
    names, q, joined, only_titles = [], last - 1, False, True
    listed: list[int] = []  # the names of "ông A, title; bà B, title và ông C, title" read so far
    colon = next((k for k in range(last - 1, max(-1, last - 40), -1) if items[k].text in {":", "."}), None)
    plural_list = colon is not None and items[colon].text == ":" and _plural_cue_at(items, colon - 1)
    while q >= 0 and last - q <= 40 and items[q].text != "." and (items[q].text != ";" or listed or plural_list):
        item = items[q]
        if item.text == ":":  # "các đồng chí: A, B được bầu giữ chức …"
            return names if _plural_cue_at(items, q - 1) else listed  # ("Các ông: A, …; B, …, giữ chức …")
        if item.kind == "cue":
            if item.text.casefold().startswith("các") or (q > 0 and items[q - 1].text.casefold() == "các"):
                return names
            if q == last - 1:  # the last person's own "đồng chí"
                q -= 1
                continue
            if joined and only_titles and names and names[-1] == q + 1:
                if q > 0 and items[q - 1].text in {";", ","}:  # another person of the list before
                    listed = list(names)
                    q -= 2
                    continue
                return names
            return listed
        if item.kind == "name":
            names.append(q)
        elif item.kind == "sep" and item.text == "giữ chức":
            return listed  # "bà A giữ chức X và ông B giữ chức Y": A's post is her own
        elif item.kind == "sep" and item.text == "và":
            joined = True
        elif item.text == ";":
            pass  # (only within a list of cued people, see the loop's condition)
        elif item.kind == "word" or item.kind not in {"role", "sep", "body", "rank"}:
            only_titles = False
            if item.kind not in {"word"}:
                return listed
        q -= 1
    return listed


def _plural_cue_at(items: list[Item], k: int) -> bool:
    """"các đồng chí", "Các ông", "các bà" at item k."""
    if k < 0 or items[k].kind != "cue":
        return False
    return items[k].text.casefold() == "các đồng chí" or (
        k > 0 and items[k].text.casefold() in {"ông", "bà"} and items[k - 1].text.casefold() == "các")


def _next_meaningful(items: list[Item], index: int) -> int:
    while index < len(items) and items[index].kind in {"rank", "cue"}:
        index += 1
    return index


def _committee_of(spec: BodySpec | None) -> BodySpec | None:
    while spec is not None:
        if spec.kind == "PartyCommittee" or spec.kind == "CentralCommittee":
            return spec
        spec = spec.of
    return None


def association(spec: BodySpec | None) -> BodySpec | None:
    """A mass organization with committees of its own ("Phó Chủ tịch Trung ương Hội CCB
    Việt Nam", "Chủ tịch Hội Nông dân tỉnh", "Tổng Liên đoàn Lao động Việt Nam")."""
    if spec is not None and spec.of is None and spec.kind == "OtherOrganization" \
            and not spec.head.startswith("Hội đồng") \
            and (spec.head.startswith(("Hội", "Liên đoàn", "Tổng Liên đoàn", "Trung ương Đoàn"))
                 or spec.surface.startswith("Trung ương Hội")
                 or spec.english == "Youth Union"):  # ("Bí thư Huyện đoàn": its BCH and BTV)
        return spec
    return None


def _association_above(spec: BodySpec | None) -> BodySpec | None:
    """The mass organization a body is, or is a department of ("Ban Tổ chức Tổng LĐLĐ")."""
    while spec is not None and association(spec) is None:
        spec = spec.of
    return spec


_PRESIDIUM = "Đoàn Chủ tịch"


def _prefix_kind(title: Title) -> str:
    return "StandingCommittee" if title.prefix_body in {"Ban Thường vụ", _PRESIDIUM} else "ExecutiveCommittee"


def _committee_body(kind: str, committee: BodySpec, surface: str = "", head: str | None = None) -> BodySpec:
    """The executive or standing committee (or a mass organization's presidium) of a party
    committee or mass organization."""
    standing = kind == "StandingCommittee"
    return BodySpec(kind, head or ("Ban Thường vụ" if standing else "Ban Chấp hành"), surface, level=committee.level,
                    of=committee, english="Presidium" if head == _PRESIDIUM else
                    "Standing Committee" if standing else "Executive Committee")


def _borrow_committees(groups: list[list[Item]]) -> None:
    """'Ủy viên BTV, Trưởng Ban Tổ chức Tỉnh ủy', 'UVBTV, Chủ nhiệm UBKT HU': the standing
    committee is the one of the committee the next title names."""
    chain = [item for group in groups for item in group]
    for position, item in enumerate(chain):
        if item.body is not None and item.body.kind == "StandingCommittee" and item.body.of is _UNNAMED_COMMITTEE:
            committee = next((found for later in chain[position + 1:]
                              if (found := _committee_of(later.body)) is not None), None)
            if committee is not None and committee is not _UNNAMED_COMMITTEE:
                item.body = _committee_body("StandingCommittee", committee)
            continue
        if item.body is not None and item.body.head in BOARDS and item.body.of is None and item.body.name is None \
                and item.body.level is None:
            company = next((later.body for later in chain[position + 1:] if later.body is not None), None)
            if company is not None and company.kind == "OtherOrganization" and company.head in CORPORATIONS:
                item.body = replace(item.body, of=company, level=company.level)
            continue
        if item.body is not None or not (item.title and item.title.prefix_body):
            continue
        presidium = item.title.prefix_body == _PRESIDIUM
        for later in chain[position + 1:]:
            committee = _association_above(later.body) if presidium else \
                _committee_of(later.body) or association(later.body)
            if committee is not None:  # ("Ủy viên Đoàn Chủ tịch, Trưởng ban Tổ chức Tổng LĐLĐ Việt Nam")
                item.body = _committee_body(_prefix_kind(item.title), committee,
                                            head=_PRESIDIUM if presidium else None)
                break


# "UVBTV" with no committee after it: the province's standing committee, unless the chain's next post names
# another committee (an object of its own, so the chain can tell it from a written "Tỉnh ủy")
_UNNAMED_COMMITTEE = replace(_IMPLIED["province_committee"])
_SHARING_JOINS = {"-", "–", "—", "kiêm"}


_ADDRESSED = {"với", "gửi", "lên", "tặng", "chúc"}
_MINISTERIAL_RANKS = {"Bộ trưởng", "Thứ trưởng"}


def _ministerial_rank(before: Item | None, after: Item) -> bool:
    """"Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ", "Thứ trưởng, Phó Chủ nhiệm Ủy ban Dân tộc": a
    minister's rank held in the agency that a chairman's post names next."""
    return before is not None and (before.body is None or before.body.level == NAMED_BEFORE) \
        and before.title is not None \
        and before.title.role in _MINISTERIAL_RANKS and after.title is not None \
        and after.title.role.removeprefix("Phó ") == "Chủ nhiệm" and after.body is not None


def _share_body(before: Item | None, after: Item) -> None:
    """'Phó Chỉ huy trưởng - Tham mưu trưởng BĐBP tỉnh', 'Phó Chủ tịch kiêm Tổng Thư ký Hội
    X': two posts joined so are held in the one body named after the second."""
    if before is None or before.body is not None or after.body is None or before.title is None \
            or before.title.role in _SECRETARIES or before.title.role.startswith("Ủy viên") \
            or before.title.prefix_body or after.body.kind in {"PeoplesCouncil", "PeoplesCommittee"}:
        return
    if after.body.kind == "PartyCommittee" and after.body.of is not None and after.body.of.head in INSTITUTIONS:
        before.body = after.body.of  # "Giám đốc kiêm Bí thư Chi bộ Công ty X": the company's director
        return
    before.body = after.body


_SECRETARIES = {"Bí thư", "Phó Bí thư", "Phó Bí thư Thường trực"}
_TERRITORIAL = {"PeoplesCouncil", "PeoplesCommittee"}
_COMMITTEE_FOR_LEVEL = {"tỉnh": "Tỉnh ủy", "thành phố": "Thành ủy", "TP": "Thành ủy", "huyện": "Huyện ủy",
                        "quận": "Quận ủy", "thị xã": "Thị ủy", "xã": "Đảng ủy xã", "phường": "Đảng ủy phường",
                        "thị trấn": "Đảng ủy thị trấn"}


def _delegations_of_the_next_post(groups: list[list[Item]]) -> None:
    """'Bí thư Ban cán sự đảng, Bộ trưởng Nội vụ': a bare Ban cán sự đảng is the one of the
    state body the next post names."""
    chain = [item for group in groups for item in group]
    for position, item in enumerate(chain):
        body = item.body
        if body is None or body.kind != "PartyDelegation" or body.of is not None:
            continue
        later = next((it.body for it in chain[position + 1:] if it.body is not None), None)
        if later is not None and later.kind in {"Government", "PeoplesCommittee", "PeoplesCouncil",
                                                "OtherOrganization"} and later.of is None:
            item.body = replace(body, of=later, level=later.level)


def _secretaries_of_the_next_post(groups: list[list[Item]]) -> None:
    """'Phó Bí thư, Chủ tịch HĐND huyện X': a secretary's post written without its
    committee is in the party committee of the council or people's committee named next."""
    from graph.extract.bodies import parse_committee
    from graph.extract.tokens import tokenize

    chain = [item for group in groups for item in group]
    for position, item in enumerate(chain):
        if item.body is not None or item.title is None or item.title.role not in _SECRETARIES:
            continue
        later = next((it.body for it in chain[position + 1:] if it.body is not None), None) \
            or next((it.body for it in reversed(chain[:position]) if it.body is not None), None)
        if later is None or later.kind not in _TERRITORIAL or later.of is not None:
            continue  # ("Chủ tịch UBND xã giữ chức Phó Bí thư": the post before, when none follows)
        head = _COMMITTEE_FOR_LEVEL.get(later.level_word or "")
        if head is None:
            continue
        text = f"{head} {later.area_name}" if later.area_name else head
        words = tokenize(text)
        parsed = parse_committee(words, 0, text)
        if parsed is not None and parsed[0] == len(words):
            item.body = replace(parsed[1], surface="")


def _secretaries_of_the_committee_before(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """'Ông A giữ chức Bí thư Đảng ủy xã; ông B giữ chức Phó Bí thư Thường trực', 'BCH bầu
    Ban Thường vụ Đảng ủy X; đồng chí A giữ chức Bí thư Đảng ủy': a secretary's post
    written bare is in the party committee named last before it in the sentence."""
    committee = None
    held: dict[str, BodySpec] = {}  # "Chủ tịch" → the body of the last "Chủ tịch …" or "Phó Chủ tịch …" post
    for index, item in enumerate(items):
        named = _committee_of(item.body) if item.kind == "body" else None
        if named is not None and named.kind == "PartyCommittee" and named.level != "article":
            committee = named
        person = persons.get(index)
        if person is None:
            continue
        deputy_of: dict[str, BodySpec] = {}  # this person's own deputy posts, by family
        for position, (title, body) in enumerate(person.roles):
            family = _post_family(title.role)
            if body is not None and body is not UNREAD:
                held[family] = body
                if title.role != family:
                    deputy_of[family] = body
            if body is None and title.role == family and family in deputy_of:
                # "bầu bà A, Phó Trưởng Ban Kinh tế - Ngân sách HĐND tỉnh giữ chức Trưởng Ban":
                # promoted to head the body she was deputy of
                person.roles[position] = (title, deputy_of[family])
                continue
            if title.role in _SECRETARIES and body is not None and body.kind == "PartyCommittee":
                committee = body
            elif title.role in _SECRETARIES and body is None and committee is not None:
                person.roles[position] = (title, committee)
            elif body is None and family in held and title.role != family:
                # "A tái đắc cử Chủ tịch Hội Nông dân huyện; các đồng chí B, C được bầu giữ chức
                # Phó Chủ tịch": a deputy's post is in the body of the head's named before it
                person.roles[position] = (title, held[family])


_JOINED_COMMITTEES = {**_BARE_HEADS, ("ban", "thường", "trực"): "StandingOffice", ("ủy", "ban"): "Itself"}


def _committees_joined(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """'bầu bổ sung bà A vào BCH, Ban Thường vụ và giữ chức Phó Chủ tịch Hội LHPN tỉnh':
    she is a member of each committee named, those of the body of the post that follows."""
    for index, item in enumerate(items):
        if item.kind != "word" or item.text.casefold() not in {"vào", "gia"} or (
                item.text.casefold() == "gia" and (index == 0 or items[index - 1].text.casefold() != "tham")):
            continue  # "vào BCH, BTV và giữ chức …", "tham gia Ủy ban, Ban Thường trực và giữ chức …"
        joined_body = items[index + 1].body if index + 1 < len(items) and items[index + 1].kind == "body" else None
        if joined_body is not None and (joined_body.kind in {"StandingCommittee", "ExecutiveCommittee", "PartyDelegation"}
                                        or joined_body.head == "Ủy ban Kiểm tra"):
            # "bầu bổ sung đồng chí X (, <posts>) vào Ban Thường vụ Thành ủy": a member of it
            name = next((k for k in range(index - 1, max(-1, index - 30), -1) if items[k].kind == "name"
                         or items[k].text in {".", ";"}), None)
            if name is not None and items[name].kind == "name" and name in persons \
                    and any(it.text.casefold() in {"bầu", "định"} for it in items[max(0, name - 4):name]):
                # ("chỉ định ông X tham gia Ban cán sự đảng Bộ Y": a member too)
                persons[name].roles.append((_MEMBER, joined_body))
            continue
        kinds, k = [], index + 1
        while k < len(items):
            for words, kind in _JOINED_COMMITTEES.items():
                if tuple(it.text.casefold() for it in items[k:k + len(words)]) == words \
                        and all(it.kind == "word" for it in items[k:k + len(words)]):
                    kinds.append(kind)
                    k += len(words)
                    break
            else:
                break
            if k < len(items) and items[k].text in {",", "và"}:
                k += 1
        if not kinds or k + 1 >= len(items) or items[k].text != "giữ chức" or items[k + 1].kind != "role":
            continue
        post = items[k + 1].body
        if post is None:
            continue
        committee = _committee_of(post) or association(post)
        joined = []
        for kind in kinds:
            if kind == "Itself" and post.kind == "FatherlandFront":
                joined.append(post)  # "tham gia Ủy ban": a member of the Front's committee itself
            elif kind == "StandingOffice" and post.kind == "FatherlandFront":
                joined.append(BodySpec("OtherOrganization", "Ban Thường trực", "", level=post.level, of=post,
                                       english="Standing Office"))
            elif kind in {"ExecutiveCommittee", "StandingCommittee"} and committee is not None:
                joined.append(_committee_body(kind, committee))
        for person in persons.values():
            if joined and any(body is post for _, body in person.roles):
                person.roles.extend((_MEMBER, body) for body in joined)


def _placed_in(tokens: list[Token], end: int, text: str, role: tuple[Title, BodySpec | None]):
    """"… giữ chức Phó Bí thư Đảng ủy xã gồm: ông A (xã Tiểu Cần), bà B (xã Cầu Kè)": a post in a
    commune left unnamed is in the one written in brackets after each person."""
    title, body = role
    if body is None or body.of is not None or body.area_name is not None or body.level_word is None \
            or end + 2 >= len(tokens) or tokens[end].text != "(" or tokens[end + 1].low != body.level_word:
        return role
    close = next((k for k in range(end + 2, min(len(tokens), end + 7)) if tokens[k].text == ")"), None)
    if close is None or close == end + 2 or not all(t.is_cap and t.is_word for t in tokens[end + 2:close]):
        return role
    name = text[tokens[end + 2].start:tokens[close - 1].end]
    return title, replace(body, area_name=name, surface=f"{body.surface} {name}")


def _name_before_separator(items: list[Item], p: int) -> int | None:
    """The name a title chain after the separator at `p` belongs to: right before it, before
    a short aside in brackets ("Ông A (dân tộc Bahnar) - Phó Chủ tịch …"), or before a rank
    the separator follows ("Ông A - Đại tá, Phó Chính ủy …"), or before ", kiêm" ("ông A, kiêm Trưởng ban …")."""
    q = p - 1
    if items[p].text == "kiêm" and q >= 1 and items[q].text == ",":
        q -= 1
    if q >= 1 and items[q].kind == "rank" and items[p].text == ",":
        while q >= 0 and items[q].kind == "rank":
            q -= 1
        if q < 1 or items[q].kind != "sep" or items[q].text not in CHAIN_SEPARATORS:
            return None
        q -= 1
    comma = next((k for k in range(q, max(-1, q - 7), -1) if items[k].text == ","), None)
    if comma is not None and comma + 3 < p and [it.text.casefold() for it in items[comma + 1:comma + 4]] == [
            "người", "dân", "tộc"]:
        q = comma - 1  # "ông A, người dân tộc S'tiêng, Trưởng ban Dân tộc HĐND tỉnh"
    if q >= 0 and items[q].text == ")":
        opening = next((k for k in range(q - 1, max(-1, q - 8), -1) if items[k].text == "("), None)
        if opening is None or any(it.kind in {"role", "body"} for it in items[opening:q]):
            return None
        q = opening - 1
    return q if q >= 0 and items[q].kind == "name" else None


def _posts_in_the_body_presenting(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"Theo báo cáo của Văn phòng Đoàn ĐBQH và HĐND tỉnh do ông X, Chánh Văn phòng trình bày": a
    bare post of the person a body's report is presented by is a post in that body."""
    for k in range(2, len(items)):
        if items[k].kind != "name" or k not in persons:
            continue
        q = k - 1 if items[k - 1].kind == "cue" else k
        if q < 2 or items[q - 1].text.casefold() != "do" or items[q - 2].kind != "body" or items[q - 2].body is None \
                or items[q - 2].body.head in DELEGATIONS:  # ("Đoàn khảo sát … do đồng chí X, … làm Trưởng đoàn")
            continue
        body = items[q - 2].body
        persons[k].roles[:] = [(title, body if spec is None else spec) for title, spec in persons[k].roles]


def _posts_in_the_body_represented(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"Thay mặt Ban Kinh tế - Ngân sách HĐND tỉnh, bà X, Trưởng ban trình bày …": a bare post of
    the one who speaks for a body is a post in that body."""
    for k in range(4, len(items)):
        if items[k].kind != "name" or k not in persons:
            continue
        q = k - 1 if items[k - 1].kind == "cue" else k
        if q < 4 or items[q - 1].text != "," or items[q - 2].kind != "body" or items[q - 2].body is None \
                or [item.text.casefold() for item in items[q - 4:q - 2]] != ["thay", "mặt"]:
            continue
        body = items[q - 2].body
        persons[k].roles[:] = [(title, body if spec is None and body.head.split()[0].casefold()
                                in title.role.casefold().split() else spec) for title, spec in persons[k].roles]


def _posts_respectively(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"Các ông A và B lần lượt giữ chức Trưởng Ban X và Trưởng Ban Y HĐND phường": the posts go to
    the names in order."""
    for k in range(1, len(items) - 2):
        if [it.text.casefold() for it in items[k:k + 2]] != ["lần", "lượt"] or items[k + 2].text != "giữ chức":
            continue
        names, m = [], k - 1
        while m >= 0 and (items[m].kind == "name" or items[m].text in {",", "và"}):
            if items[m].kind == "name":
                names.insert(0, m)
            m -= 1
        posts, m = [], k + 3
        while m < len(items) and (items[m].kind == "role" or items[m].text in {",", "và"}):
            if items[m].kind == "role":
                posts.append((items[m].title, items[m].body))
            m += 1
        if len(names) < 2 or len(names) != len(posts) or not all(n in persons for n in names):
            continue
        for name, post in zip(names, posts):
            persons[name].roles[:] = [role for role in persons[name].roles if role not in posts] + [post]


def _counted_posts_of_those_named(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"bầu 14 Ủy viên UBND tỉnh, trong đó có Đại tá X, Giám đốc Công an tỉnh": the counted post is also
    the post of those named after "trong đó có"."""
    for k, item in enumerate(items):
        if item.kind != "role" or item.body is None or k + 5 >= len(items) or items[k + 1].text != "," \
                or [it.text.casefold() for it in items[k + 2:k + 5]] != ["trong", "đó", "có"]:
            continue
        m = k + 5
        while m < len(items) and items[m].kind in {"cue", "rank", "name", "role", "sep", "body"} \
                and items[m].text not in {".", ";"}:
            if items[m].kind == "name" and m in persons and (item.title, item.body) not in persons[m].roles:
                persons[m].roles.append((item.title, item.body))
            m += 1


def _head_of_the_body_named(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"chỉ định Ủy ban Kiểm tra Đảng ủy phường gồm 7 đồng chí, do đồng chí X làm Chủ nhiệm": the bare
    post after "làm" is the head's post in the body just named."""
    for k in range(3, len(items) - 2):
        if items[k].kind != "name" or k not in persons or items[k + 1].text != "làm" \
                or items[k + 2].kind != "role" or items[k + 2].body is not None:
            continue
        q = k - 1 if items[k - 1].kind == "cue" else k
        if items[q - 1].text.casefold() != "do":
            continue
        body = next((item.body for item in reversed(items[:q - 1]) if item.kind == "body"), None)
        words = [item.text.casefold() for item in items[:q - 1] if item.kind == "word"][-4:]
        if body is not None and "gồm" in words and body.head not in DELEGATIONS:
            persons[k].roles.append((items[k + 2].title, body))


def _inspection_posts_of_the_committee_named(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"bầu Ủy ban Kiểm tra Đảng ủy xã gồm 5 đồng chí; đồng chí A được bầu giữ chức Chủ nhiệm (Ủy
    ban Kiểm tra)": a bare Chủ nhiệm of the inspection committee named before it in the sentence."""
    for k, mention in persons.items():
        committee = next((it.body for it in reversed(items[:k]) if it.kind == "body" and it.body is not None
                          and it.body.head == "Ủy ban Kiểm tra" and it.body.of is not None), None)
        if committee is not None:
            mention.roles[:] = [(title, committee if body is None and title.role in {"Chủ nhiệm", "Phó Chủ nhiệm"}
                                 else body) for title, body in mention.roles]


def _posts_on_the_side(items: list[Item], persons: dict[int, PersonMention]) -> None:
    """"Về phía Bộ Chỉ huy BĐBP tỉnh có Đại tá A, Chỉ huy trưởng; Đại tá B, Chính ủy": the bare
    posts of the people a side lists are posts in that side's body."""
    words = [it.text.casefold() for it in items[:3]]
    start = 2 if words[:2] == ["về", "phía"] else 1 if words[:1] == ["phía"] else None
    if start is None or start >= len(items) or items[start].kind != "body" or items[start].body is None:
        return
    side = items[start].body
    for mention in persons.values():
        mention.roles[:] = [(title, side if body is None else body) for title, body in mention.roles]


def _post_family(role: str) -> str:
    return role.removeprefix("Phó ").removesuffix(" Thường trực")


def _acting_posts(items: list[Item], tokens: list[Token]) -> None:
    """"giao quyền Giám đốc Công ty cho bà X", "ông Y được giao quyền Chủ tịch UBND tỉnh": an
    acting post ("Quyền Giám đốc"), held by the one it is given to."""
    k = 0
    while (k := k + 1) < len(items):
        item = items[k]
        given = items[k - 1].text == "giữ chức" and tokens[items[k - 1].end - 1].low == "quyền"  # "được giao quyền"
        if item.kind != "role" or item.title is None or not (given or k > 1 and items[k - 1].text == "quyền"
                                                               and items[k - 2].text.casefold() == "giao"):
            continue
        acting = replace(item.title, role=f"Quyền {item.title.role}", english=f"Acting {item.title.english}")
        items[k] = replace(item, title=acting)
        after = [it.text.casefold() for it in items[k + 1:k + 3]]
        given_to = k + 2 if after[:1] == ["cho"] else k + 3 if after == ["đối", "với"] else None
        if given_to is not None and given_to < len(items) and items[given_to].kind in {"cue", "name"}:
            items[k + 1:given_to] = []  # "… cho bà X": the post before the name, in the "title Name" form


def scan_sentence(text: str) -> SentenceScan:
    """Items of one sentence, with every title chain given to its person."""
    tokens, items = scan_items(text)
    items = _joined_committees(items)
    lowered = text.casefold()  # (some rules below read a phrase few sentences hold)
    if "quyền" in lowered:
        _acting_posts(items, tokens)
    _candidacies(items)
    _posts_after_lam(items)
    _post_in_the_body_before(items)
    _bare_councils_of_the_subject(tokens, items)
    if "Thẩm phán" in text or "Kiểm sát viên" in text or "Chấp hành viên" in text:
        _judicial_titles(items)
    _posts_at_new_workplace(items)
    persons: dict[int, PersonMention] = {}
    pending: list[list[tuple[Title, BodySpec | None]]] = []

    def person(index: int) -> PersonMention:
        if index not in persons:
            previous = [it for it in items[:index] if it.kind not in {"rank"}]
            possessive = any(it.text.casefold() == "của" for it in previous[-4:]) and all(
                it.kind in {"role", "cue", "word"} for it in previous[-2:])
            persons[index] = PersonMention(items[index].text, possessive=possessive)
        return persons[index]

    for index, item in enumerate(items):
        if item.kind == "name" and index > 0 and items[index - 1].kind in {"cue", "rank"}:
            person(index).cued = True
        counted = item.kind == "cue" and item.text.casefold() == "đồng chí" and index > 0 \
            and (items[index - 1].text.isdigit() or items[index - 1].text.casefold() in _COUNTS)
        plural = item.kind == "cue" and (item.text.casefold() in _PLURAL_CUES or (
            item.text.casefold() in {"ông", "bà"} and index > 0 and items[index - 1].text.casefold() == "các"))
        if (plural or counted) and index + 1 < len(items) and items[index + 1].text == ":":
            # "trao Huy hiệu cho các đồng chí: A, nguyên …; B, phường X và C, xã Y": each one named
            committee = _committee_listed(items, index)  # "bầu Ban Thường vụ gồm 13 đồng chí: A, B, …"
            places = False  # within "các xã A, B, C": names of places, not people
            for later in range(index + 2, len(items)):
                if items[later].text in {".", ":"}:
                    break
                written = items[later].text
                if items[later].kind == "name":
                    places = items[later - 1].text.casefold() in _PLACE_WORDS or (places and items[later - 1].text == ",")
                    if not places:
                        person(later).cued = True  # (not "phường Hoàng Văn Thụ": a ward)
                        if committee is not None:
                            person(later).roles.append((_MEMBER, committee))
                else:
                    places = written.casefold() in _PLACE_WORDS or (places and (written == "," or (
                        items[later].kind == "word" and written[:1].isupper())))

        if plural and index + 1 < len(items) and items[index + 1].kind == "name":
            for later in _listed_without_colon(items, index + 1):
                person(later).cued = True  # "cho các đồng chí A (xã X) và B, nguyên Phó Chủ tịch …"

    i = 0
    while i < len(items):
        if items[i].kind != "role":
            i += 1
            continue
        groups: list[list[Item]] = [[items[i]]]
        post_from = None  # where the roles after a "giữ chức" begin
        j = i + 1
        empowering = i >= 2 and items[i - 1].text.casefold() == "của" and items[i - 2].text.casefold() == "quyền"
        while j < len(items) and not empowering:  # ("thừa ủy quyền của Thủ tướng, Chủ tịch UBND tỉnh trao": two people)
            k = _next_meaningful(items, j + 1) if items[j].kind == "sep" else j
            if items[j].text == "," and k < len(items) and items[k].kind == "sep" and items[k].text == "kiêm":
                k = _next_meaningful(items, k + 1)  # "Thứ trưởng Bộ Nội vụ, kiêm Trưởng ban …"
            if items[j].kind == "sep" and items[j].text in CHAIN_SEPARATORS and k < len(items) \
                    and items[k].kind == "role":
                if items[j].text == "giữ chức" and post_from is None:
                    post_from = sum(len(group) for group in groups)
                if items[j].text == "," and _ministerial_rank(groups[-1][-1] if groups[-1] else None, items[k]):
                    groups[-1][-1].body = None  # "Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ": not the ministry named
                    _share_body(groups[-1][-1], items[k])
                    groups.append([])
                elif items[j].text == ",":
                    groups.append([])
                elif items[j].text in _SHARING_JOINS:
                    _share_body(groups[-1][-1] if groups[-1] else None, items[k])
                groups[-1].append(items[k])
                j = k + 1
                continue
            break
        follow = _next_meaningful(items, j)
        introduced_anew = False  # "A, Giám đốc Sở Y tế, ông B, …": B's titles come after him
        if follow < len(items) and items[follow].text == "," and follow + 1 < len(items) \
                and items[follow + 1].kind in {"cue", "rank"} \
                and not (i > 0 and items[i - 1].text.casefold() in _ADDRESSED) \
                and not any(item.text.casefold() == "quyền" for item in items[max(0, i - 2):i]):  # "Bí thư Tỉnh ủy, đồng chí X",
            # "…, Đại tướng X"; not "Báo cáo với Chủ tịch nước, đồng chí X cho biết" (the one reported to) nor
            # "Thừa ủy quyền của Bộ trưởng, bà X" (the one who empowered her)
            follow = _next_meaningful(items, follow + 1)
            introduced_anew = True
        following_name = follow if follow < len(items) and items[follow].kind == "name" else None
        _borrow_committees(groups)
        _delegations_of_the_next_post(groups)
        _secretaries_of_the_next_post(groups)
        _shared_commune(groups)
        previous_name = None
        p = i - 1
        while p >= 0 and items[p].kind == "rank":
            p -= 1
        before_sep = _name_before_separator(items, p)
        if p >= 1 and items[p].kind == "sep" and items[p].text in CHAIN_SEPARATORS | {"(", "giữ chức"} \
                and before_sep is not None:
            previous_name = before_sep
            if items[p].text == "giữ chức":
                post_from = 0
        elif p >= 1 and items[p].kind == "sep" and items[p].text == "giữ chức":
            # "ông X, Tỉnh ủy viên, Giám đốc Sở ..., (đã | được điều động về ...) giữ chức Y":
            # the post after the connector is that of the nearest person named before it
            q = p - 1
            while q >= 0 and p - q <= 40 and items[q].kind in {"role", "sep", "word", "body", "cue", "rank"} \
                    and items[q].text not in {".", ":", ";"}:
                q -= 1
            between = {it.text.casefold() for it in items[q + 1:p]}
            nominated = bool("ứng" in between or "để" in between and between & {"bầu", "giới", "cử", "bổ"}) \
                and "đã" not in between  # ("đã được … giới thiệu để … bổ nhiệm": done; "để nhận công tác": a move)
            served = p >= 2 and (items[p - 1].text.casefold() in {"năm", "tháng"} and (
                items[p - 2].text.isdigit() or items[p - 2].text.casefold() in _COUNTS | {"nhiều"})
                or [it.text.casefold() for it in items[p - 2:p]] == ["thời", "gian"])  # ("trong thời gian giữ chức")
            short = any(items[m].kind == "cue" and items[m + 1].kind == "word" and items[m + 1].text[:1].isupper()
                        for m in range(q + 1, p - 1))  # ("… đã bầu ông Thụ giữ chức …": someone named short)
            if q >= 0 and p - q <= 40 and items[q].kind == "name" and not nominated and not served and not short:
                # ("giới thiệu đồng chí X, …, để HĐND huyện bầu giữ chức …": a nomination, not a post;
                # "… công tác, trong đó có 4 năm giữ chức Chủ tịch UBND tỉnh": years served, a past post)
                previous_name = q
                post_from = 0
        roles = [[(r.title, r.body) for r in group] for group in groups]
        if previous_name is None and following_name is not None:
            roles = _without_addressee(roles, [it.text.casefold() for it in items[max(0, i - 2):i]])
            if i > 0 and items[i - 1].text.casefold() == "nguyên":
                roles = []  # "nguyên Bí thư Tỉnh ủy Bình Thuận Đặng Hữu Lân": what he was
        if previous_name is not None and post_from is not None:
            # "các đồng chí A, Chủ tịch UBND xã và B, Chủ tịch … được bầu giữ chức Phó Bí thư":
            # the post after the connector is each listed person's
            post = [r for group in roles for r in group][post_from:]
            for other in _listed_after_plural_cue(items, previous_name):
                person(other).roles.extend(post)
                person(other).cued = True
        if following_name is not None and previous_name is not None and introduced_anew:
            person(previous_name).roles.extend(r for group in roles for r in group)
            person(previous_name).cued = True
        elif following_name is not None:
            if previous_name is not None and len(roles) > 1:
                person(previous_name).roles.extend(r for group in roles[:-1] for r in group)
                person(following_name).roles.extend(roles[-1])
            else:
                person(following_name).roles.extend(r for group in roles for r in group)
            person(following_name).cued = True
        elif previous_name is not None:
            person(previous_name).roles.extend(r for group in roles for r in group)
            person(previous_name).cued = True
        elif (colon := _list_colon(items, j, i > 0 and items[i - 1].text.casefold() in _COUNTS)) is not None \
                and (ministers := _ministers_listed(items, colon, roles, tokens, text)):
            for k, ministry in ministers:
                person(k).roles.append((roles[0][0][0], ministry))
                person(k).cued = True
        elif colon is not None and colon + 2 < len(items) and items[colon + 1].kind == "role" \
                and items[colon + 2].kind == "name":
            # "các đồng chí Ủy viên Bộ Chính trị: Chủ tịch nước A; Chủ tịch Quốc hội B": each entry a title
            # and a name, all sharing the title before the colon
            k = colon + 1
            while k + 1 < len(items) and items[k].kind == "role" and items[k + 1].kind == "name":
                person(k + 1).roles.extend(r for group in roles for r in group)
                person(k + 1).cued = True
                k += 2
                if k < len(items) and items[k].text in {";", ","}:
                    k += 1
        elif colon is not None:
            k = first = colon + 1
            listed, titled = 0, False  # names so far, and whether any had a post of its own
            while k < len(items) and (items[k].kind in {"name", "sep", "cue", "rank", "role", "body"}
                                      or items[k].text.casefold() == "nguyên") \
                    and items[k].text != ".":  # ("A, nguyên Bí thư Tỉnh đoàn X; B; C, …": an entry's former post)
                if items[k].text == ";" and listed >= 2 and not titled:
                    break  # "…: ông A, bà B; bà C, Phó Chủ tịch HĐND tỉnh": a bare list, then someone else
                titled = titled or items[k].kind == "role"
                listed += items[k].kind == "name"
                if items[k].kind == "role" and k + 1 < len(items) and items[k + 1].kind == "name":
                    if listed >= 2 and items[k - 1].text.casefold() == "và" and items[colon - 1].text.casefold() == "gồm":
                        # "… gồm: A, Giám đốc Công an tỉnh; B, …; và Giám đốc Sở Y tế C": the last one listed
                        person(k + 1).roles.extend(_placed_in(tokens, items[k + 1].end, text, r)
                                                   for group in roles for r in group)
                    break  # "…: A, B; Bộ trưởng Bộ Tài chính C": C has a title of his own, the list has ended
                if items[k].kind == "role" and _list_colon(items, k + 1) is not None:
                    break  # "(Các Trưởng ban gồm:) Trưởng Ban Pháp chế: ông A; Trưởng Ban Dân tộc: ông B":
                    # entries with lists of their own
                if items[k].kind == "cue" and items[k - 1].text == ";" and items[first].kind not in {"cue", "rank"}:
                    break  # "…: A, B; đồng chí C, Chánh Văn phòng": a new person, introduced anew
                    # (but "các Phó Bí thư: ông A, …; ông B, …" cues every one)
                if items[k].kind == "name":
                    person(k).roles.extend(_placed_in(tokens, items[k].end, text, r) for group in roles for r in group)
                    person(k).cued = True
                    if k + 1 < len(items) and items[k + 1].text == "(":  # "ông A (xã Tiểu Cần), bà B (…)"
                        close = next((m for m in range(k + 2, min(len(items), k + 8)) if items[m].text == ")"), None)
                        k = close if close is not None else k
                k += 1
                if k < len(items) and items[k].kind == "word" and items[first].kind in {"cue", "rank"}:
                    # "các thứ trưởng: ông A, kiêm trưởng Ban Tôn giáo Chính phủ; bà B, …": words of
                    # an entry's own posts; the list goes on at the next "; ông …"
                    while k < len(items) and items[k].text not in {";", "."}:
                        k += 1
                    if not (k + 2 < len(items) and items[k].text == ";" and items[k + 1].kind == "cue"
                            and items[k + 2].kind == "name"):
                        break
        else:
            if _post_for(items, i, j) is None:
                pending.append([r for group in roles for r in group])
        i = j

    for index, item in enumerate(items):
        holder = _post_for(items, index, index + 1) if item.kind == "role" else None
        if holder is not None:  # "bầu chức danh Phó Chủ tịch UBND xã … đối với ông X"
            person(holder).roles.append((item.title, item.body))
            person(holder).cued = True

    for index, item in enumerate(items):
        after = index + 2 if index + 2 < len(items) and items[index + 1].text == "," else index + 1
        if item.kind == "role" and item.body is not None and index > 0 and after < len(items) \
                and items[after].text.casefold() == "gồm" and (items[index - 1].text.casefold() in _COUNTS
                                                               or items[index - 1].text.isdigit()):
            # "bầu 2 Phó Chủ tịch HĐND tỉnh gồm bà A (tái cử) và ông B, …", "bầu 5 Ủy viên UBND phường,
            # gồm Thượng tá A, …": the post of each one listed
            for later in _listed_without_colon(items, after + 1):
                person(later).roles.append((item.title, item.body))
                person(later).cued = True

    for index, title, head in _delegation_heads(items):
        person(index).roles.append((title, head))
        person(index).cued = True

    for name, posts in _posts_now(items):
        person(name).roles.extend(posts)
        person(name).cued = True
    _secretaries_of_the_committee_before(items, persons)
    _committees_joined(items, persons)
    _posts_on_the_side(items, persons)
    _posts_in_the_body_presenting(items, persons)
    if "thay mặt" in lowered:
        _posts_in_the_body_represented(items, persons)
    if " làm " in lowered and "gồm" in lowered:
        _head_of_the_body_named(items, persons)
    if "trong đó có" in lowered:
        _counted_posts_of_those_named(items, persons)
    if "lần lượt" in lowered:
        _posts_respectively(items, persons)
    _inspection_posts_of_the_committee_named(items, persons)
    if (deputies := _DEPUTIES_NAMED.match(text)) is not None:
        # "Phó Trưởng ban là ông A, …", "Các Phó Trưởng ban gồm đồng chí A, …; B, …": deputies of the
        # board whose head the sentence before named (see resolve's _deputy_of)
        for mention in persons.values():
            mention.roles.insert(0, (Title(deputies.group(1), "Phó Trưởng ban", "Deputy Head"), None))
            mention.cued = True
    found = [persons[k] for k in sorted(persons) if persons[k].cued or persons[k].roles]
    bodies = [it.body for it in items if it.body is not None]
    return SentenceScan(tokens, items, found, bodies, pending, _post_for_the_list(items))


_NOW = (["nay", "là"], ["hiện", "là"], ["hiện", "nay", "là"])


def _committee_listed(items: list[Item], cue: int) -> BodySpec | None:
    """The committee whose members follow "… gồm (13) đồng chí:": "Ban Thường vụ Tỉnh ủy
    khóa XVIII gồm 13 đồng chí: A, B, …"."""
    k = cue - 1
    while k >= 0 and (items[k].text.isdigit() or items[k].text.casefold() in _COUNTS):
        k -= 1
    if k < 0 or items[k].text.casefold() != "gồm":
        return None  # (only a count between: not "gồm 19 đồng chí; các đồng chí: A, B được bầu …")
    for j in range(k - 1, max(-1, k - 5), -1):
        body = items[j].body if items[j].kind == "body" else None
        if body is not None:
            return body if body.kind in {"StandingCommittee", "ExecutiveCommittee"} \
                or body.head == "Ủy ban Kiểm tra" else None
    return None


def _former(items: list[Item], q: int) -> bool:
    """"nguyên Phó Chủ tịch …", "vốn là cán bộ …": what the person was."""
    return items[q].text.casefold() == "nguyên" or (
        items[q].text.casefold() == "vốn" and q + 1 < len(items) and items[q + 1].text.casefold() == "là")


def _posts_now(items: list[Item]) -> list[tuple[int, list[tuple[Title, BodySpec | None]]]]:
    """"bà X, nguyên Phó Chủ tịch UBND thị xã, nay là Phó Giám đốc Sở Nội vụ": the former
    post is none of hers, the one after "nay là" is → (item index of the name, posts)."""
    found = []
    if not any(it.text == "là" for it in items):
        return found
    for index, item in enumerate(items):
        if item.kind != "role" or not any([it.text.casefold() for it in items[max(0, index - len(now)):index]] == now
                                          for now in _NOW):
            continue
        q = index - 3
        while q >= 0 and index - q <= 30 and items[q].text not in {".", ";", ":"} \
                and not _former(items, q) and items[q].kind != "name":
            q -= 1
        if q < 2 or not _former(items, q) or items[q - 1].text != "," or items[q - 2].kind != "name":
            continue
        posts, k = [(item.title, item.body)], index + 1
        while k + 1 < len(items) and items[k].text == "," and items[k + 1].kind == "role":
            posts.append((items[k + 1].title, items[k + 1].body))
            k += 2
        found.append((q - 2, posts))
    return found


_HEAD_OF_DELEGATION = Title("Trưởng đoàn", "Trưởng đoàn", "Head of Delegation")
_HEAD_OF_BOARD = Title("Trưởng ban", "Trưởng ban", "Head")
_LED_BOARDS = {"Ban Lễ tang", "Ban Chỉ đạo", "Ban Chỉ huy"}  # ("… do đồng chí X làm Trưởng ban")


def _ministers_listed(items: list[Item], colon: int, roles, tokens: list[Token], text: str) -> list[tuple[int, BodySpec]]:
    """"các Bộ trưởng: Tài chính A; Công Thương B": each name after its ministry's short
    name → (item index of the name, the ministry)."""
    if len(roles) != 1 or len(roles[0]) != 1 or (roles[0][0][1] is not None and roles[0][0][1].level != NAMED_BEFORE) \
            or roles[0][0][0].role not in {"Bộ trưởng", "Thứ trưởng"}:
        return []
    at_token = {item.start: index for index, item in enumerate(items)}
    found = []
    start = items[colon].end
    while start < len(tokens):
        ministry = _virtual_body("Bộ", tokens, start, text)
        name = at_token.get(ministry[0]) if ministry and ministry[1].head == "Bộ" else None
        if name is None or items[name].kind != "name":
            break
        found.append((name, ministry[1]))
        start = items[name].end
        if start >= len(tokens) or (tokens[start].text not in {",", ";"} and tokens[start].low != "và"):
            break
        start += 1
        if start < len(tokens) and tokens[start].low == "và":  # ", và"
            start += 1
    return found


# posts of the state and party heads, never held with a post in a province or below
_NATIONAL_HEADS = {"Thủ tướng", "Phó Thủ tướng", "Phó Thủ tướng Thường trực", "Chủ tịch nước", "Phó Chủ tịch nước",
                   "Tổng Bí thư", "Chủ tịch Quốc hội", "Phó Chủ tịch Quốc hội"}


def _local(body: BodySpec | None) -> bool:
    return body is not None and (body.level not in {None, CENTRAL} or bool(body.level_word or body.area_name))


def _without_addressee(roles: list[list[tuple[Title, BodySpec | None]]], before: list[str]):
    """"Báo cáo với Thủ tướng, Chủ tịch UBND tỉnh X cho biết": a national head's title
    before a local post is the one spoken to, not X's; "Thừa ủy quyền của Thủ tướng Chính
    phủ, Bộ trưởng Bộ Nội vụ X": the first title is the one X acts for (`before`: the words
    just before the titles)."""
    if len(roles) > 1 and before == ["quyền", "của"]:
        return roles[1:]
    if len(roles) > 1 and all(title.role in _NATIONAL_HEADS for title, _ in roles[0]) \
            and any(_local(body) for group in roles[1:] for _, body in group):
        return roles[1:]
    return roles


def _delegation_heads(items: list[Item]) -> list[tuple[int, Title, BodySpec]]:
    """"Đoàn công tác của Bộ Chính trị do đồng chí X, <titles> làm Trưởng đoàn": X heads
    that delegation (the titles stay X's own); "Ban Lễ tang gồm 9 thành viên, do đồng chí
    X, <titles> làm Trưởng ban": X heads that board."""
    found = []
    for index, item in enumerate(items):
        if item.kind != "body" or item.body is None or (item.body.head not in DELEGATIONS | {"Đoàn đại biểu"}
                                                        and item.body.head not in _LED_BOARDS):
            continue
        head = _HEAD_OF_BOARD if item.body.head in _LED_BOARDS else _HEAD_OF_DELEGATION
        led = next((k for k in range(index + 1, min(len(items), index + 8)) if items[k].text.casefold() == "do"
                    or items[k].kind in {"body", "name", "role"} or items[k].text in {".", ";"}), None)
        if led is None or items[led].text.casefold() != "do":
            continue
        name = None
        for later in range(led + 1, min(len(items), led + 40)):
            text = items[later].text.casefold()
            if items[later].kind == "name" and name is None:
                name = later
            elif text == "." or text == ";":
                break
            elif text == "làm" and [it.text.casefold() for it in items[later + 1:later + 3]] == head.role.casefold().split():
                if name is not None:
                    found.append((name, head, item.body))
                break
            elif text == "làm" and later + 1 < len(items) and items[later + 1].kind == "role" \
                    and items[later + 1].title.role == head.role:
                if name is not None:
                    found.append((name, head, item.body))
                break
    return found
