"""Language packs: engines read a pack's fields, and none of them tests a language's name."""

from __future__ import annotations

import re
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from summ import lang, scoring, text
from summ.highlight import find_quotes
from summ.languages import pack
from summ.scoring import read

if TYPE_CHECKING:
    import pytest

SRC = Path(__file__).resolve().parent.parent / "src" / "summ"
# The registry reads names by design; lang.py and detection.py load models and resolve names.
ALLOWED = {"languages/__init__.py", "languages/english.py", "lang.py", "detection.py"}
NAMES = "|".join(lang.supported())
NAME = rf"""(?:["'](?:{NAMES})["']|FALLBACK)"""
COMPARISON = re.compile(rf"[!=]=\s*{NAME}|{NAME}\s*[!=]=")


def test_no_engine_compares_a_language_name() -> None:
    found = [
        f"{path.relative_to(SRC)}:{n}"
        for path in SRC.rglob("*.py")
        if path.relative_to(SRC).as_posix() not in ALLOWED
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if COMPARISON.search(line)
    ]
    assert found == []


def test_a_pack_without_openers_flags_none(monkeypatch: pytest.MonkeyPatch) -> None:
    english = lang.load("english")
    document = text.build("Prices rose sharply.\n\nHe denied it was a cut.", english)
    assert read(document, english).openers == (False, True)
    plain = replace(pack("english"), opener=None)
    monkeypatch.setattr(scoring, "pack", lambda _name: plain)
    assert read(document, english).openers == (False, False)


def test_a_pack_without_a_speaker_finder_gives_quotes_without_speakers() -> None:
    article = '"We will build the bridge next year," said Mayor Jane Smith on Monday.'
    assert find_quotes(article)[0].speaker is not None
    mute = replace(pack("english"), name_speakers=False)
    assert [q.speaker for q in find_quotes(article, mute)] == [None]
