"""Rules added after the second blind set (t21–t30), on invented sentences of the genre
(other names, places and numbers than the test articles), and the build's final stage."""
import pytest
from pyoxigraph import RdfFormat, parse, serialize

from graph.export import EXPORT_PREFIXES, chunk_counts, trig_block, trig_blocks, trig_header, union_ntriples
from graph.extract import extract
from graph.extract.dates import opening_date, opening_word
from graph.extract.documents import find_documents
from graph.extract.scan import scan_sentence
from graph.extract.tokens import tokenize
from graph.normalize import normalize_text
from graph.pipeline import article_graph, prepare
from graph.types import PartialDate, RawArticle


@pytest.mark.parametrize("sentence, year, expected, word", [
    ("Trong hai ngày 20 và 21/9, Đảng bộ xã An Bình tổ chức Đại hội.", 2024, PartialDate(2024, 9, 20), ""),
    ("Trong 3 ngày, từ 3 - 5/8/2020, Đảng bộ huyện tổ chức Đại hội.", None, PartialDate(2020, 8, 3), ""),
    ("Từ ngày 10 đến ngày 12/10/2019, Đảng bộ thị xã tổ chức Đại hội.", None, PartialDate(2019, 10, 10), ""),
    ("Baoquangtri.vn - Sáng 4/5, Tỉnh ủy tổ chức hội nghị.", 2023, PartialDate(2023, 5, 4), "sáng"),
    ("TTXVN - Chiều 2/11/2022, Ban Tuyên giáo Tỉnh ủy tổ chức hội nghị.", None, PartialDate(2022, 11, 2), "chiều"),
])
def test_opening_dates_of_spans_and_tagged_leads(sentence, year, expected, word):
    assert opening_date(sentence, year)[0] == expected
    assert opening_word(sentence) == word


def roles(sentence):
    sentence = normalize_text(sentence)
    return {p.name: [(title.role, body.kind if body else None, body.area_name if body else None,
                      body.of.head if body is not None and body.of is not None else None)
                     for title, body in p.roles] for p in scan_sentence(sentence).persons}


def _meetings(text):
    """(organizer head, date) of each meeting one short article reports."""
    return [(e.organizer.head, e.date) for e in extract(prepare(RawArticle("ev.txt", text))).events]


def test_joining_committees_gives_member_roles_chained_to_the_post():
    found = roles("Quyết định chỉ định đồng chí Đặng Văn Tùng, Phó Chủ tịch UBND huyện, tham gia BCH, BTV "
                  "và giữ chức Phó Bí thư Huyện ủy Yên Thế nhiệm kỳ 2020 - 2025.")
    assert found["Đặng Văn Tùng"][1:] == [("Ủy viên", "ExecutiveCommittee", None, "Huyện ủy"),
                                          ("Ủy viên", "StandingCommittee", None, "Huyện ủy"),
                                          ("Phó Bí thư", "PartyCommittee", "Yên Thế", None)]


def test_post_after_connector_goes_to_the_person_named_before():
    found = roles("Ông Phạm Quốc Hưng, Tỉnh ủy viên, Giám đốc Sở Tài chính, đã trúng cử chức vụ "
                  "Phó Chủ tịch UBND tỉnh Hòa Bình.")
    assert ("Phó Chủ tịch", "PeoplesCommittee", "Hòa Bình", None) in found["Phạm Quốc Hưng"]


def test_bare_party_committee_takes_the_commune_of_the_next_post():
    found = roles("Ông Lương Văn Sơn, Bí thư Đảng ủy, Chủ tịch HĐND xã Minh Tân cho biết.")
    assert found["Lương Văn Sơn"] == [("Bí thư", "PartyCommittee", "Minh Tân", None),
                                      ("Chủ tịch", "PeoplesCouncil", "Minh Tân", None)]


def test_minority_surname_is_a_person_not_a_province():
    found = roles("Đồng chí Lò Văn Pằn, Phó Bí thư Tỉnh ủy, Chủ tịch HĐND tỉnh Điêu Chính Tời dự.")
    assert "Lò Văn Pằn" in found and "Điêu Chính Tời" in found
    assert all(area != "Điêu" for _, _, area, _ in found["Lò Văn Pằn"])


def docs(sentence):
    sentence = normalize_text(sentence)
    return [(d.number, d.date.iso() if d.date else None, d.issuer.head if d.issuer else None)
            for d in find_documents(sentence, tokenize(sentence))]


def test_coordinated_documents_share_one_date_and_codes_keep_digits():
    assert docs("Thực hiện Quyết định số 99-QĐ/TW và Quyết định số 100-QĐ/TW ngày 3/4/2015 của Bộ Chính trị.") == [
        ("99-QĐ/TW", "2015-04-03", "Bộ Chính trị"), ("100-QĐ/TW", "2015-04-03", "Bộ Chính trị")]
    assert docs("Theo Nghị quyết số 77/2024/QH15 ngày 1/6/2024 của Quốc hội.")[0][0] == "77/2024/QH15"


def test_signing_date_and_acting_body():
    assert docs("Ngày 9/1/2024, Ban Thường vụ Tỉnh ủy ký Quyết định số 311-QĐ/TU điều động ông A.")[0][1] == "2024-01-09"
    found = docs("Tại Quyết định số 88-QĐNS/TW ngày 2/2/2024, Ban Bí thư chuẩn y ông Bùi Văn Hải.")
    assert found == [("88-QĐNS/TW", "2024-02-02", "Ban Bí thư")]


