import pytest

from graph.extract.dates import dates_in, header_date, infer_year, opening_date
from graph.types import PartialDate


@pytest.mark.parametrize("lines, expected", [
    (["Ngày cập nhật 02/08/2019"], "2019-08-02"),
    (["Thứ hai - 11/03/2024 19:44 13 0"], "2024-03-11"),
    (["date 2023-07 Chia sẻ kinh nghiệm"], "2023-07"),
    (["Thứ Ba, 12/04/2022 - 09:15"], "2022-04-12"),
    (["Cập nhật: 15:30 ngày 03/06/2021"], "2021-06-03"),
    (["Ngày đăng: 20/10/2023"], "2023-10-20"),
    (["Ngày 22/3/2023, Ban Thường vụ Tỉnh ủy tổ chức Hội nghị cán bộ chủ chốt các xã, phường, thị trấn"], None),
])
def test_extract_dates_header(lines, expected):
    found = header_date(lines)
    assert (found.iso() if found else None) == expected


@pytest.mark.parametrize("sentence, year, expected", [
    ("Chiều 22/7, Thành ủy tổ chức hội nghị.", 2024, ("2024-07-22", False)),
    ("Sáng nay (15/7), Cụm Thi đua tổ chức hội nghị.", 2023, ("2023-07-15", False)),
    ("Ngày 22/3/2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", None, ("2023-03-22", True)),
    ("Hội nghị diễn ra chiều 22/7.", 2024, None),
])
def test_extract_dates_opening(sentence, year, expected):
    found = opening_date(sentence, year)
    assert ((found[0].iso(), found[1]) if found else None) == expected


def test_extract_dates_elapsed_years_give_the_year():
    assert infer_year("tổng kết 15 năm thực hiện Nghị quyết số 09-NQ/TU ngày 19/8/2009 của BTV") == 2024


def test_extract_dates_future_targets_do_not_count():
    assert infer_year("Từ năm 2016 đến nay; mục tiêu đến năm 2030, tầm nhìn 2045.") == 2016


def test_extract_dates_in_sentence():
    assert [d.iso() for _, _, d in dates_in("ngày 19/8/2009 và tháng 5/2018, ngày 3 tháng 2 năm 2020")] == \
        ["2009-08-19", "2018-05", "2020-02-03"]
    assert PartialDate(2020, 2).iso() == "2020-02"


def test_a_year_named_once_ahead_does_not_date_a_report_citing_papers_of_its_month():
    from graph.extract.dates import infer_year

    text = ("Chiều 30-10, UBND huyện họp. Thực hiện Công văn số 3456/UBND-TH ngày 15/10/2024 của UBND tỉnh, "
            "10 tháng năm 2024 thu ngân sách đạt 87%. UBND huyện cho ý kiến về giá dịch vụ năm 2025.")
    assert infer_year(text, 10) == 2024
    assert infer_year("Sáng 3/5, huyện họp. Năm 2025, huyện đạt 90% kế hoạch; năm 2024 đạt 80%.", 5) == 2025


def test_a_date_line_below_a_masthead_menus_and_a_headline_is_the_header_date():
    from graph.extract.dates import header_date

    lines = ["BÁO ĐIỆN TỬ", "Thời sự | Chính trị | Kinh tế", "Chính trị > Xây dựng Đảng", "",
             "Huyện ủy sơ kết nghị quyết", "", "Đăng ngày: 08/11/2022 - 15:30", "Chia sẻ | In bài", "",
             "Chiều 7/11, Huyện ủy tổ chức hội nghị."]
    assert header_date(lines).iso() == "2022-11-08"


def test_a_congress_reported_in_the_lead_is_held_where_one_term_ends_and_the_next_begins():
    from graph.extract.dates import infer_year

    text = ("Đảng bộ xã Long Sơn đại hội lần thứ XIII\n\nTrong 2 ngày 17 và 18/6, Đảng bộ xã Long Sơn tổ chức Đại hội "
            "đại biểu lần thứ XIII. Theo Kế hoạch số 12-KH/HU ngày 12/6/2019, nhiệm kỳ 2015 - 2020, Đảng bộ xã đã "
            "hoàn thành các chỉ tiêu.")
    assert infer_year(text, 6) == 2020


def test_a_lead_may_open_with_a_hyphenated_paper_code():
    from graph.extract.dates import opening_date

    date, written = opening_date("BR-VT - Chiều 4/7, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.", 2023)
    assert date.iso() == "2023-07-04" and not written
