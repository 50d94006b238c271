"""Who said a quote outside English, read with the language's ``Speech`` table.

Deliberately plain, because a wrong speaker is worse than none. The attribution is looked for
right after the closing mark ('», a déclaré la ministre Claire Morand', '“, sagte Fehrenbach',
'», — заявил министр Ильдар Сафин'), then in the words before a colon that opens the quote
('Fehrenbach sagte: „'). A name is the first capitalised run there that no preposition governs
("la consejera de Agricultura" names nobody; then the name after the comma counts); a pronoun or a
bare verb is the latest person named earlier in the paragraph, else the previous speaker; a role
("la ministre") is the person the article introduced with that role. Names are given in their
fullest form in the article ("Fehrenbach" -> "Jonas Fehrenbach").
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from summ.highlight.capitals import capitals, clean, runs

if TYPE_CHECKING:
    from summ.highlight.quotes import RawQuote
    from summ.highlight.speech import Speech

_INDEFINITE = frozenset({"ein", "eine", "einer", "un", "une", "una", "uno", "um", "uma"})
_MARKS = re.compile(r"[\"“”„«»‹›]")
_END = re.compile(r"[.!?…](?=\s|$)")
_LEAD = re.compile(r"[\s,;—–-]*")
_SUBJECT_WORDS = 3  # a subject opens its sentence: "Die Ministerin Anna Berg sagte"
_NEXT_WORD = re.compile(r"\s+([^\W\d_][\w'’-]*)")
# How far back a role or a pronoun is looked up: bounded, so each quote costs the same.
_REACH = 3000


@dataclass
class Article:
    """What the finder knows of the article while it walks the quotes in order."""

    text: str
    speech: Speech
    paragraphs: tuple[tuple[int, int], ...]
    quoted: list[tuple[int, int]]
    fullest: dict[str, Counter[str]] = field(default_factory=dict)
    last: str | None = None
    last_paragraph: int = -2
    starts: list[int] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.starts = [s for s, _ in self.paragraphs]
        for run in runs(self.text):
            words = clean(run, self.speech)
            if len(capitals(list(words))) < 2 or run.before in self.speech.links:
                continue
            name = " ".join(words)
            for key in (words[-1], name):
                self.fullest.setdefault(key, Counter())[name] += 1

    def full(self, name: str) -> str:
        """The article's fullest form of a name: "Fehrenbach" -> "Jonas Fehrenbach"."""
        last = name.rsplit(maxsplit=1)[-1]
        forms = self.fullest.get(name, Counter()) + self.fullest.get(last, Counter())
        if not forms:
            return name
        best = max(forms, key=lambda f: (name in f, len(f.split()), forms[f]))
        return best if name in best else name

    def paragraph(self, at: int) -> int:
        """The index of the paragraph holding ``at`` (-1 between paragraphs)."""
        i = bisect_right(self.starts, at) - 1
        return i if i >= 0 and at <= self.paragraphs[i][1] else -1


def attribute(
    text: str,
    quotes: list[RawQuote],
    keep: list[bool],
    speech: Speech,
    paragraphs: tuple[tuple[int, int], ...],
) -> list[tuple[str | None, str | None]]:
    """The speaker of each quote (in the same order) and its evidence ("cue" or "carried").

    (None, None) where the article does not say. ``paragraphs`` are ``summ.layout``'s.
    """
    article = Article(text, speech, paragraphs, [(q.opened_at, q.end) for q in quotes])
    speakers: list[tuple[str | None, str | None]] = []
    for quote, kept in zip(quotes, keep, strict=True):
        here = article.paragraph(quote.opened_at)
        found, speaker = _after(article, quote)
        if not found:
            found, speaker = _before(article, quote)
        evidence = "cue" if speaker else None
        if not found and here - article.last_paragraph in {0, 1}:
            speaker = article.last  # a quote running on from the previous one
            evidence = "carried" if speaker else None
        speakers.append((speaker, evidence))
        if kept:
            article.last, article.last_paragraph = speaker, here
    return speakers


