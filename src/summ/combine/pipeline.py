"""Several articles about one story → one digest.

Each is split, all are scored as one cluster, summ's selection picks within the budget, and
every sentence, figure and quote is given its sources.
"""

from __future__ import annotations

from collections import Counter
from typing import TYPE_CHECKING

from summ import lang, text
from summ.combine import merge, weigh
from summ.combine.results import Digest, DigestSentence, DigestSource
from summ.core import PARALLEL_CHARS, Highlights, find_highlights
from summ.errors import SummError
from summ.models import Article, Document, Failure, Length, Options, Pick, Summary
from summ.scoring import summ_scores
from summ.select import select

if TYPE_CHECKING:
    from collections.abc import Callable, Sequence
    from multiprocessing.pool import Pool

    from summ.lang import Language

Source = str | Article | Document
# Sentences in a digest when the user sets no size: one more per source, from six for two up
# to ten. Multi-News' written digests grow with their articles (dev: ~190 words for two, 260
# for four, 340 for five or more, at ~25 words a sentence); ten sentences read in a minute.
_BASE_SENTENCES = 4
_MAX_SENTENCES = 10


def default_length(sources: int) -> Length:
    """The digest's size when none is given: 4 sentences plus one per source, at most 10."""
    return Length(sentences=max(5, min(_MAX_SENTENCES, _BASE_SENTENCES + sources)))


def summarize_many(
    sources: Sequence[Source], options: Options | None = None, *, pool: Pool | None = None
) -> Digest:
    """One digest of ``sources`` (texts, Articles or Documents); inputs that fail are listed in it.

    Without ``options`` the size is :func:`default_length`; with them, ``options.length`` sizes
    the whole digest. With a ``pool``, the sources' figures and quotes are found in it while
    this process splits and scores them. When no source has a sentence, the digest has none
    either, and ``failures`` says why.
    """
    resolved, failures, notes = _resolve_all(sources, options or Options())
    pending = _start_highlights(resolved, options or Options(), pool)
    read: list[tuple[int, Document, Language]] = []
    for number, (source, language) in enumerate(resolved):
        try:
            read.append((number, _document(source, language), language))
        except SummError as error:
            failures += (Failure(error.source or source.source, error.message),)
    options = options or Options(length=default_length(len(read)))
    if not read:
        return Digest((), (), (), (), options, notes, failures)
    found = pending()
    summaries = [Summary(d, (), options, *found[n]) for n, d, _ in read]
    return _digest(summaries, [lg for _, _, lg in read], options, notes, failures)


def _digest(
    summaries: Sequence[Summary],
    languages: Sequence[Language],
    options: Options,
    notes: tuple[str, ...],
    failures: tuple[Failure, ...],
) -> Digest:
    """Score the sources as one cluster, select, and name the sources of what is picked."""
    language = _main_language(languages)
    cluster = weigh.join([s.document for s in summaries], language.name)
    base = summ_scores(cluster.document, language)
    overlaps = weigh.overlaps(base.vectors, cluster.owners, len(summaries))
    scores = weigh.digest_scores(base, cluster, overlaps)
    redundancy = options.redundancy * weigh.REDUNDANCY_SHARE
    picks = select(cluster.document, scores, options.length, language, redundancy)
    # A sentence that would have been cut as a repeat of a pick tells the same fact: the other
    # source carries it too (on dev, 29% of the digest's sentences then name two sources or more).
    index = merge.FactIndex(cluster, base.vectors, redundancy)
    sentences = [_sentence(p, cluster, index) for p in picks]
    by_rank = [
        (cluster.owners[p.sentence.index], cluster.locals[p.sentence.index])
        for p in sorted(picks, key=lambda p: p.rank)
    ]
    figures = merge.figures(by_rank, summaries, language) if options.highlight else ()
    quotes = merge.quotes(by_rank, summaries) if options.highlight else ()
    digest_sources = _sources(summaries, picks, cluster, overlaps)
    notes += _off_topic(digest_sources)
    ordered = sorted(sentences, key=lambda s: _reading_key(s, digest_sources))
    return Digest(digest_sources, tuple(ordered), figures, quotes, options, notes, failures)


