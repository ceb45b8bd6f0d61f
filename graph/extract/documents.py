"""Documents cited in a sentence: type, number as written, date, issuer, term and title.

"Nghị quyết số 09-NQ/TU ngày 19/8/2009 của BTV Tỉnh ủy về ...", "Chỉ thị 35-CT/TW",
"Nghị định số 34/2019/NĐ-CP", "Nghị quyết 39 của Bộ Chính trị (khóa XI)", "Điều lệ Đảng".
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from graph.extract.bodies import CENTRAL, COMMITTEE_CODES, parse_body
from graph.extract.dates import dates_in, opening_date
from graph.extract.tokens import Token, tokenize
from graph.lexicon import load_lexicon
from graph.types import BodySpec, PartialDate

_CODE = r"[A-ZĐ][A-ZĐa-z]{0,14}\d{0,2}"  # "NQ", "QĐ", "ThU", "QH15", "ĐCTUBTWMTTQVN"
_NUMBER = rf"\d{{1,5}}[a-z]?(?:/(?:19|20)\d{{2}})?(?:[-/]{_CODE}(?:[-.]{_CODE})*)+"
_TERM = re.compile(r"^\s*\(\s*kh[oó]a\s+([IVXLC]+)\s*\)", re.IGNORECASE)
_BARE_TERM = re.compile(r"^\s*kh[oó]a\s+([IVXLC]+)\b")
_PLENUM = re.compile(r"Hội nghị (?:lần thứ [\w]+|Trung ương [\w]+|toàn thể)(?: của)?\s+")
_DATE_AFTER = re.compile(r"^\s*,?\s*(?:ban hành\s+|cùng\s+)?(?:ngày|ngay)\s+")
_ISSUER_AFTER = re.compile(r"^\s*,?\s*(?:cùng ngày\s*,?\s*)?(?:của|do)\s+")
# "của Chủ tịch UBND tỉnh", "của Bộ trưởng, Chủ nhiệm Ủy ban Dân tộc": the head signs for the body
_HEAD_OF_ISSUER = re.compile(r"(?:(?:Chủ tịch|Thủ tướng|Bộ trưởng|Giám đốc|Chủ nhiệm|Viện trưởng|Chánh án|Tổng Thanh tra|"
                             r"Chánh Thanh tra)(?:,\s*|\s+(?=[A-ZĐỦ])))+(?<!,)(?<!, )")
# "tại Quyết định số 1385-QĐNS/TW ngày 27/2/2024, Ban Bí thư chuẩn y ...": the body that
# acts by the document issued it
_ACTS = re.compile(r"^\s*(?:đã\s+|vừa\s+)?(?:chuẩn y|chỉ định|bổ nhiệm|quyết định|phê duyệt|điều động|"
                   r"phân công|đồng ý|cho thôi|kỷ luật|thi hành kỷ luật|công nhận)\b")
_ABOUT = re.compile(r"^\s*,?\s*(?:về(?: việc)?|V/v)\s+")
_CONGRESS_RESOLUTION = re.compile(
    r"Nghị quyết Đại hội (?:đại biểu )?(?:(?P<body>Đảng bộ [^,.;()]*?)|toàn quốc|Đảng toàn quốc)"
    r"(?: lần thứ (?P<ordinal>[IVXLC]+))?(?: của Đảng)?(?=[\s,.;)]|$)")


@dataclass
class DocumentMention:
    kind: str
    number: str | None
    short: bool
    start: int
    end: int
    date: PartialDate | None = None
    issuer: BodySpec | None = None
    term: str | None = None
    title: str | None = None
    code_year: int | None = None
    same_day: bool = False  # "Quyết định số 2218-QĐ/TU cùng ngày": dated like the one before


_MORE_NUMBERS = re.compile(rf"\s*(?:,|và)\s*(?:số\s+)?(?P<number>{_NUMBER})(?![\w/-])")


@lru_cache(maxsize=1)
def _patterns():
    lexicon = load_lexicon()
    words = sorted((d["vi"] for d in lexicon.document_types), key=len, reverse=True)
    alternation = "|".join("[" + w[0].upper() + w[0].lower() + "]" + re.escape(w[1:]) for w in words)
    # (and "Quy chế phối hợp số 01/QCPH-…", "Quy chế làm việc số …": a kind of the type before its number)
    full = re.compile(rf"(?P<type>{alternation})(?:\s+(?:phối hợp|làm việc|liên tịch)(?=\s+số))?\s+(?:số\s+|số:\s*)?"
                      rf"(?P<number>{_NUMBER}|\d{{1,4}}(?![\d/-]))")
    bare = re.compile(rf"(?<![\w/-])số\s+(?P<number>{_NUMBER})")
    types = {d["vi"].casefold(): d["class"] for d in lexicon.document_types}
    return full, bare, types


def kind_from_code(number: str) -> str | None:
    """The document class the number's code names ("09-NQ/TU" → Resolution)."""
    codes = load_lexicon().number_codes
    parts = re.split(r"[-/.]", number)
    for part in parts[1:]:
        if part in codes:
            return codes[part]
        if part.rstrip("0123456789") in codes and part[-1:].isdigit():  # "QH15": a law of the 15th Quốc hội
            return codes[part.rstrip("0123456789")]
    return None


