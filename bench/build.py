"""Build throughput, scaling, parallel speed-up, memory and export time.

    python bench/build.py [--sizes 1000 10000] [--jobs 1 2]

Each build runs in its own process (`vnkg build --no-views --no-store -q`), timed from
outside, with its peak resident memory read from the kernel (getrusage of the child).
"""
from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
VNKG = Path(sys.executable).with_name("vnkg")


def corpus(size: int) -> Path:
    folder = Path(f"/tmp/vnkg-bench/corpus-{size}")
    if not folder.exists() or len(list(folder.glob("*.txt"))) != size:
        subprocess.run([sys.executable, str(ROOT / "bench" / "generate.py"), str(folder), str(size)], check=True)
    return folder


def run_build(folder: Path, out: Path, jobs: int) -> tuple[float, int]:
    code = (f"import resource, subprocess, sys, time; t = time.perf_counter(); "
            f"subprocess.run([{str(VNKG)!r}, 'build', {str(folder)!r}, '--out', {str(out)!r}, '--no-views', "
            f"'--no-store', '-q', '--jobs', '{jobs}'], check=True); "
            f"print(time.perf_counter() - t, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    result = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True)
    seconds, peak = result.stdout.split()
    return float(seconds), int(peak)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000])
    parser.add_argument("--jobs", type=int, nargs="+", default=[1, 2])
    options = parser.parse_args()
    print("| articles | MB | jobs | seconds | articles/s | MB/s | peak RSS (MB) | identical to jobs=1 |")
    print("| --- | --- | --- | --- | --- | --- | --- | --- |")
    for size in options.sizes:
        folder = corpus(size)
        megabytes = sum(p.stat().st_size for p in folder.glob("*.txt")) / 1e6
        reference = None
        for jobs in options.jobs:
            out = Path(f"/tmp/vnkg-bench/out-{size}-{jobs}")
            seconds, peak_kb = run_build(folder, out, jobs)
            data = [(out / name).read_bytes() for name in ("graph.nq", "graph.trig", "graph.ttl")]
            reference = reference or data
            print(f"| {size} | {megabytes:.1f} | {jobs} | {seconds:.1f} | {size / seconds:.0f} | "
                  f"{megabytes / seconds:.2f} | {peak_kb / 1024:.0f} | {data == reference} |", flush=True)


if __name__ == "__main__":
    main()
