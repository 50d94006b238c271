"""Language packs: what each engine needs to know of one language, in one frozen value.

Engines take a pack (``pack(name)``) and read its fields; none of them tests a language's name.
English is a pack like the others: it is the one whose fields are filled in most. A language
summ has no tables for gets a pack too, with English's figure table (figures are mostly
digits), no speech table (quotes without speakers, never English rules) and no sentence
refinements, furniture or openers.

Packs are built on first use and kept: a pack of a language with a speech table imports
``highlight/speech.py`` (~8 ms of compiled patterns), which a run on English never pays for.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import re
    from collections.abc import Callable, Mapping

    from summ.highlight.speech import Speech
    from summ.highlight.tables import Table

ENGLISH = "english"
"""The name of the language summ falls back to (and the default of ``Options.language``)."""


# eq=False: a pack is hashed and compared by identity, so it is a cheap cache key and
# a pack made with dataclasses.replace (tests) is a different one.
@dataclass(frozen=True, slots=True, eq=False)
class Pack:
    """One language's rules, as references to the tables the engines use."""

    name: str
    figures: Table
    """The figure table of ``highlight/languages.py`` (units, months, number words...)."""
    speech: Speech | None = None
    """Verbs of saying, titles, pronouns (``highlight/speech.py``); None: no table."""
    name_speakers: bool = False
    """Speakers found by the name-and-cue finder of ``highlight/speakers.py`` (English's)."""
    dash_quotes: bool = False
    """Dialogue dashes open quotations, with ``speech``'s verbs ending them."""
    title_case_quotes: bool = True
    """A quoted run of capitalised words is a title, not a quote (not where all nouns are)."""
    function_words: frozenset[str] | None = None
    """The words the scorer's surface view drops; None: the language's stop words."""
    opener: re.Pattern[str] | None = None
    """Sentence openers that lean on the sentence before ("He denied it."); None: not flagged."""
    furniture: Callable[[str], bool] | None = None
    """Whether a sentence is page furniture (bylines, stamps); None: none is."""
    page_furniture: Mapping[str, str] | None = None
    """Saved pages' furniture by kind (``languages/furniture.py``); pages.py tries every pack's."""
    refines_sentences: bool = False
    """Punkt's sentences are refined by ``boundaries.refined`` (English news conventions)."""


@cache
def pack(name: str) -> Pack:
    """The pack of ``name`` (an English name such as "german"), a plain one if summ has none."""
    if name == ENGLISH:  # the registry is the one place that reads names
        return _english()
    from summ.highlight.languages import TABLES, table_for  # noqa: PLC0415
    from summ.languages.furniture import PAGE_FURNITURE  # noqa: PLC0415

    if name not in TABLES:
        return Pack(name, table_for(name), page_furniture=PAGE_FURNITURE.get(name))
    from summ.highlight.speech import speech_for  # noqa: PLC0415  (see the module's note)

    speech = speech_for(name)
    return Pack(
        name,
        TABLES[name],
        speech,
        dash_quotes=speech is not None,
        # German capitalises every noun: a capitalised quoted run is as likely a quote
        title_case_quotes=name != "german",
        page_furniture=PAGE_FURNITURE.get(name),
    )


def _english() -> Pack:
    from summ.boilerplate import is_boilerplate  # noqa: PLC0415
    from summ.highlight.tables import ENGLISH as FIGURES  # noqa: PLC0415
    from summ.languages.english import FUNCTION_WORDS, OPENER  # noqa: PLC0415
    from summ.languages.furniture import PAGE_FURNITURE  # noqa: PLC0415

    return Pack(
        ENGLISH,
        FIGURES,
        name_speakers=True,
        function_words=FUNCTION_WORDS,
        opener=OPENER,
        furniture=is_boilerplate,
        page_furniture=PAGE_FURNITURE[ENGLISH],
        refines_sentences=True,
    )
