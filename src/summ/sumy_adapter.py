"""sumy's algorithms as summ scorers, keeping the rating sumy computes and then throws away.

sumy's summarizers return only the chosen sentences; every one of them ranks through
``AbstractSummarizer._get_best_sentences``, which accepts a callable count and hands it every
``SentenceInfo(sentence, order, rating)``. Passing a callable that records them gives us the
scores of all sentences without touching sumy's internals.
"""

from __future__ import annotations

import math
import warnings
from typing import TYPE_CHECKING, Any

from summ.lang import WORD
from summ.models import Algorithm

if TYPE_CHECKING:
    from collections.abc import Callable

    from summ.lang import Language
    from summ.models import Document
    from summ.scoring import Scorer

_CLASSES = {
    Algorithm.LEXRANK: ("lex_rank", "LexRankSummarizer"),
    Algorithm.TEXTRANK: ("text_rank", "TextRankSummarizer"),
    Algorithm.LSA: ("lsa", "LsaSummarizer"),
    Algorithm.LUHN: ("luhn", "LuhnSummarizer"),
    Algorithm.EDMUNDSON: ("edmundson", "EdmundsonSummarizer"),
    Algorithm.KL: ("kl", "KLSummarizer"),
    Algorithm.SUMBASIC: ("sum_basic", "SumBasicSummarizer"),
    Algorithm.REDUCTION: ("reduction", "ReductionSummarizer"),
}
# Edmundson's cue method needs stigma words; sumy's CLI has none for plain text. These hedges
# and connectives mark sentences that lean on others.
_STIGMA = ("however", "but", "also", "meanwhile", "hardly", "impossible", "perhaps")


class _Words:
    """sumy's word-tokenizer interface over summ's word pattern (no NLTK data needed)."""

    language = "english"

    @staticmethod
    def to_words(text: str) -> tuple[str, ...]:
        return tuple(w for w in WORD.findall(text) if not w[0].isdigit())


def sumy_scorer(algorithm: Algorithm) -> Scorer:
    """A scorer running sumy's ``algorithm``."""
    module_name, class_name = _CLASSES[algorithm]

    def score(document: Document, language: Language) -> list[float]:
        import importlib  # noqa: PLC0415

        module = importlib.import_module(f"sumy.summarizers.{module_name}")
        summarizer = _configured(getattr(module, class_name), document, language)
        ratings: list[float] = [0.0] * len(document.sentences)

        def record(infos: list[Any]) -> list[Any]:
            for info in infos:
                # LexRank divides by zero when no sentence has a content word: NaN means 0.
                rating = float(info.rating)
                ratings[info.order] = rating if math.isfinite(rating) else 0.0
            return infos[:1]

        with warnings.catch_warnings():  # numpy's divide-by-zero warning, handled above
            warnings.simplefilter("ignore", RuntimeWarning)
            summarizer(_sumy_document(document), record)
        return ratings

    return score


def _configured(cls: Callable[..., Any], document: Document, language: Language) -> Any:  # noqa: ANN401
    from sumy.nlp.stemmers import Stemmer  # noqa: PLC0415

    try:
        summarizer = cls(Stemmer(language.name))
    except LookupError:
        summarizer = cls()
    # sumy is configured through attributes after construction; this is its only interface.
    if hasattr(summarizer, "null_words"):
        title = _Words.to_words(document.title or "") or _Words.to_words(document.sentences[0].text)
        summarizer.bonus_words = title
        summarizer.stigma_words = _STIGMA
        summarizer.null_words = language.stop_words or {"the"}
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = language.stop_words
    return summarizer


def _sumy_document(document: Document) -> Any:  # noqa: ANN401
    from sumy.models.dom import ObjectDocumentModel, Paragraph, Sentence  # noqa: PLC0415

    words = _Words()
    paragraphs: dict[int, list[Any]] = {}
    for sentence in document.sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(Sentence(sentence.text, words))
    if document.title:
        first = min(paragraphs)
        paragraphs[first].insert(0, Sentence(document.title, words, is_heading=True))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs.values()])
