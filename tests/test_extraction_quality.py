"""Extraction quality, measured the way `vnkg eval` measures it, on the seeds (the shared
gold) and on articles of the genre written for these tests (tests/data/articles)."""
import pytest

from graph.evaluate import evaluate, section_scores
from graph.pipeline import build
from tests.conftest import DATA, GOLD

SECTIONS = ["persons", "roles", "organizations", "areas", "documents", "document dates", "document issuers",
            "events"]


@pytest.fixture(scope="module")
def own_articles_build(tmp_path_factory):
    out = tmp_path_factory.mktemp("own-articles")
    build([DATA / "articles"], out, with_views=False, with_store=False)
    return out


@pytest.mark.skipif(not GOLD.exists(), reason="../shared/gold not present")
@pytest.mark.parametrize("section", SECTIONS)
def test_extraction_quality_on_seeds(seed_build, section):
    out, _ = seed_build
    precision, recall, f1 = section_scores(evaluate(out / "graph.ttl", GOLD))[section]
    assert f1 >= 0.95, (section, precision, recall)


@pytest.mark.parametrize("section", SECTIONS)
def test_extraction_quality_on_unseen_articles(own_articles_build, section):
    precision, recall, f1 = section_scores(evaluate(own_articles_build / "graph.ttl", DATA / "gold"))[section]
    assert f1 >= 0.93, (section, precision, recall)


def test_extraction_quality_published_dates(own_articles_build):
    accuracy = section_scores(evaluate(own_articles_build / "graph.ttl", DATA / "gold"))["published"][0]
    assert accuracy >= 0.9
