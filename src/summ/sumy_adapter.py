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
from summ.scoring import Scores

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence

    from summ.lang import Language
    from summ.models import Document, Sentence
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
SUMY_ALGORITHMS = frozenset(_CLASSES)
# sumy's graph and matrix algorithms (LexRank, TextRank, LSA, KL, Reduction) are quadratic or
# worse in sentences: on a book they take minutes and gigabytes. Scoring consecutive windows of
# this many sentences bounds the work at O(sentences × WINDOW); an article fits in one window.
WINDOW = 250
# KL-Sum rates by repeated greedy picks, O(window² × vocabulary) per window: it needs smaller ones.
_WINDOWS = {Algorithm.KL: 50}
# sumy's Polish and Greek stemmers import packages summ does not install (pystempel,
# greek-stemmer-pos) at the first word, failing mid-run; Snowball has both languages.
_STEMMERS_NEEDING_PACKAGES = frozenset({"polish", "greek"})
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
    """A scorer running sumy's ``algorithm``, on windows of at most WINDOW sentences."""
    module_name, class_name = _CLASSES[algorithm]

    def score(document: Document, language: Language) -> Scores:
        import importlib  # noqa: PLC0415

        module = importlib.import_module(f"sumy.summarizers.{module_name}")
        summarizer = _configured(getattr(module, class_name), document, language)
        ratings: list[float] = []
        size = window_size(algorithm)
        with warnings.catch_warnings():  # numpy's divide-by-zero warning: see _rate
            warnings.simplefilter("ignore", RuntimeWarning)
            for start in range(0, len(document.sentences), size):
                window = document.sentences[start : start + size]
                ratings += _rate(summarizer, window, document.title if not start else None)
        return Scores(tuple(ratings))

    return score


def window_size(algorithm: Algorithm) -> int:
    """Most sentences ``algorithm`` scores together."""
    return _WINDOWS.get(algorithm, WINDOW)


def _rate(summarizer: Any, sentences: Sequence[Sentence], title: str | None) -> list[float]:  # noqa: ANN401
    ratings = [0.0] * len(sentences)

    def record(infos: list[Any]) -> list[Any]:
        for info in infos:
            # LexRank divides by zero when no sentence has a content word: NaN means 0.
            rating = float(info.rating)
            ratings[info.order] = rating if math.isfinite(rating) else 0.0
        return infos[:1]

    summarizer(_sumy_document(sentences, title), record)
    return ratings


def _configured(cls: Callable[..., Any], document: Document, language: Language) -> Any:  # noqa: ANN401
    summarizer = cls(_stemmer(language))
    # sumy is configured through attributes after construction; this is its only interface.
    if hasattr(summarizer, "null_words"):
        title = _Words.to_words(document.title or "") or _Words.to_words(document.sentences[0].text)
        summarizer.bonus_words = title
        summarizer.stigma_words = _STIGMA
        summarizer.null_words = language.stop_words or {"the"}
    if hasattr(summarizer, "stop_words"):
        summarizer.stop_words = language.stop_words
    return summarizer


def _stemmer(language: Language) -> Callable[[str], str]:
    """The stemmer sumy has for ``language``, else summ's (Snowball, or lower-casing).

    sumy has none for Slovene, Turkish, Estonian ...; summ's keeps them offline and working.
    """
    from sumy.nlp.stemmers import Stemmer  # noqa: PLC0415

    if language.name in _STEMMERS_NEEDING_PACKAGES:
        return language.stem
    try:
        stemmer: Callable[[str], str] = Stemmer(language.name)
    except LookupError:
        return language.stem
    return stemmer


def _sumy_document(sentences: Sequence[Sentence], title: str | None) -> Any:  # noqa: ANN401
    from sumy.models import dom  # noqa: PLC0415

    words = _Words()
    paragraphs: dict[int, list[Any]] = {}
    for sentence in sentences:
        paragraphs.setdefault(sentence.paragraph, []).append(dom.Sentence(sentence.text, words))
    if title:
        first = min(paragraphs)
        paragraphs[first].insert(0, dom.Sentence(title, words, is_heading=True))
    return dom.ObjectDocumentModel([dom.Paragraph(p) for p in paragraphs.values()])
