"""Dates: the article's own date from its header lines, dates inside sentences, and the
year a bare "Chiều 22/7" belongs to."""
from __future__ import annotations

import re
from itertools import islice

from graph.types import PartialDate

_DMY = re.compile(r"(?<![\d/])(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d{2})(?![\d/])")
_DMY_WORDS = re.compile(r"(?:ngày\s+|(?<![\w/.-]))(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d{2})", re.IGNORECASE)
_MY = re.compile(r"tháng\s+(\d{1,2})\s*(?:/|năm)\s*((?:19|20)\d{2})", re.IGNORECASE)
_ISO = re.compile(r"(?<!\d)((?:19|20)\d{2})-(\d{2})(?:-(\d{2}))?(?!\d)")
_DM = re.compile(r"(?<![\d/])(\d{1,2})/(\d{1,2})(?![\d/])")
# The lead of a report: a site or agency tag ("Baophutho.vn -", "(Baohatinh.vn) -",
# "TTXVN -"), then "Chiều 22/7", "Ngày 18/9/2023", or a span of days ("Trong hai ngày 5 và
# 6/8", "Từ 12 - 14/7/2020", "Trong 3 ngày, từ 12 - 14/7/2020", "Trong hai ngày 10 và
# 11-4-2019") whose first day counts.
_LEAD_TAG = r"(?:\(.*?\)\s*[-–]?\s*|[\w.-]+\.(?:vn|com|net|org)\s*[-–:]\s*|[A-ZĐ]{2,8}(?:-[A-ZĐ]{1,4})?(?:\.VN)?(?:\s+[Oo]nline)?\s*[-–]\s*)?"
_TIME_OF_DAY = re.compile(
    r"^" + _LEAD_TAG + r"(?:(?:trong\s+(?:\d+|hai|ba|bốn|năm)\s+ngày(?:\s+làm việc)?(?:\s+liên tục)?\s*,?\s*)?"
    r"(?:từ\s+)?(?:ngày\s+)?(?=\d{1,2}\s*(?:-|–|và|đến)\s*(?:ngày\s+)?\d{1,2}\s*(?:/|[.-]\s*\d{1,2}\s*[.-]\s*(?:19|20)\d{2}))"
    r"()(\d{1,2})\s*(?:-|–|và|đến)\s*(?:ngày\s+)?\d{1,2}"
    r"\s*[/.-]\s*(\d{1,2})(?:\s*[/.-]\s*((?:19|20)\d{2}))?"
    r"|(?:trước đó\s*,\s*)?(?:theo\s+(?:thông báo|kết luận|báo cáo)\b[^,.;]{0,60},\s*)?(?:cũng\s+)?(?:trong\s+)?(?:vào\s+)?(?:lúc\s+\d{1,2}\s*(?:giờ|h)\s*(?:\d{1,2}\s*(?:phút)?)?\s*,?\s*)?"
    r"(sáng|chiều|tối|trưa|đêm|ngày|hôm nay|hôm qua|sáng nay|chiều nay|tối nay)(?:\s+(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ nhật))?"
    r"(?:\s+(?:nay|qua|mai))?\s*,?\s*\(?\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})(?!\d)(?!\s+tháng)"
    r"(?:\s*[/.-]\s*((?:19|20)\d{2}))?"
    r"|(?:cũng\s+)?(sáng|chiều|tối|trưa|ngày)\s+(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})"
    r"(?:\s+năm\s+((?:19|20)\d{2}))?)",  # "Chiều 22/7", "Sáng 14-3" (Tuổi Trẻ), "Ngày 14.3.2024", "Ngày 5 tháng 3 năm 2024"
    re.IGNORECASE,
)
_HEADER_WORDS = re.compile(
    r"^(date|ngày cập nhật|cập nhật|ngày đăng|đăng ngày|ngày|thời gian|published|posted|"
    r"thứ (?:hai|ba|tư|năm|sáu|bảy)|chủ nhật)\b", re.IGNORECASE)
