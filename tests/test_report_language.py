"""JSON names the language an article is in apart from the language whose rules were used."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from summ.cli import app

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

JAPANESE = (
    "市議会は月曜日、二年間の議論の末に新しい路面電車の路線を承認したと当局者が述べた。"
    "この路線は駅と大学を結び、二〇二八年から一日四万人を運ぶ予定である。"
    "工事費は三億一千万ユーロで、その半分を国が負担すると市長は記者団に語った。\n"
)
GERMAN = (
    "Der Stadtrat hat am Montag nach zwei Jahren Debatte eine neue Straßenbahnlinie beschlossen. "
    "Die Linie soll den Bahnhof mit der Universität verbinden und ab 2028 täglich 40.000 "
    "Menschen befördern. Die Arbeiten kosten 310 Millionen Euro, sagte der Bürgermeister.\n"
)


def report(runner: CliRunner, path: Path, *options: str) -> dict[str, object]:
    result = runner.invoke(app, ["-f", "json", *options, str(path)])
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert isinstance(data, dict)
    return data


def test_a_language_without_a_sentence_model_is_reported_as_itself(
    runner: CliRunner, tmp_path: Path
) -> None:
    path = tmp_path / "ja.txt"
    path.write_text(JAPANESE, encoding="utf-8")
    data = report(runner, path)
    assert (data["language"], data["language_rules"]) == ("japanese", "english")


def test_a_language_with_a_model_is_both(runner: CliRunner, tmp_path: Path) -> None:
    path = tmp_path / "de.txt"
    path.write_text(GERMAN, encoding="utf-8")
    assert (report(runner, path)["language"], report(runner, path)["language_rules"]) == (
        "german",
        "german",
    )
    forced = report(runner, path, "-l", "english")  # the user's choice is the language then
    assert (forced["language"], forced["language_rules"]) == ("english", "english")
