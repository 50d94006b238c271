"""Golden cases from cases.yaml, through the CLI and the library alike (strip-tags' pattern)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from typer.testing import CliRunner

from summ import Algorithm, Length, Options, summarize
from summ.cli import app

CASES = yaml.safe_load((Path(__file__).parent / "cases.yaml").read_text(encoding="utf-8"))


def _options(raw: dict[str, Any]) -> Options:
    length = Length(
        sentences=raw.get("sentences"), ratio=raw.get("ratio"), words=raw.get("words")
    ) if any(k in raw for k in ("sentences", "ratio", "words")) else Options().length
    return Options(algorithm=Algorithm(raw.get("algorithm", "summ")), length=length)


def _args(raw: dict[str, Any]) -> list[str]:
    return [arg for key, value in raw.items() for arg in (f"--{key}", str(value))]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_library(case: dict[str, Any]) -> None:
    summary = summarize(case["input"], _options(case["options"]))
    assert [p.sentence.text for p in summary.picks] == case["expected"]


@pytest.mark.parametrize("case", CASES, ids=[c["name"] for c in CASES])
def test_cli(case: dict[str, Any]) -> None:
    result = CliRunner().invoke(app, [*_args(case["options"]), "-f", "json"], input=case["input"])
    assert result.exit_code == 0, result.output
    assert [s["text"] for s in json.loads(result.stdout)["summary"]] == case["expected"]
