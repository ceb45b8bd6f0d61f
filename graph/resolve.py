"""Resolve stage: fill in what the article leaves to context, and name things canonically.

"Tỉnh ủy" in a Hà Tĩnh newspaper is "Tỉnh ủy Hà Tĩnh"; "BCH Đảng bộ tỉnh" is "Ban Chấp
hành Đảng bộ tỉnh Hà Tĩnh", whose parent is "Đảng bộ tỉnh Hà Tĩnh"; "Nghị quyết 09"
is the "09-NQ/TU" cited in full earlier. The party's fixed structure gives each body its
parent and territory.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache

from graph.extract import ArticleMentions, AreaMention
from graph.extract.bodies import (BLOC_ENGLISH, BOARDS_OF_A_DEPARTMENT, CORPORATIONS, DELEGATIONS, DIVISION_NAMES,
                                  TASK_BOARDS, TASK_COUNCILS, JOINT_OFFICE, NAMED_BEFORE, REGION_HEADS)
from graph.extract.documents import kind_from_code
from graph.extract.scan import association
from graph.gazetteer import GREW_INTO, MERGED_2025
from graph.lexicon import load_lexicon
from graph.types import AreaRef, BodyRef, BodySpec, Document, Event, Extraction, PartialDate, Person, Role

VIETNAM = AreaRef("Việt Nam", "Country", iso="VN")
CENTRAL_COMMITTEE = BodyRef("Ban Chấp hành Trung ương Đảng", "CentralCommittee", "Party Central Committee",
                            area=VIETNAM)
_LEVEL_KIND = {"province": "Province", "city": "City", "district": "District", "town": "Town",
               "urban_district": "District", "Province": "Province", "City": "City", "District": "District",
               "Town": "Town", "Commune": "Commune", "Village": "Village"}
_LEVEL_EN = {"Province": "Provincial", "City": "City", "Town": "Town", "District": "District",
             "Commune": "Commune", "Village": "Village"}
_DEFAULT_TYPE_WORD = {"Province": "tỉnh", "City": "thành phố", "Town": "thị xã", "District": "huyện",
                      "Commune": "xã", "Village": "thôn"}
_TYPE_WORDS = {"tp": "thành phố", "tp.": "thành phố", "thành phố": "thành phố",
               "huyện đảo": "huyện"}  # (an island district is a "huyện")
_UNIQUE_HOLDER_PREFIXES = ("Phó", "Ủy viên", "Đại biểu", "Thành viên")


@lru_cache(maxsize=1)
def _gazetteer():
    from graph.gazetteer import load_gazetteer
    return load_gazetteer()


def era_of(date: PartialDate | None) -> str:
    """Which map of Vietnam the article was written against (the 2025 reorganization
    took effect on 1 July 2025)."""
    if date is None:
        return "pre2025"
    return "post2025" if (date.year, date.month or 1) >= (2025, 7) else "pre2025"


_OPENING = 6  # sentences: a headline, a date line or breadcrumb, and the lead


@dataclass
class Context:
    era: str
    province: AreaRef | None
    named: list[tuple[int, AreaRef]] = field(default_factory=list)
    positions: list[int] = field(default_factory=list)  # of each named area in its sentence
    written_types: list[str | None] = field(default_factory=list)  # the type word the text gave each one
    main_area: AreaRef | None = None  # the area of the party bodies the article is mostly about
    council_area: AreaRef | None = None  # the area of the People's Council it names most
    named_bodies: list[tuple[int, BodyRef]] = field(default_factory=list)  # steering committees and departments, by sentence
    commands: set = field(default_factory=set)  # areas whose border-guard command the article names
    numbered: dict = field(default_factory=dict)  # "Đoàn giám sát của X" → the one "Đoàn giám sát số 3 của X"

    def nearest(self, kind: str, sentence: int, type_word: str | None = None, position: int = -1) -> AreaRef | None:
        """The area of this kind a bare "HĐND phường" means: of the written type
        (phường, not xã) when one is named, the one the article names most when it
        names in most sentences, the headline and lead counting once more (the
        article's own ward, not the ones merged into it; the district the headline
        names, not a neighbour named twice later), else the last one named before. The
        one commune named earlier in the sentence itself comes first: an article goes
        from one commune to the next."""
        if kind == "Commune" and position >= 0:
            here = [a for (s, a), at in zip(self.named, self.positions)
                    if s == sentence and at < position and a.kind == kind]
            if len({a.name for a in here}) == 1:  # (not one of several listed: "với các xã A, B, C")
                return here[0]  # (the first says most: "xã X (huyện Y)")
        # (the type the text wrote: "xã Phong Hiền" in 2020, a ward since)
        typed = [(s, a) for (s, a), word in zip(self.named, self.written_types)
                 if a.kind == kind and type_word and (word.casefold() if word else a.type_word) == type_word]
        named = [(s, a) for s, a in self.named if a.kind == kind]
        if typed:
            named = typed
        weights: dict = {}
        for s, area in named:
            weights.setdefault(area, set()).add(s)
        weights = {area: len(s) + (min(s) < _OPENING) for area, s in weights.items()}
        if weights:
            most = max(weights.values())
            if most > 1:
                return next(a for a, n in weights.items() if n == most)  # dicts keep first-named order
        before = [a for s, a in named if s <= sentence]
        if before:
            return before[-1]
        return named[0][1] if named else None


# ---------------------------------------------------------------- areas

def _place_ref(place, era: str) -> AreaRef:
    parent = None
    if place.kind in {"City", "Town", "District"} and place.province:
        parent = _province_ref(place.province, era)
    elif place.kind == "Commune" and place.parent_kind == "Province" and place.province:
        parent = _province_ref(place.province, era)
    elif place.kind == "Commune" and place.parent:
        candidates = [p for p in _gazetteer().lookup(place.parent, kind=place.parent_kind, era=place.era
                                                      if place.era != "both" else None)
                      if p.province == place.province]
        parent = _place_ref(candidates[0], era) if candidates else None
    name = place.name
    if name.isdigit() and place.type_word:  # numbered units are named with their type: "Quận 7", "Phường 1"
        name = f"{place.type_word[0].upper()}{place.type_word[1:]} {name}"
    return AreaRef(name, place.kind, parent=parent, iso=place.iso, centrally_run=place.centrally_run,
                   type_word=place.type_word)


@lru_cache(maxsize=4096)
def _province_ref(name: str, era: str) -> AreaRef | None:
    place = _gazetteer().province(name)
    if place is None:
        return AreaRef(name, "Province", type_word="tỉnh")
    return AreaRef(place.name, "Province", iso=place.iso, centrally_run=place.centrally_run,
                   type_word="thành phố" if place.centrally_run else "tỉnh")


def _candidates(name: str, kind: str | None, era: str):
    places = _gazetteer().lookup(name, kind=kind, era=era) or _gazetteer().lookup(name, kind=kind)
    if not places and kind in GREW_INTO:  # "huyện Kim Bảng" in 2018: the district the town became
        places = [replace(place, kind=kind, type_word=_DEFAULT_TYPE_WORD[kind])
                  for place in _gazetteer().lookup(name, kind=GREW_INTO[kind])]
    if kind == "City" and not places:
        places = [p for p in _gazetteer().lookup(name, kind="Province") if p.centrally_run]
    return places


_COMMUNE_WORDS = {"xã", "phường", "thị trấn"}


def resolve_area(mention: AreaMention, context: Context, level: str | None = None) -> AreaRef | None:
    """The administrative unit a name denotes, preferring the article's province."""
    kind = mention.kind or _LEVEL_KIND.get(level or "", None)
    if kind == "Country":
        return AreaRef(mention.name, "Country", iso="VN" if mention.name == "Việt Nam" else None)
    type_word = _TYPE_WORDS.get((mention.type_word or "").casefold(), (mention.type_word or "").casefold())
    if mention.name.isdigit() and (kind == "Village" or type_word in {"huyện", "tỉnh", "xã", "thị xã", "thị trấn",
                                                                     "thành phố"}):
        return None  # "Quận 3", "Phường 5" are units; "tổ dân phố 5", "Lạch Huyện 2" are none
    mention = AreaMention(mention.kind, mention.name, type_word or None, mention.hint)
    if kind == "City" and type_word == "thành phố":
        central = [p for p in _gazetteer().lookup(mention.name, kind="Province") if p.centrally_run]
        if central:
            return _province_ref(central[0].name, context.era)
    if kind == "Province" or (kind is None and _gazetteer().province(mention.name)):
        province = _province_ref(mention.name, context.era)
        if kind == "Province" or province.iso:
            return province
    if kind == "City" and level == "city":  # "Thành ủy Hải Phòng": a centrally-run city
        place = _gazetteer().province(mention.name)
        if place and place.centrally_run:
            return _province_ref(place.name, context.era)
    places = _candidates(mention.name, kind, context.era)
    if mention.hint:
        hinted = [p for p in places if p.parent == mention.hint]
        places = hinted or places
    if context.province:
        local = [p for p in places if p.province == context.province.name]
        places = local or places
    if places:
        rank = {"Province": 0, "City": 1, "Town": 1, "District": 1, "Commune": 2}
        places = sorted(places, key=lambda p: (p.kind != kind, p.era != context.era and p.era != "both",
                                               rank.get(p.kind, 3), p.name))
        ref = _place_ref(places[0], context.era)
        if ref.kind == "Commune" and {ref.type_word, type_word} <= _COMMUNE_WORDS and ref.type_word != type_word:
            ref = replace(ref, type_word=type_word)  # "xã Phong Hiền" in 2020, a ward since: as the text has it
        return ref
    if kind is None:
        return None
    parent = None
    if kind == "Commune" and mention.hint:
        hinted = _candidates(mention.hint, None, context.era)
        if context.province:
            hinted = [p for p in hinted if p.province == context.province.name] or hinted
        parent = _place_ref(hinted[0], context.era) if hinted else None
    elif kind in {"City", "Town", "District"}:
        parent = context.province
    return AreaRef(mention.name, kind, parent=parent, type_word=mention.type_word or _DEFAULT_TYPE_WORD[kind])


