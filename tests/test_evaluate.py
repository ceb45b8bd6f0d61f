"""Scoring a graph against gold: matching rules, counts, report, and `vnkg eval`.

Fixtures in tests/data/eval/: gold/a1.json and gold/a2.json, perfect.ttl (what a perfect
builder writes for both) and one small Turtle file per matching rule.
"""
import json
import shutil
from dataclasses import replace
from functools import lru_cache

import pytest
from click.testing import CliRunner
from rdflib import Dataset, Graph, URIRef

from graph.cli import cli, main
from graph.errors import InputError
from graph.evaluate import (
    SECTIONS, Counts, date_matches, evaluate, format_report, key, match, predictions_from_graph, read_graph,
    score, section_scores,
)
from graph.gold import gold_to_graph, load_gold
from tests.conftest import DATA, GOLD

EVAL = DATA / "eval"
GOLD_DIR = EVAL / "gold"
PERFECT = EVAL / "perfect.ttl"


@lru_cache(maxsize=None)
def report_of(fixture: str):
    return evaluate(EVAL / f"{fixture}.ttl", GOLD_DIR)


def article_of(fixture: str, article: str):
    return next(a for a in report_of(fixture).articles if a.article == article)


def run(*args):
    return CliRunner().invoke(cli, [str(arg) for arg in args])


def test_evaluate_perfect_match_scores_one_everywhere():
    report = report_of("perfect")
    assert section_scores(report) == {name: (1.0, 1.0, 1.0) for name in (*SECTIONS, "published")}
    assert [a.findings for a in report.articles] == [[], []]
    assert report.ignored == ["a9.txt"] and report.missing == [] and report.warnings == []


def test_evaluate_does_not_score_inferred_or_unnumbered_nodes():
    # perfect.ttl has inferred issuers and areas and an unnumbered Charter; a1 + a2 have
    # 3 + 1 numbered gold documents.
    assert report_of("perfect").totals["documents"] == Counts(4, 0, 0)
    assert report_of("perfect").totals["organizations"] == Counts(9, 0, 0)


@pytest.mark.parametrize("fixture, article, section, counts", [
    # bodies found by aliases: a role's body and an organizer named only by an alias
    ("aliases", "a1.txt", "persons", (1, 0, 2)),
    ("aliases", "a1.txt", "roles", (1, 0, 1)),
    ("aliases", "a1.txt", "organizations", (3, 2, 3)),
    ("aliases", "a1.txt", "document issuers", (1, 0, 0)),
    ("aliases", "a1.txt", "events", (1, 0, 1)),
    # a bare alias shared by two gold bodies identifies neither
    ("shared_alias", "a2.txt", "organizations", (0, 2, 3)),
    # old tone marks, case, decomposed Unicode, extra spaces
    ("tones", "a1.txt", "persons", (2, 0, 1)),
    ("tones", "a1.txt", "roles", (1, 0, 1)),
    ("tones", "a1.txt", "organizations", (2, 0, 4)),
    ("tones", "a1.txt", "areas", (1, 0, 2)),
    # two 18-NQ/TW told apart by year, a third in another year, unnumbered ones ignored
    ("documents", "a1.txt", "documents", (3, 1, 0)),
    ("documents", "a1.txt", "document dates", (1, 1, 1)),
    ("documents", "a1.txt", "document issuers", (2, 0, 1)),
    # days inside a month-level and a year-level gold date; the next month is extra
    ("events", "a1.txt", "events", (2, 1, 0)),
])
def test_evaluate_section_counts(fixture, article, section, counts):
    found = article_of(fixture, article).counts[section]
    assert (found.tp, found.fp, found.fn) == counts


def test_evaluate_prefers_exact_names_to_aliases():
    findings = article_of("aliases", "a1.txt").findings
    extra = [f.iri for f in findings if f.section == "organizations" and f.kind == "extra"]
    assert extra == ["https://w3id.org/vnkg/id/org/ban-to-chuc-tinh-uy"]