def test_same_day_document_takes_the_date_of_the_one_before():
    text = ("Tỉnh ủy Yên Bái công bố quyết định về công tác cán bộ\n"
            "Ngày 5/6/2024, Ban Thường vụ Tỉnh ủy Yên Bái công bố Quyết định số 501-QĐ/TU ngày 4/6/2024 "
            "của Ban Thường vụ Tỉnh ủy về công tác cán bộ. Cũng theo Quyết định số 502-QĐ/TU cùng ngày, "
            "ông Hà Văn Tuấn được điều động.")
    mentions = extract(prepare(RawArticle("yb.txt", text)))
    dates = {d.number: d.date for _, d in mentions.documents}
    assert dates["502-QĐ/TU"] == dates["501-QĐ/TU"] == PartialDate(2024, 6, 4)


def test_trig_blocks_joined_equal_one_serialization_and_split_back():
    texts = ["Bí thư Tỉnh ủy Nam Định Đặng Minh Hà dự hội nghị.", "Chủ tịch UBND tỉnh Hà Giang Lê Thu Trang phát biểu."]
    graphs = [article_graph(RawArticle(f"a{i}.txt", text)) for i, text in enumerate(texts)]
    ordered = sorted(graphs)
    whole = serialize(parse(b"".join(g[1] for g in ordered), format=RdfFormat.N_QUADS), format=RdfFormat.TRIG,
                      prefixes=EXPORT_PREFIXES)
    joined = trig_header() + b"".join(trig_block(g[1]) for g in ordered)
    assert joined == whole
    assert trig_blocks(joined) == {g[0]: trig_block(g[1]) for g in graphs}


def test_union_and_counts_read_off_the_chunks():
    graphs = {g: nq for g, nq, _ in (article_graph(RawArticle(f"b{i}.txt", "Bí thư Tỉnh ủy Nam Định Đặng Minh Hà "
                                                                              "dự hội nghị.")) for i in range(2))}
    union = union_ntriples(graphs)
    lines = union.splitlines()
    assert len(lines) == len(set(lines)) and all(line.endswith(b" .") and line.count(b"<https://w3id.org/vnkg/id/article/")
                                                 <= 1 for line in lines)
    counts, quads, triples = chunk_counts(graphs, union)
    assert counts["vnkg:Official"] == 1 and counts["vnkg:Article"] == 2
    assert quads == sum(nq.count(b"\n") for nq in graphs.values()) and triples == len(lines)


@pytest.mark.parametrize("closing, expected", [
    ("THANH HÒA", ["THANH HÒA"]),  # capitals: a byline, though a commune has that name
    ("THU HÀ (tổng hợp)", ["THU HÀ"]),
    ("Bài, ảnh: Đức Lam", ["Đức Lam"]),
    ("Thanh Nhàn - Hoàng Lan", ["Thanh Nhàn", "Hoàng Lan"]),
    ("Ảnh: Đức Thụy", []),  # a photo credit is not a person
    ("Hà Tĩnh", []),  # a bare place name is not a byline
])
def test_bylines(closing, expected):
    text = f"Chiều 22/7, Thành ủy Hà Tĩnh tổ chức hội nghị.\n\n{closing}"
    assert extract(prepare(RawArticle("by.txt", text))).bylines == expected


def test_announced_decisions_take_the_day_and_body_and_same_day_signing_follows():
    text = ("Ngày 3/5/2023, Ban Thường vụ Tỉnh ủy Yên Bái ban hành các quyết định về công tác cán bộ. "
            "Theo Quyết định số 701-QĐ/TU, đồng chí Hà Văn Khởi được điều động giữ chức Bí thư Huyện ủy Lục Yên. "
            "Cùng ngày, Chủ tịch UBND tỉnh ký Quyết định số 88/QĐ-UBND bổ nhiệm ông Lò Văn Tám.")
    mentions = extract(prepare(RawArticle("an.txt", text)))
    documents = {d.number: d for _, d in mentions.documents}
    assert documents["701-QĐ/TU"].date == documents["88/QĐ-UBND"].date == PartialDate(2023, 5, 3)
    assert documents["701-QĐ/TU"].issuer.head == "Ban Thường vụ"
    assert documents["88/QĐ-UBND"].issuer.head in {"UBND", "Ủy ban nhân dân"}


def test_heads_sharing_one_area_and_units_listed_after_cac():
    text = ("Sáng 5/6/2024, Huyện ủy Văn Yên tổ chức hội nghị. Dự có lãnh đạo HĐND, UBND, Ủy ban MTTQ Việt Nam "
            "huyện Văn Yên; chủ tịch UBND các xã Đông Cuông, Mậu Đông và thị trấn Mậu A.")
    bodies = {(b.head, b.level_word, b.area_name) for _, b in extract(prepare(RawArticle("sh.txt", text))).bodies}
    assert {("Hội đồng nhân dân", "huyện", "Văn Yên"), ("Ủy ban nhân dân", "huyện", "Văn Yên"),
            ("Ủy ban nhân dân", "xã", "Đông Cuông"), ("Ủy ban nhân dân", "xã", "Mậu Đông"),
            ("Ủy ban nhân dân", "thị trấn", "Mậu A")} <= bodies
    assert ("Ủy ban nhân dân", None, None) not in bodies


def test_headline_and_lead_name_one_meeting_and_an_upcoming_congress_is_no_event():
    text = ("Ban Thường vụ Tỉnh ủy làm việc với Huyện ủy Trạm Tấu\n\n"
            "Chiều 16/5/2024, Ban Thường vụ Tỉnh ủy Yên Bái làm việc với Huyện ủy Trạm Tấu về công tác "
            "chuẩn bị Đại hội đại biểu Đảng bộ huyện lần thứ XXI, nhiệm kỳ 2025 - 2030.")
    events = extract(prepare(RawArticle("ev.txt", text))).events
    assert len(events) == 1
    assert events[0].date == PartialDate(2024, 5, 16) and events[0].organizer.of.area_name == "Yên Bái"


