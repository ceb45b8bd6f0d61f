"""Meetings an article reports ("X tổ chức hội nghị ...") and past congresses it
mentions ("Đại hội đại biểu Đảng bộ thị xã X nhiệm kỳ 2015-2020")."""
from __future__ import annotations

import re
from dataclasses import dataclass

from graph.extract.bodies import parse_committee
from graph.extract.dates import opening_date, dates_in
from graph.extract.scan import SentenceScan
from graph.types import BodySpec, PartialDate

_MEETING_WORDS = {
    "hội nghị": "Conference", "hội thảo": "Conference", "đại hội": "Congress", "buổi làm việc": "Meeting",
    "cuộc họp": "Meeting", "phiên họp": "Meeting", "kỳ họp": "Meeting", "tọa đàm": "Meeting",
}
_CONGRESS = re.compile(
    r"(?<!Nghị quyết )(?<!nghị quyết )Đại hội (?:đại biểu )?(?P<body>Đảng bộ [^,.;()]{2,60}?)\s*"
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


def _meeting_kind(words: list[str]) -> tuple[str, str] | None:
    text = " ".join(words).casefold()
    for phrase, kind in _MEETING_WORDS.items():
        if text.startswith(phrase):
            return phrase, kind
    return None


def reported_meetings(scans: list[SentenceScan], sentences: list[str], year: int | None) -> list[EventMention]:
    """'<body> (đã) tổ chức <meeting word>': the body organizes the meeting reported."""
    found: list[EventMention] = []
    for index, (scan, sentence) in enumerate(zip(scans, sentences)):
        tokens = scan.tokens
        for position in range(len(tokens) - 2):
            if tokens[position].low != "tổ" or tokens[position + 1].low != "chức":
                continue
            words = [t.text for t in tokens[position + 2:position + 6]]
            meeting = _meeting_kind(words)
            if not meeting:
                continue
            organizer = None
            for item in scan.items:
                if item.kind == "body" and position - 3 <= item.end <= position:
                    organizer = item.body
            if organizer is None:
                continue
            opening = opening_date(sentence, year)
            if opening:
                date, written = opening
            else:
                inside = dates_in(sentence)
                date, written = (inside[0][2], True) if inside else (None, False)
            label_end = min(len(tokens), position + 14)
            label = sentence[tokens[position + 2].start:tokens[label_end - 1].end]
            found.append(EventMention(meeting[1], date, written, organizer, index, label))
            break
    return found


def past_congresses(scans: list[SentenceScan], sentences: list[str]) -> list[EventMention]:
    """A congress 'nhiệm kỳ 2015-2020' is dated by the first year of its term."""
    found: list[EventMention] = []
    for index, (scan, sentence) in enumerate(zip(scans, sentences)):
        for match in _CONGRESS.finditer(sentence):
            position = next((k for k, t in enumerate(scan.tokens) if t.start == match.start("body")), None)
            if position is None:
                continue
            parsed = parse_committee(scan.tokens, position, sentence)
            if not parsed:
                continue
            found.append(EventMention("Congress", PartialDate(int(match.group("start"))), True, parsed[1],
                                      index, match.group(0), past=True))
    return found
