"""The one pipeline: text → Document → scores → picks → highlights → Summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from summ import lang, text
from summ.models import (
    Algorithm,
    Article,
    Document,
    Figure,
    Options,
    Pick,
    Quote,
    Summary,
    Trace,
)
from summ.scoring import scorer
from summ.select import select
from summ.sumy_adapter import SUMY_ALGORITHMS, window_size

if TYPE_CHECKING:
    from collections.abc import Callable
    from multiprocessing.pool import Pool

    from summ.lang import Language

Highlights = tuple[tuple[Figure, ...], tuple[Quote, ...]]

# Characters from which highlighting is worth a second process: on 1 MB it takes about as long as
# splitting and scoring together, so the two halves overlap; below ~100 KB the hand-over (a fork
# and the figures pickled back) costs more than it saves.
PARALLEL_CHARS = 100_000


def summarize(
    source: str | Article | Document,
    options: Options | None = None,
    *,
    name: str = "<text>",
    pool: Pool | None = None,
) -> Summary:
    """Summarize an article: text, an Article read from a file or page, or a split Document.

    With a ``pool``, a long text's figures and quotes are found in it while this process
    splits and scores (the same result, sooner on a second core).

    Raises:
        EmptyDocumentError: the text has no sentence.
        ValueError: ``options.language`` has no sentence model.
    """
    options = options or Options()
    if isinstance(source, Document):
        detected = source.language
        raw = source.text
    else:
        article = source if isinstance(source, Article) else Article(source, name)
        raw = article.text
        detected = lang.named(options.language, raw)
    language, notes = lang.resolve(detected, raw)
    highlights = _start_highlights(raw, language.name, options, pool)
    document = (
        source
        if isinstance(source, Document)
        else text.build(article.text, language, article.source, article.meta)
    )
    traced: tuple[Trace, ...] = ()
    if options.explain:
        picks, traced = _explained(document, language, options)
    else:
        scores = scorer(options.algorithm)(document, language)
        picks = select(document, scores, options.length, language, options.redundancy)
    notes = (*notes, *_notes(document, options))
    figures, quotes = highlights()
    return Summary(
        document, picks, options, figures, quotes, notes, trace=traced, language=detected
    )


def _explained(
    document: Document, language: Language, options: Options
) -> tuple[tuple[Pick, ...], tuple[Trace, ...]]:
    """The same picks, with each sentence's score parts and selection's reasons kept."""
    from summ import explain, scoring  # noqa: PLC0415
    from summ.select import Decisions  # noqa: PLC0415

    reading = None
    if options.algorithm is Algorithm.SUMM:
        reading = scoring.read(document, language)
        scores = scoring.weigh(reading)
    else:
        scores = scorer(options.algorithm)(document, language)
    decisions = Decisions()
    picks = select(
        document, scores, options.length, language, options.redundancy, decisions=decisions
    )
    return picks, explain.trace(scores, reading, decisions, picks)


def find_highlights(raw: str, language: str) -> Highlights:
    """Figures and quotes of the whole text (what a pool's worker runs).

    The quote finder works out the text's layout itself, the same one text.build makes (one
    linear pass, ~3% of finding the quotes), so a worker needs nothing from the Document and
    runs while this process builds it.
    """
    from summ.highlight import find_figures, find_quotes  # noqa: PLC0415

    return find_figures(raw, language), find_quotes(raw, language)


def _start_highlights(
    raw: str, language: str, options: Options, pool: Pool | None
) -> Callable[[], Highlights]:
    """Highlights now or in ``pool``; the callable gives them when they are needed."""
    if not options.highlight:
        return lambda: ((), ())
    if pool is None or len(raw) < PARALLEL_CHARS:
        return lambda: find_highlights(raw, language)
    return pool.apply_async(find_highlights, (raw, language)).get


def _notes(document: Document, options: Options) -> tuple[str, ...]:
    total = len(document.sentences)
    if options.algorithm not in SUMY_ALGORITHMS:
        return ()
    size = window_size(options.algorithm)
    if total <= size:
        return ()
    note = (
        f"{options.algorithm.value} takes time quadratic in sentences: scored {total:,} "
        f"sentences in windows of {size} (the default algorithm needs no windows)"
    )
    return (note,)
