"""Sentences that are not the article: bylines, publication stamps, calls to click, share or scroll.

News pages pasted into a file carry them between the paragraphs ("Scroll down for video", "By .
Daily Mail Reporter . PUBLISHED: 10:02 EST, 2 May 2013 | . UPDATED: ..."). They must never be
picked, but text.py keeps every sentence so that offsets stay true: scoring gives them the lowest
score instead. The patterns are English, as are the sites they come from.
"""

from __future__ import annotations

import re

# Whole-sentence furniture of news sites: stamps, navigation, calls to action, credits. Split in
# two because searching one pattern of both kinds tried every alternative at every character
# (10 us a sentence, a third of scoring): the first kind is only tried at the start, and the
# second only where one of its words occurs at all (and compiled only then: re keeps it).
_FURNITURE_START = re.compile(
    r"""
      (?:Last\s)?(?:updated|published)\s*(?:at|on)?\s*:?\s*\d
    | (?:Click|Tap)\shere\b
    | (?:Follow|Like)\s(?:us\s(?:on|at)\b|@\w)
    | (?:Pictured|Photo|Picture|Image)\s?:
    | (?:Copyright\s*(?:\d|©|\()|©)
    | (?:Sign\sup|Subscribe)\s(?:to|for)\b
    | E-?mail\s(?:to\sa\sfriend|this)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
_FURNITURE_ANYWHERE = r"""
      \b(?:PUBLISHED|UPDATED):\s
    | \bScroll\sdown\sfor\s(?:video|more)
    | \bShare\sthis\s(?:article|story|page)(?:\s*[.!:|]|\s*$)
    | \bAll\srights\sreserved\b
    """
# Labels that head a line of links or credits; a long "sentence" so headed is that line run
# into the story's next sentence (a missing period), which must not be lost with it.
_LABEL = re.compile(
    r"^(?:(?:Read|See|Watch)\smore\b|(?:READ|WATCH|RELATED|MORE|VIDEO|PHOTOS?|SEE\sALSO|Source)\s?:)",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 12
# A byline on its own, whole ("By Jane Smith, CNN") or cut by the sentence splitter at its
# stray periods ("By ." + "Daily Mail Reporter ." + "for MailOnline .").
_BYLINE = r"""^(?:
        By(?:\s+(?:\.\s*)?[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*){0,5})?
      | (?:[A-Z][\w'’-]*\s){0,4}(?:Reporter|Correspondent|Editor|Writer)s?
      | (?:for\s)?(?:Daily\sMail|Mail\s?Online|The\sDaily\sMail)(?:\s[A-Z][\w'’-]*){0,3}
    )\s*\.?$"""
_BYLINE_MAX_WORDS = 8


def is_boilerplate(sentence: str, language: str = "english") -> bool:
    """Whether ``sentence`` is page furniture rather than part of the story."""
    if language != "english":
        return False
    text = _spaced(sentence)
    words = text.count(" ") + 1  # one space between words (an empty text matches no pattern)
    if _FURNITURE_START.match(text) or (words <= _LABEL_MAX_WORDS and _LABEL.match(text)):
        return True
    # The rarer patterns are compiled where first used (re keeps what it compiles): most
    # articles never need them, and the byline pattern alone costs ~0.4 ms to compile.
    anywhere = _may_be_anywhere(text)
    if anywhere and re.compile(_FURNITURE_ANYWHERE, re.VERBOSE | re.IGNORECASE).search(text):
        return True
    return words <= _BYLINE_MAX_WORDS and bool(re.compile(_BYLINE, re.VERBOSE).match(text))


def _spaced(sentence: str) -> str:
    """``sentence`` with each run of whitespace made one space, and none at either end.

    Most sentences are so already, which is seen without splitting them: a printable string
    holds no whitespace but " " (tests/test_boilerplate_shortcuts.py checks every character).
    """
    if sentence.isprintable() and "  " not in sentence and sentence.strip(" ") == sentence:
        return sentence
    return " ".join(sentence.split())


def _may_be_anywhere(text: str) -> bool:
    """Whether ``text`` holds a word each _FURNITURE_ANYWHERE alternative needs.

    Looked for in the lower-cased text, which is exact for ASCII text; elsewhere the pattern's
    case folding reaches further ("ſ" is an "s"), so text that is not ASCII is always searched.
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    # Spelt out: any() over a generator takes half again as long on a news sentence.
    return (
        "published" in lowered
        or "updated" in lowered
        or "scroll" in lowered
        or "share" in lowered
        or "rights" in lowered
    )