def _after(article: Article, quote: RawQuote) -> tuple[bool, str | None]:
    if quote.closed_at is None:
        return False, None
    text, speech = article.text, article.speech
    end = min(len(text), quote.closed_at + 200)
    stop = text.find("\n", quote.closed_at + 1, end)
    segment = text[quote.closed_at + 1 : end if stop < 0 else stop]
    segment = _sentence(segment)
    segment = segment[_LEAD.match(segment).end() :]  # type: ignore[union-attr]
    if speech.pronoun_re.match(segment):
        return True, _pronoun(article, quote.opened_at)
    verb = speech.verb_re.match(segment)
    if verb:
        rest = segment[verb.end() :]
        speaker = _object(article, rest, quote.opened_at)
        if speaker is None and _no_subject(rest, speech):
            speaker = _pronoun(article, quote.opened_at)  # '», afirmó en rueda de prensa.'
        return True, speaker
    first = runs(segment, opens=False)[:1]
    if first and first[0].start == 0 and speech.verb_re.match(segment, first[0].end + 1):
        name = clean(first[0], speech)  # '», Fehrenbach sagte'
        return True, article.full(" ".join(name)) if name else None
    return False, None


def _no_subject(rest: str, speech: Speech) -> bool:
    """Whether the words after a verb leave its subject out, as Romance languages may."""
    chunk = rest.split(",", 1)[0]
    words = {w.lower() for w in chunk.split()}
    if words & (speech.determiners | _INDEFINITE):
        return False
    return all(run.before in speech.links for run in runs(chunk, opens=False))


def _sentence(segment: str) -> str:
    """The segment up to its sentence's end or its next quotation mark (not "Dr." or "M.")."""
    mark = _MARKS.search(segment)
    if mark:
        segment = segment[: mark.start()]
    for end in _END.finditer(segment):
        word = segment[: end.start()].rsplit(None, 1)[-1:] or [""]
        if len(word[0]) > 2 or not word[0][:1].isupper():
            return segment[: end.start()]
    return segment


def _object(article: Article, rest: str, at: int) -> str | None:
    """The speaker named after a verb: a name, a name after a description, or a role."""
    speech = article.speech
    chunks = [c.strip() for c in rest.split(",")]
    words = chunks[0].split()
    if not words or words[0].lower() in _INDEFINITE:
        return None  # "a déclaré un responsable": nobody named
    name = _first_name(chunks[0], speech)
    if name is None and len(chunks) > 1:
        whole = runs(chunks[1], opens=False)
        if len(whole) == 1 and whole[0].start == 0 and whole[0].end == len(chunks[1]):
            name = clean(whole[0], speech) or None  # "la consejera de X, Carmen Ortega"
    if name:
        return article.full(" ".join(name))
    return _role(article, words, at)


def _first_name(chunk: str, speech: Speech) -> tuple[str, ...] | None:
    """The name the first capitalised run of a chunk gives, unless a preposition governs it.

    In Romance copy a lone capital before a lower-case word is a title, not a name ("le
    Premier ministre, Michel Barnier").
    """
    titled = bool(speech.determiners) and speech.role_re is None
    for run in runs(chunk, opens=False):
        if run.before in speech.links:
            continue
        following = _NEXT_WORD.match(chunk, run.end)
        if titled and len(run.words) == 1 and following and following[1] not in speech.links:
            continue
        return clean(run, speech) or None
    return None