_MASTHEAD_WORDS = re.compile(r"đăng nhập|đăng ký|liên hệ|quảng cáo|°C", re.IGNORECASE)
_ELAPSED = re.compile(r"(\d{1,3})\s+năm\s+(?:thực hiện|triển khai|thi hành|tổ chức thực hiện|xây dựng)\b[^.]{0,200}?"
                      r"(?:ngày\s+\d{1,2}/\d{1,2}/|năm\s+|\()((?:19|20)\d{2})", re.IGNORECASE)
_ELAPSED_RANGE = re.compile(r"\(((?:19|20)\d{2})\s*[-–]\s*((?:19|20)\d{2})\)")


def valid(year: int, month: int | None = None, day: int | None = None) -> PartialDate | None:
    if not 1900 <= year <= 2100:
        return None
    if month is not None and not 1 <= month <= 12:
        return None
    if day is not None and not 1 <= day <= 31:
        return None
    return PartialDate(year, month, day)


def header_date(lines: list[str]) -> PartialDate | None:
    """The article's date from a date line near the top ("Ngày cập nhật 02/08/2019",
    "Thứ hai - 11/03/2024 19:44", "date 2023-07"), at the precision written."""
    today = None  # a masthead's "Thứ Ba, 21/05/2019 | Đăng nhập | Đăng ký": the day the page was read
    for line in islice((line for line in lines if line.strip()), 8):  # (below a masthead, menus and a headline)
        stripped = line.strip()
        if len(stripped.split()) > 14:
            continue
        found = None
        iso = _ISO.search(stripped)
        if iso and (_HEADER_WORDS.match(stripped) or stripped.startswith(iso.group(0))):
            year, month, day = iso.groups()
            found = valid(int(year), int(month), int(day) if day else None)
        dmy = _DMY.search(stripped) if found is None else None
        if dmy and (_HEADER_WORDS.match(stripped) or dmy.start() < 3 or re.search(r"\d{1,2}:\d{2}", stripped)):
            day, month, year = dmy.groups()
            found = valid(int(year), int(month), int(day))
        if found is not None and "|" in stripped and _MASTHEAD_WORDS.search(stripped):
            today = today or found
        elif found is not None:
            return found
    return today


def dates_in(text: str) -> list[tuple[int, int, PartialDate]]:
    """Every full or month-level date in a sentence with its span."""
    found = []
    for pattern, order in ((_DMY, "dmy"), (_DMY_WORDS, "dmy"), (_MY, "my")):
        for match in pattern.finditer(text):
            groups = [int(g) for g in match.groups()]
            date = valid(groups[2], groups[1], groups[0]) if order == "dmy" else valid(groups[1], groups[0])
            if date and not any(a < match.end() and match.start() < b for a, b, _ in found):
                found.append((match.start(), match.end(), date))
    found.sort(key=lambda item: item[0])
    return found


def opening_date(sentence: str, year: int | None) -> tuple[PartialDate, bool] | None:
    """The date a report opens with ("Chiều 22/7,", "Ngày 22/3/2023,") and whether the
    year was written (False: it came from `year`)."""
    match = _TIME_OF_DAY.match(sentence.strip())
    if not match:
        return None
    _, day, month, written_year = _opening_parts(match)
    if written_year:
        date = valid(int(written_year), int(month), int(day))
        return (date, True) if date else None
    if year is None:
        return None
    date = valid(year, int(month), int(day))
    return (date, False) if date else None


_SPAN_END = re.compile(r"\d{1,2}\s*(?:-|–|và|đến)\s*(?:ngày\s+)?(\d{1,2})\s*[/.-]\s*(\d{1,2})")


def opening_last_day(sentence: str, year: int | None) -> PartialDate | None:
    """The last day of a span a report opens with ("Trong 2 ngày 8 và 9-7-2020, …"): the
    report is written once it is over."""
    opening = opening_date(sentence, year)
    if opening is None or opening_word(sentence) != "":
        return opening[0] if opening else None
    span = _SPAN_END.search(sentence)
    last = valid(opening[0].year, int(span.group(2)), int(span.group(1))) if span else None
    first = opening[0]
    return last if last is not None and (last.month, last.day) >= (first.month, first.day) else first