def _token_at(tokens: list[Token], char: int) -> int | None:
    for index, token in enumerate(tokens):
        if token.start >= char:
            return index
    return None


# Where a subject written without quotes ends: a clause break, a purpose, or the next clause's
# subject (", UBKT Tỉnh ủy đã …"; not "HĐND, UBND", a list of bodies, nor ", Tỉnh ủy viên").
_TITLE_END = re.compile(r";|\(|\.(?:\s|$)|\s(?:đảm bảo|bảo đảm|gắn với|nhằm|và các|được)\s|$|"
                        r"(?<!HĐND)(?<!UBND)(?<!BCH)(?<!BTV)(?<!hành)(?<! vụ)(?<!ương),\s(?=(?:UBKT|UBND|HĐND|BTV|BCH|Ban Thường vụ|Ban Chấp hành|"
                        r"Ủy ban|Thường trực|Tỉnh ủy|Thành ủy|Huyện ủy|Đảng ủy|Sở|đồng chí|ông|bà)\s(?!viên))")


def _title_after(rest: str) -> tuple[str | None, int]:
    about = _ABOUT.match(rest)
    if not about:
        return None, 0
    body = rest[about.end():]
    if body[:1] in "\"“«":
        closing = re.search(r"[\"”»]|;|\s\((?=Nghị|Chỉ|Kết|Quy)|$", body[1:])
        title = body[1:1 + closing.start()]
        return title.strip(" ,.") or None, about.end() + 1 + closing.end()
    stop = _TITLE_END.search(body)
    title = body[:stop.start()].strip(" ,")
    words = title.split()
    if len(words) > 25:
        title = " ".join(words[:25])
    return (title or None), about.end() + stop.start()


def _clipped_title(rest: str) -> tuple[str | None, int]:
    """A subject that ran into the next document cited ends at its last "và" ("… năm 2024
    và thực hiện nghiêm Quy định số …"), which is then between the two."""
    title, consumed = _title_after(rest)
    if title is None or " và " not in title + " ":
        return title, consumed
    cut = (title + " ").rindex(" và ")
    return title[:cut] or None, consumed - (len(title) - cut)