def _role(article: Article, words: list[str], at: int) -> str | None:
    """The person introduced with the role a description names ("la ministre" -> her name)."""
    speech = article.speech
    lowered = [w.lower() for w in words]
    if speech.determiners:
        # only "the <role>" names a role, maybe after a place or a time ("en Madrid el ministro")
        first = next((i for i, w in enumerate(lowered) if w in speech.determiners), len(words))
    else:
        first = next((i - 1 for i, w in enumerate(lowered) if w not in speech.links), len(words))
    words = words[first + 1 :]
    if not words or len(words) > 3:
        return None
    noun = words[0].strip(".,;:")
    pattern = re.compile(rf"(?<!\w){re.escape(noun)}(?!\w)", re.IGNORECASE)
    for match in reversed(list(pattern.finditer(article.text, max(0, at - _REACH), at))):
        if _inside_quote(article, match.start()):
            continue
        clause = _sentence(article.text[match.end() : match.end() + 120].split("\n", 1)[0])
        chunks = [c.strip() for c in clause.split(",")]
        name = _first_name(chunks[0], speech) if chunks else None
        if name is None and len(chunks) > 1:
            name = _first_name(chunks[1], speech)
        if name and len(capitals(list(name))) > 1:
            return article.full(" ".join(name))
    return None


def _inside_quote(article: Article, at: int) -> bool:
    i = bisect_right(article.quoted, (at, len(article.text))) - 1
    return i >= 0 and at < article.quoted[i][1]


def _pronoun(article: Article, at: int) -> str | None:
    """Who "er", "elle" or a bare verb stands for: the latest person opening a sentence.

    That is, before ``at`` in its paragraph ("Friedrich Merz warnte. „…“, sagte er."), else the
    previous speaker. A person named further in ("Bei einem Treffen mit Olaf Scholz warnte
    Merz") is too often not the one who speaks.
    """
    here = article.paragraph(at)
    start = max(article.paragraphs[here][0] if here >= 0 else 0, at - _REACH)
    bounds = [start, *(m.end() for m in _END.finditer(article.text, start, at))]
    speech = article.speech
    for begin in reversed(bounds):
        opening = article.text[begin : min(at, begin + 60)].split()
        if _inside_quote(article, begin) or (opening and opening[0].lower() in speech.pronouns):
            continue  # "Elle a rencontré Paul Martin": she is somebody named before
        for run in runs(article.text, begin, min(at, begin + 60)):
            before = article.text[begin : run.start].lower().split()
            if len(before) > _SUBJECT_WORDS or set(before) & speech.links:
                break  # "Bei einem Treffen mit Olaf Scholz …": not the subject
            if run.before in speech.links:
                continue
            words = clean(run, article.speech)
            name = article.full(" ".join(words)) if words else ""
            if len(name.split()) > 1:
                return name
    return article.last if here - article.last_paragraph in {0, 1} else None


def _before(article: Article, quote: RawQuote) -> tuple[bool, str | None]:
    """'Fehrenbach sagte: „…“' / 'La ministre a déclaré : « … »'."""
    here = article.paragraph(quote.opened_at)
    start = max(article.paragraphs[here][0] if here >= 0 else 0, quote.opened_at - 400)
    head = article.text[start : quote.opened_at].rstrip()
    if not head.endswith(":"):
        return False, None
    cut = max((m.end() for m in _END.finditer(head, 0, len(head) - 1)), default=0)
    verbs = list(article.speech.verb_re.finditer(head, cut, len(head) - 1))
    if not verbs:
        return False, None
    left = head[cut : verbs[-1].start()]
    right = head[verbs[-1].end() : -1].strip()
    return True, _said_by(article, left, right, start + cut)


def _said_by(article: Article, left: str, right: str, at: int) -> str | None:
    """The speaker of a verb from the words on its left and on its right."""
    speech = article.speech
    if right:
        if right.split(maxsplit=1)[0].lower() in speech.pronouns:
            return _pronoun(article, at)
        return _object(article, right, at)  # "Dazu sagte Fehrenbach:"
    subject = [c for c in left.split(",") if c.strip()][-1:] or [""]
    words = subject[0].split()
    if words and words[-1].lower() in speech.pronouns:
        return _pronoun(article, at)
    found = [r for r in runs(subject[0]) if r.before not in speech.links]
    name = clean(found[-1], speech) if found else ()
    if name:
        return article.full(" ".join(name))
    return _role(article, words, at) if words else None