def article_province(mentions: ArticleMentions, era: str) -> AreaRef | None:
    """The province the article is about: the one its areas point to most often."""
    votes: Counter = Counter()
    first_seen: dict[str, int] = {}
    gazetteer = _gazetteer()
    voted: set[tuple[int, str]] = set()  # one vote per sentence and province: a sentence that names a
    # body of a body ("Ban Thường vụ Tỉnh ủy X") says no more about X than one that names X once; the
    # mentions themselves break a tie
    mentioned: Counter = Counter()
    for order, (sentence, area) in enumerate(mentions.areas):
        names: set[str] = set()
        if area.kind in {"Province", None} and gazetteer.province(area.name):
            province = gazetteer.province(area.name)
            names = {province.name} if province.iso else set()  # (not a province of the 1980s and 90s)
        elif area.kind != "Country":
            places = _candidates(area.name, area.kind, era)
            provinces = {p.province for p in places if p.province}
            if len(provinces) == 1:
                names = provinces
        for name in names:
            if era == "post2025":
                name = MERGED_2025.get(name, name)  # "Thành ủy Phúc Yên (cũ)" in 2025 is in Phú Thọ
            if (sentence, name) not in voted:
                voted.add((sentence, name))
                votes[name] += 1
            mentioned[name] += 1
            first_seen.setdefault(name, order)
    site = _site_province(mentions.article.site, era)
    if site is not None:  # a provincial paper's own province (baohatinh.vn → Hà Tĩnh)
        votes[site] += 1.5
        first_seen.setdefault(site, len(mentions.areas))
    if not votes:
        return None
    best = max(votes, key=lambda name: (votes[name], mentioned[name], -first_seen[name]))
    return _province_ref(best, era)


def _site_province(site: str | None, era: str) -> str | None:
    if not site:
        return None
    labels = [part for part in site.split(".") if part not in {"www", "vn", "com", "net", "org", "gov", "edu"}]
    if not labels:
        return None
    label = labels[-1] if len(labels) > 1 and labels[0] in {"baomoi", "m"} else labels[0]
    for prefix in ("bao", "tapchi", "dangbo", "tinhuy", "thanhuy", "cong", "portal"):
        if label.startswith(prefix) and len(label) > len(prefix) + 3:
            label = label[len(prefix):]
            break
    from graph.to_rdf import slug

    for place in _gazetteer().provinces(era):
        if slug(place.name).replace("-", "") == label:
            return place.name
    return None