def test_evaluate_shows_a_wrong_type_as_one_near_miss():
    [wrong] = [f for f in article_of("aliases", "a1.txt").findings if f.kind == "wrong"]
    assert (wrong.section, wrong.gold, wrong.note) == ("organizations", "Thường trực Tỉnh ủy Hà Tĩnh [Other]",
                                                       "type differs")
    assert wrong.predicted == "Thường trực Tỉnh ủy Hà Tĩnh [StandingCommittee]"


@pytest.mark.parametrize("articles, counts", [
    # "Tỉnh ủy" is also Hà Tĩnh's in a1; "Ban Tổ chức" is two bodies' in a2 itself
    (("a1.txt", "a2.txt"), (0, 2, 3)),
    # without a1, "Tỉnh ủy" names one body and matches; "Ban Tổ chức" still does not
    (("a2.txt",), (1, 1, 2)),
])
def test_evaluate_shared_alias_identifies_no_body(articles, counts):
    gold = [g for g in load_gold(GOLD_DIR) if g.article in articles]
    report = score(gold, predictions_from_graph(read_graph(EVAL / "shared_alias.ttl")))
    found = next(a for a in report.articles if a.article == "a2.txt").counts["organizations"]
    assert (found.tp, found.fp, found.fn) == counts


def test_evaluate_document_year_picks_the_right_number():
    a1 = next(g for g in load_gold(GOLD_DIR) if g.article == "a1.txt")
    without_2017 = replace(a1, documents=tuple(d for d in a1.documents if d.date != "2017-10-25"))
    report = score([a1], predictions_from_graph(gold_to_graph([without_2017])))
    article = report.articles[0]
    assert article.counts["documents"] == Counts(2, 0, 1)
    assert article.counts["document dates"] == Counts(1, 0, 0)
    assert [f.gold for f in article.findings] == ["18-NQ/TW [Resolution] 2017-10-25"]


def test_evaluate_scores_dates_on_matched_documents():
    [date] = [f for f in article_of("documents", "a1.txt").findings if f.section == "document dates"]
    assert (date.kind, date.gold, date.predicted) == ("wrong", "18-NQ/TW: 2017-10-25", "18-NQ/TW: 2017-10-24")


def test_evaluate_missing_article_counts_false_negatives(tmp_path):
    gold_dir = tmp_path / "gold"
    shutil.copytree(GOLD_DIR, gold_dir)
    a3 = {"article": "a3.txt", "published": "2020", "persons": [{"name": "Lê Văn B", "roles": []}],
          "organizations": [{"name": "Bộ Chính trị", "aliases": [], "type": "Politburo"}],
          "areas": [], "events": [],
          "documents": [{"number": "35-CT/TW", "type": "Directive", "date": "2019-05-30", "issuer": "Bộ Chính trị"},
                        {"number": None, "type": "Charter", "title": "Điều lệ Đảng"}]}
    (gold_dir / "a3.json").write_text(json.dumps(a3, ensure_ascii=False), encoding="utf-8")
    report = evaluate(PERFECT, gold_dir)
    missing = report.articles[-1]
    assert report.missing == ["a3.txt"] and not missing.published_correct
    assert {name: (c.tp, c.fp, c.fn) for name, c in missing.counts.items() if not c.empty} == {
        "persons": (0, 0, 1), "organizations": (0, 0, 1), "documents": (0, 0, 1)}
    assert report.warnings == ["warning: a3.txt is not in the graph: its 3 gold items count as false negatives"]
    assert format_report(report).splitlines()[0] == report.warnings[0]
    assert section_scores(report)["published"] == (2 / 3,) * 3


@pytest.mark.parametrize("text, expected", [
    ("Tỉnh uỷ", "tỉnh ủy"), ("THANH HOÁ", "thanh hóa"), ("khoà", "khòa"),
    ("Ha\u0300 Ti\u0303nh", "hà tĩnh"), ("  Võ  Hồng\u00a0Hải\n", "võ hồng hải"),
])
def test_evaluate_key_normalizes(text, expected):
    assert key(text) == expected