def test_committees_of_a_peoples_council():
    from graph.extract.bodies import parse_body
    from graph.extract.tokens import tokenize

    def parsed(text):
        found = parse_body(tokenize(text), 0, text)
        return found and (found[1].kind, found[1].head, found[1].of.head)

    assert parsed("Ban Kinh tế - Ngân sách HĐND tỉnh") == ("OtherOrganization", "Ban Kinh tế - Ngân sách",
                                                          "Hội đồng nhân dân")
    assert parsed("Ban Dân tộc, Ban Pháp chế và các tổ đại biểu HĐND tỉnh")[2] == "Hội đồng nhân dân"
    assert parsed("Ban Kinh tế Tỉnh ủy và HĐND tỉnh") == ("PartyAgency", "Ban Kinh tế", "Tỉnh ủy")


@pytest.mark.parametrize("text, name, level_word", [
    ("Trưởng phòng Tài chính - Kế hoạch thị xã đã trúng cử", "Phòng Tài chính - Kế hoạch", "thị xã"),
    ("Trưởng phòng Tổ chức cán bộ Sở Nội vụ, giữ chức", "Phòng Tổ chức cán bộ Sở Nội vụ", None),
    ("Trưởng phòng Văn hóa và Thông tin huyện Yên Lập", "Phòng Văn hóa và Thông tin", "huyện"),
])
def test_divisions_held_by_a_head_of_division(text, name, level_word):
    from graph.extract.scan import parse_role
    from graph.extract.tokens import tokenize

    _, title, body = parse_role(tokenize(text), 0, text)
    assert (title.role, body.name, body.level_word) == ("Trưởng phòng", name, level_word)


def test_a_lower_case_phong_is_no_division():
    from graph.extract.bodies import parse_body
    from graph.extract.tokens import tokenize

    text = "Phòng chống thiên tai huyện Yên Lập"
    assert parse_body(tokenize(text), 0, text) is None


def test_joining_committees_goes_to_the_person_named_before_and_one_word_names_after_a_cue():
    from graph.extract.scan import scan_sentence

    scan = scan_sentence("Ban Thường vụ Tỉnh ủy chỉ định bà Lê Thị Hạnh, Phó Trưởng ban Dân vận Tỉnh ủy, đến nhận "
                         "công tác tại Huyện ủy Đam Rông, tham gia BCH, BTV và giữ chức Bí thư Huyện ủy Đam Rông; "
                         "ông K'Nhai, Bí thư Đảng ủy xã Rô Men tham gia Ban Chấp hành Đảng bộ huyện Đam Rông.")
    roles = {p.name: {(t.role, b.head) for t, b in p.roles} for p in scan.persons}
    assert {("Ủy viên", "Ban Chấp hành"), ("Ủy viên", "Ban Thường vụ"), ("Bí thư", "Huyện ủy")} <= roles["Lê Thị Hạnh"]
    assert ("Ủy viên", "Ban Chấp hành") in roles["K'Nhai"]


@pytest.mark.parametrize("sentence, listed", [
    ("Các đồng chí Vũ Văn Hải, Chủ tịch UBND xã và Lò Thị Hoa, Chủ tịch Ủy ban MTTQ Việt Nam xã được bầu "
     "giữ chức Phó Bí thư Đảng ủy xã.", {"Vũ Văn Hải", "Lò Thị Hoa"}),
    ("Các đồng chí Vũ Văn Hải và Lò Thị Hoa được bầu giữ chức Phó Bí thư Đảng ủy xã.", {"Vũ Văn Hải", "Lò Thị Hoa"}),
    ("Đồng chí Vũ Văn Hải, Chủ tịch UBND huyện và đồng chí Lò Thị Hoa, Chủ tịch HĐND huyện được bầu giữ chức "
     "Phó Bí thư Huyện ủy.", {"Vũ Văn Hải", "Lò Thị Hoa"}),
    ("Đồng chí Vũ Văn Hải phát biểu và đồng chí Lò Thị Hoa được bầu giữ chức Phó Bí thư Huyện ủy.", {"Lò Thị Hoa"}),
])
def test_a_post_after_a_list_of_people_is_each_ones(sentence, listed):
    from graph.extract.scan import scan_sentence

    holders = {p.name for p in scan_sentence(sentence).persons if any(t.role == "Phó Bí thư" for t, _ in p.roles)}
    assert holders == listed


def test_term_after_a_title_keeps_the_chain_and_tx_is_a_town_and_centre_names_run_to_their_level():
    from graph.extract.bodies import parse_body
    from graph.extract.scan import scan_sentence
    from graph.extract.tokens import tokenize

    scan = scan_sentence("Dự có bà Hà Thị Lan, ĐBQH khóa XV, Phó Trưởng đoàn ĐBQH tỉnh Tuyên Quang và ông Lê Văn "
                         "Tuấn, Chủ tịch HĐND TX Phú Thọ.")
    roles = {p.name: {(t.role, b.surface) for t, b in p.roles} for p in scan.persons}
    assert ("Phó Trưởng đoàn", "Đoàn ĐBQH tỉnh Tuyên Quang") in roles["Hà Thị Lan"]
    assert roles["Lê Văn Tuấn"] == {("Chủ tịch", "HĐND TX Phú Thọ")}
    assert [b.level for p in scan.persons if p.name == "Lê Văn Tuấn" for _, b in p.roles] == ["Town"]
    text = "Trung tâm Phục vụ hành chính công xã Mường Ảng"
    assert parse_body(tokenize(text), 0, text)[1].area_name == "Mường Ảng"


def test_issuers_of_a_session_resolution_and_of_an_announced_decision_of_the_same_level():
    text = ("Chiều 5/7/2024, HĐND huyện Yên Sơn tổ chức kỳ họp thứ 18. Kỳ họp đã thông qua Nghị quyết số "
            "20/NQ-HĐND ngày 5/7/2024 về kế hoạch đầu tư công. Ban Thường vụ Thành ủy Tuyên Quang công bố "
            "Quyết định số 873-QĐ/ThU ngày 9/8/2024; Huyện ủy Yên Sơn công bố Quyết định số 1120-QĐ/TU.")
    documents = {d.number: d for _, d in extract(prepare(RawArticle("is.txt", text))).documents}
    assert documents["20/NQ-HĐND"].issuer.kind == "PeoplesCouncil"
    assert documents["873-QĐ/ThU"].issuer.head == "Ban Thường vụ"
    assert documents["1120-QĐ/TU"].issuer is None  # a district committee does not issue /TU decisions


