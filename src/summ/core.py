"""The one pipeline: text → Document → scores → picks → highlights → Summary."""

from __future__ import annotations

from summ import lang, text
from summ.models import Document, Options, Summary
from summ.scoring import scorer
from summ.select import select


def summarize(
    source: str | Document, options: Options | None = None, *, name: str = "<text>"
) -> Summary:
    """Summarize an article given as text (or an already split Document).

    Raises:
        EmptyDocumentError: the text has no sentence.
        ValueError: ``options.language`` has no sentence model.
    """
    options = options or Options()
    language = lang.load(options.language)
    document = source if isinstance(source, Document) else text.build(source, language, name)
    scores = scorer(options.algorithm)(document, language)
    picks = select(document, scores, options.length, language, options.redundancy)
    if not options.highlight:
        return Summary(document, picks, options)
    from summ.highlight import find_figures, find_quotes  # noqa: PLC0415

    return Summary(
        document,
        picks,
        options,
        find_figures(document.text, document.language),
        find_quotes(document.text, document.language),
    )
