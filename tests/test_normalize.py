import unicodedata

import pytest
from hypothesis import given, settings, strategies as st

from graph.normalize import (canonical, clean_spaces, converted_tones, full_canonical, modern_tones, normalize_text,
                             strip_furniture)


@pytest.mark.parametrize("old, new", [
    ("Tỉnh uỷ", "Tỉnh ủy"), ("hoá", "hóa"), ("khoá XI", "khóa XI"), ("Thanh Hoá", "Thanh Hóa"),
    ("Hoà Bình", "Hòa Bình"), ("Uỷ ban", "Ủy ban"), ("thuỷ", "thủy"), ("xoè", "xòe"), ("UỶ BAN", "ỦY BAN"),
])
def test_normalize_moves_old_tone_marks(old, new):
    assert modern_tones(old) == new


@pytest.mark.parametrize("word", ["quý", "hoàn", "tuyển", "thuyền", "hóa", "Tỉnh ủy", "khuya", "quỳnh"])
def test_normalize_leaves_modern_and_closed_syllables(word):
    assert modern_tones(word) == word


def test_normalize_composes_decomposed_text():
    decomposed = unicodedata.normalize("NFD", "Nghị quyết")
    assert modern_tones(decomposed) == "Nghị quyết"


def test_normalize_spaces_and_zero_width():
    assert clean_spaces("a\u00a0\u00a0b\u200b c\r\nd") == "a b c\nd"


def test_normalize_strips_furniture_and_footer():
    text = ("Tiêu đề\nz523_abc copy.jpg\nNội dung bài.\nNguồn tin: Theo Báo X\nTổng số điểm\n"
            "Đảng bộ tỉnh Hà Tĩnh")
    assert strip_furniture(text) == "Tiêu đề\nNội dung bài."


def test_normalize_strips_site_prefix():
    assert normalize_text("(Baohatinh.vn) - Phó Bí thư phát biểu.") == "Phó Bí thư phát biểu."


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert unicodedata.is_normalized("NFC", once)


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_normalize_canonical_is_single_line(text):
    assert "\n" not in canonical(text)
    assert canonical(canonical(text)) == canonical(text)


# Vietnamese letters in both forms, the tone marks alone, and the spaces and marks the shortcuts look for.
_VIETNAMESE_TEXT = st.lists(st.sampled_from(list("oOuUaAeEyYhqgiđ ") + ["\u0300", "\u0301", "\u0303", "\u0309",
                                                                        "\u0323", "\u0302", "\u031b", "\u00a0", "\n",
                                                                        "\t", "\u200b", "\x07", "  "]
                                          + [unicodedata.normalize("NFC", v + t) for v in "aeyoAEYO"
                                             for t in "\u0300\u0301\u0303\u0309\u0323"]), max_size=40).map("".join)


@settings(max_examples=600)
@given(st.one_of(_VIETNAMESE_TEXT, st.text(max_size=40)))
def test_the_shortcuts_for_text_already_canonical_change_no_result(text):
    assert modern_tones(text) == converted_tones(text)
    assert canonical(text) == full_canonical(text)


def test_the_party_sites_short_committee_word_is_spelled_out_but_not_in_a_document_code():
    from graph.normalize import normalize_text

    text = normalize_text("đ/c A, Phó Bí thư ĐU, Chủ tịch UBND xã; BTV ĐU xã X; Kế hoạch số 12-KH/ĐU.")
    assert "Phó Bí thư Đảng ủy," in text and "BTV Đảng ủy xã X" in text and "12-KH/ĐU" in text


def test_a_list_of_earlier_stories_ends_the_article():
    from graph.normalize import strip_furniture

    text = "Ban Thường trực họp.\n\nTin, ảnh: Kim Hoà\n\nCác tin đã đưa:\n- Hội Nông dân huyện X tổ chức đại hội"
    assert "Hội Nông dân" not in strip_furniture(text) and "Tin, ảnh: Kim Hoà" in strip_furniture(text)


def test_a_share_widget_between_headline_and_lead_does_not_end_the_article():
    from graph.normalize import strip_furniture

    text = ("Tỉnh A và tỉnh B ký biên bản ghi nhớ hợp tác\n\nChia sẻ bài viết\n\nSáng 21/10, UBND tỉnh A tiếp và "
            "làm việc với Đoàn đại biểu tỉnh B do ông X, Tỉnh trưởng tỉnh B làm Trưởng đoàn, tại trụ sở UBND "
            "tỉnh, trong khuôn khổ chuyến thăm hữu nghị.\n\nChia sẻ bài viết\nTin liên quan\nTỉnh C khai mạc kỳ họp")
    kept = strip_furniture(text)
    assert "Sáng 21/10" in kept and "Tỉnh C" not in kept and "Chia sẻ" not in kept


def test_a_table_row_copied_with_tabs_reads_as_a_person_and_posts():
    from graph.normalize import clean_spaces

    assert clean_spaces("3\tLò Văn Tư\tTỉnh ủy viên,\tPhó Chủ tịch HĐND tỉnh\t") == \
        "Lò Văn Tư, Tỉnh ủy viên, Phó Chủ tịch HĐND tỉnh"
    assert clean_spaces("Họ và tên\tChức vụ") == "Họ và tên, Chức vụ"


def test_a_bulleted_line_that_ends_like_a_sentence_is_kept_and_a_bulleted_headline_dropped():
    from graph.normalize import strip_furniture
    text = "Hội nghị quán triệt:\n• Nghị quyết số 57-NQ/TW về khoa học;\n• Phường X ra mắt mô hình mới\n"
    kept = strip_furniture(text)
    assert "• Nghị quyết số 57-NQ/TW về khoa học;" in kept and "ra mắt mô hình mới" not in kept