def test_issuers_signed_for_a_bare_standing_committee_by_a_named_chair_and_on_the_same_day():
    text = ("Ngày 4/3/2024, Phó Bí thư Thường trực Tỉnh ủy Hà Văn Tâm thừa ủy quyền Ban Thường vụ ký Quyết định "
            "số 2217-QĐ/TU điều động bà Lê Thị Hạnh. Cũng theo Quyết định số 2218-QĐ/TU cùng ngày, ông Lò Văn "
            "Tám được điều động. Chủ tịch UBND tỉnh Trần Hữu Phước đã ký Quyết định số 412/QĐ-UBND ngày 1/3/2024.")
    documents = {d.number: d for _, d in extract(prepare(RawArticle("sg.txt", text))).documents}
    assert documents["2217-QĐ/TU"].issuer.head == documents["2218-QĐ/TU"].issuer.head == "Ban Thường vụ"
    assert documents["2218-QĐ/TU"].date == PartialDate(2024, 3, 4)
    assert documents["412/QĐ-UBND"].issuer.kind == "PeoplesCommittee"


def test_a_habit_is_not_a_meeting_and_a_congress_to_attend_is_not_past():
    text = ("Sáng 12/6/2025, Ủy ban MTTQ Việt Nam tỉnh Bến Tre tổ chức hội nghị. Ông Lê Văn Tư cho biết Đảng ủy xã "
            "An Hiệp định kỳ 6 tháng tổ chức hội nghị đối thoại với Nhân dân. Đại hội bầu 9 đại biểu đi dự Đại hội "
            "đại biểu Đảng bộ tỉnh lần thứ XII, nhiệm kỳ 2025 - 2030.")
    events = extract(prepare(RawArticle("hb.txt", text))).events
    assert [(e.kind, e.organizer.head) for e in events] == [("Conference", "Ủy ban Mặt trận Tổ quốc Việt Nam")]


def test_a_commune_whose_name_begins_with_a_level_word():
    text = "Sáng 12/4/2024, Huyện ủy Bắc Hà, tỉnh Lào Cai làm việc tại xã Bản Phố."
    areas = {(a.kind, a.name) for _, a in extract(prepare(RawArticle("bp.txt", text))).areas}
    assert ("Commune", "Bản Phố") in areas and ("Village", "Phố") not in areas


def test_a_view_counter_beside_the_date_and_a_breadcrumb_are_furniture():
    from graph.normalize import normalize_text

    text = normalize_text("CỔNG THÔNG TIN\nTrang chủ | Tin tức | Hoạt động HĐND\nNgày đăng: 26/09/2025 | Lượt xem: 412\n"
                          "Lượt xem: 1.254\n\nNgày 25/9, HĐND xã tổ chức kỳ họp.")
    assert text.split("\n")[:2] == ["CỔNG THÔNG TIN", "Ngày đăng: 26/09/2025"] and "Lượt xem" not in text


def test_meetings_of_voters_sessions_named_by_number_congresses_dated_by_term_and_glosses():
    def events(text):
        return [(e.kind, e.organizer.head, e.date) for e in extract(prepare(RawArticle("m.txt", text))).events]

    assert events("Chiều ngày 3/10/2024, Đoàn đại biểu Quốc hội tỉnh Tây Ninh tiếp xúc cử tri huyện Châu Thành.") == [
        ("Meeting", "Đoàn đại biểu Quốc hội", PartialDate(2024, 10, 3))]
    assert events("Trước đó, Kỳ họp thứ 14 (chuyên đề) HĐND tỉnh Bình Phước khóa X diễn ra ngày 18/8/2023.") == [
        ("Meeting", "Hội đồng nhân dân", PartialDate(2023, 8, 18))]
    assert events("Hội Nông dân huyện Lạc Sơn vừa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028.")[0][2] \
        == PartialDate(2023)
    assert events("Ngày 27/6/2024, Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam huyện Tri Tôn tổ chức Đại hội đại biểu "
                  "MTTQ Việt Nam huyện lần thứ XII.") == [
        ("Congress", "Ủy ban Mặt trận Tổ quốc Việt Nam", PartialDate(2024, 6, 27))]


def test_people_listed_after_cac_dong_chi_voters_and_prefixed_names():
    from graph.extract.scan import scan_sentence

    names = {p.name for p in scan_sentence(
        "Đồng chí Hà Thị Mai trao Huy hiệu cho các đồng chí: Hoàng Văn Pản, nguyên Phó Giám đốc Sở Y tế; Nông Thị "
        "Lìn, phường Chi Lăng; Vi Văn Thạch, phường Hoàng Văn Thụ và Lộc Văn Páo, xã Mai Pha.").persons}
    assert {"Hoàng Văn Pản", "Nông Thị Lìn", "Vi Văn Thạch", "Lộc Văn Páo"} <= names
    assert not names & {"Hoàng Văn Thụ", "Mai Pha"}
    names = {p.name for p in scan_sentence("Cử tri Võ Thị Hồng phản ánh; đồng chí A Lăng Thị Hiền và đồng chí Pơ Loong Nhâm "
                                           "phát biểu.").persons}
    assert {"Võ Thị Hồng", "A Lăng Thị Hiền", "Pơ Loong Nhâm"} <= names


