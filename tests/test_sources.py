"""Articles as researchers have them: encodings, font mojibake, HTML pages, JSON Lines,
sidecars and front matter; every bad case is one InputError line naming the file."""
import json
import unicodedata
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

import graph.load
from graph.errors import InputError
from graph.sources import (FORMATS, TCVN3, decode_text, detect_format, fix_font_encoding, iso_date,
                           iter_sources, read_source, tcvn3_to_unicode, vni_to_unicode)
from tests.conftest import DATA

SOURCES = DATA / "sources"
ARTICLE = ("Sáng 3/6, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị quán triệt Kết luận số 01-KL/TW "
           "ngày 18/5/2021 của Bộ Chính trị.\n"
           "Dự hội nghị có đồng chí Thái Thanh Quý, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy; đồng chí "
           "Nguyễn Đức Trung, Phó Bí thư Tỉnh ủy, Chủ tịch UBND tỉnh.\n"
           "Đồng chí Hoàng Nghĩa Hiếu, Trưởng ban Tuyên giáo Tỉnh ủy trình bày nội dung Kết luận.\n")
TCVN3_TEXT = "Céng hoµ x· héi chñ nghÜa ViÖt Nam. §éc lËp - Tù do - H¹nh phóc. BÝ th­ TØnh ñy NghÖ An ph¸t biÓu."
VNI_TEXT = "Coäng hoaø xaõ hoäi chuû nghóa Vieät Nam. Ñoäc laäp - Töï do - Haïnh phuùc. Bí thö Tænh uûy Ngheä An phaùt bieåu."
PLAIN = "Cộng hoà xã hội chủ nghĩa Việt Nam. Độc lập - Tự do - Hạnh phúc. Bí thư Tỉnh ủy Nghệ An phát biểu."


def one(path, errors=None):
    found = list(read_source(path, errors.append if errors is not None else None))
    assert len(found) == 1
    return found[0]


def cp1258(text):
    """Windows-1258 as Vietnamese Windows wrote it: the precomposed letters it has, then
    combining tone marks."""
    tones = "\u0300\u0301\u0303\u0309\u0323"
    data = bytearray()
    for char in text:
        try:
            data += char.encode("cp1258")
        except UnicodeEncodeError:
            parts = unicodedata.normalize("NFD", char)
            base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in tones))
            data += (base + "".join(c for c in parts if c in tones)).encode("cp1258")
    return bytes(data)


# ------------------------------------------------------------------ the fixtures
@pytest.mark.parametrize("name, fmt", [
    ("utf16.txt", "utf-16"), ("cp1258.txt", "legacy"), ("tcvn3_bytes.txt", "legacy"), ("vni_bytes.txt", "legacy"),
    ("tcvn3_pasted.txt", "utf-8"), ("vni_pasted.txt", "utf-8"), ("front_matter.txt", "utf-8"),
    ("with_sidecar.txt", "utf-8"), ("news_page.html", "html"), ("archive.jsonl", "jsonl"),
])
def test_sources_detect_format(name, fmt):
    assert detect_format(SOURCES / name)[0] == fmt


@pytest.mark.parametrize("name", ["utf16.txt", "cp1258.txt", "tcvn3_bytes.txt", "tcvn3_pasted.txt",
                                  "vni_bytes.txt", "vni_pasted.txt"])
def test_sources_legacy_encodings_read_as_unicode(name):
    article = one(SOURCES / name)
    text = article.text.replace("\r\n", "\n")
    assert unicodedata.is_normalized("NFC", text)
    # TCVN3's .VnTime font has no capital toned letters ("Ủy" was typed as "ủy")
    assert text.lower() == ARTICLE.lower()
    assert article.identifier == name and article.source == str(SOURCES / name)


@pytest.mark.parametrize("path", sorted((DATA / "articles").glob("*.txt"))[:6], ids=lambda p: p.name)
def test_sources_windows_1258_articles(tmp_path, path):
    legacy = tmp_path / path.name
    legacy.write_bytes(cp1258(path.read_text(encoding="utf-8")))
    assert one(legacy).text == unicodedata.normalize("NFC", path.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name, url, date", [
    ("front_matter.txt", "https://baonghean.vn/quan-triet-ket-luan-01.html", "2021-06-03"),
    ("with_sidecar.txt", "https://baonghean.vn/a-123.html", "2021-06-03"),
    ("meta_sidecar.txt", "https://nghean.dcs.vn/b", "2021-06-03"),
])
def test_sources_metadata_from_front_matter_and_sidecars(name, url, date):
    article = one(SOURCES / name)
    assert (article.url, article.date_hint) == (url, date)
    assert article.text == ARTICLE  # the front matter is stripped


