"""Saved defaults: the config file, its precedence below flags, --print-config, bad files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from typing import TYPE_CHECKING

import pytest

from summ.config import ConfigError, path, read

from .conftest import SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

SEED = str(SAMPLES / "vladivostok-summit.txt")


def summ(
    config: Path | None, *args: str, home: Path | None = None
) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in {"SUMM_CONFIG", "XDG_CONFIG_HOME"}}
    if config is not None:
        env["SUMM_CONFIG"] = str(config)
    if home is not None:
        env["XDG_CONFIG_HOME"] = str(home)
    return subprocess.run([sys.executable, "-m", "summ", *args], capture_output=True, text=True,
                          check=False, env=env, stdin=subprocess.DEVNULL)


def write(tmp_path: Path, text: str) -> Path:
    file = tmp_path / "config.toml"
    file.write_text(text, encoding="utf-8")
    return file


def test_the_file_sets_defaults(tmp_path: Path) -> None:
    config = write(tmp_path, 'sentences = 2\nformat = "json"\nfigures = 1\n')
    done = summ(config, SEED)
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert len(data["summary"]) == 2


def test_flags_win_over_the_file_and_a_budget_replaces_the_files_budget(tmp_path: Path) -> None:
    config = write(tmp_path, 'sentences = 2\nformat = "json"\n')
    done = summ(config, "-f", "plain", "--ratio", "10%", SEED)
    assert done.returncode == 0, done.stderr
    assert not done.stdout.startswith("{")
    assert "5 of 50 sentences" in done.stdout


def test_the_platform_folder_is_read_when_no_path_is_named(tmp_path: Path) -> None:
    folder = tmp_path / "summ"
    folder.mkdir()
    (folder / "config.toml").write_text("sentences = 1\n", encoding="utf-8")
    done = summ(None, "-f", "json", SEED, home=tmp_path)
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["summary"]) == 1


def test_print_config_says_where_each_value_comes_from(tmp_path: Path) -> None:
    config = write(tmp_path, 'figures = 3\ncolor = "never"\n')
    done = summ(config, "--print-config", "-n", "4")
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == f"# config file: {config}"
    assert f"figures = 3  # {config}" in lines
    assert f"color = false  # {config}" in lines
    assert "sentences = 4  # command line" in lines
    assert "quotes = 5  # default" in lines


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("sentence = 2\n", "unknown setting 'sentence'"),
        ("sentences = \n", "not valid TOML"),
        ('color = "rainbow"\n', "color must be auto, always or never, not 'rainbow'"),
    ],
)
def test_a_bad_file_is_a_usage_error_in_one_line(tmp_path: Path, text: str, message: str) -> None:
    config = write(tmp_path, text)
    done = summ(config, SEED)
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.startswith(f"error: {config}: ")
    assert message in done.stderr
    assert len(done.stderr.splitlines()) == 1


def test_a_missing_named_file_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="no such config file"):
        read(tmp_path / "absent.toml")


def test_no_file_means_no_settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("SUMM_CONFIG", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path))
    assert path() is None
