"""What a digest is made of: its sources, and sentences, figures and quotes that name them.

Sources are numbered from 1 in the order given (failed inputs left out), as the Sources list
prints them; every ``Mention`` is a span of one source's ``Document.text``, so
``digest.sources[m.source - 1].document.text[m.start:m.end]`` is what that source says.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from summ.models import Document, Failure, FigureKind, Options, Sentence, Summary


@dataclass(frozen=True, slots=True)
class Mention:
    """Where one source carries a sentence, figure or quote of the digest."""

    source: int
    """The source's number in the Sources list (1-based)."""
    start: int
    end: int
    """Offsets into that source's ``Document.text``."""


@dataclass(frozen=True, slots=True)
class DigestSource:
    """One input of the digest, with what was found in it."""

    number: int
    """1-based, in the order the inputs were given."""
    summary: Summary
    """The source's document, its picks in the digest, and its own figures and quotes."""
    overlap: float
    """Cosine of the source's words with the other sources' (0: nothing shared)."""
    off_topic: bool
    """Shares too little with the others to be about the same story: it weighs little."""

    @property
    def document(self) -> Document:
        """The source as read and split."""
        return self.summary.document


@dataclass(frozen=True, slots=True)
class DigestSentence:
    """A sentence of the digest, word for word from its first mention's source."""

    sentence: Sentence
    """The sentence in its own source (``mentions[0].source``)."""
    mentions: tuple[Mention, ...]
    """Its own span first, then the sentences of other sources that say the same."""
    score: float
    rank: int
    """1 for the best-scored sentence."""

    @property
    def sources(self) -> tuple[int, ...]:
        """The numbers of every source that carries it, its own first."""
        return tuple(m.source for m in self.mentions)


@dataclass(frozen=True, slots=True)
class DigestFigure:
    """A figure in a digest sentence, once, however many sources give it in the same context."""

    text: str
    kind: FigureKind
    mentions: tuple[Mention, ...]
    """The figure's span in the digest sentence's source first, then the other sources'."""

    @property
    def sources(self) -> tuple[int, ...]:
        """The numbers of the sources that give it."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True, slots=True)
class DigestQuote:
    """A quotation once, with its speaker and every source that prints it."""

    text: str
    """As the first source prints it."""
    speaker: str | None
    """Who said it, where the sources that name someone agree; None otherwise."""
    mentions: tuple[Mention, ...]

    @property
    def sources(self) -> tuple[int, ...]:
        """The numbers of the sources that print it."""
        return tuple(dict.fromkeys(m.source for m in self.mentions))


@dataclass(frozen=True, slots=True)
class Digest:
    """What :func:`summ.summarize_many` returns: one summary of several articles."""

    sources: tuple[DigestSource, ...]
    sentences: tuple[DigestSentence, ...]
    """In reading order: by source date (undated sources after, in input order), then position."""
    figures: tuple[DigestFigure, ...]
    """The figures of the digest's sentences, in the order of those sentences."""
    quotes: tuple[DigestQuote, ...]
    """Quotes in the digest's sentences, then quotes at least two sources print, best first."""
    options: Options
    notes: tuple[str, ...] = ()
    """What the user should know about how the digest was made (shown on stderr)."""
    failures: tuple[Failure, ...] = ()
    """Inputs that could not be read or split: the digest is made from the rest."""

    @property
    def words(self) -> int:
        """Words in the digest."""
        return sum(s.sentence.words for s in self.sentences)

    def source(self, number: int) -> DigestSource:
        """The source numbered ``number``."""
        return self.sources[number - 1]