def find_documents(sentence: str, tokens: list[Token]) -> list[DocumentMention]:
    """Every numbered (or clearly singular unnumbered) document the sentence cites."""
    full, bare, types = _patterns()
    mentions: list[DocumentMention] = []
    taken: list[tuple[int, int]] = []
    for match in full.finditer(sentence):
        number = match.group("number")
        short = bool(re.fullmatch(r"\d{1,4}", number))
        if short and not match.group("type")[0].isupper():
            continue  # "thi hành kỷ luật 57 đảng viên" counts people; "Nghị quyết 18" names a document
        if short and match.group("type").casefold() == "chương trình":
            continue  # "vốn Chương trình 135": a national programme called by its number, not a document
        kind = types[match.group("type").casefold()]
        mentions.append(DocumentMention(kind, number, short, match.start(), match.end()))
        taken.append(match.span())
        end = match.end()
        while not short and (more := _MORE_NUMBERS.match(sentence, end)) is not None:
            # "các Nghị quyết số 57-NQ/TW, 59-NQ/TW và 68-NQ/TW của Bộ Chính trị": one type word, several numbers
            mentions.append(DocumentMention(kind, more.group("number"), False, more.start("number"), more.end()))
            taken.append((more.start("number"), more.end()))
            end = more.end()
    for match in bare.finditer(sentence):
        if any(a <= match.start() < b for a, b in taken):
            continue
        kind = kind_from_code(match.group("number"))
        if kind:
            mentions.append(DocumentMention(kind, match.group("number"), False, match.start(), match.end()))
    for match in re.finditer(r"Điều lệ Đảng", sentence):
        mentions.append(DocumentMention("Charter", None, False, match.start(), match.end(), title="Điều lệ Đảng"))
    for match in _CONGRESS_RESOLUTION.finditer(sentence):
        mention = DocumentMention("Resolution", None, False, match.start(), match.end(), title=match.group(0))
        if match.group("body"):
            index = _token_at(tokens, match.start("body"))
            parsed = parse_body(tokens, index, sentence) if index is not None else None
            if parsed:
                mention.issuer = parsed[1]
        mentions.append(mention)
    mentions.sort(key=lambda m: m.start)
    for mention, following in zip(mentions, [*mentions[1:], None]):
        # a subject ends where the next document is cited ("Kế hoạch … về X và thực hiện
        # Quy định số 67-QĐ/TW … của Bộ Chính trị": the plan is not the Politburo's)
        _read_tail(mention, sentence, tokens, len(sentence) if following is None else following.start)
    _share_issuers(mentions, sentence)
    _same_day_issuers(mentions)
    _issuers_by_subject(mentions, sentence, tokens)
    _issuers_on_behalf(mentions, sentence, tokens)
    _issuers_by_announcer(mentions, sentence, tokens)
    _dates_by_signing(mentions, sentence)
    _issuers_by_agency(mentions, sentence, tokens)
    for mention in mentions:
        if mention.issuer is None and mention.number:
            mention.issuer = _agency_of_code(mention.number.split("/")[-1])
    return mentions


_AGENCY_CODES = {"UBKT": "Ủy ban Kiểm tra", "BTC": "Ban Tổ chức", "BTG": "Ban Tuyên giáo", "BDV": "Ban Dân vận",
                 "BNC": "Ban Nội chính", "VP": "Văn phòng", "BTGDV": "Ban Tuyên giáo và Dân vận"}
_AGENCY_CODE = re.compile(rf"({'|'.join(sorted(_AGENCY_CODES, key=len, reverse=True))})({'|'.join(COMMITTEE_CODES)})")


@lru_cache(maxsize=256)
def _agency_of_code(code: str) -> BodySpec | None:
    """'312-QĐ/UBKTTU' was issued by the Ủy ban Kiểm tra Tỉnh ủy, '05-HD/BTGTU' by its Ban Tuyên giáo."""
    match = _AGENCY_CODE.fullmatch(code)
    if match is None:
        return None
    text = f"{_AGENCY_CODES[match.group(1)]} {COMMITTEE_CODES[match.group(2)]}"
    parsed = parse_body(tokenize(text), 0, text)
    return parsed[1] if parsed else None


def _issuers_by_agency(mentions: list[DocumentMention], sentence: str, tokens: list[Token]) -> None:
    """'chủ trương của Ban Thường vụ Tỉnh ủy tại Kết luận số 412-KL/TU', 'thừa ủy quyền
    Ban Thường vụ ký Quyết định số 2217-QĐ/TU': the body named just before acts by it."""
    for mention in mentions:
        if mention.issuer is not None or not mention.number:
            continue
        before = sentence[:mention.start]
        link = re.search(r"\s(?:tại|theo|ký|ký ban hành)\s+$", before)
        if not link:
            continue
        end = _token_at(tokens, link.start() + 1)
        if end is None:
            continue
        for start in range(max(0, end - 12), end):
            parsed = parse_body(tokens, start, sentence)
            if parsed and parsed[0] == end and start > 0 and re.search(
                    r"(?:của|thừa ủy quyền|thay mặt)\s*$", sentence[:tokens[start].start]) \
                    and _issuer_family(mention.number) in {None, _body_family(parsed[1])}:
                mention.issuer = parsed[1]
                break


