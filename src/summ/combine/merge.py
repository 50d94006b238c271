"""Nothing twice: a sentence's other sources, a figure once per context, a quotation once.

Each search goes through an index (terms, figure texts, word shingles of quotes), so its cost
is bounded by the picks times the postings of their terms, never all pairs of sentences.
"""

from __future__ import annotations

import math
from collections import Counter
from typing import TYPE_CHECKING

from summ import lang, vectors
from summ.combine.results import DigestFigure, DigestQuote, Mention

if TYPE_CHECKING:
    from collections.abc import Sequence

    from summ.combine.weigh import Cluster
    from summ.lang import Language
    from summ.models import Figure, Quote, Sentence, Summary

# Terms used by more sentences than this are left out of the index: "said" links everything,
# and a cosine that misses them errs low, towards "one source only".
_MAX_POSTINGS = 500
_CONTEXT_CHARS = 60  # around a figure, what is read for its context
_SAME_CONTEXT = 2  # content words two mentions of a figure must share to be one figure
_SHINGLE = 4  # words: two quotations sharing half their runs of this many words are one
_QUOTE_MIN_WORDS = 4


class FactIndex:
    """Which sentences use each term, to find where other sources state a picked sentence."""

    def __init__(self, cluster: Cluster, counts: Sequence[vectors.Vector], same: float) -> None:
        """``same``: the cosine from which another source's sentence tells the same fact."""
        self.cluster, self.counts, self.same = cluster, counts, same
        self.norms = [math.sqrt(vectors.dot(v, v)) for v in counts]
        self.postings: dict[str, list[int]] = {}
        for index, vector in enumerate(counts):
            for term in vector:
                self.postings.setdefault(term, []).append(index)

    def mentions(self, index: int) -> tuple[Mention, ...]:
        """The sentence's own span, then the most similar sentence of each other source."""
        owner = self.cluster.owners[index]
        shared: dict[int, float] = {}
        for term, count in self.counts[index].items():
            postings = self.postings[term]
            if len(postings) > _MAX_POSTINGS:
                continue
            for other in postings:
                if self.cluster.owners[other] != owner:
                    shared[other] = shared.get(other, 0.0) + count * self.counts[other][term]
        best: dict[int, tuple[float, int]] = {}
        norm = self.norms[index]
        for other, dot in shared.items():
            similarity = dot / (norm * self.norms[other]) if norm and self.norms[other] else 0.0
            source = self.cluster.owners[other]
            if similarity > self.same and similarity > best.get(source, (0.0, -1))[0]:
                best[source] = (similarity, other)
        return (self._mention(index), *(self._mention(best[s][1]) for s in sorted(best)))

    def _mention(self, index: int) -> Mention:
        local = self.cluster.locals[index]
        return Mention(self.cluster.owners[index] + 1, local.start, local.end)


def figures(
    picked: Sequence[tuple[int, Sentence]], summaries: Sequence[Summary], language: Language
) -> tuple[DigestFigure, ...]:
    """The figures of the picked sentences ((source index, sentence)), each once.

    Another source's figure is the same when its text is the same (spaces and case aside) and
    _SAME_CONTEXT content words around it are too.
    """
    by_text: dict[str, list[tuple[int, Figure, set[str]]]] = {}
    for owner, summary in enumerate(summaries):
        for figure in summary.figures:
            context = _context(summary.document.text, figure, language)
            by_text.setdefault(_key(figure.text), []).append((owner, figure, context))
    found: list[DigestFigure] = []
    taken: set[tuple[int, int]] = set()
    for owner, sentence in picked:
        for figure in summaries[owner].figures:
            inside = sentence.start <= figure.start and figure.end <= sentence.end
            if not inside or (owner, figure.start) in taken:
                continue
            context = _context(summaries[owner].document.text, figure, language)
            same = [
                (o, f)
                for o, f, c in by_text[_key(figure.text)]
                if (o, f.start) not in taken
                and ((o == owner and f is figure) or len(c & context) >= _SAME_CONTEXT)
            ]
            taken.update((o, f.start) for o, f in same)
            mentions = [Mention(owner + 1, figure.start, figure.end)]
            mentions += [Mention(o + 1, f.start, f.end) for o, f in same if f is not figure]
            found.append(DigestFigure(figure.text, figure.kind, tuple(mentions)))
    return tuple(found)


def _key(text: str) -> str:
    return " ".join(text.lower().split())


def _context(text: str, figure: Figure, language: Language) -> set[str]:
    before = text[max(0, figure.start - _CONTEXT_CHARS) : figure.start]
    after = text[figure.end : figure.end + _CONTEXT_CHARS]
    return set(language.terms(before)) | set(language.terms(after))


def quotes(
    picked: Sequence[tuple[int, Sentence]], summaries: Sequence[Summary]
) -> tuple[DigestQuote, ...]:
    """Quotations of the picked sentences, then those two or more sources print, each once."""
    found = [
        (owner, quote)
        for owner, summary in enumerate(summaries)
        for quote in summary.quotes
        if len(quote.text.split()) >= _QUOTE_MIN_WORDS
    ]
    groups = _quote_groups(found)
    order: dict[int, tuple[int, int]] = {}
    for rank, (owner, sentence) in enumerate(picked):
        for number, (o, q) in enumerate(found):
            if o == owner and q.start < sentence.end and sentence.start < q.end:
                order.setdefault(groups[number], (0, rank))
    members: dict[int, list[int]] = {}
    for number, group in enumerate(groups):
        members.setdefault(group, []).append(number)
    for group, numbers in members.items():
        sources = len({found[n][0] for n in numbers})
        if sources > 1:
            order.setdefault(group, (1, -sources))
    chosen = sorted(order, key=order.__getitem__)
    return tuple(_digest_quote([found[n] for n in members[g]]) for g in chosen)


def _quote_groups(found: Sequence[tuple[int, Quote]]) -> list[int]:
    """A group number per quote: quotes sharing half the shingles of the shorter are one."""
    parent = list(range(len(found)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    index: dict[tuple[str, ...], list[int]] = {}
    shingles = [_shingles(q.text) for _, q in found]
    for number, own in enumerate(shingles):
        hits: Counter[int] = Counter()
        for shingle in own:
            postings = index.setdefault(shingle, [])
            hits.update(postings[-_MAX_POSTINGS:])
            postings.append(number)
        for other, shared in hits.items():
            if 2 * shared >= min(len(own), len(shingles[other])):
                parent[root(number)] = root(other)
    return [root(i) for i in range(len(found))]


def _shingles(text: str) -> set[tuple[str, ...]]:
    words = lang.words(text)
    if len(words) < _SHINGLE:
        return {tuple(words)}
    return {tuple(words[i : i + _SHINGLE]) for i in range(len(words) - _SHINGLE + 1)}


def _digest_quote(group: Sequence[tuple[int, Quote]]) -> DigestQuote:
    first = group[0][1]
    mentions = tuple(Mention(owner + 1, q.start, q.end) for owner, q in group)
    return DigestQuote(first.text, speaker([q.speaker for _, q in group]), mentions)


def speaker(names: Sequence[str | None]) -> str | None:
    """The speaker the sources name most (the fullest form), None if two name different people.

    "Trump" and "Donald Trump" are one person (they share a name word); "Trump" and "Clinton"
    are not, and then no speaker beats a wrong one.
    """
    given = [n for n in names if n]
    if not given:
        return None
    words = [set(lang.words(n)) for n in given]
    if any(not (a & b) for a in words for b in words[:1]):
        return None
    return max(Counter(given).items(), key=lambda item: (item[1], len(item[0])))[0]