@pytest.mark.parametrize("predicted, gold, matches", [
    ("2024-07-22", "2024-07", True), ("2024-07", "2024-07", True), ("2024-08-01", "2024-07", False),
    ("2015-10-10", "2015", True), ("2016-01-01", "2015", False), ("2024-07-22", "2024-07-22", True),
    ("2024-07-23", "2024-07-22", False), ("2024-07", "2024-07-22", False), ("2024-07-22", None, True),
])
def test_evaluate_date_matches_month_and_year_prefixes(predicted, gold, matches):
    assert date_matches(predicted, gold) is matches


@pytest.mark.parametrize("levels, pairs", [
    ({(0, 0): 0, (0, 1): 0, (1, 0): 0}, {0: 1, 1: 0}),  # as many pairs as possible
    ({(0, 0): 1, (1, 0): 0, (0, 1): 1}, {1: 0, 0: 1}),  # exact pair first, then alias pairs
    ({(0, 0): 1, (1, 0): 0}, {1: 0}),  # an exact pair is never given up for an alias one
    ({}, {}),
])
def test_evaluate_match_is_one_to_one(levels, pairs):
    assert match(levels) == pairs


@pytest.mark.parametrize("counts, ratios", [
    (Counts(3, 1, 0), (0.75, 1.0, 6 / 7)), (Counts(0, 0, 0), (1.0, 1.0, 1.0)),
    (Counts(0, 0, 2), (0.0, 0.0, 0.0)), (Counts(0, 2, 0), (0.0, 0.0, 0.0)),
])
def test_evaluate_counts_ratios(counts, ratios):
    assert (counts.precision, counts.recall, counts.f1) == pytest.approx(ratios)


@pytest.mark.parametrize("rdf_format, suffix", [("nt", ".nt"), ("trig", ".trig"), ("nquads", ".nq")])
def test_evaluate_reads_every_graph_format(tmp_path, rdf_format, suffix):
    dataset = Dataset()
    named = dataset.graph(URIRef("https://w3id.org/vnkg/id/article/a1"))
    for triple in Graph().parse(PERFECT):
        named.add(triple)
    path = tmp_path / f"graph{suffix}"
    (dataset if suffix in (".trig", ".nq") else named).serialize(path, format=rdf_format, encoding="utf-8")
    assert evaluate(path, GOLD_DIR).totals == report_of("perfect").totals


@pytest.mark.parametrize("gold_dir", [GOLD_DIR, GOLD], ids=["fixtures", "shared"])
def test_gold_to_graph_scores_one_against_itself(tmp_path, gold_dir):
    if not gold_dir.is_dir():
        pytest.skip(f"{gold_dir} is absent")
    path = tmp_path / "gold.ttl"
    gold_to_graph(load_gold(gold_dir)).serialize(path, format="turtle")
    scores = section_scores(evaluate(path, gold_dir))
    assert scores == {name: (1.0, 1.0, 1.0) for name in (*SECTIONS, "published")}


def test_load_gold_reads_objects_with_an_article_field():
    gold = load_gold(GOLD_DIR)
    assert [g.article for g in gold] == ["a1.txt", "a2.txt"]  # notes.json has no "article"
    assert gold[0].organizations[2].aliases == ("Ban Tổ chức Tỉnh uỷ",)


@pytest.mark.parametrize("content, message", [
    (None, "gold directory {dir} not found"),
    ("{}", "no gold files in {dir}"),
    ("{not json", "cannot read gold file {dir}/x.json"),
    ('{"article": "x.txt", "persons": [{"roles": []}]}', "gold file {dir}/x.json is malformed"),
])
def test_load_gold_errors_name_the_file(tmp_path, content, message):
    gold_dir = tmp_path / "gold"
    if content is not None:
        gold_dir.mkdir()
        (gold_dir / "x.json").write_text(content, encoding="utf-8")
    with pytest.raises(InputError, match="^" + message.format(dir=gold_dir)):
        load_gold(gold_dir)