_SIGNED = re.compile(r"\b(?:ký|ký ban hành|ban hành|vừa ban hành|đã ban hành)\s*$")


def _dates_by_signing(mentions: list[DocumentMention], sentence: str) -> None:
    """'Ngày 4/3/2024, ... ký Quyết định số 2217-QĐ/TU': signed that day. 'Cùng ngày, ...
    ký Quyết định số 612/QĐ-UBND': the day of the document before it."""
    if re.match(r"\s*cùng ngày\b", sentence, re.IGNORECASE):
        for mention in mentions:
            if mention.date is None and mention.number and _SIGNED.search(sentence[:mention.start]):
                mention.same_day = True
        return
    opening = opening_date(sentence, None)
    if opening is None or not opening[1]:
        return
    for mention in mentions:
        if mention.date is None and mention.number and _SIGNED.search(sentence[:mention.start]):
            mention.date = opening[0]


_ISSUES = re.compile(r"\b(?:vừa |đã |mới )?(?:ban hành|ký|(?:cụ thể|thể chế) hóa bằng|(?:quyết định|phê duyệt|chấp thuận)(?: chủ trương đầu tư)? tại|"
                     r"phê duyệt [^,.;]{1,40}? tại(?= (?:Quyết định|Nghị quyết|Văn bản|Công văn) số)|"
                     r"cấp(?= (?:Quyết định|Giấy chứng nhận))|có(?= (?:Công văn|Công điện|Tờ trình|Thông báo|"
                     r"Kế hoạch|Chỉ thị|Quyết định) số)|"
                     r"tặng(?= (?:Bằng khen|Giấy khen|Cờ thi đua|Kỷ niệm chương)))\b")  # ("HĐND tỉnh quyết định tại Nghị quyết số …",
# "được UBND tỉnh phê duyệt tại Quyết định số …", "được UBND tỉnh cấp Quyết định chủ trương đầu tư số …",
# "UBND tỉnh có Công văn số …", "được Ban Thường vụ Tỉnh ủy cụ thể hóa bằng Kế hoạch số …": the subject's;
# "Ban Thường vụ Tỉnh ủy tặng Bằng khen cho … theo Quyết định
# số …": the giver's)
_ON_BEHALF = re.compile(r"\b[Tt]hừa (?:ủy|uỷ) quyền của ")


def _subject_before(tokens: list[Token], verb: int, sentence: str) -> BodySpec | None:
    """The body named just before the verb at token `verb`, or before the name of its
    head ("Chủ tịch UBND tỉnh Trần Hữu Phước đã ký")."""
    for end in _subject_ends(tokens, verb):
        for start in range(max(0, end - 14), end):
            parsed = parse_body(tokens, start, sentence)
            if parsed and end - 1 <= parsed[0] <= end:
                return parsed[1]
    return None


def _subject_ends(tokens: list[Token], verb: int) -> list[int]:
    ends, k = [verb], verb
    while k > 0 and verb - k < 3 and tokens[k - 1].low in {"đã", "vừa", "mới"}:
        k -= 1
    name = k
    while name > 0 and k - name < 4 and tokens[name - 1].is_cap and tokens[name - 1].is_word:
        name -= 1
        if k - name >= 2:  # (a name of two, three or four words: "… tỉnh Lâm Đồng Phan Nhật Quang đã ký")
            ends.append(name)
    return ends


_ANNOUNCES = re.compile(r"\b(?:đã |vừa )?công bố\b")
# which committee heads a party number's code names ("873-QĐ/ThU" is a Thành ủy's)
_CODE_COMMITTEES = {code: {head} for code, head in COMMITTEE_CODES.items()}
_CODE_COMMITTEES["TU"].add("Thành ủy")  # a centrally-run city's committee numbers its documents /TU too


def _committee_head(spec: BodySpec) -> str | None:
    while spec is not None and spec.kind != "PartyCommittee":
        spec = spec.of
    return spec.head if spec is not None else None


