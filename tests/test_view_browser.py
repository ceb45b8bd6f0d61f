"""The network view in a real headless Chromium: it draws, searches and stays offline."""
import shutil
from pathlib import Path

import pytest

CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
pytestmark = pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Chromium is not installed (apt-get install chromium)")
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
         "--disable-background-networking", "--disable-component-update", "--disable-sync"]


@pytest.fixture(scope="module")
def browser():
    playwright = pytest.importorskip("playwright.sync_api")
    with playwright.sync_playwright() as p:
        launched = p.chromium.launch(executable_path=CHROMIUM, args=FLAGS, headless=True)
        yield launched
        launched.close()


def test_view_browser_draws_searches_and_stays_offline(browser, seed_build, tmp_path):
    from graph.view import write_graph_html

    out, _ = seed_build
    stats = write_graph_html(out / "graph.trig", tmp_path / "graph.html")
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    errors, requests = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto((tmp_path / "graph.html").as_uri())
    page.wait_for_function("window.vnkgNetwork !== undefined")
    counts = page.evaluate("[window.vnkgNetwork.body.data.nodes.length, window.vnkgNetwork.body.data.edges.length]")
    assert counts == [stats.nodes, stats.edges]
    page.fill("#search", "Trần Thế Dũng")
    page.dispatch_event("#search", "change")
    selected = page.evaluate("window.vnkgNetwork.getSelectedNodes().map(id => window.vnkgNetwork.body.data.nodes.get(id).label)")
    assert selected == ["Trần Thế Dũng"]
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / "graph.png"))
    assert errors == []
    assert all(url.startswith(("file://", "data:", "about:")) for url in requests), requests
    page.close()


from graph.to_rdf import Minter, iri_value  # noqa: E402

TRAN_THE_DUNG = iri_value(Minter().person("Trần Thế Dũng")).rsplit("/", 1)[-1]


@pytest.mark.parametrize("page_name", ["index.html", "all.html", f"official/{TRAN_THE_DUNG}.html",
                                       "body/tinh-uy-ha-tinh.html", "province/ha-tinh.html"])
def test_view_browser_each_kind_of_view(browser, seed_build, tmp_path_factory, page_name):
    from graph.view import write_views

    out, _ = seed_build
    folder = tmp_path_factory.mktemp("views")
    write_views(out / "graph.trig", folder, {"articles": 5})
    page = browser.new_page(viewport={"width": 1200, "height": 800})
    errors, requests = [], []
    page.on("console", lambda message: message.type == "error" and errors.append(message.text))
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.on("request", lambda request: requests.append(request.url))
    page.goto((folder / page_name).as_uri())
    if page_name != "index.html":
        page.wait_for_function("window.vnkgNetwork !== undefined")
        drawn = page.evaluate("window.vnkgNetwork.body.data.nodes.length")
        assert drawn > 1
    else:
        page.fill("#search", "trần thế")
        page.dispatch_event("#search", "input")
        visible = page.evaluate("[...document.querySelectorAll('li[data-name]')].filter(li => !li.classList.contains('hidden')).length")
        assert visible == 1
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / (page_name.replace("/", "_") + ".png")))
    assert errors == []
    assert all(url.startswith(("file://", "data:", "about:")) for url in requests), requests
    page.close()


def test_view_browser_size_and_colour_options(browser, seed_build, tmp_path):
    from graph.view import write_graph_html

    out, _ = seed_build
    write_graph_html(out / "graph.trig", tmp_path / "graph.html")
    page = browser.new_page()
    errors = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.goto((tmp_path / "graph.html").as_uri())
    page.wait_for_function("window.vnkgNetwork !== undefined")
    before = page.evaluate("window.vnkgNetwork.body.data.nodes.get().map(n => n.color)")
    page.select_option("#colorBy", "community")
    after = page.evaluate("window.vnkgNetwork.body.data.nodes.get().map(n => n.color)")
    assert before != after and len(set(after)) > 3
    page.select_option("#sizeBy", "betweenness")
    values = page.evaluate("window.vnkgNetwork.body.data.nodes.get().map(n => n.value)")
    assert max(values) > 1
    assert errors == []
    page.close()