def test_a_congress_dated_by_its_term_does_not_date_the_article():
    text = "Hội Nông dân huyện Lạc Sơn vừa tổ chức Đại hội đại biểu lần thứ XI, nhiệm kỳ 2023 - 2028."
    mentions = extract(prepare(RawArticle("nd.txt", text)))
    assert mentions.events[0].date == PartialDate(2023) and mentions.published is None


def test_agency_codes_name_the_issuer_and_lower_case_law_counts_are_no_documents():
    text = ("Ủy ban Kiểm tra Tỉnh ủy Yên Bái thi hành kỷ luật 57 đảng viên, cảnh cáo ông Lò Văn Tám "
            "(Quyết định số 313-QĐ/UBKTTU) theo Hướng dẫn số 05-HD/BTGTU.")
    documents = {d.number: d for _, d in extract(prepare(RawArticle("ak.txt", text))).documents}
    assert set(documents) == {"313-QĐ/UBKTTU", "05-HD/BTGTU"}
    assert documents["313-QĐ/UBKTTU"].issuer.head == "Ủy ban Kiểm tra"
    assert documents["05-HD/BTGTU"].issuer.head == "Ban Tuyên giáo"


def test_a_persons_bare_provincial_titles_take_the_province_their_other_titles_name():
    from graph.pipeline import read_extraction

    text = ("Thủ tướng phê chuẩn kết quả bầu Phó Chủ tịch UBND tỉnh Phú Yên và tỉnh Bình Phước. Tại Quyết định số "
            "1002/QĐ-TTg, Thủ tướng phê chuẩn kết quả bầu đối với ông Trần Văn Mi, Tỉnh ủy viên, Giám đốc Sở Tài "
            "chính tỉnh Bình Phước. Trước đó, ông Trần Văn Mi được bầu giữ chức Phó Chủ tịch UBND tỉnh. Ông Huỳnh "
            "Ngọc Thạch, Phó Chủ tịch UBND tỉnh Phú Yên nhận nhiệm vụ mới. UBND tỉnh Phú Yên, HĐND tỉnh Phú Yên.")
    extraction = read_extraction(RawArticle("pp.txt", text))
    mi = next(p for p in extraction.persons if p.name == "Trần Văn Mi")
    assert {r.body.name for r in mi.roles} == {"Tỉnh ủy Bình Phước", "Sở Tài chính tỉnh Bình Phước",
                                                "Ủy ban nhân dân tỉnh Bình Phước"}


def test_posts_given_by_doi_voi_and_a_bare_party_committee_after_a_standing_committee_title():
    from graph.extract.scan import scan_sentence

    roles = {p.name: {(t.role, b.head) for t, b in p.roles} for p in scan_sentence(
        "Kỳ họp đã bầu bổ sung chức danh Phó Chủ tịch UBND xã Nam Đông nhiệm kỳ 2021 - 2026 đối với ông Nguyễn "
        "Đức Bảo, Trưởng phòng Kinh tế xã.").persons}
    assert ("Phó Chủ tịch", "Ủy ban nhân dân") in roles["Nguyễn Đức Bảo"]
    scan = scan_sentence("Dự có đồng chí Hồ Xuân Tư, Ủy viên Ban Thường vụ Đảng ủy, Chủ tịch Ủy ban MTTQ Việt Nam "
                         "xã Nam Đông.")
    (person,) = scan.persons
    standing = next(b for t, b in person.roles if t.role == "Ủy viên")
    assert (standing.head, standing.of.head, standing.of.area_name) == ("Ban Thường vụ", "Đảng ủy", "Nam Đông")
    assert ("Chủ tịch", "Ủy ban Mặt trận Tổ quốc Việt Nam") in {(t.role, b.head) for t, b in person.roles}


def test_units_listed_after_a_full_body_or_a_mass_organisation_and_a_shared_level_word():
    text = ("Sáng 5/6/2024, Huyện ủy Tri Tôn tổ chức hội nghị. Đại hội nghe tham luận của Ủy ban MTTQ Việt Nam thị "
            "trấn Ba Chúc, các xã Lương Phi, Châu Lăng và của Hội Nông dân các xã Ngọc Sơn, Vũ Bình. Lãnh đạo "
            "Thành ủy, HĐND, UBND thành phố dự.")
    bodies = {(b.head, b.level_word, b.area_name) for _, b in extract(prepare(RawArticle("lu.txt", text))).bodies}
    assert {("Ủy ban Mặt trận Tổ quốc Việt Nam", "xã", "Lương Phi"), ("Ủy ban Mặt trận Tổ quốc Việt Nam", "xã", "Châu Lăng"),
            ("Hội Nông dân", "xã", "Ngọc Sơn"), ("Hội Nông dân", "xã", "Vũ Bình"),
            ("Hội đồng nhân dân", "thành phố", None)} <= bodies


def test_an_obituarys_funeral_committee():
    from graph.pipeline import read_extraction

    text = ("TIN BUỒN\n\nBan Chấp hành Đảng bộ tỉnh Nam Định vô cùng thương tiếc báo tin:\n\nĐồng chí TRẦN VĂN LỘC\n"
            "Nguyên Bí thư Huyện ủy Ý Yên.\n\nBAN LỄ TANG GỒM:\n"
            "1. Đồng chí Lê Quốc Chỉnh, Bí thư Tỉnh ủy - Trưởng ban.\n"
            "2. Đồng chí Phạm Đình Nghị, Chủ tịch UBND tỉnh - Phó Trưởng ban.\n"
            "3. Ông Trần Văn Hùng, con trai, đại diện gia đình - Ủy viên.\n")
    extraction = read_extraction(RawArticle("ob.txt", text))
    roles = {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}
    committee = "Ban Lễ tang đồng chí Trần Văn Lộc"
    assert {("Lê Quốc Chỉnh", "Trưởng ban", committee), ("Phạm Đình Nghị", "Phó Trưởng ban", committee),
            ("Trần Văn Hùng", "Ủy viên", committee)} <= roles