# ---------------------------------------------------------------- bodies

def _committee_word(area: AreaRef, head: str) -> str:
    if area.kind == "Province":
        return "Thành ủy" if area.centrally_run else "Tỉnh ủy"
    if area.kind == "City":
        return "Thành ủy"
    if area.kind == "Town":
        return "Thị ủy"
    if area.kind == "District":
        return "Quận ủy" if (area.type_word == "quận" or head == "Quận ủy") else "Huyện ủy"
    return "Đảng ủy " + (area.type_word or "xã")


def _type_word(area: AreaRef) -> str:
    if area.kind == "Province":
        return "thành phố" if area.centrally_run else "tỉnh"
    return area.type_word or _DEFAULT_TYPE_WORD.get(area.kind, "")


def _english_place(area: AreaRef) -> str:
    return f"{area.name} {_LEVEL_EN.get(area.kind, '')}".strip()


def _in_body(area: AreaRef) -> str:
    """How an area is named inside a body's name."""
    return load_lexicon().body_area_names.get(area.name, area.name)


def _area_phrase(area: AreaRef) -> str:
    """"tỉnh Hà Tĩnh", "thành phố Hà Tĩnh", but "Thành phố Hồ Chí Minh" (not twice)."""
    name = _in_body(area)
    word = _type_word(area)
    return name if name.casefold().startswith(word.casefold()) else f"{word} {name}"


def committee_of(area: AreaRef, head: str = "") -> BodyRef:
    """The party committee ("X ủy") of an area, with its parent committee."""
    name = f"{_committee_word(area, head)} {_in_body(area)}"
    parent = None
    if area.kind != "Province" and area.parent is not None and area.parent.kind != "Country":
        parent = committee_of(area.parent)
    english = f"{_english_place(area)} Party Committee"
    return BodyRef(name, "PartyCommittee", english, parent=parent, area=area)


def party_organization_of(area: AreaRef) -> BodyRef:
    """The "Đảng bộ" of an area (the party organization, parent of its executive committee)."""
    parent = party_organization_of(area.parent) if area.kind != "Province" and area.parent is not None \
        and area.parent.kind != "Country" else None
    return BodyRef(f"Đảng bộ {_area_phrase(area)}", "PartyCommittee",
                   f"{_english_place(area)} Party Organization", parent=parent, area=area)


def _spec_area(spec: BodySpec, sentence: int, context: Context, position: int = -1) -> AreaRef | None:
    level = spec.level
    if level == "central":
        return VIETNAM
    if level == "article" and spec.kind == "PeoplesCouncil" and context.council_area is not None:
        return context.council_area  # (a bare "Ban Pháp chế" is in the council the article reports on)
    if level == "article":
        return context.main_area or context.province
    kind = _LEVEL_KIND.get(level or "")
    if spec.area_name:
        return resolve_area(AreaMention(kind, spec.area_name, spec.level_word, spec.area_hint), context, level)
    if kind == "Province" or (kind is None and spec.head in {"Hội đồng nhân dân", "Ủy ban nhân dân"}
                              and spec.level_word is None):
        return context.province
    if kind == "City" and context.province and context.province.centrally_run:
        return context.province  # "Thành ủy", "HĐND thành phố" in Cần Thơ, Hải Phòng, ...
    if kind:
        return context.nearest(kind, sentence, spec.level_word, position)
    return None


_NUMBERED = re.compile(r" số \d+(?= của )")
_BORDER_GUARD, _BORDER_COMMAND = "Bộ đội Biên phòng ", "Bộ Chỉ huy Bộ đội Biên phòng "


def resolve_body(spec: BodySpec | None, sentence: int, context: Context, position: int = -1) -> BodyRef | None:
    """A BodySpec with its canonical name, class, parent and area, or None when the
    text does not pin it down."""
    return _canonical(_resolve_body(spec, sentence, context, position), context)


def _canonical(body: BodyRef | None, context: Context) -> BodyRef | None:
    """The one body the article means by what it names in other words: the border guard's command,
    the numbered delegation."""
    body = _as_command(body, context)
    if body is None or not context.numbered or not body.name.startswith("Đoàn "):
        return body
    # ("Đoàn kiểm tra của Bộ Chính trị" is the "Đoàn kiểm tra số 7 của Bộ Chính trị, Ban Bí thư")
    found = {numbered for name, numbered in context.numbered.items()
             if name == body.name or name.startswith(body.name + ", ")}
    return next(iter(found)) if len(found) == 1 else body


def _as_command(body: BodyRef | None, context: Context) -> BodyRef | None:
    """"BĐBP tỉnh" in an article that names the "Bộ Chỉ huy BĐBP tỉnh": the command, the one
    body a province's border guard is."""
    if body is None or not body.name.startswith(_BORDER_GUARD) or body.area not in context.commands:
        return body
    return replace(body, name="Bộ Chỉ huy " + body.name, english=body.english.replace("Border Guard", "Border Guard Command", 1))


def _of_a_corporation(body: BodyRef) -> bool:
    """"Đảng ủy Tập đoàn X", "Đảng bộ Ngân hàng Y": a corporation's party organization."""
    return body.name.startswith(("Đảng ủy ", "Đảng bộ ")) \
        and body.name.split(" ", 2)[2].startswith(tuple(head + " " for head in CORPORATIONS))