def test_sources_html_page_through_trafilatura():
    article = one(SOURCES / "news_page.html")
    title, body = article.text.split("\n", 1)
    assert title == "Nghệ An quán triệt Kết luận số 01-KL/TW của Bộ Chính trị"
    assert "Sáng 3/6, Ban Thường vụ Tỉnh ủy Nghệ An tổ chức hội nghị" in body
    assert "Bí thư Tỉnh ủy Thái Thanh Quý đề nghị" in body
    for furniture in ("Trang chủ", "Tin liên quan", "Bản quyền", "Bình luận", "Tìm kiếm"):
        assert furniture not in article.text
    assert article.url == "https://baonghean.vn/nghe-an-quan-triet-ket-luan-so-01-kl-tw-cua-bo-chinh-tri-10234.html"
    assert article.date_hint == "2021-06-03"


def test_sources_html_without_suffix_and_in_cp1258(tmp_path):
    page = (SOURCES / "news_page.html").read_text(encoding="utf-8").replace('charset="utf-8"', 'charset="windows-1258"')
    path = tmp_path / "saved"
    path.write_bytes(cp1258(page))
    assert detect_format(path)[0] == "html"
    assert "Ban Thường vụ Tỉnh ủy Nghệ An" in one(path).text


def test_sources_jsonl_archive_reports_bad_lines_and_reads_the_rest():
    errors = []
    archive = SOURCES / "archive.jsonl"
    found = list(iter_sources([archive], on_error=errors.append))
    assert [a.identifier for a in found] == ["na-0306", "archive#5", "7"]
    first, second, third = found
    assert first.text.startswith("Nghệ An quán triệt Kết luận 01\nSáng 3/6")  # the title is the first line
    assert (first.url, first.date_hint, first.source) == ("https://baonghean.vn/c.html", "2021-06-03", f"{archive}:1")
    assert second.date_hint == "2021-06" and second.text == ARTICLE
    assert (third.url, third.date_hint) == (None, None)  # "not a url", "hôm qua": not metadata
    assert [str(e) for e in errors] == [
        f"{archive}:2: not valid JSON (Invalid control character at: line 1 column 35 (char 34))",
        f'{archive}:3: no article text (a "text" or "content" field)',
        f"{archive}:6: not a JSON object",
    ]


def test_sources_jsonl_without_handler_stops_at_first_bad_line():
    found = []
    with pytest.raises(InputError, match=r"archive.jsonl:2: not valid JSON"):
        for article in read_source(SOURCES / "archive.jsonl"):
            found.append(article)
    assert [a.identifier for a in found] == ["na-0306"]


# ------------------------------------------------------------------ bad input
@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b" \n\t\n", "file is empty"),
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00" * 50, "binary file, not UTF-8 text"),
    ("noise.txt", bytes(range(128, 256)) * 4, "not valid UTF-8 (byte 0), nor Vietnamese in Windows-1258, TCVN3 or VNI"),
    ("latin1.txt", "Le comité a été élu à Genève.".encode("latin-1"), "nor Vietnamese in Windows-1258, TCVN3 or VNI"),
    ("bad16.txt", b"\xff\xfe" + "Tỉnh ủy".encode("utf-16-le")[:-1], "looks like UTF-16 but does not decode"),
    ("empty.jsonl", b"\n\n", "file is empty"),
    ("page.html", b"<html><head><script>var x;</script></head><body></body></html>", "trafilatura found no article text"),
    ("only_front.txt", b"---\nurl: https://x.vn/a\n---\n\n", "no article text after the front matter"),
])
def test_sources_bad_files_are_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        list(read_source(path))
    text = str(error.value)
    assert text.startswith(f"{path}: ") and message in text and "\n" not in text


@pytest.mark.parametrize("name", ["a.txt", "a.jsonl", "a.html"])
def test_sources_missing_file(tmp_path, name):
    with pytest.raises(InputError, match="no such file \\(was it removed during the build\\?\\)"):
        list(read_source(tmp_path / name))