def test_a_law_cited_by_name_and_number_is_the_national_assemblys():
    from graph.pipeline import read_extraction

    text = ("Chiều 3/10/2024, Đoàn ĐBQH tỉnh Tây Ninh tiếp xúc cử tri. Đại biểu thông tin việc thi hành Luật Đất đai "
            "số 31/2024/QH15 và Nghị định số 88/2024/NĐ-CP ngày 15/7/2024 của Chính phủ.")
    documents = {d.number: d for d in read_extraction(RawArticle("lw.txt", text)).documents}
    assert documents["31/2024/QH15"].issuer.name == "Quốc hội"
    assert documents["88/2024/NĐ-CP"].issuer.name == "Chính phủ"


def test_border_guard_and_police_commands_hold_posts():
    from graph.extract.scan import scan_sentence

    scan = scan_sentence("Tham dự có Thượng tá Trần Văn Danh, Phó Chính ủy Bộ Chỉ huy Bộ đội Biên phòng tỉnh, ĐBQH "
                         "khóa XV; Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh.")
    roles = {p.name: {(t.role, b.head if b else None) for t, b in p.roles} for p in scan.persons}
    assert ("Phó Chính ủy", "Bộ Chỉ huy Bộ đội Biên phòng") in roles["Trần Văn Danh"]
    assert "Đại biểu" in {role for role, _ in roles["Trần Văn Danh"]}
    assert roles["Lê Văn Hùng"] == {("Giám đốc", "Công an")}


def test_a_working_delegation_led_by_someone_organizes_the_meeting():
    text = ("Chiều 12/11/2024, Đoàn công tác của Bộ Chính trị do đồng chí Hoàng Xuân Thịnh, Ủy viên Trung ương Đảng "
            "làm Trưởng đoàn đã làm việc với Ban Thường vụ Tỉnh ủy Cao Bằng.")
    (event,) = extract(prepare(RawArticle("dc.txt", text))).events
    assert (event.kind, event.organizer.name, event.date) == ("Meeting", "Đoàn công tác của Bộ Chính trị",
                                                              PartialDate(2024, 11, 12))


@pytest.mark.parametrize("lead, expected", [
    ("Sáng 14-3, Ban Bí thư tổ chức hội nghị.", PartialDate(2024, 3, 14)),  # national papers' day-month
    ("Ngày 14.3.2024, Tỉnh ủy tổ chức hội nghị.", PartialDate(2024, 3, 14)),
    ("Ngày 1.500 người dự hội nghị.", None),
])
def test_opening_dates_written_with_dashes_or_dots(lead, expected):
    from graph.extract.dates import opening_date

    found = opening_date(lead, 2024)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize("written", ["TP.HCM", "TPHCM", "TP HCM", "Tp.HCM"])
def test_the_short_forms_of_ho_chi_minh_city(written):
    from graph.pipeline import read_extraction

    extraction = read_extraction(RawArticle("hcm.txt", f"Chủ tịch UBND {written} Phan Văn Mãi phát biểu."))
    assert [(r.title, r.body.name) for p in extraction.persons for r in p.roles] == [
        ("Chủ tịch", "Ủy ban nhân dân Thành phố Hồ Chí Minh")]


def test_national_leaders_titles():
    from graph.pipeline import read_extraction

    text = ("Dự có Thường trực Ban Bí thư Trần Cẩm Tú, Phó Thủ tướng Thường trực Nguyễn Hòa Bình, Chánh án Tòa án "
            "nhân dân tối cao Lê Minh Trí và Bộ trưởng Bộ Quốc phòng, Đại tướng Phan Văn Giang.")
    roles = {p.name: {(r.title, r.body.name) for r in p.roles} for p in read_extraction(RawArticle("nl.txt", text)).persons}
    assert roles["Trần Cẩm Tú"] == {("Thường trực", "Ban Bí thư")}
    assert roles["Nguyễn Hòa Bình"] == {("Phó Thủ tướng Thường trực", "Chính phủ")}
    assert roles["Lê Minh Trí"] == {("Chánh án", "Tòa án nhân dân tối cao")}
    assert roles["Phan Văn Giang"] == {("Bộ trưởng", "Bộ Quốc phòng")}


def test_youth_unions_are_named_like_party_committees():
    from graph.pipeline import read_extraction

    text = "Chiều 5/6/2024, UBND tỉnh Lâm Đồng tổ chức hội nghị. Dự có Bí thư Tỉnh đoàn Lê Thị Hoa."
    roles = {(p.name, r.title, r.body.name) for p in read_extraction(RawArticle("yu.txt", text)).persons
             for r in p.roles}
    assert ("Lê Thị Hoa", "Bí thư", "Tỉnh đoàn Lâm Đồng") in roles


def test_the_provincial_inspectorate_and_a_deputy_in_charge():
    from graph.pipeline import read_extraction

    text = ("Chiều 5/6/2024, UBND tỉnh Quảng Ngãi tổ chức phiên họp. Dự có Chánh Thanh tra tỉnh Võ Văn Lý; "
            "Phó Giám đốc phụ trách Sở Y tế Nguyễn Văn Sơn.")
    roles = {(p.name, r.title, r.body.name) for p in read_extraction(RawArticle("in.txt", text)).persons
             for r in p.roles}
    assert {("Võ Văn Lý", "Chánh Thanh tra", "Thanh tra tỉnh Quảng Ngãi"),
            ("Nguyễn Văn Sơn", "Phó Giám đốc", "Sở Y tế tỉnh Quảng Ngãi")} <= roles


