"""Golden outputs: every sample in every file format, exactly. Refresh: pytest --update-golden."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from summ.cli import app

from .conftest import ROOT, sample_paths

GOLDEN = Path(__file__).parent / "golden"
FORMATS = {"plain": "txt", "markdown": "md", "json": "json"}


def test_every_sample_has_its_own_golden_name() -> None:
    stems = [p.stem for p in sample_paths()]
    assert len(stems) == len(set(stems)), "two samples differ only in extension"


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("sample", sample_paths(), ids=lambda p: p.name)
def test_golden(
    sample: Path, fmt: str, update_golden: bool, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)  # sources are shown as given: keep them relative
    result = CliRunner().invoke(app, ["-f", fmt, str(sample.relative_to(ROOT))])
    assert result.exit_code == 0, result.output
    expected = GOLDEN / f"{sample.stem}.{FORMATS[fmt]}"
    if update_golden:
        expected.write_text(result.stdout, encoding="utf-8")
    assert expected.exists(), f"{expected.name} missing: run pytest --update-golden"
    assert result.stdout == expected.read_text(encoding="utf-8")