def opening_word(sentence: str) -> str | None:
    """"sáng", "chiều", "ngày"... of a report's opening date; "" for a span of days."""
    match = _TIME_OF_DAY.match(sentence.strip())
    if not match:
        return None
    word = _opening_parts(match)[0]
    return word.casefold() if word else ""


def _opening_parts(match: re.Match) -> tuple[str | None, str, str, str | None]:
    """(word, day, month, year) of whichever form of _TIME_OF_DAY matched: a span of days,
    "Chiều 22/7", or "Ngày 5 tháng 3 năm 2024"."""
    groups = match.groups()
    for start in (0, 4, 8):
        if groups[start + 1] is not None:
            return groups[start] or None, groups[start + 1], groups[start + 2], groups[start + 3]
    raise ValueError("no date in the match")


_PLAN_WORDS = ("nhiệm vụ", "kế hoạch", "dự toán", "phương hướng", "năm tới", "chỉ tiêu", "mục tiêu", "đầu năm",
               "nhiệm kỳ", "chương trình", "đề nghị")  # (in a December report, "nhiệm kỳ 2026 - 2031" is the term ahead)


def infer_year(text: str, month: int | None = None) -> int | None:
    """The year of an undated report: "15 năm thực hiện ... 2009" means 2024; else the
    latest year the text speaks of as past or present. A report dated in November or
    December reviews its own year and plans the next ("nhiệm vụ năm 2024" on 19/12/2023):
    a latest year named only as a plan is then the next one, not the report's."""
    for match in _ELAPSED.finditer(text):
        return int(match.group(2)) + int(match.group(1))
    for match in _ELAPSED_RANGE.finditer(text):
        return int(match.group(2))
    years, planned = [], []
    for match in re.finditer(r"(?<![\d/-])((?:19|20)\d{2})(?![\d/-])", text):
        before = text[max(0, match.start() - 14):match.start()].casefold()
        if any(word in before for word in ("đến năm", "tầm nhìn", "đến ", "trước năm", "- ", "–")):
            continue
        years.append(int(match.group(1)))
        if any(word in text[max(0, match.start() - 40):match.start()].casefold() for word in _PLAN_WORDS):
            planned.append(int(match.group(1)))
    if not years:  # only full dates ("theo Kế hoạch số 15 ngày 10/2/2026", "bầu cử vào ngày 15/3/2026")
        years = [int(year) for _, year in _FULL_DATE.findall(text)]
        if not years:
            return None
    latest = max(years)
    if re.search(r"(?<!về )(?<!việc )(?:tổ chức|khai mạc) Đại hội", text[:400]):  # (not a plan "về tổ chức Đại hội")
        # a congress reported in the lead is held in the year one term ends and the next begins
        bounds = [int(y) for pair in re.findall(r"nhiệm kỳ\s+((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)", text)
                  for y in pair]
        known = max([latest] + [int(y) for _, y in _FULL_DATE.findall(text)])  # (dates of papers count here)
        if (after := [y for y in bounds if known <= y <= known + 1]):
            return min(after)
    if month is not None and month >= 11 and latest - 1 in years and years.count(latest) == planned.count(latest):
        return latest - 1
    if month is not None and _dated_in_the_month_before(text, month, latest):
        return latest - 1
    return latest


_FULL_DATE = re.compile(r"(?<![\d/])\d{1,2}/(\d{1,2})/((?:19|20)\d{2})(?![\d/])")


def _dated_in_the_month_before(text: str, month: int, latest: int) -> bool:
    """"Chiều 30-10, …" citing papers of 15/10/2024 and 18/10/2024 and naming "năm 2025"
    only as a year ahead: the report is of 2024. Documents dated in the report's month (or
    the one before) of the year before the latest, and none of the latest year."""
    dates = [(int(m), int(y)) for m, y in _FULL_DATE.findall(text)]
    return any(y == latest - 1 and m in {month, month - 1} for m, y in dates) \
        and not any(y == latest for _, y in dates) and len(re.findall(rf"(?<!\d){latest}(?!\d)", text)) <= 2