def test_meeting_dates_from_spans_and_finer_leads_and_a_committee_before_its_holder():
    assert _meetings("Sau ba ngày làm việc (từ ngày 12 đến 14/10/2020), sáng 14/10, Đại hội đại biểu Đảng bộ tỉnh "
                  "Bắc Kạn lần thứ XII đã bế mạc.") == [("Đảng bộ", PartialDate(2020, 10, 12))]
    assert _meetings("UBND tỉnh họp phiên thường kỳ tháng 5 năm 2024\n\nSáng 31/5, UBND tỉnh Kon Tum tổ chức phiên họp "
                  "thường kỳ.") == [("Ủy ban nhân dân", PartialDate(2024, 5, 31))]
    assert _meetings("Ngày 21/3/2024, Ủy ban Kiểm tra (UBKT) Tỉnh ủy Sóc Trăng tổ chức kỳ họp thứ 32.") == [
        ("Ủy ban Kiểm tra", PartialDate(2024, 3, 21))]


def test_a_surname_after_a_district_committee_is_its_holder_and_numbered_districts_keep_their_word():
    from graph.extract.bodies import parse_body
    from graph.extract.tokens import tokenize
    from graph.pipeline import read_extraction

    text = "Bí thư Huyện ủy Phùng Văn Tiến"
    assert parse_body(tokenize(text), 2, text)[1].area_name is None  # "Huyện ủy" alone; Phùng Văn Tiến holds it
    extraction = read_extraction(RawArticle("q7.txt", "Ông Lê Văn Hà, Chủ tịch UBND Quận 7, TP Hồ Chí Minh phát biểu."))
    assert "Quận 7" in {area.name for area, _ in extraction.areas.values()}


def test_ministries_listed_together_the_government_office_bahnar_names_and_capitals():
    from graph.extract.scan import scan_sentence
    from graph.pipeline import read_extraction

    text = ("Chiều 11/10/2024, UBND tỉnh Kon Tum tổ chức hội nghị. Dự có ông Trần Minh Nghĩa - Phó Chủ nhiệm Văn "
            "phòng Chính phủ; đại diện Bộ Tài nguyên và Môi trường, Bộ Kế hoạch và Đầu tư; Phó Chủ tịch UBND tỉnh "
            "A Jar. Theo Thông báo số 456/TB-VPCP.\n\nĐẢNG CỘNG SẢN VIỆT NAM")
    extraction = read_extraction(RawArticle("vp.txt", text))
    bodies = {body.name for body, _, _ in extraction.bodies.values()}
    roles = {(p.name, r.title, r.body.name) for p in extraction.persons for r in p.roles}
    assert ("Trần Minh Nghĩa", "Phó Chủ nhiệm", "Văn phòng Chính phủ") in roles
    assert ("A Jar", "Phó Chủ tịch", "Ủy ban nhân dân tỉnh Kon Tum") in roles
    assert {"Bộ Tài nguyên và Môi trường", "Bộ Kế hoạch và Đầu tư"} <= bodies
    assert next(d for d in extraction.documents if d.number == "456/TB-VPCP").issuer.name == "Văn phòng Chính phủ"
    assert "Việt Nam" not in {area.name for area, _ in extraction.areas.values()}
    assert [p.name for p in scan_sentence("Bí thư Huyện ủy A Lưới Hồ Văn Niên phát biểu.").persons] == ["Hồ Văn Niên"]


@pytest.mark.parametrize("closing, expected", [
    ("Bài: Hoàng Hà - Ảnh: Đức Lâm", ["Hoàng Hà"]),
    ("Thực hiện: Hà Trang", ["Hà Trang"]),
    ("Hải Minh", ["Hải Minh"]),  # a commune's name too, but no district or province
    ("LÊ PHAN\n\nXem thêm:\n- Ông Phan Văn Mãi chủ trì họp UBND TP\n\nTIN MỚI\n- Sở Nội vụ tuyển dụng", ["LÊ PHAN"]),
])
def test_more_bylines_and_link_lists_after_them(closing, expected):
    text = f"Chiều 22/7, Thành ủy Hà Tĩnh tổ chức hội nghị.\n\n{closing}"
    mentions = extract(prepare(RawArticle("by2.txt", text)))
    assert mentions.bylines == expected and [p.name for _, p in mentions.persons] == []


def test_a_post_after_a_colon_list_and_re_election_to_a_post():
    from graph.extract.scan import scan_sentence

    scan = scan_sentence("Kết quả, đồng chí Ma Văn Tường tái đắc cử chức Bí thư Tỉnh ủy khóa XII; các đồng chí: Nông "
                         "Thị Duyên, Hà Quang Đạt được bầu giữ chức Phó Bí thư Tỉnh ủy.")
    roles = {p.name: {t.role for t, _ in p.roles} for p in scan.persons}
    assert roles == {"Ma Văn Tường": {"Bí thư"}, "Nông Thị Duyên": {"Phó Bí thư"}, "Hà Quang Đạt": {"Phó Bí thư"}}


def test_nominations_are_not_posts_and_new_tasks_are():
    from graph.extract.scan import scan_sentence

    def roles(sentence):
        return {p.name: {(t.role, b.head if b else None) for t, b in p.roles} for p in scan_sentence(sentence).persons}

    nominated = roles("Giới thiệu đồng chí Mang Thị Hiền, Phó Bí thư Huyện ủy Hàm Thuận Bắc, để HĐND huyện bầu giữ "
                      "chức Chủ tịch UBND huyện Hàm Thuận Bắc.")
    assert nominated["Mang Thị Hiền"] == {("Phó Bí thư", "Huyện ủy")}
    done = roles("Ông Lê Văn Tòng đã được Ban Thường vụ Tỉnh ủy điều động, giới thiệu để UBND tỉnh bổ nhiệm giữ chức "
                 "Phó Giám đốc Sở Kế hoạch và Đầu tư.")
    assert ("Phó Giám đốc", "Sở") in done["Lê Văn Tòng"]
    moved = roles("Đồng chí Đàng Năng Thọ, Trưởng ban Dân tộc tỉnh, thay đồng chí Nguyễn Văn Lực được điều động nhận "
                  "nhiệm vụ Phó Trưởng ban Tổ chức Tỉnh ủy.")
    assert ("Trưởng ban", "Ban Dân tộc") in moved["Đàng Năng Thọ"]
    assert ("Phó Trưởng ban", "Ban Tổ chức") in moved["Nguyễn Văn Lực"]


