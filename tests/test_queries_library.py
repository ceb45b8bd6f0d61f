"""Every query of queries/ runs on the seeds' store and gives the answer a reader expects."""

import pytest

from graph.query import run_query
from tests.conftest import ROOT

QUERIES = sorted((ROOT / "queries").glob("*.rq"))


def rows(store, name):
    result = run_query((ROOT / "queries" / name).read_text(encoding="utf-8"), store=store)
    return [tuple("" if t is None else t.value for t in row) for row in result.rows]


def test_queries_library_has_at_least_twelve_documented_queries():
    assert len(QUERIES) >= 12
    readme = (ROOT / "queries" / "README.md").read_text(encoding="utf-8")
    for path in QUERIES:
        assert path.read_text(encoding="utf-8").startswith("# "), f"{path.name} lacks its question"
        assert f"`{path.name}`" in readme


@pytest.mark.parametrize("path", QUERIES, ids=lambda p: p.name)
def test_queries_library_runs(seed_store, path):
    assert run_query(path.read_text(encoding="utf-8"), store=seed_store).rows


def test_query_posts_by_body(seed_store):
    found = rows(seed_store, "posts_by_body.rq")
    assert ("Tỉnh ủy Hà Tĩnh", "Phó Bí thư Thường trực", "Trần Thế Dũng", "4") in found
    assert ("Cụm Thi đua số 2", "Cụm trưởng", "Võ Hồng Hải", "1") in found


def test_query_members_per_body(seed_store):
    found = rows(seed_store, "members_per_body.rq")
    assert found[0][1:] == ("Tỉnh ủy Hà Tĩnh", "3")  # Trần Thế Dũng, Hoàng Trung Dũng, Võ Trọng Hải
    assert [int(r[2]) for r in found] == sorted((int(r[2]) for r in found), reverse=True)


def test_query_posts_of_official_by_date(seed_store):
    found = rows(seed_store, "posts_of_official.rq")
    assert [r[0] for r in found] == sorted(r[0] for r in found)
    assert {r[3] for r in found} == {"000_fccdc8ef853b0581.txt", "001_3c50e1bd063046b6.txt",
                                      "003_0dfd54546ab2b1b6.txt", "004_854b09252c2aede0.txt"}


def test_query_province_bodies(seed_store):
    found = {(r[0], r[2]) for r in rows(seed_store, "province_bodies.rq")}
    assert ("Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Tỉnh ủy Hà Tĩnh") in found
    assert ("Huyện ủy Cẩm Xuyên", "Tỉnh ủy Hà Tĩnh") in found


def test_query_documents_by_issuer(seed_store):
    found = {(r[0], r[1], r[3]) for r in rows(seed_store, "documents_by_issuer.rq")}
    assert ("Ban Thường vụ Tỉnh ủy Hà Tĩnh", "09-NQ/TU", "2009-08-19") in found
    assert ("Chính phủ", "34/2009/NĐ-CP", "2019-04-24") in found


def test_query_documents_by_type_year(seed_store):
    found = {(r[0], r[1]): r[2] for r in rows(seed_store, "documents_by_type_year.rq")}
    assert found[("Directive", "2019")] == "2"  # 28-CT/TW and 35-CT/TW


def test_query_meetings_reviewing_documents(seed_store):
    found = {(r[2], r[3]) for r in rows(seed_store, "meetings_reviewing_documents.rq")}
    assert {("Thành ủy Hà Tĩnh", "09-NQ/TU"), ("Thành ủy Hà Tĩnh", "03-NQ/TU"),
            ("Cụm Thi đua số 2", "41-QĐ/TW")} <= found


def test_query_meeting_chairs(seed_store):
    found = {(r[0], r[2]) for r in rows(seed_store, "meeting_chairs.rq")}
    assert ("Ban Thường vụ Tỉnh ủy Hà Tĩnh", "Hoàng Trung Dũng") in found
    assert ("Cụm Thi đua số 2", "Đinh Thị Phượng") in found


def test_query_co_attendance(seed_store):
    found = {(r[0], r[1]): int(r[2]) for r in rows(seed_store, "co_attendance.rq")}
    assert found[("Trần Thế Dũng", "Võ Hồng Hải")] == 2  # 2023-07-15 and 2024-03-11


def test_query_officials_several_posts(seed_store):
    found = {r[0] for r in rows(seed_store, "officials_several_posts.rq")}
    assert found == {"Hoàng Trung Dũng", "Võ Hồng Hải", "Võ Trọng Hải"}


def test_query_membership_evidence_reads_named_graphs(seed_store):
    found = rows(seed_store, "membership_evidence.rq")
    assert {r[0] for r in found} == {"000_fccdc8ef853b0581.txt", "001_3c50e1bd063046b6.txt",
                                      "003_0dfd54546ab2b1b6.txt", "004_854b09252c2aede0.txt"}
    assert all("Trần Thế Dũng" in r[2] for r in found)


def test_query_bodies_without_parent(seed_store):
    found = {r[0] for r in rows(seed_store, "bodies_without_parent.rq")}
    assert {"Ban Chấp hành Trung ương Đảng", "Tỉnh ủy Hà Tĩnh"} <= found
    assert "Ban Thường vụ Tỉnh ủy Hà Tĩnh" not in found


def test_query_role_english_labels(seed_store):
    found = {(r[1], r[2]) for r in rows(seed_store, "role_english_labels.rq")}
    assert ("Phó Bí thư Thường trực", "Standing Deputy Secretary") in found
    assert ("Tỉnh ủy Hà Tĩnh", "Hà Tĩnh Provincial Party Committee") in found
