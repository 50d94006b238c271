"""Shared fixtures: a CLI runner, the samples, a pinned terminal, and the eval folder."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EVAL = ROOT.parent / "shared" / "eval"


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption(
        "--update-golden", action="store_true", help="rewrite tests/golden from current output"
    )


@pytest.fixture(autouse=True, scope="session")
def _pinned_terminal() -> None:
    """Same width and no colour everywhere, so rendered output is stable."""
    mp = pytest.MonkeyPatch()
    mp.setenv("TERM", "dumb")
    mp.setenv("COLUMNS", "100")
    mp.delenv("NO_COLOR", raising=False)
    mp.delenv("FORCE_COLOR", raising=False)


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def update_golden(request: pytest.FixtureRequest) -> bool:
    return bool(request.config.getoption("--update-golden"))


def sample_paths() -> list[Path]:
    return sorted(p for p in SAMPLES.iterdir() if p.suffix in {".txt", ".md", ".html"})
