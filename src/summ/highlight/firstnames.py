"""The gender a first name gives, beyond ``words.FIRST_NAME_GENDERS``'s short table.

NLTK's names corpus (Mark Kantrowitz's lists, 7,163 names once those on both lists are left
out), shipped as ``data/first_names.txt`` with its README, since nltk's data is never
downloaded. Only "he" and "she" read it: the short table alone still decides what makes a word
a first name (the lists hold ordinary words too: "Will", "Hope", "Guy").
"""

from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def _genders() -> dict[str, str]:
    text = files("summ.highlight").joinpath("data/first_names.txt").read_text(encoding="utf-8")
    rows = (line.split(" ") for line in text.splitlines() if line and not line.startswith("#"))
    return {name: gender for name, gender in rows}  # noqa: C416  (pairs, as the file has them)


def first_name_gender(first: str) -> str | None:
    """"m" or "f" for a first name in lower case, None when the lists do not say."""
    return _genders().get(first)
