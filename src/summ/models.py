"""Immutable values shared by every layer: the document, the options and the summary.

Every offset is a Python string index into ``Document.text`` (the input as decoded, BOM removed,
nothing else changed), so ``document.text[x.start:x.end] == x.text`` holds for every span.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Literal

FigureKind = Literal[
    "money", "percent", "quantity", "duration", "date", "time", "year", "score", "other"
]


class Algorithm(StrEnum):
    """Which scorer rates the sentences (typer shows these as the choices of ``-a``)."""

    SUMM = "summ"
    LEAD = "lead"
    LEXRANK = "lexrank"
    TEXTRANK = "textrank"
    LSA = "lsa"
    LUHN = "luhn"
    EDMUNDSON = "edmundson"
    KL = "kl"
    SUMBASIC = "sumbasic"
    REDUCTION = "reduction"


class OutputFormat(StrEnum):
    """How a summary is written out."""

    TERMINAL = "terminal"
    PLAIN = "plain"
    MARKDOWN = "markdown"
    JSON = "json"
    JSONL = "jsonl"
    HTML = "html"


FETCH_TIMEOUT = 20.0
"""Seconds to wait for a web server at each step (connecting, each read); the whole download
may take three times as long, so a server that drips a byte a second cannot hold summ forever."""

_LENGTH = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*(%|w|words?|s|sentences?)?\s*$", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Length:
    """The summary budget: exactly one of sentences, ratio or words is set."""

    sentences: int | None = None
    ratio: float | None = None
    words: int | None = None

    def __post_init__(self) -> None:
        given = [v for v in (self.sentences, self.ratio, self.words) if v is not None]
        if len(given) != 1:
            raise ValueError("give exactly one of sentences, ratio or words")
        if self.sentences is not None and self.sentences < 1:
            raise ValueError("the number of sentences must be at least 1")
        if self.words is not None and self.words < 1:
            raise ValueError("the number of words must be at least 1")
        if self.ratio is not None and not 0 < self.ratio <= 1:
            raise ValueError("the ratio must be above 0 and at most 1 (or 1% to 100%)")

    @classmethod
    def parse(cls, raw: str) -> Length:
        """Read "5", "5s", "20%", "0.2" or "120w"; raise ValueError for anything else."""
        match = _LENGTH.match(raw)
        if not match:
            raise ValueError(f"{raw!r} is not a length: use 5, 20% or 120w")
        number, unit = float(match[1]), (match[2] or "").lower()
        if unit == "%":
            return cls(ratio=number / 100)
        if unit.startswith("w"):
            return cls(words=_whole(number, raw))
        if not unit and "." in match[1]:
            return cls(ratio=number)
        return cls(sentences=_whole(number, raw))

    def describe(self) -> str:
        """Say the budget the way a user would write it."""
        if self.sentences is not None:
            return f"{self.sentences} sentences"
        if self.ratio is not None:
            return f"{self.ratio:.0%} of the sentences"
        return f"{self.words} words"


def _whole(number: float, raw: str) -> int:
    if not number.is_integer():
        raise ValueError(f"{raw!r} must be a whole number")
    return int(number)


@dataclass(frozen=True, slots=True)
class Options:
    """Every setting of a summary, with its default: the CLI reads its defaults from here."""

    algorithm: Algorithm = Algorithm.SUMM
    """The scorer; ``summ`` is the project's own, tuned on news."""
    length: Length = field(default_factory=lambda: Length(sentences=5))
    """The budget. Five sentences is about what a news reader's standfirst plus key points take."""
    language: str = "auto"
    """Language of the Punkt model, stop words and stemmer ("english", "german" ...), or "auto"
    to detect it from the text."""
    redundancy: float = 0.6
    """Highest word overlap (cosine of term vectors) allowed between two picked sentences."""
    highlight: bool = True
    """Find key figures and quotes."""
    timeout: float = FETCH_TIMEOUT
    """Seconds to wait for a web server at each step, when an input is a URL."""
    figures: int = 8
    """Key figures listed under a summary (the summary itself highlights every figure)."""
    quotes: int = 5
    """Quotes listed under a summary, with their speakers."""
    width: int | None = None
    """Columns of text in the terminal layout; None: the terminal's, at most 100."""
    explain: bool = False
    """Keep every sentence's score parts and selection's reasons (``Summary.trace``)."""

    def __post_init__(self) -> None:
        if not 0 < self.redundancy <= 1:
            raise ValueError("redundancy must be above 0 and at most 1")
        if not self.timeout > 0:
            raise ValueError("the timeout must be above 0 seconds")
        if self.figures < 0 or self.quotes < 0:
            raise ValueError("the lists of figures and quotes cannot have fewer than 0 items")
        from summ.lang import AUTO, supported  # noqa: PLC0415  (punkt only when a name is given)

        if self.language != AUTO and self.language not in supported():
            names = ", ".join((AUTO, *supported()))
            raise ValueError(f"no sentence model for {self.language!r}; choose one of {names}")


