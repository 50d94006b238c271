"""Sentences that are not the article: bylines, publication stamps, calls to click, share or scroll.

News pages pasted into a file carry them between the paragraphs ("Scroll down for video", "By .
Daily Mail Reporter . PUBLISHED: 10:02 EST, 2 May 2013 | . UPDATED: ..."). They must never be
picked, but text.py keeps every sentence so that offsets stay true: scoring gives them the lowest
score instead. The patterns are English, as are the sites they come from.
"""

from __future__ import annotations

import re

from summ.languages.furniture import PAGE_FURNITURE

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
    | (?:Image|Media)\s(?:caption|copyright)\b  # BBC's labels of a picture or video, copied
    | (?:Copyright\s*(?:\d|©|\()|©)
    | (?:Sign\sup|Subscribe)\s(?:to|for)\b
    | E-?mail\s(?:to\sa\sfriend|this)\b
    | If\syou\shave\sa\s(?:story|news)\s(?:suggestion|tip|idea)s?,?\s(?:please\s)?
      (?:e-?mail|contact)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A video player's notice left in the text of a page it was embedded in (BBC's pages and the
# datasets scraped from them): furniture when it is the whole sentence. boundaries.py makes it
# one where it is glued to the next sentence without a full stop.
PLAYER_NOTICE = (
    r"Media playback is (?:not supported on this|unsupported on your) device"
    r"|This content will not work on your device, please check Javascript and cookies are"
    r" enabled or update your browser"
)
_NOTICE = re.compile(rf"(?:{PLAYER_NOTICE})\s*\.?")
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


def is_boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture rather than part of the story (English's pack)."""
    text = _spaced(sentence)
    words = text.count(" ") + 1  # one space between words (an empty text matches no pattern)
    if _FURNITURE_START.match(text) or (words <= _LABEL_MAX_WORDS and _LABEL.match(text)):
        return True
    if _NOTICE.fullmatch(text):
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


# A label heads a line of links: short, with a colon, a dash or nothing after it.
_READ_TAIL = r"\s*(?:[:：|»›>–—-]|$)"
_NOTICE_MAX_CHARS = 200  # a notice is a line, not a paragraph of the story
_READ_MAX_WORDS = 20  # the label and a headline
_CREDIT_MAX_WORDS = 6  # "Foto: Jörg Carstensen/dpa", "Quelle: AFP"
# A photographer and an agency after a bar, the caption's last words: no sentence after them;
# or an agency in capitals, a slash and the photographer ("... en 2008. REUTERS/Jean Dupont -").
_CREDIT_AFTER_BAR = re.compile(
    r"\s\|\s*[^\s|.!?]+(?:\s[^\s|.!?]+){0,3}/[^\s|.!?]+(?:\s[^\s|.!?]+){0,2}$"
    r"|[.!?]\s(?:REUTERS|AFP|AP|EPA|DPA|ANP|XINHUA|GETTY\sIMAGES)/[^\s/|.!?]+"
    r"(?:\s[^\s/|.!?]+){0,3}(?:\s[-–—])?$"
)
# A name, a slash and a picture agency, nothing after it: the credit under a picture.
_AGENCY_CREDIT = re.compile(
    r"\(?[^\s/.!?]+(?:\s[^\s/.!?]+){0,3}/(?:[^/.!?]+/)*[^/.!?]*\b(?:getty\simages|afp|reuters"
    r"|dpa|imago|shutterstock|epa|keystone|apa|sda|anp|xinhua|picture\salliance|alamy|istock)\)?",
    re.IGNORECASE,
)
_POPUP_TAIL = r"\s*[:.|·•×]?\s*"
_LABEL_TAIL = r"(?:\s*[:|·•×]\s*|(?=[^\W\d_]))"


# A copyright line is one in every language.
_COPYRIGHT = r"copyright\s*(?:\d|©|\(c\))|©"
# A web or e-mail address written out, and a few words around it at most: the lines of a
# site's contact, donation or social-network box ("Facebook https://fb.me/...", "Get in touch
# at news@..."). A story's sentence that cites an address says more than that.
_ADDRESS = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS_LINE_MAX_CHARS = 60


def _alternatives(kind: str) -> str:
    found = [rules[kind] for rules in PAGE_FURNITURE.values() if kind in rules]
    return "|".join(f"(?:{p})" for p in (*found, *([_COPYRIGHT] if kind == "notice" else ())))


def furniture_paragraph(paragraph: str) -> bool:
    """Whether a paragraph of a page is furniture in any language (``languages/furniture.py``).

    Every language is tried: the page's language is not known before its text is, and the
    words of one language's labels do not open a story's paragraph in another.
    """
    text = " ".join(paragraph.split())
    if len(text) <= _NOTICE_MAX_CHARS and _compiled("notice", "").match(text):
        return True
    if ("://" in text or "@" in text) and _address_line(text):
        return True
    return text.count(" ") < _READ_MAX_WORDS and bool(_compiled("read", _READ_TAIL).match(text))


def _address_line(text: str) -> bool:
    rest, found = _ADDRESS.subn("", text)
    return found > 0 and len(rest) <= _ADDRESS_LINE_MAX_CHARS


def credit_line(paragraph: str) -> bool:
    """Whether a paragraph is a picture's credit alone, on the line after its caption.

    A credit label of ``languages/furniture.py`` and a name or two: "Foto: dpa", "Quelle: AFP".
    """
    text = " ".join(paragraph.split())
    return text.count(" ") < _CREDIT_MAX_WORDS and bool(_compiled("credit", "").match(text))


def agency_credit(paragraph: str) -> bool:
    """Whether a paragraph is a photographer and a picture agency after a slash, alone.

    "Andrea Verdelli/Getty Images", "(Quelle: APA/sda/dpa)": the line under a picture, whose
    caption (if any) the page puts elsewhere; what stands above it may be the story's.
    """
    text = " ".join(paragraph.split())
    if text.count(" ") >= _CREDIT_MAX_WORDS or credit_line(text):  # labelled: with its caption
        return False
    return _AGENCY_CREDIT.fullmatch(text) is not None


def credited_caption(paragraph: str) -> bool:
    """Whether a paragraph is a caption ending in its credit after a bar.

    The credit is a photographer and an agency: "... in Lima gestorben. | Jörg Carstensen/dpa".
    """
    return _CREDIT_AFTER_BAR.search(" ".join(paragraph.split())) is not None


def read_label(text: str) -> int | None:
    """Where a "read also" label opening ``text`` ends (with a separator after it), or None."""
    match = _compiled("read", r"\s*[:：|»›>–—-]?\s*").match(text)
    return match.end() if match else None


def summary_heading(text: str) -> bool:
    """Whether ``text`` (a heading's, whole) names a box of summary bullets: "Kortversjonen"."""
    return _compiled("summary", r"\s*:?\s*$").match(" ".join(text.split())) is not None


def without_link_notes(paragraph: str) -> str:
    """``paragraph`` without the notes a screen reader is told after a link, brackets and all."""
    if "(" not in paragraph:
        return paragraph
    # The space a link's end left before a comma or a period goes with the note.
    notes = re.compile(rf"\s?\((?:{_alternatives('link')})\)(?:\s(?=[.,;:!?]))?", re.IGNORECASE)
    return notes.sub("", paragraph)


def cut_popup(paragraph: str) -> str:
    """``paragraph`` without pop-up or player text glued before the story's first words."""
    match = _compiled("popup", _POPUP_TAIL).match(paragraph) or _compiled(
        "label", _LABEL_TAIL
    ).match(paragraph)
    rest = paragraph[match.end() :] if match else ""
    # "Advertisements are ..." is a sentence: what follows a pop-up starts a sentence of its own.
    return rest if rest.strip() and not rest[0].islower() else paragraph


def _compiled(kind: str, tail: str) -> re.Pattern[str]:
    # re's cache keeps it; built only when a page is read.
    return re.compile(rf"^(?:{_alternatives(kind)}){tail}", re.IGNORECASE | re.DOTALL)
