"""Whole-graph view at 1k, 10k and 50k nodes: time to write the page in Python and time
for headless Chromium to open it and finish drawing.

    python bench/views.py [--sizes 1000 10000 50000]
"""
from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from graph.view import NetworkModel, Node, render_html  # noqa: E402

CLASSES = ["Official"] * 5 + ["PartyCommittee", "PartyAgency", "PeoplesCommittee", "Province", "District",
                              "Resolution", "Conference"]


def synthetic(size: int, seed: int = 7) -> NetworkModel:
    """A graph shaped like vnkg's: officials attached to a few bodies, bodies in areas."""
    rng = random.Random(seed)
    nodes = {f"n{i}": Node(f"n{i}", rng.choice(CLASSES), label=f"Nút {i} Hà Tĩnh") for i in range(size)}
    ids = list(nodes)
    edges = set()
    for i, iri in enumerate(ids):
        for _ in range(rng.choice([1, 1, 2, 3])):
            target = ids[min(len(ids) - 1, int(rng.paretovariate(1.2)) % len(ids))] if rng.random() < 0.3 \
                else rng.choice(ids)
            if target != iri:
                edges.add((iri, target, "thuộc", "thuộc"))
    return NetworkModel(nodes, sorted(edges))


def open_in_chromium(page: Path) -> float:
    from playwright.sync_api import sync_playwright

    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", args=flags)
        tab = browser.new_page(viewport={"width": 1400, "height": 900})
        start = time.perf_counter()
        tab.goto(page.as_uri())
        tab.wait_for_function("window.vnkgNetwork !== undefined")
        tab.evaluate("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))")
        elapsed = time.perf_counter() - start
        browser.close()
    return elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 50000])
    options = parser.parse_args()
    print("| nodes in graph | nodes drawn | edges drawn | write page (s) | open + draw in Chromium (s) | size (MB) |")
    print("| --- | --- | --- | --- | --- | --- |")
    for size in options.sizes:
        model = synthetic(size)
        start = time.perf_counter()
        page, nodes, edges, reduced = render_html(model, f"bench {size}")
        written = time.perf_counter() - start
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / "graph.html"
            path.write_text(page, encoding="utf-8")
            opened = open_in_chromium(path)
        print(f"| {size} | {nodes} | {edges} | {written:.1f} | {opened:.1f} | {len(page.encode()) / 1e6:.1f} |",
              flush=True)


if __name__ == "__main__":
    main()
