"""Reading an article as an article: its sentences, in the paragraphs ``layout.py`` finds.

Everything here works on spans of the original text, never on a cleaned copy, so every offset
summ reports points into what the user gave it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.errors import EmptyDocumentError
from summ.lang import word_finder
from summ.layout import Layout, layout, title_text
from summ.models import Document, Meta, Sentence
from summ.spans import repair

if TYPE_CHECKING:
    from summ.lang import Language
    from summ.spans import Span

# A dateline: a place in capitals and/or an agency in brackets (or /slashes/), then a dash or
# not, as in VLADIVOSTOK (Pakistan Point News / Sputnik - 25th April, 2019) | LONDON (Reuters) - |
# (CNN) -- | FREIBURG, 3. Oktober 2025 (dpa) – | МОСКВА, 12 марта. /ТАСС/.
_UPPER = "A-ZÀ-ÖØ-ÞΑ-ΩА-ЯЁ"
# The date European agencies put after the place: "3. Oktober 2025", "5 de mayo de 2024",
# "12 марта 2025 года", or month first, "April 25, 2019". Only a date: "NATO, the alliance
# (founded 1949) said" is a sentence.
_DATE = (
    r"(?:\d{1,2}\.?\s+(?:de\s+)?[^\W\d_]+\.?(?:\s+(?:de\s+)?\d{4})?(?:\s+года)?"
    r"|[^\W\d_]+\.?\s+\d{1,2}(?:,\s+\d{4})?)"
)
_AGENCIES = "CNN|AP|AFP|Reuters|Sputnik|UPI|dpa|EFE|Xinhua"
_PARTICLES = "(?:de|do|da|del|la|le|el|of|upon|on|am|der|di|du|sur|es)"  # Rio de Janeiro
# A place named in mixed case, as in "Evansville, Indiana, United States - This past week" and
# "Demir Kapija, Macedonia -- Jordan": with a comma, or "Iran - Opec's second-biggest" and
# "Mehmet Oz — Ivy League-trained" would be taken for datelines too.
_PLACE = rf"[{_UPPER}][\w.'’-]+(?:[ ]+(?:{_PARTICLES}[ ]+)?[{_UPPER}][\w.'’-]*){{0,2}}"
_DATELINE = rf"""^(?:
        [{_UPPER}][{_UPPER}.'’-]+(?:[ ,]+[{_UPPER}][\w.'’-]*){{0,3}}(?:,\s*{_DATE})?\.?\s*
        (?:\([^()\n]{{1,80}}\)|/[^/\n]{{1,40}}/)\s*(?:[-–—]+\s*|\.\s*)?
      | [{_UPPER}][{_UPPER}.'’-]{{2,}}(?:[ ,]+[{_UPPER}][{_UPPER}.'’-]+){{0,3}}\s*[-–—]+\s+
      | \((?:{_AGENCIES})\)\s*(?:[-–—]+\s*)?
      | [{_UPPER}][\w.'’-]+(?:,?[ ]+(?:{_PARTICLES}[ ]+)?[{_UPPER}][\w.'’-]*){{0,5}}\s*
        \((?:{_AGENCIES})\)
        (?=\s*[-–—]|\s*["“‘'{_UPPER}0-9])\s*(?:[-–—]+\s*)?
      | {_PLACE},[ ]+{_PLACE}(?:,[ ]+{_PLACE})?[ ]+[-–—]{{1,2}}[ ]+(?=["“‘{_UPPER}0-9])
    )"""
# How every dateline opens: a paragraph that does not open so needs no look at _DATELINE, whose
# compiling costs ~1 ms of start-up, so it is compiled where first used (re keeps it then). The
# third branch: CNN's "New Delhi, India (CNN)A mob" (a fifth of CNN/DM's validation articles);
# the fourth, a place in mixed case before a dash ("LONDON, England --").
_DATELINE_OPENING = re.compile(
    rf"\(|[{_UPPER}][{_UPPER}.'’-]|[{_UPPER}][\w.'’, -]{{0,60}}\((?:{_AGENCIES})\)"
    rf"|[{_UPPER}][\w.'’ -]{{0,30}},[\w.'’, -]{{0,40}} [-–—]"
)
# A dateline opens one of the first body paragraphs (after a standfirst, say), never a later one.
_DATELINE_PARAGRAPHS = 3


def build(
    text: str, language: Language, source: str = "<stdin>", meta: Meta | None = None
) -> Document:
    """Split ``text`` into a Document; raise EmptyDocumentError if no sentence is found.

    The paragraphs, title and headings are :func:`summ.layout.layout`'s, the account the
    highlight finders read too. A title the page gave (``meta.title``) wins over one found in
    the text.
    """
    meta = meta or Meta()
    found = layout(text)
    title, sentences = _read(text, found, language)
    if not sentences and found.headings:
        # body paragraphs with no sentence (a dateline alone): the headings are all there is
        found = layout(text, plain=False)
        title, sentences = _read(text, found, language)
    if not sentences:
        raise EmptyDocumentError("no sentences to summarize", source)
    return Document(
        text, sentences, meta.title or title, source, language.name, meta, found.paragraphs
    )


def _read(
    text: str, found: Layout, language: Language
) -> tuple[str | None, tuple[Sentence, ...]]:
    """The title and the sentences of the paragraphs that are no headings."""
    title = None if found.title is None else title_text(text[slice(*found.title)])
    sentences: list[Sentence] = []
    cuts = dict(datelines(text, found))
    for number, (start, end) in enumerate(found.paragraphs):
        if number in found.headings:
            continue
        spans = sentences_of(text, (start, end), language)
        if start in cuts:  # "МОСКВА, 12 марта." | "/ТАСС/. Текст": those wholly inside go
            spans = [(max(s, cuts[start]), e) for s, e in spans if e > cuts[start]]
        block = text[start:end]
        find_words = word_finder(block)  # the block's sentences are parts of it
        for s, e in spans:
            sentence = text[s:e]
            words = len(find_words(sentence))
            if words:  # a span of punctuation alone is no sentence
                sentences.append(Sentence(len(sentences), number, s, e, sentence, words))
    return title, tuple(sentences)


def sentences_of(
    text: str, paragraph: Span, language: Language, *, whole_quotes: bool = True
) -> list[Span]:
    """The sentence spans of one paragraph of ``text``, as :func:`build` makes them.

    A quotation of several sentences is one unit (no sentence opens a quote it does not close);
    without ``whole_quotes``, its sentences stay apart, as grammar counts them.
    """
    start, end = paragraph
    spans = [(start + s, start + e) for s, e in language.split(text[start:end])]
    return repair(text, spans, whole_quotes=whole_quotes)


def datelines(text: str, found: Layout) -> list[Span]:
    """The datelines that open the first body paragraphs of ``text`` laid out as ``found``.

    The summary's sentences are cut after them, and the speaker finder never reads them for a
    name ("New Delhi, India (CNN)A mob …" is no "New Delhi" opening the first sentence).
    """
    body = [p for n, p in enumerate(found.paragraphs) if n not in found.headings]
    cuts = ((start, _dateline_end(text, start, end)) for start, end in body[:_DATELINE_PARAGRAPHS])
    return [(start, cut) for start, cut in cuts if cut is not None]


def _dateline_end(text: str, start: int, end: int) -> int | None:
    """Where the dateline that opens ``text[start:end]`` ends; None if it opens with none."""
    if not _DATELINE_OPENING.match(text, start, end):
        return None
    match = re.compile(_DATELINE, re.VERBOSE).match(text[start:end])
    return start + match.end() if match else None