def test_sources_directory_given_as_file(tmp_path):
    with pytest.raises(InputError, match="is a directory, not an article file"):
        list(read_source(tmp_path))


def test_sources_unreadable_file(tmp_path, monkeypatch):
    path = tmp_path / "secret.txt"
    path.write_text(ARTICLE, encoding="utf-8")

    def denied(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "open", denied)
    with pytest.raises(InputError, match=f"^{path}: permission denied$"):
        list(read_source(path))


def test_sources_huge_file_refused_without_reading_it(tmp_path):
    path = tmp_path / "huge.txt"
    with path.open("wb") as handle:  # sparse: 200 MB on paper, nothing on disk
        handle.truncate(200 * 1024 * 1024)
    with pytest.raises(InputError) as error:
        list(read_source(path))
    assert str(error.value) == (f"{path}: file is 200.0 MB, larger than the 50.0 MB an article can be "
                                f"(split archives into files or JSON Lines)")


def test_sources_huge_jsonl_line_reported_and_rest_read(tmp_path, monkeypatch):
    monkeypatch.setattr(graph.load, "MAX_BYTES", 1000)
    archive = tmp_path / "big.jsonl"
    archive.write_text("\n".join(json.dumps({"id": f"x{i}", "text": ARTICLE if i != 1 else ARTICLE * 10},
                                            ensure_ascii=False) for i in range(3)) + "\n", encoding="utf-8")
    errors = []
    assert [a.identifier for a in iter_sources([archive], errors.append)] == ["x0", "x2"]
    assert [str(e) for e in errors] == [f"{archive}:2: line is larger than the 1,000 bytes an article can be"]


def test_sources_broken_sidecar_reported_and_article_still_read(tmp_path):
    (tmp_path / "a.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "a.json").write_text("{url:", encoding="utf-8")
    errors = []
    article = one(tmp_path / "a.txt", errors)
    assert article.text == ARTICLE and article.url is None
    assert len(errors) == 1 and str(errors[0]).startswith(f"{tmp_path / 'a.json'}: sidecar is not usable (")
    assert str(errors[0]).endswith("; a.txt was read without it")


def test_sources_iter_walks_directories_and_keeps_going(tmp_path):
    (tmp_path / "b").mkdir()
    (tmp_path / "b" / "2.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "1.json").write_text('{"date": "2021-06-03"}', encoding="utf-8")  # a sidecar, not an article
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / ".hidden.txt").write_text(ARTICLE, encoding="utf-8")
    (tmp_path / "photo.jpg").write_bytes(b"\xff\xd8\xff")
    errors = []
    found = list(iter_sources([tmp_path, tmp_path / "gone.txt"], on_error=errors.append))
    assert [a.identifier for a in found] == ["1.txt", "2.txt"]
    assert found[0].date_hint == "2021-06-03"
    assert [str(e).split(": ", 1)[1] for e in errors] == ["file is empty",
                                                          "no such file (was it removed during the build?)"]


def test_sources_iter_raises_without_handler(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        list(iter_sources([tmp_path / "gone.txt"]))


def test_sources_registry_lists_every_format_with_a_documented_reader():
    assert list(FORMATS) == ["jsonl", "html", "utf-16", "utf-8", "legacy"]
    assert all(f.read.__doc__ for f in FORMATS.values())


# ------------------------------------------------------------------ font encodings
@pytest.mark.parametrize("converter, mangled", [(tcvn3_to_unicode, TCVN3_TEXT), (vni_to_unicode, VNI_TEXT)])
def test_sources_font_tables(converter, mangled):
    assert converter(mangled) == PLAIN


def test_sources_tcvn3_capitals_typed_in_the_capital_font():
    assert tcvn3_to_unicode("TØNH ñY NGHÖ AN") == "TỈNH ỦY NGHỆ AN"


@pytest.mark.parametrize("text", [
    PLAIN, "Plain English text about a meeting.", "Le comité a été élu à Genève, près du lac.",
    "Tôi là Ông Lê", "Nhiệt độ 30°C, độ ẩm 80% ± 5%",
])
def test_sources_unicode_text_left_alone(text):
    assert fix_font_encoding(text, "x.txt") == text


def test_sources_refuse_font_text_that_does_not_convert_cleanly():
    half = " ".join(word if i % 2 else "q" + word + "xz" for i, word in enumerate(TCVN3_TEXT.split()))
    with pytest.raises(InputError, match=r"^x\.txt: looks like TCVN3 \(ABC\) font-encoded text but does not "
                                         r"convert cleanly; convert it to Unicode first"):
        fix_font_encoding(half, "x.txt")


def test_sources_tcvn3_table_is_one_to_one():
    assert len(set(TCVN3.values())) == len(TCVN3) == 74


@pytest.mark.parametrize("value, iso", [
    ("2024-07-22", "2024-07-22"), ("2024-07-22T10:00:00+07:00", "2024-07-22"), ("22/7/2024", "2024-07-22"),
    ("2024-7", "2024-07"), (2024, "2024"), ("hôm qua", None), ("2024-13-01", None), (None, None),
])
def test_sources_iso_date(value, iso):
    assert iso_date(value) == iso


# ------------------------------------------------------------------ fuzzing
_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=200)


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.binary(max_size=300), _TEXT.map(lambda t: t.encode("utf-8")),
                 _TEXT.map(lambda t: t.encode("latin-1", errors="ignore")),
                 st.sampled_from([PLAIN, TCVN3_TEXT, VNI_TEXT]).map(lambda t: t.encode("utf-8", errors="ignore"))))