def _issuers_by_announcer(mentions: list[DocumentMention], sentence: str, tokens: list[Token]) -> None:
    """'Ban Thường vụ Thành ủy X công bố Quyết định số 873-QĐ/ThU': a committee announcing
    a decision of its own level issued it (a Huyện ủy announcing a /TU decision did not)."""
    matches = list(_ANNOUNCES.finditer(sentence))
    for match, following in zip(matches, [*matches[1:], None]):
        verb = _token_at(tokens, match.start())
        announcer = _subject_before(tokens, verb, sentence) if verb is not None else None
        if announcer is None:
            continue
        until = following.start() if following else len(sentence)
        for mention in mentions:
            code = (mention.number or "").split("/")[-1]
            if match.end() <= mention.start < until and mention.issuer is None and mention.number \
                    and _committee_head(announcer) in _CODE_COMMITTEES.get(code, set()):
                mention.issuer = announcer


def _issuers_by_subject(mentions: list[DocumentMention], sentence: str, tokens: list[Token]) -> None:
    """'Ban Thường vụ Tỉnh ủy vừa ban hành Kế hoạch số 45-KH/TU': the subject issued it."""
    matches = list(_ISSUES.finditer(sentence))
    for match, following in zip(matches, [*matches[1:], None]):
        verb = _token_at(tokens, match.start())
        if verb is not None and verb > 0 and tokens[verb - 1].text == ";":
            issuer = _sentence_subject(tokens, sentence)  # "Ban Thường vụ Thành ủy đã quán triệt …; ban hành Kế hoạch …"
        else:
            issuer = _subject_before(tokens, verb, sentence)
        bare = issuer is None and _bare_standing_before(tokens, verb)
        until = following.start() if following is not None and _subject_before(
            tokens, _token_at(tokens, following.start()), sentence) is not None else len(sentence)
        for mention in mentions:  # (up to the next subject that issues: "…; Ban Dân vận ban hành …")
            if mention.start < match.end() or mention.start >= until or mention.issuer is not None \
                    or not mention.number:
                continue
            if bare:  # "thừa ủy quyền Ban Thường vụ ký Quyết định số 2217-QĐ/TU"
                mention.issuer = _standing_committee_of_code(mention.number)
            elif issuer is not None and _issuer_family(mention.number) in {None, _body_family(issuer)} \
                    and _level_fits(mention.number, issuer) and _state_code_fits(mention.number, issuer):
                mention.issuer = issuer


def _sentence_subject(tokens: list[Token], sentence: str) -> BodySpec | None:
    """The body a sentence opens with (after its date: "Ngày 10/7, Ban Thường vụ …"), the subject
    of each verb of a list that follows it."""
    start = 0
    if tokens and tokens[0].low in {"ngày", "sáng", "chiều", "tối", "trưa"} and tokens[0].is_cap:
        start = next((k + 1 for k, token in enumerate(tokens[:8]) if token.text == ","), 0)
    parsed = parse_body(tokens, start, sentence) if start < len(tokens) and tokens[start].is_cap else None
    return parsed[1] if parsed is not None else None


def _state_code_fits(number: str, issuer: BodySpec) -> bool:
    """'… được HĐND huyện phê duyệt tại Nghị quyết số 38/NQ-HĐND và được UBND huyện phê duyệt
    tại Quyết định số 2347/QĐ-UBND': a council's code is no committee's, nor the reverse."""
    code = number.split("/")[-1].split("-")[-1]
    wanted = {"UBND": "PeoplesCommittee", "HĐND": "PeoplesCouncil"}.get(code)
    return wanted is None or issuer.kind not in {"PeoplesCommittee", "PeoplesCouncil"} or issuer.kind == wanted


def _issuers_on_behalf(mentions: list[DocumentMention], sentence: str, tokens: list[Token]) -> None:
    """"Thừa ủy quyền của Ủy ban Kiểm tra Trung ương, đồng chí X trao … theo Quyết định số
    1254-QĐ/UBKTTW": the body on whose behalf it is given issued the decision."""
    for match in _ON_BEHALF.finditer(sentence):
        start = _token_at(tokens, match.end())
        parsed = parse_body(tokens, start, sentence) if start is not None else None
        if parsed is None:
            continue
        for mention in mentions:
            if mention.start > match.end() and mention.issuer is None and mention.number \
                    and _issuer_family(mention.number) in {None, _body_family(parsed[1])}:
                mention.issuer = parsed[1]