def _resolve_body(spec: BodySpec | None, sentence: int, context: Context, position: int = -1) -> BodyRef | None:
    if spec is None:
        return None
    position = spec.position if spec.position >= 0 else position  # (a body's committee is where the body is)
    if spec.kind == "PartyDelegation" and spec.of is None and spec.level is None:
        # "… tham gia Ban cán sự đảng UBND tỉnh và giữ chức Bí thư Ban cán sự đảng": the one named before
        return _resolve_body(replace(spec, level=NAMED_BEFORE), sentence, context, position)
    if spec.level == NAMED_BEFORE and spec.of is None and spec.head in REGION_HEADS:
        # "Tư lệnh Quân khu", "Đảng ủy Quân khu" after "Bộ Tư lệnh Quân khu 9": that region's
        regions = {match.group(1) for _, body in context.named_bodies if (match := _REGION.search(body.name))}
        if len(regions) == 1:
            return BodyRef(f"{spec.head} {regions.pop()}", spec.kind, spec.english)
        return None
    if spec.level == NAMED_BEFORE and spec.of is None and spec.head in {"Bộ"} | CORPORATIONS:
        # "Thứ trưởng X", "Phó Giám đốc Công ty": the one ministry or company the article names
        owners = [body.parent for _, body in context.named_bodies if body.parent is not None]  # (a company's Đoàn)
        named = {body.name: body for body in [body for _, body in context.named_bodies] + owners
                 if body.name.startswith(spec.head + " ") and body.kind == spec.kind}
        if not named and spec.head in CORPORATIONS:  # "Đảng bộ Tập đoàn X tổ chức đại hội": the group is X
            named = {name: BodyRef(name, spec.kind, spec.english) for _, body in context.named_bodies
                     if body.kind == "PartyCommittee" and _of_a_corporation(body)
                     and (name := body.name.split(" ", 2)[2]).startswith(spec.head + " ")}
        return next(iter(named.values())) if len(named) == 1 else None
    if spec.level == NAMED_BEFORE and spec.of is None:  # the last one named before (or the only one)
        heads = {spec.head, _OTHER_BLOC_FORM.get(spec.head, spec.head)}
        if spec.level_word:  # "Chi bộ buôn": a village's, of the written kind
            heads = {f"{head} {spec.level_word.casefold()} " for head in heads}
        alike = [(named, _as_head(body, spec.head)) for named, body in context.named_bodies
                 if any(body.name.startswith(head) for head in heads)]
        if not alike and spec.level_word and (village := context.nearest(
                "Village", sentence, spec.level_word.casefold(), position)) is not None:
            return BodyRef(f"{spec.head} {spec.level_word.casefold()} {village.name}", spec.kind,
                           f"{spec.english} of {village.name}")
        before = [(named, body) for named, body in alike if named <= sentence]
        if before:  # (two named in that one sentence: either)
            latest = {body.name: body for named, body in before if named == before[-1][0]}
            return next(iter(latest.values())) if len(latest) == 1 else None
        return alike[0][1] if len({body.name for _, body in alike}) == 1 else None
    if spec.level == "central" and spec.of is None and spec.head not in load_lexicon().departments:
        if spec.kind == "CentralCommittee" and spec.name in {None, CENTRAL_COMMITTEE.name}:
            return CENTRAL_COMMITTEE
        if spec.kind == "CentralCommittee":  # a neighbouring country's ruling party's
            return BodyRef(spec.name, spec.kind, spec.english)
        parent = CENTRAL_COMMITTEE if spec.kind in {"Politburo", "Secretariat", "PartyAgency"} else None
        return BodyRef(spec.name or spec.head, spec.kind, spec.english, parent=parent, area=VIETNAM)
    if spec.of is not None:
        inner = _resolve_body(spec.of, sentence, context, position)  # ("Đảng ủy BĐBP tỉnh" keeps its name)
        if inner is None:
            return None
        return _composed(spec, inner)
    if spec.name and spec.kind in {"EmulationCluster", "PartyAgency", "Government", "OtherOrganization",
                                   "PartyCommittee"}:
        area = _spec_area(spec, sentence, context, position) if spec.level_word else None
        if area is None and spec.level != "central" and (spec.head in {"Sở", "Chi cục"} or (
                spec.kind == "PartyCommittee" and spec.name.removeprefix(spec.head + " ").startswith("Sở "))):
            area = context.province  # a "Sở" (and a "Chi cục" named alone) is a province's department, and so
            # are its party committee and cell
        if area is None and _bare_division(spec) and context.main_area is not None \
                and context.main_area.kind in {"District", "City", "Town", "Commune"}:
            area = context.main_area  # "Phòng Kinh tế, Hạ tầng và Đô thị" of the ward the article is about
        name = spec.name if area is None else f"{spec.name} {_area_phrase(area)}"
        parent = committee_of(area) if area is not None and (spec.kind == "PartyCommittee" or (
            spec.kind == "OtherOrganization" and spec.head == "Ban Chỉ đạo")) else None
        if parent is not None and spec.head.startswith("Đảng bộ "):  # a party organization within the area's
            parent = party_organization_of(area)
        return BodyRef(name, spec.kind, f"{spec.english} {spec.name}", parent=parent, area=area)
    area = _spec_area(spec, sentence, context, position)
    if area is None:
        return None
    if spec.level == "article" and spec.head == "Đảng ủy" and area.kind != "Commune":
        return None  # a bare "Đảng ủy" is a commune's; above, it would be another committee's
    if spec.kind == "PartyCommittee":
        if spec.head == "Đảng bộ":
            return party_organization_of(area)
        return committee_of(area, spec.head)
    if spec.kind in {"PeoplesCouncil", "PeoplesCommittee", "FatherlandFront", "OtherOrganization",
                     "Government"}:
        english = f"{_english_place(area)} {spec.english}"
        if spec.head in {"Tỉnh đoàn", "Thành đoàn", "Huyện đoàn", "Quận đoàn", "Thị đoàn"}:  # like a party committee: "Tỉnh đoàn Lâm Đồng"
            return BodyRef(f"{spec.head} {_in_body(area)}", spec.kind, english, area=area)
        return BodyRef(f"{spec.head} {_area_phrase(area)}", spec.kind, english, area=area)
    return None


