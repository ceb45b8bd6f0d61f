"""Instructions per article: the per-article stages (read, normalize, extract, resolve,
N-Quads, TriG block) counted by valgrind's callgrind, which counts the same for the same
code and input whatever else the machine does. Wall-clock figures on this VM move by a
quarter from hour to hour; this is the figure to compare two versions of the code by.

    python bench/instructions.py [--articles 100] [--corpus /tmp/vnkg-bench/corpus-1000]

Needs valgrind (Debian: apt-get install valgrind). Runs the stages twice under callgrind,
once on no article (start-up, imports, lexicon and gazetteer loading) and once on N, and
reports the difference divided by N. Takes about a minute for 100 articles.
"""
from __future__ import annotations

import argparse
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
RUN = """
import sys
from pathlib import Path
from graph.sources import read_source
from graph.pipeline import article_graph
paths = sorted(Path(sys.argv[1]).glob("*.txt"))[:int(sys.argv[2])]
for path in paths:
    for raw in read_source(path, on_error=print):
        article_graph(raw)
"""


def instructions(corpus: Path, articles: int) -> int:
    result = subprocess.run(["valgrind", "--tool=callgrind", "--callgrind-out-file=/dev/null", sys.executable,
                             "-c", RUN, str(corpus), str(articles)],
                            cwd=ROOT, capture_output=True, text=True, check=True)
    found = re.search(r"Collected : (\d+)", result.stderr)
    if found is None:
        raise SystemExit(f"callgrind printed no count:\n{result.stderr[-2000:]}")
    return int(found.group(1))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--articles", type=int, default=100)
    parser.add_argument("--corpus", type=Path, default=Path("/tmp/vnkg-bench/corpus-1000"))
    options = parser.parse_args()
    if not options.corpus.exists():
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(options.corpus), "1000"], check=True)
    start_up = instructions(options.corpus, 0)
    total = instructions(options.corpus, options.articles)
    print(f"{(total - start_up) / options.articles / 1e6:.2f}M instructions per article "
          f"({options.articles} articles of {options.corpus}; start-up {start_up / 1e6:.0f}M)")


if __name__ == "__main__":
    main()