def _bare_standing_before(tokens: list[Token], verb: int | None) -> bool:
    if verb is None:
        return False
    words = tuple(t.low for t in tokens[max(0, verb - 3):verb])
    return words[-3:] == ("ban", "thường", "vụ") or words[-1:] == ("btv",)


def _standing_committee_of_code(number: str) -> BodySpec | None:
    """The standing committee of the committee a party number's code names."""
    committee = COMMITTEE_CODES.get(number.split("/")[-1])
    if committee is None:
        return None
    text = f"Ban Thường vụ {committee}"
    parsed = parse_body(tokenize(text), 0, text)
    return parsed[1] if parsed else None


@dataclass(frozen=True)
class Announcement:
    """'Ngày 11/4/2024, Ban Thường vụ Tỉnh ủy ban hành các quyết định về công tác cán bộ'
    and no number: the decisions the article then cites one by one were issued that day,
    by that body."""

    kind: str
    date: PartialDate | None
    issuer: BodySpec | None
    of: bool = False  # said as "các quyết định của X" (X's, if the numbers' code agrees)


_ANNOUNCED = re.compile(r"\b(?:vừa |đã )?ban hành (?:các|một số|những|\d+) (?P<kind>quyết định|nghị quyết|kết luận|"
                        r"chỉ thị|thông báo|kế hoạch|quy định)\b", re.IGNORECASE)


# "công bố các quyết định của Ban Thường vụ Huyện ủy": whose decisions the next sentences cite
_ANNOUNCED_OF = re.compile(r"\b(?:công bố|trao|đọc)(?: và trao)? (?:các|những|\d+) (?P<kind>quyết định|"
                           r"nghị quyết|kết luận|thông báo)(?: [^,.;:]{0,60}?)? của (?=\w)", re.IGNORECASE)


# "Tiếp đó, Ban Thường vụ Tỉnh ủy công bố các quyết định:": the committee's, listed next
_ANNOUNCED_LIST = re.compile(r"\b(?:công bố|trao)(?: và trao)? (?:các|những|\d+) (?P<kind>quyết định|nghị quyết|kết luận)"
                             r"\s*:\s*$", re.IGNORECASE)


# "… quán triệt 4 nghị quyết do Bộ Chính trị ban hành:", "… các kết luận của Ban Bí thư:": whose the
# documents listed next are
_LISTED_OF = re.compile(r"\b(?:các|những|\d+) (?P<kind>quyết định|nghị quyết|kết luận|chỉ thị|quy định)"
                        r"(?: [^,.;:]{0,60}?)? (?:do|của) (?=\w)(?P<body>[^:]{2,80}?)(?: ban hành)?\s*:\s*$",
                        re.IGNORECASE)


def announcement(sentence: str, tokens: list[Token]) -> Announcement | None:
    listed = _LISTED_OF.search(sentence)
    head = _HEAD_OF_ISSUER.match(sentence, listed.start("body")) if listed else None
    start = _token_at(tokens, head.end() if head else listed.start("body")) if listed else None
    parsed = parse_body(tokens, start, sentence) if start is not None else None
    if parsed is not None and tokens[parsed[0] - 1].end >= listed.end("body") - 1:
        _, _, types = _patterns()
        return Announcement(types[listed.group("kind").casefold()], None, parsed[1], of=True)
    listed = _ANNOUNCED_LIST.search(sentence)
    verb = _token_at(tokens, listed.start()) if listed else None
    subject = _subject_before(tokens, verb, sentence) if verb is not None else None
    if subject is not None and subject.kind == "StandingCommittee":
        _, _, types = _patterns()
        return Announcement(types[listed.group("kind").casefold()], None, subject, of=True)
    of = _ANNOUNCED_OF.search(sentence)
    head = _HEAD_OF_ISSUER.match(sentence, of.end()) if of else None  # "… của Chủ tịch UBND tỉnh:": the UBND's
    start = _token_at(tokens, head.end() if head else of.end()) if of else None
    parsed = parse_body(tokens, start, sentence) if start is not None else None
    if parsed is not None:  # ("công bố các quyết định ngày 12/3/2021 của Ban Thường vụ Tỉnh ủy": that day too)
        _, _, types = _patterns()
        dated = [date for _, _, date in dates_in(of.group(0)) if date.day is not None]
        return Announcement(types[of.group("kind").casefold()], dated[0] if len(dated) == 1 else None, parsed[1],
                            of=True)
    match = _ANNOUNCED.search(sentence)
    opening = opening_date(sentence, None)
    if match is None or opening is None or not opening[1] or re.match(r"\s*(?:số|:)", sentence[match.end():]):
        return None
    _, _, types = _patterns()
    verb = _token_at(tokens, match.start())
    issuer = _subject_before(tokens, verb, sentence) if verb is not None else None
    return Announcement(types[match.group("kind").casefold()], opening[0], issuer)


