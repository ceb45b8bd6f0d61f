"""Shared fixtures: paths to the seeds, the shared gold, and a built graph of the seeds."""
from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
SHARED = ROOT.parent / "shared"
GOLD = SHARED / "gold"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def seed_build(tmp_path_factory):
    """The seeds built once per test session (no views, no store: those have their own tests)."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("seed-build")
    summary = build([SEEDS], out, with_views=False, with_store=False)
    return out, summary


@pytest.fixture(scope="session")
def seed_store(tmp_path_factory):
    """The seeds built with the embedded store (no views)."""
    from graph.pipeline import build

    out = tmp_path_factory.mktemp("seed-store")
    build([SEEDS], out, with_views=False, with_store=True)
    return out / "store"
