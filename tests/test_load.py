
import pytest

from graph.errors import InputError
from graph.load import expand_inputs, read_article


@pytest.mark.parametrize("name, content, message", [
    ("empty.txt", b"", "file is empty"),
    ("blank.txt", b"  \n\t\n", "file is empty"),
    ("binary.txt", b"\x00\x01\x02PNG\x00\x00" * 50, "binary file, not UTF-8 text"),
    ("cp1258.txt", "Hội nghị Tỉnh ủy Hà Tĩnh".encode("cp1258", errors="ignore") + b" \xd0\xe2ng", "not valid UTF-8"),
    ("page.txt", b"<!DOCTYPE html><html><body><p>x</p></body></html>", "looks like an HTML page"),
])
def test_load_refuses_bad_files_with_one_line(tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as error:
        read_article(path)
    text = str(error.value)
    assert text.startswith(str(path)) and message in text and "\n" not in text


def test_load_reads_utf8_with_bom(tmp_path):
    path = tmp_path / "bom.txt"
    path.write_bytes(b"\xef\xbb\xbf" + "Tỉnh ủy Hà Tĩnh".encode())
    assert read_article(path).text == "Tỉnh ủy Hà Tĩnh"


def test_load_missing_file(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_article(tmp_path / "nope.txt")


def test_load_expands_directories_sorted(tmp_path):
    (tmp_path / "b.txt").write_text("x")
    (tmp_path / "a.txt").write_text("x")
    (tmp_path / ".hidden.txt").write_text("x")
    (tmp_path / "image.png").write_bytes(b"x")
    assert [p.name for p in expand_inputs([tmp_path])] == ["a.txt", "b.txt"]


def test_expand_inputs_skips_hidden_directories(tmp_path):
    """A corpus kept under git (or a build's .vnkg-cache) must not feed .git/HEAD in as
    an article: hidden directories are not walked."""
    from graph.load import expand_inputs

    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD").write_text("ref: refs/heads/main\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text("Bài báo.", encoding="utf-8")
    assert expand_inputs([tmp_path]) == [tmp_path / "a.txt"]