def apply_announcement(mention: DocumentMention, announced: Announcement) -> None:
    if mention.kind != announced.kind or not mention.number or mention.short:
        return
    if announced.of and (code := mention.number.split("/")[-1]) in _CODE_COMMITTEES \
            and _committee_head(announced.issuer) not in _CODE_COMMITTEES[code]:
        return  # "các quyết định của Ban Thường vụ Tỉnh ủy", then a district's "… -QĐ/HU"
    if announced.date is not None:
        if mention.date is not None:
            return
        mention.date = announced.date
    if announced.issuer is not None and mention.issuer is None \
            and _issuer_family(mention.number) in {None, _body_family(announced.issuer)}:
        mention.issuer = announced.issuer


def _read_tail(mention: DocumentMention, sentence: str, tokens: list[Token], limit: int) -> None:
    """Date, issuer, term and title that follow the number, in that usual order."""
    if mention.number:
        year = re.search(r"/((?:19|20)\d{2})/", mention.number)
        mention.code_year = int(year.group(1)) if year else None
    position = mention.end
    rest = sentence[position:]
    mention.same_day = re.match(r"^\s*,?\s*cùng ngày", rest) is not None
    dated = _DATE_AFTER.match(rest)
    if dated:
        found = dates_in(rest[dated.end():dated.end() + 30])
        if found and found[0][0] == 0:
            mention.date = found[0][2]
            position += dated.end() + found[0][1]
            mention.end = position
    rest = sentence[position:]
    issuer = _ISSUER_AFTER.match(rest)
    if issuer and mention.issuer is None:
        plenum = _PLENUM.match(rest[issuer.end():])  # "của Hội nghị lần thứ sáu Ban Chấp hành ..."
        plenum = plenum or _HEAD_OF_ISSUER.match(rest[issuer.end():])  # "của Chủ tịch UBND tỉnh": the UBND's
        skip = plenum.end() if plenum else 0
        index = _token_at(tokens, position + issuer.end() + skip)
        parsed = parse_body(tokens, index, sentence) if index is not None else None
        if parsed:
            mention.issuer = parsed[1]
            position = tokens[parsed[0] - 1].end
            mention.end = position
    rest = sentence[position:]
    if mention.issuer is None and re.match(r"^\s*,\s*", rest):
        index = _token_at(tokens, position + re.match(r"^\s*,\s*", rest).end())
        parsed = parse_body(tokens, index, sentence) if index is not None else None
        if parsed and _ACTS.match(sentence[tokens[parsed[0] - 1].end:]):
            mention.issuer = parsed[1]
            return
    term = _TERM.match(rest) or _BARE_TERM.match(rest)
    if term:
        mention.term = term.group(1).upper()
        position += term.end()
        mention.end = position
    if mention.title is None:
        title, consumed = _title_after(sentence[position:])
        if title and position + consumed > limit:
            title, consumed = _clipped_title(sentence[position:limit])
        if title:
            mention.title = title
            mention.end = position + consumed


_GOVERNMENT_CODES = {"CP", "TTg", "NĐ-CP", "BNV", "BTC", "BCA", "BQP"}
_PARTY_CODES = {"TW", "TU", "HU", "ĐU", "TƯ", "QU", "TT"}
_STATE_CODES = {"UBND", "HĐND"}