def _composed(spec: BodySpec, inner: BodyRef) -> BodyRef:
    """A body named by its head and the body it belongs to."""
    area = inner.area
    if spec.kind == "PartyCommittee" and inner.kind in {"Government", "OtherOrganization"}:
        # "Đảng bộ Sở" of the Sở named before, "Chi bộ Trường Chính trị X"
        return BodyRef(f"{spec.head} {inner.name}", spec.kind, f"{spec.english} of the {inner.english}",
                       parent=committee_of(area) if area is not None else None, area=area)
    own = _own_party_unit(inner)
    if spec.kind == "ExecutiveCommittee":
        if inner.kind == "CentralCommittee":
            return CENTRAL_COMMITTEE
        if own is not None:  # "Ban Chấp hành Đảng bộ Công an tỉnh X", "BCH Đảng bộ Sở"
            organization = own[0]
            return BodyRef(f"Ban Chấp hành {organization.name}", "ExecutiveCommittee",
                           f"Executive Committee of the {organization.english}", parent=organization, area=area)
        if inner.kind == "OtherOrganization":  # "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh X"
            return BodyRef(f"Ban Chấp hành {inner.name}", "ExecutiveCommittee",
                           f"Executive Committee of the {inner.english}", parent=inner, area=area)
        organization = party_organization_of(area) if area else inner
        return BodyRef(f"Ban Chấp hành {organization.name}", "ExecutiveCommittee",
                       f"Executive Committee of the {organization.english}", parent=organization, area=area)
    committee = inner
    if own is not None:
        committee = own[1]
    elif inner.name.startswith("Đảng bộ") and area is not None:
        committee = committee_of(area)
    if inner.kind == "CentralCommittee":
        name = "Văn phòng Trung ương Đảng" if spec.head == "Văn phòng" else f"{spec.head} Trung ương"
        return BodyRef(name, spec.kind, f"Central {spec.english}", parent=CENTRAL_COMMITTEE, area=VIETNAM)
    if spec.kind == "PartyDelegation":  # (a ministry's answers to the Central Committee)
        parent = (CENTRAL_COMMITTEE if area.kind == "Country" else committee_of(area)) if area is not None else None
        return BodyRef(f"{spec.head} {inner.name}", spec.kind, f"{spec.english} of the {inner.english}",
                       parent=parent, area=area)
    if spec.name == JOINT_OFFICE and inner.kind == "PeoplesCommittee":
        return BodyRef(f"{spec.name} {inner.name}", spec.kind, f"{spec.english} {inner.english}",
                       parent=inner, area=area)
    if spec.head in BOARDS_OF_A_DEPARTMENT and inner.name.startswith("Sở ") and area is not None:
        # "Ban Tôn giáo (Sở Nội vụ)": named, as in the province's own usage, after the province
        return BodyRef(f"{spec.head} {_area_phrase(area)}", spec.kind, f"{_english_place(area)} {spec.english}",
                       parent=inner, area=area)
    if (spec.head in DELEGATIONS or spec.head in TASK_BOARDS) and spec.name:
        # "Đoàn giám sát số 3 của Ban Thường vụ Tỉnh ủy X", "Ban Chỉ đạo Chương trình 02-CTr/TU của Thành ủy X"
        return BodyRef(f"{spec.name} của {inner.name}", spec.kind, spec.english, parent=inner, area=area)
    if (spec.kind in {"EmulationCluster", "PartyAgency", "Government"} or spec.head == "Vụ") and spec.name:
        return BodyRef(spec.name, spec.kind, f"{spec.english} {spec.name}", parent=inner, area=inner.area)
    return BodyRef(f"{spec.head} {committee.name}", spec.kind, f"{spec.english} of the {committee.english}",
                   parent=committee, area=area)


def _own_party_unit(inner: BodyRef) -> tuple[BodyRef, BodyRef] | None:
    """(organization, committee) of a party unit named by its own words ("Đảng ủy Công an
    tỉnh X", "Đảng bộ Sở Tư pháp tỉnh X"), not by its territory alone."""
    if inner.kind != "PartyCommittee" or inner.area is None or not inner.name.startswith(("Đảng bộ ", "Đảng ủy ")):
        return None
    if inner.name in {committee_of(inner.area).name, party_organization_of(inner.area).name}:
        return None
    rest = inner.name.split(" ", 2)[2]
    english = inner.english.split(" of the ", 1)[-1]
    organization = BodyRef(f"Đảng bộ {rest}", "PartyCommittee", f"Party Organization of the {english}",
                           parent=inner.parent, area=inner.area)
    committee = BodyRef(f"Đảng ủy {rest}", "PartyCommittee", f"Party Committee of the {english}",
                        parent=inner.parent, area=inner.area)
    return (inner if inner.name.startswith("Đảng bộ") else organization,
            inner if inner.name.startswith("Đảng ủy") else committee)


# ---------------------------------------------------------------- article

