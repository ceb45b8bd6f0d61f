"""Articles as researchers have them: encodings, HTML pages, JSON Lines, metadata."""
import json

import pytest
from hypothesis import given, settings, strategies as st

from graph.errors import InputError
from graph.sources import decode_text, iter_sources, read_source

ARTICLE = "Chiều 22/7, Tỉnh ủy Nghệ An tổ chức hội nghị. Bí thư Tỉnh ủy Nguyễn Văn An phát biểu."


def articles(path):
    return [a for a in read_source(path) if not isinstance(a, InputError)]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_sources_decode_encodings(tmp_path, encoding):
    path = tmp_path / "a.txt"
    import unicodedata
    path.write_bytes(ARTICLE.encode(encoding) if encoding != "cp1258" else _cp1258(ARTICLE))
    found = articles(path)
    assert unicodedata.normalize("NFC", found[0].text).startswith("Chiều 22/7, Tỉnh ủy Nghệ An")


def _cp1258(text):
    """Windows-1258 as Vietnamese Windows wrote it: precomposed vowels, combining tones."""
    import unicodedata
    tones = "\u0300\u0301\u0303\u0309\u0323"
    out = bytearray()
    for char in text:
        try:
            out += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            out += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(out)


@pytest.mark.parametrize("sample, name", [
    ("Bé thuª TØnh ñy NghÖ An ®· ph¸t biÓu chØ ®¹o héi nghÞ vÒ c«ng t¸c c¸n bé", "TCVN3"),
    ("Bí thö Tænh uûy Ngheä An ñaõ phaùt bieåu chæ ñaïo hoäi nghò veà coâng taùc caùn boä", "VNI"),
])
def test_sources_refuse_font_encodings_clearly(tmp_path, sample, name):
    path = tmp_path / "old.txt"
    path.write_text(sample, encoding="utf-8")
    with pytest.raises(InputError, match=f"looks like {name}"):
        articles(path)


def test_sources_front_matter_and_sidecar(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text("---\nurl: https://baonghean.vn/a\ndate: 2024-07-22\n---\n" + ARTICLE, encoding="utf-8")
    found = articles(path)[0]
    assert found.url == "https://baonghean.vn/a" and found.date_hint == "2024-07-22"
    assert found.text.startswith("Chiều 22/7")
    other = tmp_path / "b.txt"
    other.write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "b.json").write_text(json.dumps({"url": "https://x.vn/b", "date": "2023-01-05"}))
    assert articles(other)[0].date_hint == "2023-01-05"


def test_sources_html_page_through_trafilatura(tmp_path):
    pytest.importorskip("trafilatura")
    page = tmp_path / "page.html"
    page.write_text(f"""<!DOCTYPE html><html><head><title>Hội nghị Tỉnh ủy Nghệ An</title>
<meta property="article:published_time" content="2024-07-22T10:00:00+07:00"></head>
<body><nav><a href="/">Trang chủ</a> | <a href="/tin">Tin tức</a></nav>
<article><h1>Hội nghị Tỉnh ủy Nghệ An</h1><p>{ARTICLE}</p><p>{ARTICLE}</p></article>
<footer>Bản quyền thuộc Báo Nghệ An</footer></body></html>""", encoding="utf-8")
    found = articles(page)[0]
    assert "Bí thư Tỉnh ủy Nguyễn Văn An" in found.text and "Trang chủ" not in found.text
    assert found.date_hint == "2024-07-22"


def test_sources_jsonl_archive_reports_bad_lines(tmp_path):
    archive = tmp_path / "archive.jsonl"
    archive.write_text("\n".join([json.dumps({"id": "x1", "text": ARTICLE, "date": "2024-07-22"}),
                                  "{not json", json.dumps({"id": "x3"}), json.dumps({"text": ARTICLE})]),
                       encoding="utf-8")
    errors = []
    found = list(iter_sources([archive], on_error=errors.append))
    assert [a.identifier for a in found] == ["x1", "archive#4"]
    assert [str(e).split(": ", 1)[0] for e in errors] == [f"{archive}:2", f"{archive}:3"]


def test_sources_file_removed_mid_build(tmp_path):
    path = tmp_path / "gone.txt"
    errors = []
    assert list(iter_sources([path], on_error=errors.append)) == []
    assert "no such file" in str(errors[0])


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=400))
def test_sources_random_bytes_decode_or_refuse(data):
    from pathlib import Path
    try:
        text = decode_text(data, Path("x.txt"))
    except InputError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in str(error)
    else:
        assert isinstance(text, str)


@settings(max_examples=100, deadline=None)
@given(st.lists(st.one_of(st.text(max_size=30), st.dictionaries(st.text(max_size=5), st.text(max_size=20))), max_size=6))
def test_sources_jsonl_never_crashes(tmp_path_factory, lines):
    archive = tmp_path_factory.mktemp("j") / "a.jsonl"
    archive.write_text("\n".join(json.dumps(x) if isinstance(x, dict) else x.replace("\n", " ") for x in lines),
                       encoding="utf-8")
    errors = []
    for article in iter_sources([archive], on_error=errors.append):
        assert article.text.strip()