def _issuer_family(number: str) -> str | None:
    """Which kind of body a number's code says issued it, if any."""
    tail = number.split("/")[-1]
    for code in (tail, tail.split("-")[-1]):
        if re.fullmatch(r"QH\d*", code):
            return "assembly"  # "31/2024/QH15": a law or resolution of the Quốc hội
        if code in _GOVERNMENT_CODES:
            return "government"
        if code in _PARTY_CODES:
            return "party"
        if code in _STATE_CODES:
            return "state"
    return None


# committee levels one code can stand for: "/TU" is a province's, and a centrally-run city's
_LEVEL_RANK = {"province": "province", "city": "province", "district": "district", "urban_district": "district",
               "town": "town"}


def _level_fits(number: str, issuer: BodySpec) -> bool:
    """'Đảng bộ huyện ban hành Nghị quyết 06-NQ/HU …, cụ thể hóa Kế hoạch 112-KH/TU': the
    district did not issue the province's plan."""
    if number.split("/")[-1] in {"TU", "ThU"} and _committee_head(issuer) == "Thị ủy":
        return True  # "Ban Thường vụ Thị ủy đã ban hành Kế hoạch số 27-KH/TU": a town's committee writes TU, ThU too
    committee = load_lexicon().committees.get(COMMITTEE_CODES.get(number.split("/")[-1], ""))
    spec, level = issuer, None
    while spec is not None and level is None:
        level, spec = spec.level, spec.of
    if committee is None or level is None:
        return True
    return _LEVEL_RANK.get(level.lower()) == _LEVEL_RANK[committee["level"]]  # ("District" from an area word)


def may_issue(number: str, issuer: BodySpec) -> bool:
    """Whether a number's code allows that body as its issuer (family and level)."""
    return _issuer_family(number) in {None, _body_family(issuer)} and _level_fits(number, issuer)


def _body_family(spec: BodySpec) -> str:
    if spec.head == "Quốc hội":
        return "assembly"
    if spec.kind == "Government":
        return "government"
    if spec.kind in {"PeoplesCommittee", "PeoplesCouncil"}:
        return "state"
    return "party"


def _central_code(number: str) -> bool | None:
    """Whether a party number's code is the centre's (TW) or a local committee's (TU, ĐU, …)."""
    code = number.split("/")[-1]
    if code in {"TW", "TƯ"}:
        return True
    return False if code in COMMITTEE_CODES else None


def _same_day_issuers(mentions: list[DocumentMention]) -> None:
    """"Quyết định số 01-QĐ/TU ngày 30/6 của Ban Thường vụ Tỉnh ủy … và Quyết định số
    02-QĐ/TU cùng ngày": the same day's decision of one code is the same issuer's."""
    for before, mention in zip(mentions, mentions[1:]):
        if mention.same_day and mention.issuer is None and before.issuer is not None and mention.number \
                and before.number and mention.number.split("/")[-1] == before.number.split("/")[-1]:
            mention.issuer = before.issuer


def _share_issuers(mentions: list[DocumentMention], sentence: str) -> None:
    """'Kết luận số 29-KL/TU, ngày ... và Công văn số 1567-CV/TU ... của Ban Thường vụ
    Tỉnh ủy': one issuer covers the coordinated documents before it."""
    for index in range(len(mentions) - 2, -1, -1):
        current, following = mentions[index], mentions[index + 1]
        own_issuer = current.issuer is not None  # ("30-QĐ/TW của BCH TW và 181-QĐ/TW ngày D của Bộ Chính trị")
        between = sentence[current.end:following.start].strip(" ,")
        if current.issuer is None and following.issuer is not None and between in {"", "và", "và các", ","} \
                and current.number and following.number and current.title is None \
                and _issuer_family(current.number) in {None, _body_family(following.issuer)} \
                and _central_code(current.number) in {None, following.issuer.level == CENTRAL}:
            current.issuer = following.issuer  # (not "01-NQ/ĐU về …, quán triệt 57-NQ/TW của Bộ Chính trị")
        if current.date is None and following.date is not None and between in {"và", ","} \
                and current.number and following.number and current.kind == following.kind \
                and not (own_issuer and current.issuer != following.issuer):
            # "Quyết định số 217-QĐ/TW và Quyết định số 218-QĐ/TW ngày 12/12/2013": one date
            current.date = following.date