Resolved = tuple[Article | Document, "Language"]


def _resolve_all(
    sources: Sequence[Source], options: Options
) -> tuple[list[Resolved], tuple[Failure, ...], tuple[str, ...]]:
    """Each source as an Article (or Document) with its language, or the reason it has none."""
    resolved: list[Resolved] = []
    failures: list[Failure] = []
    notes: list[str] = []
    for number, source in enumerate(sources):
        item = source if not isinstance(source, str) else Article(source, f"<text {number + 1}>")
        requested = item.language if isinstance(item, Document) else options.language
        try:
            language, said = lang.resolve(requested, item.text)
        except ValueError as error:
            failures.append(Failure(item.source, str(error)))
            continue
        resolved.append((item, language))
        notes += [f"{item.source}: {note}" for note in said]
    return resolved, tuple(failures), tuple(notes)


def _document(source: Article | Document, language: Language) -> Document:
    if isinstance(source, Document):
        return source
    return text.build(source.text, language, source.source, source.meta)


def _start_highlights(
    resolved: Sequence[Resolved], options: Options, pool: Pool | None
) -> Callable[[], list[Highlights]]:
    """Figures and quotes of every source, in order: found now, or later in ``pool``.

    A pool pays once the sources are long (as :data:`summ.core.PARALLEL_CHARS` says for one).
    """
    if not options.highlight:
        return lambda: [((), ())] * len(resolved)
    jobs = [(s.text, lg.name) for s, lg in resolved]
    if pool is None or sum(len(t) for t, _ in jobs) < PARALLEL_CHARS:
        return lambda: [find_highlights(*job) for job in jobs]
    return pool.starmap_async(find_highlights, jobs, max(1, len(jobs) // 8)).get


def _main_language(languages: Sequence[Language]) -> Language:
    """The language most sources are in (the first source's on a tie)."""
    counts = Counter(lg.name for lg in languages)
    name = max(counts, key=lambda n: (counts[n], -[lg.name for lg in languages].index(n)))
    return next(lg for lg in languages if lg.name == name)


def _sentence(pick: Pick, cluster: weigh.Cluster, index: merge.FactIndex) -> DigestSentence:
    position = pick.sentence.index
    return DigestSentence(cluster.locals[position], index.mentions(position), pick.score, pick.rank)


def _sources(
    summaries: Sequence[Summary],
    picks: Sequence[Pick],
    cluster: weigh.Cluster,
    overlaps: Sequence[float],
) -> tuple[DigestSource, ...]:
    """Each source with its own picks (the renderers' segments and contexts read them)."""
    own: list[list[Pick]] = [[] for _ in summaries]
    for pick in picks:
        position = pick.sentence.index
        local = cluster.locals[position]
        own[cluster.owners[position]].append(Pick(local, pick.score, pick.rank))
    away = weigh.off_topic(overlaps)
    return tuple(
        DigestSource(
            number + 1,
            Summary(s.document, tuple(mine), s.options, s.figures, s.quotes),
            overlap,
            off,
        )
        for number, (s, mine, overlap, off) in enumerate(
            zip(summaries, own, overlaps, away, strict=True)
        )
    )


def _off_topic(sources: Sequence[DigestSource]) -> tuple[str, ...]:
    if len(sources) > 1 and max(s.overlap for s in sources) < weigh.OFF_TOPIC:
        return ("the sources share little with each other: they may be about different stories",)
    return tuple(
        f"{s.document.source}: shares little with the other sources (overlap {s.overlap:.2f}); "
        "it may be about another story, and weighs little in the digest"
        for s in sources
        if s.off_topic
    )


def _reading_key(sentence: DigestSentence, sources: Sequence[DigestSource]) -> tuple[object, ...]:
    """By the source's date (ISO strings sort by time; undated last), then source, then position."""
    number = sentence.mentions[0].source
    date = sources[number - 1].document.meta.date
    return (date is None, date or "", number, sentence.sentence.index)