@pytest.mark.parametrize("name, content, message", [
    ("absent.ttl", None, "graph file {path} not found: run `vnkg build` first or pass --graph FILE"),
    ("bad.ttl", "<a> <b> .", "cannot parse graph file {path} as turtle: at line 1"),
    ("graph.rdf", "", "graph file {path}: unknown extension, expected one of .ttl, .trig, .nt, .nq"),
])
def test_read_graph_errors_name_the_file(tmp_path, name, content, message):
    path = tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(InputError) as error:
        read_graph(path)
    assert str(error.value).startswith(message.format(path=path))
    assert "\n" not in str(error.value)


def test_format_report_rejects_unknown_format():
    with pytest.raises(InputError, match="unknown report format 'xml': use one of table, json"):
        format_report(report_of("perfect"), fmt="xml")


def test_cli_eval_prints_an_aligned_table():
    result = run("eval", "--gold", GOLD_DIR, "--graph", PERFECT)
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    table = lines[:len(SECTIONS) + 1]
    assert table[0].split() == ["section", "tp", "fp", "fn", "precision", "recall", "f1"]
    assert table[1].split() == ["persons", "4", "0", "0", "1.000", "1.000", "1.000"]
    assert len({len(line) for line in table}) == 1
    assert lines[-2] == "published: 2/2 correct (accuracy 1.000)"


def test_cli_eval_details_list_false_negatives_and_positives():
    result = run("eval", "--gold", GOLD_DIR, "--graph", EVAL / "aliases.ttl", "--details", "--per-article")
    assert result.exit_code == 0, result.output
    output = result.output
    assert "  organizations (tp 3, fp 2, fn 3)\n    ~ Thường trực Tỉnh ủy Hà Tĩnh [Other]\n" in output
    assert "graph: Thường trực Tỉnh ủy Hà Tĩnh [StandingCommittee]  <org/thuong-truc-tinh-uy-ha-tinh>  " \
           "(type differs)" in output
    assert "    + Ban Tổ chức Tỉnh ủy [PartyAgency]  <org/ban-to-chuc-tinh-uy>\n" in output
    assert "    - [Congress] 2015 by Đảng bộ tỉnh Hà Tĩnh\n" in output
    assert "a2.txt: not in the graph (all gold items count as missing)" in output
    assert "F1 per article" in output


def test_cli_eval_json():
    result = run("eval", "--gold", GOLD_DIR, "--graph", EVAL / "documents.ttl", "--format", "json",
                 "--per-article", "--details")
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert list(data["sections"]) == list(SECTIONS)
    assert data["sections"]["document dates"] == {"tp": 1, "fp": 1, "fn": 1, "precision": 0.5, "recall": 0.5,
                                                  "f1": 0.5}
    assert data["missing_articles"] == ["a2.txt"] and len(data["per_article"]) == 2
    assert {"article": "a1.txt", "section": "documents", "kind": "extra", "gold": "",
            "predicted": "18-NQ/TW [Resolution] 2019-01-01",
            "iri": "https://w3id.org/vnkg/id/document/unknown/2019/18-nq-tw", "note": ""} in data["details"]


def test_cli_eval_help_has_an_example():
    result = run("eval", "--help")
    assert result.exit_code == 0
    assert "vnkg eval --gold ../shared/gold" in result.output and "--per-article" in result.output


def test_cli_eval_missing_graph_is_one_line_and_exit_2(tmp_path, capsys):
    with pytest.raises(SystemExit) as exit_:
        main(["eval", "--gold", str(GOLD_DIR), "--graph", str(tmp_path / "none.ttl")])
    assert exit_.value.code == 2
    assert capsys.readouterr().err == (f"Error: graph file {tmp_path / 'none.ttl'} not found: "
                                       "run `vnkg build` first or pass --graph FILE\n")