def resolve_article(mentions: ArticleMentions) -> Extraction:
    """Everything one article says, resolved against its own context."""
    era = era_of(mentions.published or (PartialDate(mentions.year) if mentions.year else None))
    province = article_province(mentions, era)
    context = Context(era, province)
    extraction = Extraction(mentions.article, mentions.published, province)
    typed = {area.name for _, area in mentions.areas if area.type_word}  # ("xã A (huyện B)": B said as a district)
    for sentence, area in mentions.areas:
        ref = resolve_area(area, context)
        if ref is not None:
            context.named.append((sentence, ref))
            context.positions.append(area.position)
            context.written_types.append(area.type_word)
            _add_area(extraction, ref, sentence)
            if area.hint and ref.parent is not None and ref.parent.name == area.hint and area.hint not in typed:
                _add_area(extraction, ref.parent, sentence)  # "xã X (Đức Thọ)" names Đức Thọ too
    deferred = {"article", NAMED_BEFORE}
    resolved = [(sentence, spec, resolve_body(spec, sentence, context)
                 if not _deferred(spec, deferred) and not _division_within(spec) else None)
                for sentence, spec in mentions.bodies]
    context.main_area = _main_area([body for _, _, body in resolved if body is not None], province)
    context.commands = {body.area for _, _, body in resolved if body is not None and body.name.startswith(_BORDER_COMMAND)}
    numbered: dict = {}
    for _, _, body in resolved:  # (one numbered delegation of a body: its unnumbered mentions are it)
        if body is not None and body.name.startswith("Đoàn ") and (found := _NUMBERED.search(body.name)):
            numbered.setdefault(body.name[:found.start()] + body.name[found.end():], set()).add(body)
    context.numbered = {name: next(iter(bodies)) for name, bodies in numbered.items() if len(bodies) == 1}
    # (the unnumbered name of each: "Đoàn giám sát của X" for "Đoàn giám sát số 3 của X")
    resolved = [(sentence, spec, _canonical(body, context)) for sentence, spec, body in resolved]
    resolved = [(sentence, spec, resolve_body(spec, sentence, context)
                 if body is None and _division_within(spec) and not _deferred(spec, deferred) else body)
                for sentence, spec, body in resolved]  # (a division named bare: of the main area)
    councils = Counter(body.area for _, _, body in resolved if body is not None and body.kind == "PeoplesCouncil")
    context.council_area = max(councils, key=councils.get) if councils else None  # (ties: the first named)
    context.named_bodies = [(sentence, body) for sentence, spec, body in resolved
                            if body is not None and (spec.head in {*TASK_BOARDS, "Sở", "Trường", "Trung tâm", *BLOC_ENGLISH,
                                                                   *REGION_HEADS, "Ban Công tác Mặt trận", "Bộ",
                                                                   "Công ty", "Đồn Biên phòng"}
                                                     and spec.of is None or spec.head in {"Chi bộ", *DELEGATIONS}
                                                     or association(spec) is not None
                                                     and spec.head.startswith("Hội ")  # (a bare "Hội")
                                                     or spec.head.startswith("Hiệp hội ") and spec.of is None
                                                     or spec.head in CORPORATIONS and spec.of is None
                                                     or body.kind == "PartyCommittee" and _of_a_corporation(body)
                                                     or body.kind == "FatherlandFront" and spec.of is None
                                                     or spec.head in TASK_COUNCILS
                                                     or spec.kind == "PartyDelegation" and spec.of is not None
                                                     or spec.head in TASK_BOARDS and spec.name is not None
                                                     or spec.head.startswith(("Ban Trị sự ", "Ban Đại diện ")))]
    context.named_bodies += [(sentence, body.parent) for sentence, spec, body in resolved  # ("Trưởng phòng X, Sở Y")
                             if body is not None and spec.of is not None and spec.of.head == "Sở"
                             and body.parent is not None and body.parent.name.startswith("Sở ")]
    context.named_bodies += [(sentence, body.parent) for sentence, spec, body in resolved  # ("Đoàn kiểm tra của Ban
                             if body is not None and spec.head in DELEGATIONS and spec.of is not None  # Chỉ đạo …")
                             and spec.of.head in TASK_BOARDS and body.parent is not None]
    context.named_bodies.sort(key=lambda named: named[0])
    for sentence, spec, body in resolved:
        if _deferred(spec, deferred):
            body = resolve_body(spec, sentence, context)
        if body is not None:
            _add_body(extraction, body, spec.surface, sentence)
            if spec.head in DELEGATIONS and spec.of is not None and spec.of.head in TASK_BOARDS \
                    and body.parent is not None:  # "Đoàn kiểm tra của Ban Chỉ đạo Chương trình …": the board too
                _add_body(extraction, body.parent, spec.of.surface, sentence)
    _resolve_persons(mentions, context, extraction)
    _resolve_documents(mentions, context, extraction)
    _resolve_events(mentions, context, extraction)
    return extraction


# a bloc's committee and its party organization: one named, the other written bare
_REGION = re.compile(r"\bQuân khu (\d+)\b")
_OTHER_BLOC_FORM = {"Đảng ủy Khối": "Đảng bộ Khối", "Đảng bộ Khối": "Đảng ủy Khối",
                    "Đảng ủy Cơ quan": "Đảng bộ Cơ quan", "Đảng bộ Cơ quan": "Đảng ủy Cơ quan"}


def _as_head(body: BodyRef, head: str) -> BodyRef:
    """"Đảng bộ Khối" after "Đảng ủy Khối các cơ quan tỉnh X": Đảng bộ Khối các cơ quan tỉnh X."""
    other = _OTHER_BLOC_FORM.get(head)
    if other is None or not body.name.startswith(other):
        return body
    return replace(body, name=head + body.name[len(other):],
                   english=BLOC_ENGLISH[head] + body.english[len(BLOC_ENGLISH[other]):])


def _bare_division(spec: BodySpec) -> bool:
    """A standard division of a district or commune named with no level: "Phòng Nội vụ"."""
    return spec.head == "Phòng" and spec.level is None and spec.of is None and spec.name is not None \
        and spec.name.removeprefix("Phòng ") in DIVISION_NAMES


def _deferred(spec: BodySpec, levels: set[str]) -> bool:
    """Resolved once every other body is: it is read from what the article names."""
    while spec is not None:
        if spec.level in levels:
            return True
        spec = spec.of
    return False


def _division_within(spec: BodySpec | None) -> bool:
    """A division named bare is the one of the area the article is about, and so is its
    cell: resolved once that area is known."""
    while spec is not None:
        if _bare_division(spec):
            return True
        spec = spec.of
    return False


_PARTY_KINDS = {"PartyCommittee", "ExecutiveCommittee", "StandingCommittee", "PartyAgency"}


def _main_area(bodies: list[BodyRef], province: AreaRef | None) -> AreaRef | None:
    counts: Counter = Counter(b.area for b in bodies if b.kind in _PARTY_KINDS and b.area is not None
                              and b.area.kind != "Country")
    if not counts:
        return province
    return max(counts, key=lambda area: (counts[area], area == province))


def _add_area(extraction: Extraction, area: AreaRef, sentence: int) -> None:
    entry = extraction.areas.setdefault(area.key, (area, []))
    entry[1].append(sentence)


def _add_body(extraction: Extraction, body: BodyRef, surface: str, sentence: int) -> None:
    if body.name not in extraction.bodies:
        extraction.bodies[body.name] = (body, set(), [])
    _, labels, sentences = extraction.bodies[body.name]
    if surface and surface != body.name:
        labels.add(surface)
    sentences.append(sentence)


def _named_province(spec: BodySpec | None, context: Context) -> AreaRef | None:
    while spec is not None:
        if spec.area_name and (spec.level == "Province" or spec.level_word == "tỉnh") \
                and _gazetteer().province(spec.area_name) is not None:
            return _province_ref(_gazetteer().province(spec.area_name).name, context.era)
        spec = spec.of
    return None


