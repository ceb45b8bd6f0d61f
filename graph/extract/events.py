"""Meetings an article reports ("X tổ chức hội nghị ...") and past congresses it
mentions ("Đại hội đại biểu Đảng bộ thị xã X nhiệm kỳ 2015-2020")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.bodies import DELEGATIONS, mass_organization, parse_committee
from graph.extract.dates import dates_in, opening_date, opening_word, valid
from graph.extract.scan import SentenceScan
from graph.types import BodySpec, PartialDate

_MEETING_WORDS = {  # (longer phrases first: the first that starts the words is taken)
    "hội nghị tiếp xúc": "Meeting",  # "hội nghị tiếp xúc cử tri": deputies meet voters
    "hội đàm": "Meeting",  # talks with a delegation of a neighbouring province
    "hội nghị": "Conference", "hội thảo": "Conference", "đại hội": "Congress", "buổi làm việc": "Meeting",
    "cuộc họp": "Meeting", "phiên họp": "Meeting", "kỳ họp": "Meeting", "tọa đàm": "Meeting",
    "lễ": "Meeting", "công bố": "Meeting", "buổi gặp mặt": "Meeting", "gặp mặt": "Meeting",
    "phiên giám sát": "Meeting", "buổi giám sát": "Meeting",  # an HĐND's supervision session
    "giám sát chuyên": "Meeting",  # ("… HĐND tỉnh tổ chức giám sát chuyên đề …": three words are read)
    "sinh hoạt chuyên": "Meeting",  # a party cell's "sinh hoạt chuyên đề"
    "sinh hoạt chi": "Meeting",  # "Chi bộ … tổ chức sinh hoạt chi bộ thường kỳ"
    "ngày hội": "Conference",  # "Ban Công tác Mặt trận thôn X tổ chức Ngày hội Đại đoàn kết toàn dân tộc"
}
_CONGRESS = re.compile(
    r"(?<!Nghị quyết )(?<!nghị quyết )Đại hội (?:đại biểu )?(?P<body>(?:Đảng bộ|Hội) [^,.;()]{2,60}?)\s*"
    r"(?:\(?lần thứ [IVXLC]+\)?,?\s*)?nhiệm kỳ\s+(?P<start>(?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")


@dataclass
class EventMention:
    kind: str
    date: PartialDate | None
    date_written: bool  # the year was in the text (not inferred)
    organizer: BodySpec
    sentence: int
    label: str
    past: bool = False  # a past congress, not the reported meeting
    opener: str | None = None  # "sáng", "ngày", "" (a span of days) of the lead that dated it
    by_term: bool = False  # dated only by its term's first year: says nothing of when the article ran
    # the lead's day when the meeting was dated by a later sentence ("Ngày 28/11, UBKT ban hành
    # Thông báo về kết quả Kỳ họp. Kỳ họp diễn ra trong 2 ngày 25 và 26/11"): when the article ran
    reported_on: PartialDate | None = None


_MEETING_STARTS = {phrase.split()[0] for phrase in _MEETING_WORDS}
_FUNERAL_RITES = ("lễ viếng", "lễ truy điệu", "lễ tang", "lễ an táng", "lễ di quan", "lễ truy táng")


def _meeting_kind(words: list[str]) -> tuple[str, str] | None:
    if not words or words[0].casefold() not in _MEETING_STARTS:
        return None
    text = " ".join(words).casefold()
    if text.startswith(_FUNERAL_RITES):
        return None  # "Ban Lễ tang tổ chức lễ viếng, lễ truy điệu": a funeral, no meeting
    for phrase, kind in _MEETING_WORDS.items():
        if text.startswith(phrase):
            return phrase, kind
    return None


def _outside(scan: SentenceScan, item, citations: list[tuple[int, int]]) -> bool:
    """A body named inside a document citation ("... của BCH Trung ương khóa XII") is
    not the subject of the sentence."""
    start, end = scan.tokens[item.start].start, scan.tokens[item.end - 1].end
    return not any(a <= start and end <= b for a, b in citations)


_APPOSITION = {"tỉnh", "thành", "phố", "huyện", "quận", "thị", "xã", "trấn", "phường", "mới", "cũ",
               "khóa", "khoá", "nhiệm", "kỳ"}  # and a term: "HĐND tỉnh khóa X, nhiệm kỳ 2021 - 2026 tổ chức"


_COUNTING = {"các", "nhiều", "những", "hai", "ba", "bốn", "năm", "sáu", "mấy"}
_HABITUAL = {"định", "thường", "hằng", "hàng", "mỗi", "thường xuyên"}  # "định kỳ 6 tháng tổ chức": a habit, not an event


def _organizer_before(scan: SentenceScan, position: int, citations=(), coordinated: bool = False) -> BodySpec | None:
    """The body whose mention ends just before token `position` (allowing 'đã', a term;
    and, when `coordinated`, a first clause joined by 'và': "Đoàn công tác … đã kiểm tra
    tiến độ Dự án X và làm việc với …")."""
    organizer = None
    for item in scan.items:
        if item.kind != "body" or item.end > position or not _outside(scan, item, citations):
            continue
        between = scan.tokens[item.end:position]
        lows = [t.low for t in between]
        gloss = lows.index(")") + 1 if lows[:1] == ["("] and ")" in lows[:6] else 0  # ("Tổng công ty X (EVNCPC), …")
        if len(lows) > gloss + 3 and lows[gloss] == "," and lows[gloss + 1] in _ASIDE_STARTS and "," in lows[gloss + 2:]:
            # "Tổng công ty X, đơn vị thuộc Tập đoàn Y, tổ chức hội nghị": an aside about the organizer
            between = between[lows.index(",", gloss + 2) + 1:]
            lows = [t.low for t in between]
        if ")" in lows and "(" not in lows[:lows.index(")")]:
            continue  # "Chi bộ Trường X (trực thuộc Đảng bộ quận Y) tổ chức": the aside does not organize
        if item.start > 0 and scan.tokens[item.start - 1].low == "thuộc":
            continue  # "Chi bộ Khoa X thuộc Đảng bộ Bệnh viện Y tổ chức": nor the body it belongs to
        if "do" in lows:  # "Đoàn công tác … do đồng chí X, <titles> làm Trưởng đoàn đã làm việc"
            lead = lows.index("do")
            close = next((k for k in range(lead, len(lows) - 1) if lows[k] == "làm" and lows[k + 1] in {"trưởng", "tổ"}), None)
            led = next((k for k in range(lead, len(lows) - 1) if lows[k] == "dẫn" and lows[k + 1] == "đầu"), None)
            if close is not None or led is not None:  # ("do Thủ tướng X dẫn đầu đã làm việc với …")
                between = between[:lead] + between[close + 3 if close is not None else led + 2:]
                lows = [t.low for t in between]
        depth, outside = 0, []
        for token in between:  # an aside in brackets ("(trực thuộc Đảng bộ …)") is no gap
            depth += (token.text == "(") - (token.text == ")")
            if depth == 0 and token.text != ")":
                outside.append(token)
        gap = [t for t in outside
               if not any(a <= t.start and t.end <= b for a, b in citations)
               and not (t.is_cap or not t.is_word or t.low in _APPOSITION or t.text.isdigit())]
        habitual = any(t.low in _HABITUAL and not t.is_cap for t in between)
        # (not "thường" of a leader's "Ban Thường vụ", nor "Định" of "phường Tân Định")
        partner = lows[:3] == ["phối", "hợp", "với"] and len(between) <= 25 and not any(
            it.kind == "body" and item.end <= it.start < position for it in scan.items)
        if partner:  # "UBND tỉnh phối hợp với Cơ quan Xúc tiến … (KOTRA) tổ chức hội nghị": a partner no
            gap = []  # body the reader knows, between the organizer and its verb
        joined = coordinated and lows and lows[-1] == "và" and len(gap) <= 20 and "đã" in lows[:3] \
            and not any(it.kind == "body" and item.end <= it.start < position for it in scan.items)
        if joined:  # ("… Cảng hàng không … và làm việc": a habit is said next to its verb)
            habitual = any(t.low in _HABITUAL and not t.is_cap for t in scan.tokens[max(item.end, position - 4):position])
        if (len(gap) <= 3 or joined) and not habitual:  # what lies between is "đã", a term, a citation or ", tỉnh X (mới)"
            organizer = _first_of_list(scan, item).body
    return organizer


def _first_of_list(scan: SentenceScan, item):
    """"Tỉnh ủy, HĐND, UBND, Ủy ban MTTQ Việt Nam tỉnh tổ chức lễ kỷ niệm", "X phối hợp với Y
    tổ chức …": bodies named together organize it, the one named first leading."""
    items = scan.items
    position = next(k for k, it in enumerate(items) if it is item)
    while True:
        if position >= 2 and items[position - 1].text.casefold() in {",", "và"} \
                and items[position - 2].kind == "body" and items[position - 2].end == items[position - 1].start \
                and (position == 2 or items[position - 3].kind == "sep"  # not "tại Hội trường UBND xã X, …"
                     or [it.text.casefold() for it in items[max(0, position - 5):position - 2]] in _WITH):
                # ("X phối hợp với Y và Z tổ chức": Y, then X)
            position -= 2
        elif position >= 4 and [it.text.casefold() for it in items[position - 3:position]] in _WITH \
                and items[position - 4].kind == "body":
            position -= 4  # "Ủy ban MTTQ phường phối hợp với Đoàn ĐBQH tỉnh tổ chức": the first leads
        else:
            return items[position]


_WITH = [["phối", "hợp", "với"], ["phối", "hợp", "cùng"]]


def _organizer_after_when(scan: SentenceScan, position: int, citations=()) -> BodySpec | None:
    """"Tại kỳ họp thứ 6 (diễn ra) từ ngày 19 đến 21/7, Ủy ban Kiểm tra Trung ương …": the body
    after the days the session took place."""
    tokens = scan.tokens
    comma = next((k for k in range(position, min(len(tokens), position + 14)) if tokens[k].text == ","), None)
    if comma is None or not _WHEN.match(" ".join(t.low for t in tokens[position:comma])):
        return None
    return _organizer_after(scan, comma + 1, citations)


def _organizer_after_chair(scan: SentenceScan, position: int, citations=()) -> BodySpec | None:
    """"Tại kỳ họp chuyên đề do bà A, Chủ tịch HĐND tỉnh chủ trì, HĐND tỉnh X đã bầu …": the body
    after the clause that names the chair."""
    lows = [t.low for t in scan.tokens]
    start = position + 2 if lows[position:position + 2] in (["bất", "thường"], ["chuyên", "đề"]) else position
    if lows[start:start + 1] != ["do"]:
        return None
    end = next((k for k in range(start + 1, min(len(lows) - 2, start + 30)) if lows[k:k + 3] == ["chủ", "trì", ","]),
               None)
    return _organizer_after(scan, end + 3, citations) if end is not None else None


def _organizer_after_apposition(scan: SentenceScan, position: int, citations=()) -> BodySpec | None:
    """"… kỳ họp thứ 17 - kỳ họp thường lệ cuối năm 2023, HĐND tỉnh X …": the body after the
    session's other name, set off by a dash."""
    tokens = scan.tokens
    if position >= len(tokens) or tokens[position].text not in {"-", "–", "("}:
        return None
    comma = next((k for k in range(position, min(len(tokens), position + 14)) if tokens[k].text == ","), None)
    return _organizer_after(scan, comma + 1, citations) if comma is not None else None


_YEARLESS_DAY = re.compile(r"\bngày (\d{1,2})\s*[/.]\s*(\d{1,2})\b(?!\s*[/.-]\s*\d)")  # (the year left out)
_WHEN = re.compile(r"(?:(?:bất thường|chuyên đề|thường lệ(?: cuối năm| giữa năm)?) )?"  # ("tại kỳ họp bất thường ngày 7/8,")
                   r"(?:diễn ra )?(?:vào )?(?:từ )?(?:ngày )?\d")


def _organizer_after(scan: SentenceScan, position: int, citations=()) -> BodySpec | None:
    for item in scan.items:
        if item.kind == "body" and position <= item.start <= position + 1 and _outside(scan, item, citations):
            if item.start > position and scan.tokens[position].text == ";":
                return None  # "trình HĐND tỉnh tại kỳ họp cuối năm; Sở X theo dõi …": another clause's
            return item.body
    return None


def _meeting_in(tokens, start: int, end: int) -> tuple[int, str] | None:
    for position in range(max(0, start), min(len(tokens), end)):
        meeting = _meeting_kind([t.text for t in tokens[position:position + 4]]) \
            if tokens[position].low in _MEETING_STARTS else None
        if meeting:
            return position, meeting[1]
    return None


def _skip_ordinal(tokens, index: int) -> int:
    """Past 'thứ 14', 'lần thứ XII' and a parenthesis ('(chuyên đề)') after a meeting word."""
    k = index
    if k < len(tokens) and tokens[k].low == "lần":
        k += 1
    if k + 1 < len(tokens) and tokens[k].low == "thứ":
        k += 2
    if k < len(tokens) and tokens[k].text == "(":
        close = next((j for j in range(k, min(len(tokens), k + 14)) if tokens[j].text == ")"), None)
        if close is not None:
            k = close + 1
    qualified = k
    while qualified < len(tokens) and qualified - k < 4 and tokens[qualified].low in _SESSION_QUALIFIERS:
        qualified += 1  # "kỳ họp thường lệ cuối năm", "kỳ họp chuyên đề", "kỳ họp bất thường"
    if qualified > k and (qualified == len(tokens) or not tokens[qualified].is_word):
        k = qualified
    return k if k != index else index


_SESSION_QUALIFIERS = {"thường", "lệ", "kỳ", "cuối", "giữa", "đầu", "năm", "chuyên", "đề", "bất"}


def _organizer_after_qualifier(scan: SentenceScan, index: int, citations=()) -> BodySpec | None:
    """"kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh X": the body after a few lower-case
    words and numbers that say which meeting."""
    tokens = scan.tokens
    for k in range(index, min(len(tokens), index + 8)):
        if tokens[k].is_cap:
            return _organizer_after(scan, k, citations) if k > index else None
        if not (tokens[k].is_word or tokens[k].text.isdigit()) or tokens[k].low in _CLAUSE_WORDS:
            return None
    return None


_CLAUSE_WORDS = {"đã", "đang", "sẽ", "được", "các", "những", "và", "với", "cho"}


def _planned(scan: SentenceScan, organizer: BodySpec, position: int) -> bool:
    """"HĐND tỉnh sẽ tổ chức kỳ họp chuyên đề", "Đảng ủy xã X được chọn tổ chức đại hội
    điểm", "hướng dẫn HĐND xã X tổ chức kỳ họp bất thường", "… dự kiến trong tháng 4": a
    meeting to come, asked for or planned, not one the article reports."""
    item = next((it for it in scan.items if it.body is organizer), None)
    if item is None:
        return False
    lows = [t.low for t in scan.tokens]
    if lows[:2] == ["trước", "đó"] or _held_on_a_day(scan.tokens):
        return False  # "Đảng bộ xã X được chọn tổ chức đại hội điểm trong hai ngày 15 và 16/7/2025": held
    between = lows[item.end:position]
    before = " ".join(lows[max(0, item.start - 2):item.start])
    return "sẽ" in between or "chọn" in between or "dự kiến" in " ".join(lows[position:]) \
        or any(before.endswith(verb) for verb in _ASKING)


def _counted(scan: SentenceScan, organizer: BodySpec) -> bool:
    """The organizer is counted ("100% đảng bộ xã", "các chi bộ", "15 đảng bộ"): many bodies, no one."""
    item = next((it for it in scan.items if it.body is organizer), None)
    if item is None or item.start == 0:
        return False
    before = scan.tokens[item.start - 1]
    return before.text == "%" or before.text.isdigit() or before.low in _COUNTING


def _chosen(scan: SentenceScan, organizer: BodySpec | None) -> BodySpec | None:
    """"Đảng bộ thành phố X là đơn vị được Ban Thường vụ Tỉnh ủy chọn tổ chức đại hội điểm": the
    body chosen holds the meeting, not the one that chose it."""
    item = next((it for it in scan.items if organizer is not None and it.body is organizer), None)
    if item is None or item.start == 0 or scan.tokens[item.start - 1].low != "được":
        return organizer
    before = next((it for it in reversed(scan.items) if it.kind == "body" and it.end < item.start), None)
    if before is None or not {t.low for t in scan.tokens[before.end:item.start]} <= {"là", "đơn", "vị", "được"}:
        return organizer
    return before.body


def _held_on_a_day(tokens) -> bool:
    """A day and month written ("16/7", "8 đến 10/6/2020"), not a month ("tháng 4/2025")."""
    return any(_DAY_MONTH.fullmatch(tokens[k].text) and not (k > 0 and tokens[k - 1].low in {"tháng", "quý"})
               for k in range(len(tokens)))


_DAY_MONTH = re.compile(r"(?:[12]\d|3[01]|0?[1-9])[/-](?:1[0-2]|0?[1-9])(?:[/-](?:19|20)\d\d)?")


_ASKING = ("hướng dẫn", "yêu cầu", "đề nghị", "chỉ đạo", "giao", "chọn")


_HEADS_WHO_RECEIVE = {"Bí thư", "Chủ tịch"}


def _host_of_the_reception(scan: SentenceScan, position: int) -> BodySpec | None:
    """The body whose head receives citizens: the last body the chair heads ("Phó Bí thư Tỉnh ủy,
    Chủ tịch UBND tỉnh" → the UBND)."""
    heads = [item.body for item in scan.items if item.kind == "role" and item.end <= position
             and item.body is not None and item.title.role in _HEADS_WHO_RECEIVE]
    return heads[-1] if heads else None


def _find_meeting(scan: SentenceScan, citations=()) -> tuple[int, str, BodySpec] | None:
    """(label start, kind, organizer) of the meeting a sentence reports, if any."""
    tokens = scan.tokens
    lows = [t.low for t in tokens]
    text = " ".join(lows)
    opens = any(word in text for word in ("khai mạc", "bế mạc", "diễn ra", "kết thúc", "đã họp",
                                                 # "kỳ họp … đã hoàn thành toàn bộ nội dung, chương trình đề ra"
                                                 "hoàn thành toàn bộ nội dung", "hoàn thành chương trình",
                                                 "thành công tốt đẹp"))  # ("Đại hội … đã thành công tốt đẹp")
    cited = {k for k, token in enumerate(tokens) if any(a <= token.start and token.end <= b for a, b in citations)} \
        if citations else set()
    for position in range(len(tokens) - 1):
        pair = (lows[position], lows[position + 1])
        if pair == ("chủ", "trì") and lows[position + 2:position + 6] == ["buổi", "tiếp", "công", "dân"] \
                and (host := _host_of_the_reception(scan, position)) is not None:
            return position + 2, "Meeting", host  # "A, Bí thư Tỉnh ủy, chủ trì buổi tiếp công dân định kỳ"
        if position in cited:
            continue  # "Thông báo số 486/TB-VP … về kết luận … tại buổi làm việc với …": what a document is about
        if pair == ("tổ", "chức") and position > 0 and lows[position - 1] in {"về", "việc"}:
            continue  # "Kế hoạch … về tổ chức đại hội đảng bộ các cấp": what a document is about
        if pair in {("tổ", "chức"), ("tiến", "hành")}:  # ("HĐND tỉnh X tiến hành kỳ họp thứ nhất")
            meeting = _meeting_in(tokens, position + 2, position + 6)
            if meeting and meeting[0] > 0 and (tokens[meeting[0] - 1].text.isdigit()
                                               or tokens[meeting[0] - 1].low in _COUNTING):
                meeting = None  # "HĐND phường đã tổ chức 2 kỳ họp": a tally, not a meeting reported
            organizer = _chosen(scan, _organizer_before(scan, position, citations))
            if meeting and organizer is not None and _planned(scan, organizer, position):
                continue
            if meeting and organizer is not None and _counted(scan, organizer):
                continue  # "100% đảng bộ xã, phường tổ chức thành công đại hội": a tally of many
            if meeting and organizer is not None:  # "<body> tổ chức hội nghị ..."
                return meeting[0], meeting[1], organizer
            if position > 0 and lows[position - 1] == "do":  # "Hội nghị ... do <body> tổ chức"
                continue
        if lows[position] == "do":
            organizer = _organizer_after(scan, position + 1, citations)
            follow = organizer and next((i for i in scan.items if i.body is organizer), None)
            if follow is not None and follow.end + 1 < len(tokens) and lows[follow.end] == "tổ" \
                    and lows[follow.end + 1] == "chức":
                meeting = _meeting_in(tokens, 0, position)
                if meeting:
                    return meeting[0], meeting[1], organizer
        meeting = _meeting_kind([t.text for t in tokens[position:position + 4]]) \
            if lows[position] in _MEETING_STARTS else None
        held_at = position > 0 and (lows[position - 1] == "tại" or lows[max(0, position - 3):position] == [
            "tục", "chương", "trình"]) and meeting is not None and meeting[1] == "Meeting" \
            and meeting[0] == "kỳ họp"  # "Sáng 10/7, tại Kỳ họp thứ 17 (…), HĐND tỉnh X …", "tiếp tục chương
        # trình kỳ họp thứ 17 - kỳ họp thường lệ cuối năm, HĐND tỉnh X …"
        chaired = position > 1 and lows[position - 2:position] == ["chủ", "trì"] and meeting is not None \
            and lows[_skip_ordinal(tokens, position + len(meeting[0].split())):][:1] == ["của"]
        # ("A chủ trì phiên họp thứ 9 của Ban Chỉ đạo", not "chủ trì hội nghị và thay mặt Bộ Chính trị …")
        if meeting and (opens or held_at or chaired):  # "Hội nghị BCH Đảng bộ tỉnh lần thứ 15 khai mạc", "Kỳ họp thứ 7, HĐND tỉnh ..."
            words = len(meeting[0].split())
            after = _skip_ordinal(tokens, position + words)  # "Kỳ họp thứ 14 (chuyên đề) HĐND tỉnh ..."
            qualified = True  # "kỳ họp thường lệ cuối năm 2024 của HĐND tỉnh X", but not "tại kỳ họp, các đại biểu …"
            if after < len(tokens) and tokens[after].text == ",":
                after += 1
                qualified = False
            elif held_at and after < len(tokens) and not tokens[after].is_word and tokens[after].text not in {"-", "–"}:
                continue  # "tại kỳ họp; Thường trực HĐND tỉnh …": another clause
            organizer = _organizer_after(scan, after, citations) or \
                (lows[after:after + 2] and all(t.is_word for t in tokens[after:after + 2])
                 and _organizer_after(scan, after + 2, citations)) or \
                (qualified and _organizer_after_qualifier(scan, after, citations)) or \
                (held_at and _organizer_after_when(scan, after, citations)) or \
                (held_at and _organizer_after_chair(scan, after, citations)) or \
                (held_at and _organizer_after_apposition(scan, after, citations))  # "Đại hội đại biểu Đảng bộ …", not "Đại hội; đề nghị …"
            said = next((it for it in scan.items if it.body is organizer), None) if organizer else None
            if said is not None and held_at and said.end < len(tokens) and lows[said.end] == "sẽ":
                continue  # "Tại kỳ họp, Quốc hội sẽ xem xét …": a session to come
            if said is not None and said.start > 0 and lows[said.start - 1] == "tại":
                continue  # "Hội nghị diễn ra tại Trung tâm Hội nghị tỉnh": where, not who
            if organizer and _planned(scan, organizer, position):
                continue  # "Kỳ họp thứ hai, Quốc hội khóa XVI dự kiến khai mạc vào cuối tháng 10"
            if organizer:
                return position, meeting[1], organizer
            if position > 1 and lows[position - 1] == "mạc" and lows[position - 2] in {"khai", "bế"}:
                organizer = _organizer_before(scan, position - 2, citations)  # "HĐND tỉnh X khóa X khai mạc Kỳ họp thứ 17"
                if organizer is not None:
                    return position, meeting[1], organizer
        if lows[position] == "tiếp" and (host := _host_before(scan, position)) is not None:
            return position, "Meeting", host  # "Chủ tịch UBND tỉnh X tiếp Đại sứ Y": the host's body receives
        if pair == ("tiếp", "xúc") and position + 2 < len(tokens) and lows[position + 2] == "cử":
            organizer = _organizer_before(scan, position, citations)  # "Đoàn ĐBQH tỉnh tiếp xúc cử tri"
            if organizer is not None:
                return position, "Meeting", organizer
        working = pair == ("làm", "việc") and position + 2 < len(tokens) and lows[position + 2] == "với"
        verb = lows[position] == "họp" and not (position > 0 and lows[position - 1] in {"kỳ", "cuộc", "phiên", "buổi"})
        if working and lows[max(0, position - 2):position] == ["tiếp", "tục"] and not _held_on_a_day(tokens):
            continue  # "Trong tháng 3, Đoàn giám sát tiếp tục làm việc với …": the work goes on, no meeting reported
        if verb or working:  # "BTV Tỉnh ủy họp", not the noun in "tổ chức 2 kỳ họp"
            organizer = _organizer_before(scan, position, citations, coordinated=working)
            if organizer is not None:
                return position, "Meeting", organizer
    return None


_ASIDE_STARTS = {"đơn", "cơ", "trực", "thuộc"}  # "đơn vị thuộc", "cơ quan thường trực", "trực thuộc"
_HOST_POSTS = {"Bí thư", "Chủ tịch"}
_HOST_BODIES = {"PartyCommittee", "PeoplesCommittee", "PeoplesCouncil"}


def _host_before(scan: SentenceScan, position: int) -> BodySpec | None:
    """"đồng chí X, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh tiếp (và làm việc với) ông Y, Đại sứ …":
    a leader who receives a guest receives him for the body of his first head post (Bí thư,
    Chủ tịch of a committee or council), else of his first post."""
    tokens, items = scan.tokens, scan.items
    if position + 1 >= len(tokens):
        return None
    guest = tokens[position + 1]
    after = next((it for it in items if it.start == position + 1), None)
    if not (guest.low in {"đồng", "ông", "bà", "ngài", "đoàn", "xã", "các"} or guest.low == "và" and [
            t.low for t in tokens[position + 2:position + 4]] == ["làm", "việc"]
            or after is not None and after.kind in {"name", "role", "cue", "rank"}):
        return None
    k = next((k for k, it in enumerate(items) if it.start >= position), len(items)) - 1
    while k >= 0 and (items[k].kind == "word" and items[k].text.casefold() in {"đã", "cùng", "đến"}
                      or items[k].kind == "sep" and items[k].text == ","):
        k -= 1
    posts: list = []
    while k >= 0:  # (two hosts, "A, <posts> và B, <posts> đã tiếp": the first one's)
        chain = []
        while k >= 0 and items[k].kind == "role":
            chain.insert(0, items[k])
            k -= 1
            if k >= 0 and items[k].kind == "sep" and items[k].text == ",":
                k -= 1
        if not chain or k < 0 or items[k].kind != "name":
            break
        posts = chain
        if k >= 2 and items[k - 1].kind == "cue":
            k -= 1
        if k >= 2 and items[k - 1].kind == "sep" and items[k - 1].text.casefold() == "và" and items[k - 2].kind == "role":
            k -= 2
            continue
        break
    if not posts or any(post.body is None for post in posts):
        return None
    head = next((post.body for post in posts if post.title is not None and post.title.role in _HOST_POSTS
                 and post.body.kind in _HOST_BODIES), None)
    return head or posts[0].body


def _same_body(a: BodySpec | None, b: BodySpec | None) -> bool:
    """One body, perhaps named once without its area: the headline's "BTV Thành ủy" and the
    lead's "BTV Thành ủy Hải Phòng"."""
    if a is None or b is None:
        return a is b
    if a == b:
        return True
    return a.kind == b.kind and a.head == b.head and a.name == b.name \
        and (a.area_name is None or b.area_name is None or (a.area_name, a.level) == (b.area_name, b.level)) \
        and _same_body(a.of, b.of)


def _sent_by(delegation: BodySpec | None, sender: BodySpec | None) -> bool:
    """A delegation a body sends ("Đoàn công tác của Ban Kinh tế Trung ương") and that body."""
    if delegation is None or sender is None or delegation.head not in DELEGATIONS:
        return False
    named = sender.name or sender.surface
    return _same_body(delegation.of, sender) or bool(named) and (delegation.name or "").endswith(" " + named)


def _named_area(body: BodySpec | None) -> int:
    return 0 if body is None else (body.area_name is not None) + _named_area(body.of)


def reported_meetings(scans: list[SentenceScan], sentences: list[str], year: int | None,
                      citations: dict[int, list[tuple[int, int]]] | None = None) -> list[EventMention]:
    """The meeting the article reports: its organizer, kind and date."""
    found: list[EventMention] = []
    anaphoric = None  # (kind, date, written) of "Kỳ họp diễn ra ngày …"
    from_lead: set[int] = set()  # meetings dated by the lead, not by their own sentence
    for index, (scan, sentence) in enumerate(zip(scans, sentences)):
        located = _find_meeting(scan, (citations or {}).get(index, ()))
        if located is None:
            anaphoric = anaphoric or _anaphoric_date(scan, sentence, year)
            continue
        start, kind, organizer = located
        dated_by = sentence
        opening = opening_date(sentence, year)
        opener = opening_word(sentence) if opening else None
        if opening:
            date, written = opening
        else:
            spans = (citations or {}).get(index, ())
            # a date inside a document citation ("Nghị quyết 33 ngày 9/6/2014") is the
            # document's, not the meeting's
            inside = [found_date for start_char, end_char, found_date in dates_in(sentence)
                      if not any(a <= start_char and end_char <= b for a, b in spans)]
            date, written = (inside[0], True) if inside else (None, False)
            if date is None and year is not None and (day := next(
                    (match for match in _YEARLESS_DAY.finditer(sentence)
                     if not any(a <= match.start() and match.end() <= b for a, b in spans)), None)) is not None:
                date = valid(year, int(day.group(2)), int(day.group(1)))  # "tại kỳ họp bất thường ngày 7/8, …"
        earlier = next((text for text in sentences[max(0, index - 8):index][::-1] if opening_date(text, year)), None) \
            if date is None and _RIGHT_AFTER.match(sentence) else None
        if earlier is not None:  # ("Ngay sau đó, BCH … tiến hành Hội nghị lần thứ nhất": the day last named)
            (date, written), opener = opening_date(earlier, year), opening_word(earlier)
        if date is None and not found:
            # "Ngày 14/6/2023, Đoàn công tác ... đã có buổi làm việc"; the meeting named
            # later in the report ("chủ trì buổi làm việc") is the one the lead dates
            lead = next((text for text in sentences[:3] if opening_date(text, year)), None) or next(
                (text for text in sentences[3:6] if opening_date(text, year) and organizer.head in DELEGATIONS
                 and organizer.surface and organizer.surface in text), None)
            # (after page furniture: a lead that names the delegation, "Chiều 12/3, Đoàn công tác … đã kiểm tra")
            if lead is not None:
                (date, written), opener = opening_date(lead, year), opening_word(lead)
                from_lead.add(len(found))
                dated_by = lead
        by_term = False
        span = _SPAN.search(dated_by) or _BRACKETED_DAYS.search(dated_by) or _TWO_DAYS.search(dated_by)
        # "(từ ngày 12 đến 14/10/2020)", "trong hai ngày 28 và 29/6": a
        # meeting of several days starts on the first (in the sentence that gave the date)
        if span and (date is None or (int(span.group(1)) <= (date.day or 0) <= int(span.group(2))
                                      and date.month == int(span.group(3)))):  # (reported on a day within it)
            start_date = valid(int(span.group(4)) if span.group(4) else (date.year if date else year or 0),
                               int(span.group(3)), int(span.group(1)))
            if start_date is not None:
                date, written = start_date, bool(span.group(4)) or written
        if date is None and kind == "Congress":
            term = _TERM_START.search(sentence)  # "tổ chức Đại hội lần thứ XI, nhiệm kỳ 2023 - 2028"
            if term:
                date, written, by_term = PartialDate(int(term.group(1))), True, True
        tokens = scan.tokens
        label = sentence[tokens[start].start:tokens[min(len(tokens), start + 12) - 1].end]
        same = next((e for e in found if _same_body(e.organizer, organizer) and e.kind == kind), None)
        sent = next((e for e in found if e.kind == kind and _sent_by(organizer, e.organizer)), None)
        if same is None and sent is not None:  # the headline's "Ban X làm việc với …", the lead's "Đoàn
            sent.organizer = organizer  # công tác của Ban X … đã làm việc với …": one meeting, the delegation's
            same = sent
        if same is not None and date is not None and same.date is not None and date != same.date \
                and (sentence.lstrip().casefold().startswith("trước đó") or (date.day and same.date.day and dated_by is sentence)):
            same = None  # "Trước đó, chiều 4/5, Đoàn ĐBQH tỉnh đã tiếp xúc cử tri huyện X", "Sáng 23/8, Đoàn công
            # tác làm việc với …" after the day before's: another meeting
        if same is not None:  # a headline announced it; the lead gives its date
            finer = date is not None and same.date is not None and same.date.day is None and date.day is not None \
                and (same.date.year == date.year and same.date.month is None or same.date.month is not None and 0 <= (
                    date.year * 12 + (date.month or 0)) - (same.date.year * 12 + same.date.month) <= 1)
            # ("tháng 5 năm 2024", then "Sáng 31/5"; "phiên họp thường kỳ tháng 10", held "ngày 5/11"; "tháng
            # 12/2025", held "6/1")
            if ((same.date is None or same.by_term) and date is not None and not by_term) or finer:
                same.date, same.date_written, same.opener, same.by_term = date, written or same.date_written, opener, False
            if _named_area(organizer) > _named_area(same.organizer):  # "BTV Thành ủy" then "BTV Thành ủy Hải Phòng"
                same.organizer = organizer
            continue
        found.append(EventMention(kind, date, written, organizer, index, label, opener=opener, by_term=by_term))
    if len(found) == 1 and anaphoric is not None and anaphoric[0] == found[0].kind \
            and (found[0].date is None or 0 in from_lead or _within(found[0].date, anaphoric)):
        if found[0].date is not None and found[0].date_written and found[0].date != anaphoric[1]:
            found[0].reported_on = found[0].date
        found[0].date, found[0].date_written, found[0].by_term = anaphoric[1], anaphoric[2], False
    if any(event.date is not None for event in found):
        # "Tại kỳ họp, Quốc hội đã …", "HĐND 103 xã đã tổ chức kỳ họp thứ nhất": a session the
        # report recalls without a day is not one it reports beside the dated one
        found = [event for event in found if event.date is not None]
    return found


def _anaphoric_date(scan: SentenceScan, sentence: str, year: int | None):
    """"… ban hành Thông báo về kết quả Kỳ họp thứ 31. Kỳ họp diễn ra trong hai ngày 19 và
    20/9/2024": a sentence that opens with a meeting word and says when it took place →
    (kind, first day, year written); it dates the one meeting the article reports when
    the lead's date was only borrowed."""
    if " diễn ra " not in sentence:
        return None
    meeting = _meeting_kind([t.text for t in scan.tokens[:4]])
    if meeting is None and (named := _MEETING_HELD.search(sentence)) is not None:
        meeting = _meeting_kind(named.group(1).split())  # "…, kỳ họp thứ 12 của cơ quan này diễn ra trong …"
    days = _TWO_DAYS.search(sentence) or _SPAN.search(sentence)
    if meeting is None:
        return None
    if days is not None:
        day, month, written = days.group(1), days.group(3), days.group(4)
    elif (one := _ON_DAY.search(sentence)) is not None:  # "Kỳ họp diễn ra ngày 20/11, do …"
        day, month, written = one.group(1), one.group(3), one.group(4)
    else:
        return None
    date = valid(int(written) if written else (year or 0), int(month), int(day))
    last = int(days.group(2)) if days is not None else int(day)
    return (meeting[1], date, bool(written), last) if date is not None else None


def _within(date: PartialDate, anaphoric) -> bool:
    """"Chiều 7/12, tiếp tục chương trình kỳ họp …" of a session "từ ngày 6 đến ngày 8/12": a day
    of it, which starts on the first."""
    first, last = anaphoric[1], anaphoric[3]
    return date.day is not None and (date.year, date.month) == (first.year, first.month) \
        and first.day < date.day <= last


_HELD_ON = re.compile(r"\s*(?:đã\s+)?(?:được\s+)?tổ chức(?:\s+thành công)?\s+(?:vào\s+)?(?:(?:ngày\s+)?"
                      r"(\d{1,2})\s*/\s*|tháng\s+)(\d{1,2})\s*/\s*((?:19|20)\d{2})")
_HELD_NEXT = re.compile(r"^Đại hội\b[^.;]{0,20}?(?=\s*(?:đã\s+)?(?:được\s+)?tổ chức)")  # "Đại hội được tổ chức … vào tháng 10/2025"
_RIGHT_AFTER = re.compile(r"^(?:(?:sáng|chiều|tối|trưa) )?(?:Ngay sau đó|Ngay sau|Cùng ngày|Ngay trong ngày)\b",
                          re.IGNORECASE)  # ("Chiều cùng ngày, Đoàn công tác làm việc với …")
_MEETING_HELD = re.compile(r"\b(kỳ họp|phiên họp|hội nghị|cuộc họp)\b[^.;:]{0,40}? diễn ra ", re.IGNORECASE)
_TWO_DAYS = re.compile(r"(?:trong\s+)?(?:hai|2|ba|3)\s+ngày\s+(\d{1,2})\s*(?:và|,)\s*(\d{1,2})\s*[/-]\s*(\d{1,2})"
                       r"(?:\s*[/-]\s*((?:19|20)\d{2}))?", re.IGNORECASE)
_ON_DAY = re.compile(r"diễn ra\s+(?:vào\s+)?(?:(?:sáng|chiều|tối)\s+)?(?:ngày\s+)?(\d{1,2})\s*([/.-])\s*(\d{1,2})"
                     r"(?:\s*\2\s*((?:19|20)\d{2}))?", re.IGNORECASE)  # ("ngày 29-8-2023": one separator)
_SPAN = re.compile(r"từ\s+(?:ngày\s+)?(\d{1,2})\s*(?:đến|-|–)\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})"
                   r"(?:\s*[/.-]\s*((?:19|20)\d{2}))?", re.IGNORECASE)
# "bế mạc sau hai ngày làm việc (15 và 16/10)": the days in brackets
_BRACKETED_DAYS = re.compile(r"\((\d{1,2})\s*(?:và|-|–)\s*(\d{1,2})\s*[/.]\s*(\d{1,2})(?:\s*[/.]\s*((?:19|20)\d{2}))?\)")
_TERM_START = re.compile(r"nhiệm kỳ\s+((?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}")
_CONGRESS_THEN_BODY = re.compile(
    r"(?<!Nghị quyết )(?<!nghị quyết )Đại hội (?:đại biểu )?(?:\(?lần thứ [IVXLC]+\)?,?\s*)?nhiệm kỳ\s+"
    r"(?P<start>(?:19|20)\d{2})\s*[-–]\s*(?:19|20)\d{2}\s*,?\s*(?P<body>Đảng bộ [^,.;()]{2,60})")


def past_congresses(scans: list[SentenceScan], sentences: list[str]) -> list[EventMention]:
    """A congress 'nhiệm kỳ 2015-2020' is dated by the first year of its term."""
    found: list[EventMention] = []
    for index, (scan, sentence) in enumerate(zip(scans, sentences)):
        for match in [*_CONGRESS.finditer(sentence), *_CONGRESS_THEN_BODY.finditer(sentence)]:
            position = next((k for k, t in enumerate(scan.tokens) if t.start == match.start("body")), None)
            if position is None:
                continue
            parsed = parse_committee(scan.tokens, position, sentence) or mass_organization(scan.tokens, position, sentence)
            if not parsed:  # ("Đại hội đại biểu Hội CCB tỉnh lần thứ VII, nhiệm kỳ 2022 - 2027": a mass organization's)
                continue
            held = _HELD_ON.match(sentence, match.end())  # "… được tổ chức thành công vào ngày 28/7/2025"
            following = sentences[index + 1] if index + 1 < len(sentences) else ""
            if held is None and (next_one := _HELD_NEXT.match(following)):  # ("Đại hội được tổ chức …" next)
                held = _HELD_ON.match(following, next_one.end())
            date = (valid(int(held.group(3)), int(held.group(2)), int(held.group(1))) if held.group(1)
                    else PartialDate(int(held.group(3)), int(held.group(2)))) if held else None
            found.append(EventMention("Congress", date or PartialDate(int(match.group("start"))), True, parsed[1],
                                      index, match.group(0), past=True))
    return found