def test_sources_decoding_random_bytes_decodes_or_refuses(data):
    try:
        text = decode_text(data, "x.txt")
    except InputError as error:
        assert str(error).startswith("x.txt: ") and "\n" not in str(error)
    else:
        assert isinstance(text, str)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300) | st.text(st.sampled_from(sorted(TCVN3) + list("aeou ")), max_size=100))
def test_sources_font_check_on_random_unicode(text):
    try:
        assert isinstance(fix_font_encoding(text, "x.txt"), str)
    except InputError as error:
        assert str(error).startswith("x.txt: looks like")


_RECORD = st.dictionaries(st.sampled_from(["id", "identifier", "text", "content", "url", "date", "title", "x"]),
                          st.one_of(st.text(max_size=40), st.integers(), st.none(), st.lists(st.integers(), max_size=2)),
                          max_size=6)
_LINE = st.one_of(_RECORD.map(json.dumps), st.text(max_size=40).map(lambda t: t.replace("\n", " ")),
                  st.binary(max_size=40).map(lambda b: b.replace(b"\n", b" ")), st.just('"\\ud800"'),
                  st.just('{"text": "\\ud800 Tỉnh ủy"}'), st.just("[" * 5000))


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(_LINE, max_size=8))
def test_sources_jsonl_never_crashes(tmp_path, lines):
    archive = tmp_path / "fuzz.jsonl"
    archive.write_bytes(b"\n".join(line if isinstance(line, bytes) else line.encode("utf-8") for line in lines))
    errors = []
    for article in iter_sources([archive], on_error=errors.append):
        assert article.text.strip() and article.identifier
        article.text.encode("utf-8")  # no lone surrogates
    for error in errors:
        assert str(error).startswith(f"{archive}") and "\n" not in str(error)


def test_sources_html_keeps_the_lead_a_page_sets_apart(tmp_path):
    """A "sapo" div that trafilatura drops as boilerplate holds the report's date and organizer."""
    paragraphs = "".join(f"<p>Đoạn {i}: các đại biểu thảo luận về nhiệm vụ phát triển kinh tế - xã hội của huyện "
                         f"trong giai đoạn tới, tập trung vào nông nghiệp và hạ tầng giao thông.</p>" for i in range(6))
    page = ("<!doctype html><html><head><meta charset='utf-8'><title>Đại hội Đảng bộ huyện Yên Thế</title></head><body>"
            "<nav><div class='menu-summary'>Trang chủ Chính trị Kinh tế Xã hội Văn hóa Thể thao Quốc tế Pháp luật</div>"
            "</nav><article><h1>Đại hội Đảng bộ huyện Yên Thế</h1>"
            "<div class='detail-sapo'>(BBG) - Trong 2 ngày 24 và 25/7/2020, Đảng bộ huyện Yên Thế tổ chức Đại hội đại "
            "biểu lần thứ XXIV, nhiệm kỳ 2020 - 2025.</div>" + paragraphs + "</article></body></html>")
    path = tmp_path / "page.html"
    path.write_text(page, encoding="utf-8")
    lines = one(path).text.split("\n")
    assert lines[0] == "Đại hội Đảng bộ huyện Yên Thế"
    assert lines[1].startswith("(BBG) - Trong 2 ngày 24 và 25/7/2020, Đảng bộ huyện Yên Thế tổ chức Đại hội")
    assert "Trang chủ" not in one(path).text
    assert one(SOURCES / "news_page.html").text.count("Sáng 3/6, Ban Thường vụ Tỉnh ủy Nghệ An") == 1  # not twice


