"""The one pipeline: text → Document → scores → picks → highlights → Summary."""

from __future__ import annotations

from summ import lang, text
from summ.models import Article, Document, Options, Summary
from summ.scoring import scorer
from summ.select import select
from summ.sumy_adapter import SUMY_ALGORITHMS, window_size


def summarize(
    source: str | Article | Document, options: Options | None = None, *, name: str = "<text>"
) -> Summary:
    """Summarize an article: text, an Article read from a file or page, or a split Document.

    Raises:
        EmptyDocumentError: the text has no sentence.
        ValueError: ``options.language`` has no sentence model.
    """
    options = options or Options()
    if isinstance(source, Document):
        language, notes = lang.resolve(source.language, source.text)
        document = source
    else:
        article = source if isinstance(source, Article) else Article(source, name)
        language, notes = lang.resolve(options.language, article.text)
        document = text.build(article.text, language, article.source, article.meta)
    scores = scorer(options.algorithm)(document, language)
    picks = select(document, scores, options.length, language, options.redundancy)
    notes = (*notes, *_notes(document, options))
    if not options.highlight:
        return Summary(document, picks, options, notes=notes)
    from summ.highlight import find_figures, find_quotes  # noqa: PLC0415

    return Summary(
        document,
        picks,
        options,
        find_figures(document.text, document.language),
        find_quotes(document.text, document.language),
        notes,
    )


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
