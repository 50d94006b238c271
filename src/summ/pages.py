"""A web page made ready for extraction, and the article text cleaned after it.

Before trafilatura sees a page: escape sequences and control characters go (raw or written as
character references), the page is parsed once, and what a reader never sees is dropped
(``<template>``, ``hidden``, ``aria-hidden``, inline ``display:none``), as are scripts and styles,
which make up most of a large page's bytes. What remains is bounded (:data:`MARKUP_BUDGET`), so
extraction takes time linear in the page.

After it: paragraphs of page furniture go (a "read also" line, a notice that the video is not
available in the reader's country, a copyright line: :mod:`summ.boilerplate`), and the headline
the page names (its metadata, ``og:title``, ``<h1>``) is taken off the top of the text, where it
would be read as the first sentence when long or ending with "?" or ".". Which of the page's
titles is the article's headline is ``pagetitles.py``'s to say.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.boilerplate import (
    agency_credit,
    credit_line,
    credited_caption,
    cut_popup,
    furniture_paragraph,
    without_link_notes,
)
from summ.pageboxes import HAS_CLASS, drop, drop_boxes, text_length
from summ.pagetitles import SEPARATOR_CHARS, folded

if TYPE_CHECKING:

    from lxml.html import HtmlElement

MARKUP_BUDGET = 2 * 2**20
"""Characters of markup extracted once scripts, styles and hidden parts are gone; the rest of a
longer page is cut. trafilatura's work grows faster than the page (1 MiB of paragraphs: 1.1 s,
4 MiB: 14 s), and no article needs more (the most of 278 real pages: 1.1 MiB, a live blog)."""
# ESC, raw or as a character reference (&#27; &#x1b;), which lxml would refuse or leave.
_ESC = r"(?:\x1b|&\#0*27;|&\#[xX]0*1[bB];)"
# Whole sequences, as the terminal renderer removes them (CSI, OSC/DCS/PM/APC strings to their
# terminator or at most 512 characters, two-character escapes), then any other control.
# (The look-ahead lets most characters fail at once: a third of the time on a news page.)
_SEQUENCES = re.compile(
    r"(?=[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f&])(?:"
    rf"{_ESC}\[[0-?]*[ -/]*[@-~]"
    rf"|{_ESC}[]PX^_][^\x07\x1b&<]{{0,512}}(?:\x07|&\#0*7;|{_ESC}\\)?"
    # (No space among a two-character escape's intermediates: "ESC word" is a stray ESC.)
    rf"|{_ESC}[!-/]*[0-~]?"
    r"|[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]"
    r"|&\#0*(?:[0-8]|1[1-2]|1[4-9]|2[0-9]|3[01]|127);|&\#[xX]0*(?:[0-8bcBCe-fE-F]|1[0-9a-fA-F]|7[fF]);"
    ")"
)
# What no reader sees. aria-hidden is also set by dialog scripts on the wrapper of the whole
# page while a pop-up is open; it is honoured only on parts holding less than half the text.
# React's streamed rendering parks each part of a page in <div hidden id="S:n"> until its
# script moves it into place: a reader sees those.
# Text for screen readers only, by the class names of Bootstrap, WordPress and others:
# "(opens in a new window)" after a link, "Advertisement" before a slot.
_SCREEN_READERS_ONLY = ("sr-only", "visually-hidden", "screen-reader-text")
_HIDDEN = (
    "//template|//script[not(@type='application/ld+json')]|//style|//svg"
    "|//*[@hidden][not(self::div and starts-with(@id, 'S:'))]"
    "|//*[contains(translate(@style, ' ', ''), 'display:none')]"
    "|//*[contains(translate(@style, ' ', ''), 'visibility:hidden')]"
    f"|//*[{' or '.join(HAS_CLASS.format(name) for name in _SCREEN_READERS_ONLY)}]"
)
_ARIA_HIDDEN = "//body//*[@aria-hidden='true'][not(ancestor::*[@aria-hidden='true'])]"
# A page's own stylesheet hides parts by class or id ("<style>.promo{display:none}</style>"):
# pop-ups, "read also" boxes and print-only notes. Only simple selectors outside @media (a rule
# for small screens hides nothing on the others), at most _STYLE_SELECTORS of them, and, as with
# aria-hidden, only parts holding less than half the text: a page that hides its article until a
# script shows it still has one.
_MEDIA = re.compile(r"@media[^{]*\{(?:[^{}]*\{[^{}]*\})*[^{}]*\}")
_STYLE_RULE = re.compile(r"([^{}]+)\{([^{}]*)\}")
_SIMPLE_SELECTOR = re.compile(r"\s*([.#])([\w-]+)\s*")
_STYLE_SELECTORS = 40
_HEADLINE_BLOCKS = 3  # the headline comes first, or after a kicker and a date at most
# An author's box: a name of two words or more, after a label of three words at most ("Ein
# Beitrag von"), or opening a biography of a few lines.
_NAME_MIN_WORDS = 2
_BYLINE_LABEL_WORDS = 3
_BIO_MAX_WORDS = 60
# A heading that words the headline over shares this much of its words and the headline's.
_WORDS = re.compile(r"[^\W_]+")
_REWORDED_SHARE = 0.6
_HEADING_MAX_WORDS = 20
_WHOLE_HEADLINE_MIN = 20  # characters of a headline looked for further down (not "Sport")
# A place of one to three capitalised words, a middle dot, then the sentence's first letter.
_DATELINE = re.compile(r"^[^\W\d_][\w./-]*(?:\s[^\W\d_][\w./-]*){0,2}\s·\s(?=[^\W\d_\s]|[„\"«])")
_DATELINE_STORY_WORDS = 8
_CAPTION_MAX_WORDS = 25  # a caption is a line or two; the story's paragraphs run longer


def clean_markup(html: str) -> str:
    """``html`` without escape sequences or control characters, raw or as references."""
    return _SEQUENCES.sub("", html)


def visible_tree(html: str) -> HtmlElement | None:
    """The page parsed without what a reader never sees, cut to :data:`MARKUP_BUDGET`.

    None when the page is no HTML at all.
    """
    from lxml import etree  # noqa: PLC0415  (heavy)
    from trafilatura.utils import load_html  # noqa: PLC0415

    tree = load_html(html)
    if tree is None:
        return None
    styled = _styled_hidden(tree)
    for element in tree.xpath(_HIDDEN):
        drop(element)
    total = text_length(tree)
    for element in tree.xpath(f"{_ARIA_HIDDEN}|{styled}" if styled else _ARIA_HIDDEN):
        if 2 * text_length(element) < total:
            drop(element)
    drop_boxes(tree)
    if len(html) <= MARKUP_BUDGET:  # what is left is shorter still: no need to write it out
        return tree
    markup = etree.tostring(tree, encoding="unicode", method="html")
    if len(markup) <= MARKUP_BUDGET:
        return tree
    # Cut at a tag's start; lxml closes what the cut leaves open.
    return load_html(markup[: markup.rfind("<", 0, MARKUP_BUDGET)])


def _styled_hidden(tree: HtmlElement) -> str:
    """An XPath of the body's parts the page's <style> sheets hide by class or id ("" if none)."""
    sheets = " ".join(tree.xpath("//style/text()"))
    if "none" not in sheets:
        return ""
    found: list[str] = []
    for selectors, body in _STYLE_RULE.findall(_MEDIA.sub("", sheets)):
        if "display:none" not in body.replace(" ", "").lower():
            continue
        for selector in selectors.split(","):
            simple = _SIMPLE_SELECTOR.fullmatch(selector)
            if simple and len(found) < _STYLE_SELECTORS:
                name = simple[2]
                found.append(HAS_CLASS.format(name) if simple[1] == "." else f"@id='{name}'")
    return "|".join(f"//body//*[{test}]" for test in dict.fromkeys(found))


def declared_language(tree: HtmlElement) -> str | None:
    """The two-letter code of ``<html lang>``, where the page's other language metadata agree.

    Given to trafilatura, it makes its fallback extractor (jusText) load one stop-word list
    instead of all hundred (0.7 s); where the page's metadata disagree, trafilatura would
    discard the page, so no code is given.
    """
    from trafilatura.utils import check_html_lang  # noqa: PLC0415

    code = (tree.get("lang") or "").strip().lower()[:2]
    return code if code.isalpha() and len(code) == 2 and check_html_lang(tree, code) else None


def without_furniture(text: str) -> str:
    """``text`` without paragraphs of page furniture, and pop-up text cut off paragraphs.

    The furniture of every language is looked for (:data:`summ.languages.furniture.PAGE_FURNITURE`).
    """
    blocks = text.split("\n\n")
    dropped = {
        n
        for n, b in enumerate(blocks)
        if furniture_paragraph(b) or credited_caption(b) or agency_credit(b)
    }
    for number, block in enumerate(blocks):
        if number not in dropped and credit_line(block):
            # The caption above a credit goes too when short; a credit that ends the text is
            # the story's source ("Quelle: dpa"), and the story's last paragraph stays.
            above = number - 1
            caption = above >= 0 and len(blocks[above].split()) <= _CAPTION_MAX_WORDS
            dropped |= {number, above} if caption and number + 1 < len(blocks) else {number}
    kept = [without_link_notes(cut_popup(b)) for n, b in enumerate(blocks) if n not in dropped]
    # German regional papers open the lede with its place and a middle dot ("Neuss · Was
    # kann ..."): a dateline, not the story's first words.
    for number, block in enumerate(kept[:_HEADLINE_BLOCKS]):
        dateline = _DATELINE.match(block)
        rest = block[dateline.end() :] if dateline else ""
        if " · " not in rest and len(rest.split()) >= _DATELINE_STORY_WORDS:  # not a menu
            kept[number] = rest
    return "\n\n".join(kept)


def without_headline(text: str, titles: tuple[str, ...]) -> str:
    """``text`` (paragraphs between blank lines) without a leading paragraph that is a title.

    The headline is looked for among the first paragraphs, where it must match a title whole
    (or be its start, as in "Headline | Site"), and further down only whole and when longer
    than a word or two: a first sentence that merely shares its words stays. Then a heading
    among the first paragraphs that words a title over goes too (:func:`_rewords`).
    """
    keys = [k for k in map(folded, titles) if k]
    blocks = text.split("\n\n")
    for number, block in enumerate(blocks[:_HEADLINE_BLOCKS]):
        key = folded(block)
        if key and any(k == key or _is_prefix(key, k) for k in keys):
            return _without_reworded(blocks[:number] + blocks[number + 1 :], titles)
    # Further down, only the headline whole: pages that put a breadcrumb, a gallery or a
    # teaser box above the article's heading (Indian and German news portals) have it there.
    whole = {k for k in keys if len(k) >= _WHOLE_HEADLINE_MIN}
    for number, block in enumerate(blocks[_HEADLINE_BLOCKS:], _HEADLINE_BLOCKS):
        if folded(block) in whole:
            return _without_reworded(blocks[:number] + blocks[number + 1 :], titles)
    return _without_reworded(blocks, titles)


def _without_reworded(blocks: list[str], titles: tuple[str, ...]) -> str:
    """``blocks`` joined, without a heading among the first that words a title over."""
    for number, block in enumerate(blocks[:_HEADLINE_BLOCKS]):
        if _rewords(block, titles):
            return "\n\n".join(blocks[:number] + blocks[number + 1 :])
    return "\n\n".join(blocks)


def _rewords(block: str, titles: tuple[str, ...]) -> bool:
    """Whether ``block`` is a heading that words a title over: most of its words are the title's.

    Sites head the story with another wording of the headline their metadata give ("Deutscher
    Handel mit Teheran: Druck durch Sanktionen?" for "Deutscher Handel mit Iran: Druck mit
    Sanktionen?"). A heading has no final period, and is no longer than a headline.
    """
    words = _WORDS.findall(block.casefold())
    if not words or len(words) > _HEADING_MAX_WORDS or block.rstrip().endswith("."):
        return False
    for title in titles:
        named = set(_WORDS.findall(title.casefold()))
        shared = sum(w in named for w in words)
        if shared >= _REWORDED_SHARE * len(words) and shared >= _REWORDED_SHARE * len(named):
            return True
    return False


def without_byline(text: str, author: str | None) -> str:
    """``text`` without the paragraphs of the author's box, by the names the metadata give.

    Sites print the author's box above or below the story (US metro papers, German and Austrian
    broadcasters): the name alone, the name after a word or two ("By", "von", "Text:"), and a
    biography opening with the name ("Jane Smith is an assistant sports editor ..."). A reporter
    does not name themselves in full in their own story.
    """
    names = [n.strip() for n in (author or "").split(",")]
    names = [n for n in names if len(n.split()) >= _NAME_MIN_WORDS]
    if not names:
        return text
    return "\n\n".join(b for b in text.split("\n\n") if not _is_byline(b, names))


def _is_byline(block: str, names: list[str]) -> bool:
    for name in names:
        at = block.find(name)
        if at < 0:
            continue
        before, after = block[:at].split(), block[at + len(name) :].strip()
        if len(before) <= _BYLINE_LABEL_WORDS and not after.strip(" .,:;|·•-–—"):
            return True
        if at == 0 and after[:1].islower() and len(block.split()) <= _BIO_MAX_WORDS:
            return True
    return False


def _is_prefix(block: str, title: str) -> bool:
    """Whether the key ``block`` is the most of the key ``title``, up to a separator.

    As in "Headline - Section | Site", or "Headline: what it means" (a heading either way).
    """
    separated = title[len(block) : len(block) + 1] in SEPARATOR_CHARS
    return separated and title.startswith(block) and len(block) >= len(title) // 2