def test_sources_html_author_becomes_the_byline(tmp_path):
    page = (SOURCES / "news_page.html").read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="Bài; Ảnh Hữu Chí">', 1)
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    assert one(tmp_path / "p.html").text.rstrip().endswith("\n\nHữu Chí")


def test_sources_html_author_credited_for_a_photo_near_the_end_is_still_the_byline(tmp_path):
    page = (SOURCES / "news_page.html").read_text(encoding="utf-8").replace(
        "<head>", '<head><meta name="author" content="Minh Khuê">', 1).replace(
        "</article>", "<p>Đồng chí Bí thư phát biểu kết luận. Ảnh: Minh Khuê</p></article>", 1)
    (tmp_path / "p.html").write_text(page, encoding="utf-8")
    text = one(tmp_path / "p.html").text.rstrip()
    assert "Ảnh: Minh Khuê" in text and text.endswith("\n\nMinh Khuê")


def test_author_line_drops_the_credit_words_and_joins_authors():
    from graph.sources import _author_line
    assert _author_line("THÁI LỘC") == "THÁI LỘC"
    assert _author_line("Bài; Ảnh Hữu Chí") == "Hữu Chí"
    assert _author_line("Thanh Gia; Đăng Dương") == "Thanh Gia - Đăng Dương"
    assert _author_line("") is None


def test_sources_html_keeps_a_gallery_caption_trafilatura_drops(tmp_path):
    page = tmp_path / "gallery.html"
    page.write_text(
        "<!doctype html><html><head><meta charset='utf-8'><title>Hội nghị</title></head><body><article>"
        "<h1>Công bố quyết định về công tác cán bộ</h1>"
        + "".join(f"<p>Chiều 16/4, Ban Thường vụ Tỉnh ủy tổ chức hội nghị công bố quyết định, đoạn {k} của bài, "
                  "với đủ chữ để là một đoạn văn của bài báo.</p>" for k in range(4))
        + "<div class='gallery'><figure><img src='a.jpg'><figcaption>Đồng chí Lò Văn Tư, Phó Bí thư Huyện ủy tặng "
          "hoa chúc mừng đồng chí Lê Văn Năm.</figcaption></figure></div><p><strong>Mai Lan</strong></p></article>"
          "<aside><figure><figcaption>Tin khác: tỉnh khác tổ chức hội nghị về công tác cán bộ</figcaption></figure>"
          "</aside></body></html>", encoding="utf-8")
    text = one(page).text
    assert "Đồng chí Lò Văn Tư, Phó Bí thư Huyện ủy" in text
    assert "Tin khác" not in text
    assert text.rstrip().endswith("Mai Lan")


def test_sources_html_byline_element_is_read_whole(tmp_path):
    """trafilatura's author field keeps only the first of "A - B" and breaks "A (TTXVN/Vietnam+)":
    the page's own byline element gives the line as written."""
    for byline in ("<p class='byline'><strong>Hà Giang - Minh Tâm</strong></p>",
                   "<p class='article__author'>Lò Thị Hằng (TTXVN/Vietnam+)</p>"):
        page = (SOURCES / "news_page.html").read_text(encoding="utf-8").replace(
            '<span class="author">Thành Duy</span> · ', "", 1).replace("</article>", byline + "</article>", 1)
        (tmp_path / "p.html").write_text(page, encoding="utf-8")
        expected = "Hà Giang - Minh Tâm" if "byline" in byline else "Lò Thị Hằng (TTXVN/Vietnam+)"
        assert one(tmp_path / "p.html").text.rstrip().endswith("\n\n" + expected)