@dataclass(frozen=True, slots=True)
class Sentence:
    """One sentence of the article, as a span of its text."""

    index: int
    """Position among the document's sentences (0-based)."""
    paragraph: int
    """Index of the paragraph it belongs to."""
    start: int
    end: int
    text: str
    """``document.text[start:end]``: exact, including any line breaks inside the sentence."""
    words: int
    """Number of words, for budgets and reading time."""


@dataclass(frozen=True, slots=True)
class Meta:
    """What a web page says about its article; all None for plain text."""

    url: str | None = None
    """Where the page was fetched from, or its canonical address when a saved page names it."""
    author: str | None = None
    date: str | None = None
    """Publication date as the page gives it, normalised to ISO 8601 (YYYY-MM-DD) where known."""
    title: str | None = None
    extracted: bool = False
    """The text was extracted from HTML, so offsets refer to it and JSON carries it."""


@dataclass(frozen=True, slots=True)
class Article:
    """An input as read, before it is split: its text and where it came from."""

    text: str
    source: str = "<text>"
    meta: Meta = field(default_factory=Meta)


@dataclass(frozen=True, slots=True)
class Document:
    """An article read and split: the decoded text, its title and its sentences."""

    text: str
    sentences: tuple[Sentence, ...]
    title: str | None = None
    source: str = "<stdin>"
    language: str = "english"
    meta: Meta = field(default_factory=Meta)
    paragraphs: tuple[tuple[int, int], ...] = ()
    """Spans of every paragraph, title and headings included, in text order: what
    ``Sentence.paragraph`` counts (one with no sentence is the title or a heading). The one
    account of where paragraphs are: ``summ.layout``'s, which text.build made the sentences
    from and the highlight finders read quotes in."""

    @property
    def words(self) -> int:
        """Words in the body (the title excluded)."""
        return sum(s.words for s in self.sentences)


@dataclass(frozen=True, slots=True)
class Figure:
    """A key figure: an amount of money, a percentage, a count, a date, a time or a duration."""

    start: int
    end: int
    text: str
    kind: FigureKind


@dataclass(frozen=True, slots=True)
class Quote:
    """A direct quotation: the text inside the marks, and who said it where the article says."""

    start: int
    end: int
    text: str
    speaker: str | None = None
    evidence: str | None = None
    """How the speaker was found: "cue" (an attribution next to the quote naming them),
    "pronoun" or "description" (such a cue, resolved to a name), "reported" (the sentence just
    before reports them), "carried" (the previous quote's speaker: a run of quote paragraphs,
    or the second half of an interrupted quote), "pulled out" (a pull-out copy of words the
    article attributes where it quotes them again); None with no speaker."""


@dataclass(frozen=True, slots=True)
class Pick:
    """A sentence chosen for the summary, and why."""

    sentence: Sentence
    score: float
    """The algorithm's score (higher is better; scales differ between algorithms)."""
    rank: int
    """1 for the best-scored pick."""


@dataclass(frozen=True, slots=True)
class Trace:
    """One sentence's score, the parts it is made of, and what selection made of it."""

    index: int
    score: float
    """The score selection compared (for summ: weighed for the real budget)."""
    parts: tuple[tuple[str, float], ...]
    """Named terms that add up to ``score`` (summ: each view, the lead, the penalties)."""
    rank: int | None
    """The pick's rank; None when the sentence was left out."""
    reason: str | None
    """Why it was left out ("repeats sentence 3 (likeness 0.72)", "the budget was full")."""


@dataclass(frozen=True, slots=True)
class Summary:
    """What :func:`summ.summarize` returns: picks in article order, with their evidence."""

    document: Document
    picks: tuple[Pick, ...]
    options: Options
    figures: tuple[Figure, ...] = ()
    """Figures of the whole article, in text order."""
    quotes: tuple[Quote, ...] = ()
    """Quotes of the whole article, in text order."""
    notes: tuple[str, ...] = ()
    """What the user should know about how this summary was made (shown on stderr)."""
    trace: tuple[Trace, ...] = ()
    """Every sentence's score and fate, in article order (only with ``Options.explain``)."""
    language: str | None = None
    """The language the article is in, as detected or given; ``document.language`` is the one
    whose rules were used (English where the article's language has no sentence model)."""

    @property
    def words(self) -> int:
        """Words in the summary."""
        return sum(p.sentence.words for p in self.picks)

    @property
    def source(self) -> str:
        """Where the article came from, as shown to the user."""
        return self.document.source


@dataclass(frozen=True, slots=True)
class Failure:
    """An input that could not be summarized, kept in its place among the results."""

    source: str
    error: str
    """The one-line message shown to the user."""


Result = Summary | Failure
"""What one input gives: a summary, or the reason there is none."""


@dataclass(frozen=True, slots=True)
class Rendered:
    """A summary already rendered in one format by the worker process that made it.

    A worker sends this back instead of the Summary: a string crosses the pipe for a fraction
    of what the whole Document costs to pickle, and the rendering is done in parallel.
    """

    source: str
    notes: tuple[str, ...]
    fmt: OutputFormat
    text: str
    """The summary's piece of the output (see :func:`summ.render.piece`)."""