def test_committee_abbreviations_a_bare_district_committee_in_a_chain_and_long_division_names():
    from graph.extract.scan import scan_sentence

    def roles(sentence):
        return {p.name: {(t.role, b.head, b.area_name) for t, b in p.roles if b} for p in scan_sentence(sentence).persons}

    found = roles("Đồng chí Lê Thành Trung - UVBTV TU, Phó Bí thư Thường trực Tỉnh ủy chủ trì.")
    assert ("Ủy viên", "Ban Thường vụ", None) in found["Lê Thành Trung"]
    found = roles("Ông Ksor Y Phú, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện Sơn Hòa, giữ chức Phó Giám đốc Sở Nội vụ.")
    assert ("Phó Bí thư", "Huyện ủy", "Sơn Hòa") in found["Ksor Y Phú"]
    found = roles("Ông Lê Văn Hùng, Phó Trưởng phòng Nông nghiệp và Phát triển nông thôn huyện Tuy Phước phát biểu.")
    assert ("Phó Trưởng phòng", "Phòng", "Tuy Phước") in found["Lê Văn Hùng"]
    found = roles("Dự có Thống đốc Ngân hàng Nhà nước Việt Nam Vũ Thị Thanh Bình.")
    assert ("Thống đốc", "Ngân hàng Nhà nước Việt Nam", None) in found["Vũ Thị Thanh Bình"]


def test_a_shared_title_list_ends_at_a_name_with_its_own_title():
    from graph.extract.scan import scan_sentence

    scan = scan_sentence("Cùng dự có các Phó Thủ tướng: Trần Minh Khải, Lê Thị Hồng Nhung; Bộ trưởng Bộ Tài chính Phan "
                         "Quốc Định; Thống đốc Ngân hàng Nhà nước Việt Nam Vũ Thị Thanh Bình.")
    roles = {p.name: {t.role for t, _ in p.roles} for p in scan.persons}
    assert roles == {"Trần Minh Khải": {"Phó Thủ tướng"}, "Lê Thị Hồng Nhung": {"Phó Thủ tướng"},
                     "Phan Quốc Định": {"Bộ trưởng"}, "Vũ Thị Thanh Bình": {"Thống đốc"}}


def test_a_commune_party_committee_member_and_a_post_one_is_moved_to():
    from graph.extract.scan import scan_sentence

    scan = scan_sentence("HĐND xã đã miễn nhiệm ông Lê Văn Hùng do được điều động làm Phó Trưởng phòng Nội vụ huyện "
                         "Tuy Phước; bầu bà Đặng Thị Kim Oanh, Đảng ủy viên, Chủ tịch Hội Liên hiệp Phụ nữ xã Phước Sơn.")
    roles = {p.name: {(t.role, b.head, b.area_name) for t, b in p.roles if b} for p in scan.persons}
    assert ("Phó Trưởng phòng", "Phòng", "Tuy Phước") in roles["Lê Văn Hùng"]
    assert ("Ủy viên", "Đảng ủy", "Phước Sơn") in roles["Đặng Thị Kim Oanh"]


def test_sessions_held_at_opened_or_counted():
    assert _meetings("Sáng ngày 10/7/2024, tại Kỳ họp thứ 17 (kỳ họp thường lệ giữa năm 2024), HĐND tỉnh Đồng Tháp "
                  "khóa X dành trọn buổi cho phiên chất vấn.") == [("Hội đồng nhân dân", PartialDate(2024, 7, 10))]
    assert _meetings("Sáng 9/7/2024, HĐND tỉnh Hậu Giang khoá X, nhiệm kỳ 2021 - 2026 khai mạc Kỳ họp thứ 17 (kỳ họp "
                  "thường lệ giữa năm 2024).") == [("Hội đồng nhân dân", PartialDate(2024, 7, 9))]
    assert _meetings("Đồng chí Hoàng Văn Sơn cho biết HĐND phường đã tổ chức 2 kỳ họp.") == []


def test_delegates_are_people():
    from graph.extract.scan import scan_sentence

    assert [p.name for p in scan_sentence("Đại biểu Huỳnh Thị Kim Loan (Tổ đại biểu huyện Tháp Mười) đặt câu hỏi.").persons] \
        == ["Huỳnh Thị Kim Loan"]


def test_a_village_party_cell_and_numbered_villages():
    from graph.pipeline import read_extraction

    extraction = read_extraction(RawArticle("cb.txt", "Ở xã Kim Liên (huyện Nam Đàn, tỉnh Nghệ An), ông Nguyễn Văn Hùng, "
                                                      "Bí thư Chi bộ xóm Sen 1, cho biết Chi bộ có 46 đảng viên."))
    assert [(r.title, r.body.name, r.body.kind) for p in extraction.persons for r in p.roles] == [
        ("Bí thư", "Chi bộ xóm Sen 1", "PartyCommittee")]
    assert ("Sen 1", "Village") in {(area.name, area.kind) for area, _ in extraction.areas.values()}


def test_a_mass_organisations_centre_is_not_the_party_central_committee():
    from graph.extract.scan import scan_sentence

    (person,) = scan_sentence("Dự có ông Đỗ Văn Thành, Phó Chủ tịch Trung ương Hội Cựu chiến binh Việt Nam.").persons
    assert all(body is None or body.kind != "CentralCommittee" for _, body in person.roles)
    (member,) = scan_sentence("Dự có ông Lê Văn An, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy.").persons
    assert any(body is not None and body.kind == "CentralCommittee" for _, body in member.roles)
