"""Shared fixtures: a CLI runner, the samples, a pinned terminal, and the eval folder."""

from __future__ import annotations

import importlib.util
import signal
from pathlib import Path
from typing import TYPE_CHECKING

import pytest
from typer.testing import CliRunner

if TYPE_CHECKING:
    from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = ROOT / "samples"
EVAL = ROOT.parent / "shared" / "eval"


def pytest_configure(config: pytest.Config) -> None:  # noqa: ARG001 - pytest's hook signature
    """Let the summ processes the tests start receive the Ctrl-C some of them send.

    A shell ignores SIGINT in what it starts in the background (``pytest &``), and a process
    inherits that: the signal tests would then find summ deaf to Ctrl-C and fail for the way
    the suite was started. Python's own handler here is reset to the default in each child.
    """
    if signal.getsignal(signal.SIGINT) == signal.SIG_IGN:
        signal.signal(signal.SIGINT, signal.default_int_handler)


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


def load_module(name: str, path: Path) -> ModuleType:
    """A script that is not a package module (bench/, the eval folder's scorer), loaded by path."""
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module