def _person_provinces(mentions: ArticleMentions, context: Context) -> dict[str, AreaRef]:
    """The province a person's titles name, where the article names several: "ông X, Tỉnh
    ủy viên, Giám đốc Sở Tài chính tỉnh Bình Phước" in a story about two provinces holds
    his bare "Tỉnh ủy viên" and "Phó Chủ tịch UBND tỉnh" in Bình Phước too."""
    found: dict[str, set[AreaRef]] = {}
    for _, mention in mentions.persons:
        for _, spec in mention.roles:
            province = _named_province(spec, context)
            if province is not None:
                found.setdefault(mention.name, set()).add(province)
    return {name: next(iter(provinces)) for name, provinces in found.items()
            if len(provinces) == 1 and next(iter(provinces)) != context.province}


def _resolve_persons(mentions: ArticleMentions, context: Context, extraction: Extraction) -> None:
    people: dict[str, Person] = {}
    provinces = _person_provinces(mentions, context)
    heads: list[tuple[int, str, str, BodyRef]] = []  # (sentence, person, title, body) of the posts read so far
    for sentence, mention in mentions.persons:
        person = people.setdefault(mention.name, Person(mention.name))
        person.sentences.append(sentence)
        own = replace(context, province=provinces[mention.name]) if mention.name in provinces else context
        for title, spec in mention.roles:
            body = resolve_body(spec, sentence, own) if spec is not None else _deputy_of(title.role, heads, sentence,
                                                                                         mention.name)
            if body is None:
                continue
            heads.append((sentence, mention.name, title.role, body))
            _add_body(extraction, body, spec.surface if spec is not None else "", sentence)
            _add_role(person, Role(title.role, title.english, body, sentence))
    for name in mentions.bylines:
        people.setdefault(name, Person(name)).sentences.append(len(mentions.article.sentences) - 1)
    for sentence, chain in mentions.pending:
        roles = [(title, resolve_body(spec, sentence, context)) for title, spec in chain]
        roles = [(t, b) for t, b in roles if b is not None]
        if len(roles) < 2:
            continue
        holders = {p.name for p in people.values() for r in p.roles for t, b in roles
                   if r.title == t.role and r.body == b and not t.role.startswith(_UNIQUE_HOLDER_PREFIXES)}
        if len(holders) == 1:
            person = people[holders.pop()]
            for title, body in roles:
                if _add_role(person, Role(title.role, title.english, body, sentence)):
                    _add_body(extraction, body, "", sentence)
    _merge_short_names(people)
    extraction.persons = list(people.values())


_HEAD_TITLES = {"Chủ nhiệm", "Chủ tịch", "Trưởng ban", "Giám đốc", "Tổng Giám đốc", "Chánh án", "Viện trưởng",
                "Cục trưởng", "Vụ trưởng", "Tổng cục trưởng", "Hiệu trưởng", "Chánh Văn phòng", "Chánh Thanh tra",
                "Trưởng phòng"}


def _deputy_of(role: str, heads: list[tuple[int, str, str, BodyRef]], sentence: int, name: str) -> BodyRef | None:
    """'… Chủ nhiệm Ủy ban Kiểm tra Trung ương. Ông B, Phó Chủ nhiệm Thường trực, điều hành …':
    a deputy's post written bare is in the body of the head named just before (that sentence
    or the one before it)."""
    head = role.removeprefix("Phó ").removesuffix(" Thường trực")
    if not role.startswith("Phó ") or head not in _HEAD_TITLES:
        return None
    return next((body for said, holder, title, body in reversed(heads)
                 if title == head and holder != name and sentence - 1 <= said <= sentence), None)


def _merge_short_names(people: dict[str, Person]) -> None:
    """'Ông Thạch Phước Lợi, Trưởng Ban Dân tộc tỉnh … Trưởng Ban Dân tộc tỉnh Thạch Lợi
    trao quà': a family and a given name are the one person named in full with them."""
    for short in [name for name in people if len(name.split()) == 2]:
        family, given = short.split()
        full = [name for name in people if len(name.split()) > 2 and name.split()[0] == family
                and name.split()[-1] == given] \
            or [name for name in people if len(name.split()) > 3 and name.split()[-2:] == [family, given]]
        # (and "bà Chanh Đa" after "bà Thạch Thị Chanh Đa": a two-word given name alone)
        if len(full) != 1:
            continue
        person, into = people.pop(short), people[full[0]]
        into.sentences = sorted(into.sentences + person.sentences)
        for role in person.roles:
            _add_role(into, role)


def _add_role(person: Person, role: Role) -> bool:
    """Add a post the person does not hold yet; whether it was new."""
    if any(r.title == role.title and r.body == role.body for r in person.roles):
        return False
    person.roles.append(role)
    return True


def _suffix_issuer(number: str | None, context: Context) -> BodyRef | None:
    """The issuer a number's suffix names when the text does not ("/TW", "NĐ-CP")."""
    if not number:
        return None
    suffixes = load_lexicon().issuer_suffixes
    tail = number.split("/")[-1]
    key = suffixes.get(tail) or suffixes.get(tail.split("-")[-1]) or suffixes.get(tail.rstrip("0123456789"))
    if key == "central_committee":
        return CENTRAL_COMMITTEE
    if key == "government":
        return BodyRef("Chính phủ", "Government", "Government", area=VIETNAM)
    if key == "government_office":
        return BodyRef("Văn phòng Chính phủ", "Government", "Office of the Government", area=VIETNAM)
    if key == "national_assembly":
        return BodyRef("Quốc hội", "OtherOrganization", "National Assembly", area=VIETNAM)
    if key == "state":  # "Quyết định số 1085/QĐ-CTN": of the State President, for the State
        return BodyRef("Nhà nước Cộng hòa xã hội chủ nghĩa Việt Nam", "Government",
                       "State of the Socialist Republic of Vietnam", area=VIETNAM)
    if key == "politburo":
        return BodyRef("Bộ Chính trị", "Politburo", "Politburo", parent=CENTRAL_COMMITTEE, area=VIETNAM)
    if key == "province_committee" and context.province is not None:
        return committee_of(context.province)
    if key in _STATE_SUFFIXES and (area := context.province) is not None:
        # "Tỉnh đã ban hành Quyết định số 248/QĐ-UBND": the province's people's committee; a district's or
        # commune's number says so no more than the province's does, and they are cited less
        head, kind, english = _STATE_SUFFIXES[key]
        return BodyRef(f"{head} {_area_phrase(area)}", kind, f"{_english_place(area)} {english}", area=area)
    return None


