"""The README cannot drift from the CLI or from CI."""

from __future__ import annotations

from pathlib import Path

import typer.main

from summ import Algorithm, OutputFormat
from summ.cli import app

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_every_option_is_in_the_readme() -> None:
    command = typer.main.get_command(app)
    for param in command.params:
        for name in [*param.opts, *param.secondary_opts]:
            if name.startswith("-"):
                assert f"`{name}" in README or f" {name}" in README, name


def test_every_algorithm_and_format_is_in_the_readme() -> None:
    for value in [*Algorithm, *OutputFormat]:
        assert f"`{value.value}`" in README, value


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    test_command = ci.replace(".venv/bin/pip install -q ", ".venv/bin/pip install ")
    assert test_command in README


def test_the_sample_named_in_the_quick_start_exists() -> None:
    assert "summ samples/vladivostok-summit.txt" in README
    assert (ROOT / "samples" / "vladivostok-summit.txt").is_file()
