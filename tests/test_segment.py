import pytest
from hypothesis import given, settings, strategies as st

from graph.segment import split_sentences


def test_segment_splits_sentences_with_offsets():
    text = "Câu một. Câu hai!\nĐoạn mới."
    sentences = split_sentences(text)
    assert [s.text for s in sentences] == ["Câu một.", "Câu hai!", "Đoạn mới."]
    assert [s.paragraph for s in sentences] == [0, 0, 1]
    assert all(text[s.start:s.start + len(s.text)] == s.text for s in sentences)


@pytest.mark.parametrize("text", [
    "TP. Hà Tĩnh tổ chức hội nghị.",
    "2.1. Tiến hành sơ kết giữa nhiệm kỳ.",
    "Theo ThS. Nguyễn Văn A phát biểu.",
])
def test_segment_keeps_abbreviations_inside(text):
    assert len(split_sentences(text)) == 1


@settings(max_examples=200, deadline=None)
@given(st.text())
def test_segment_never_loses_text(text):
    sentences = split_sentences(text)
    joined = "".join(s.text for s in sentences)
    assert "".join(joined.split()) == "".join(text.split())