_STATE_SUFFIXES = {"peoples_committee": ("Ủy ban nhân dân", "PeoplesCommittee", "People's Committee")}
# (not "-HĐND": a council's plans and notices are its standing office's as often as its own)


def _resolve_documents(mentions: ArticleMentions, context: Context, extraction: Extraction) -> None:
    documents: list[Document] = []
    by_number: dict[str, Document] = {}
    ordered = sorted(mentions.documents, key=lambda item: item[1].short)  # full citations first
    for sentence, mention in ordered:
        issuer = resolve_body(mention.issuer, sentence, context)
        if mention.short:
            target = next((d for d in documents if d.number and not d.short and d.kind == mention.kind
                           and d.number.split("-")[0].split("/")[0].lstrip("0") == mention.number.lstrip("0")),
                          None)
            if target is not None:
                continue
        key = mention.number or mention.title or ""
        year = mention.date.year if mention.date else mention.code_year
        existing = by_number.get(key)
        if existing is not None and year is not None and existing.date is not None and existing.date.year != year:
            existing = None  # numbers restart each term: another year is another document
            key = f"{key}@{year}"
        if existing is not None:
            existing.date = existing.date or mention.date
            if issuer is not None and (existing.issuer is None or existing.issuer_inferred):
                existing.issuer, existing.issuer_inferred = issuer, False
            existing.title = existing.title or mention.title
            continue
        inferred = issuer is None
        if issuer is None:
            issuer = _suffix_issuer(mention.number, context)
        kind = mention.kind
        if mention.number and not mention.short:
            kind = mention.kind if mention.kind != "Decision" else (kind_from_code(mention.number) or kind)
        date = mention.date or (PartialDate(mention.code_year) if mention.code_year else None)
        document = Document(kind, mention.number, date, issuer, mention.title, mention.term, sentence,
                            mention.short, issuer_inferred=inferred)
        documents.append(document)
        by_number[key] = document
    extraction.documents = documents


def _resolve_events(mentions: ArticleMentions, context: Context, extraction: Extraction) -> None:
    events: list[Event] = []
    persons = extraction.persons
    for mention in mentions.events:
        organizer = resolve_body(mention.organizer, mention.sentence, context)
        if organizer is None:
            continue
        date = mention.date
        if mention.past:
            events.append(Event(mention.kind, date, organizer, mention.label, mention.sentence))
            continue
        if date is not None and not mention.date_written and mentions.published and \
                mentions.published.month is not None and mentions.published.year != date.year:
            date = PartialDate(mentions.published.year, date.month, date.day)
        event = Event(mention.kind, date, organizer, mention.label, mention.sentence)
        texts = [s.text for s in mentions.article.sentences]
        for person in persons:
            if not person.roles:
                continue
            if any("chủ trì" in texts[s].casefold() for s in person.sentences):  # "Chủ trì hội nghị có …"
                event.chairs.append(person.name)
            event.attendees.append(person.name)
        event.documents = [i for i, d in enumerate(extraction.documents) if d.number]
        events.append(event)
    possessive = {m.name for _, m in mentions.persons if m.possessive}
    possessive -= {m.name for _, m in mentions.persons if not m.possessive}
    for event in events:
        event.attendees = [a for a in event.attendees if a not in possessive]
        event.chairs = [c for c in event.chairs if c not in possessive]
    extraction.events = events


def link_documents_across_articles(quads: list, base: str) -> list:
    """A document cited without date or term in one article ("Chỉ thị số 05-CT/TW") is
    the dated one cited elsewhere with the same issuer and number, when only one such
    document exists; party numbers restart each term, so more than one stays apart."""
    from pyoxigraph import NamedNode, Quad

    prefix = base.rstrip("/") + "/document/"
    dated: dict[tuple[str, str], set[str]] = {}
    undated: set[str] = set()
    for quad in quads:
        for node in (quad.subject, quad.object):
            value = getattr(node, "value", "")
            if isinstance(node, NamedNode) and value.startswith(prefix):
                parts = value[len(prefix):].split("/")
                if len(parts) == 3:
                    if parts[1] == "undated":
                        undated.add(value)
                    else:
                        dated.setdefault((parts[0], parts[2]), set()).add(value)
    renames = {}
    for value in undated:
        issuer, _, number = value[len(prefix):].split("/")
        targets = dated.get((issuer, number), set())
        if len(targets) == 1:
            renames[value] = next(iter(targets))
    if not renames:
        return quads

    def rename(node):
        if isinstance(node, NamedNode) and node.value in renames:
            return NamedNode(renames[node.value])
        return node

    return [Quad(rename(q.subject), q.predicate, rename(q.object), q.graph_name) for q in quads]


def link_documents_in_chunks(chunks: dict, base: str) -> dict:
    """The same linking as link_documents_across_articles, on N-Quads text chunks."""
    import re

    prefix = (base.rstrip("/") + "/document/").encode("utf-8")
    pattern = re.compile(b"<" + re.escape(prefix) + b"([^/>]+)/([^/>]+)/([^/>]+)>")
    dated: dict[tuple[bytes, bytes], set[bytes]] = {}
    undated: dict[bytes, set[str]] = {}  # undated IRI → graphs that use it
    for graph, data in chunks.items():
        for match in pattern.finditer(data):
            issuer, period, number = match.groups()
            if period == b"undated":
                undated.setdefault(match.group(0), set()).add(graph)
            else:
                dated.setdefault((issuer, number), set()).add(match.group(0))
    renames = {}
    for iri in undated:
        issuer, _, number = pattern.fullmatch(iri).groups()
        targets = dated.get((issuer, number), set())
        if len(targets) == 1:
            renames[iri] = next(iter(targets))
    if not renames:
        return chunks
    linked = dict(chunks)
    touched = sorted({graph for iri in renames for graph in undated[iri]})
    for graph in touched:  # only the articles that cite a renamed document
        data = chunks[graph]
        for old, new in renames.items():
            if graph in undated[old]:
                data = data.replace(old, new)
        # a renamed node may now repeat a statement: keep each once
        linked[graph] = b"".join(dict.fromkeys(data.splitlines(keepends=True)))
    return linked

