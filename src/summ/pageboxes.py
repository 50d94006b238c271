"""Boxes a page sets inside its article that are not the article, dropped before extraction.

- "Read also" boxes: a label (``languages/furniture.py``'s "read", in any language) and
  nothing but links after it, in one block ("À lire aussi <a>headline</a>", "ALSO READ: <a>...",
  a label and links between <br>s), or a label alone and then a list of links. What a label opens
  that is not all links is the story's own text ("Related problems have slowed...") and stays.
- Lists whose every item is a link: breadcrumbs, lists of other stories and of sources. A list
  of the story's own (items with words besides a link) stays.
  So is a list whose every item is a short kicker and a link ("<span>Fernando Alonso</span>
  <a>headline</a>"): the related stories Spanish and other papers set under the headline.
- Posts embedded from social networks and other sites (the quoted post's text, its author and
  date): the markup their embed codes write, by its class names.
- A box of summary bullets: a heading that names it (``languages/furniture.py``'s
  "summary") and the list after it. Sites set their AI's or editors' digest by the story
  ("Kortversjonen", "Key points"); it repeats the story in other words.
- A picture's caption that repeats its image's ``alt`` text, the line a gallery or a figure
  sets under the picture (German broadcasters and others write both).
- Readers' comments, by the word "comment" in a part's id or class names ("sf_comment_list"),
  which trafilatura's own filter (it looks for "comments") misses; as with hidden parts, only
  parts holding less than half the page's text ("commentary" and "commentisfree" are no such word).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from summ.boilerplate import read_label, summary_heading

if TYPE_CHECKING:
    from lxml.html import HtmlElement

# The class names of the markup embed codes write: X/Twitter, Instagram, TikTok, Bluesky,
# Facebook, Reddit, Mastodon, Threads, and WordPress's card of another site's post.
_EMBEDS = (
    "twitter-tweet", "instagram-media", "tiktok-embed", "bluesky-embed", "fb-post",
    "reddit-embed-bq", "mastodon-embed", "text-post-media", "wp-embedded-content",
)  # fmt: skip
HAS_CLASS = "contains(concat(' ', normalize-space(@class), ' '), ' {} ')"
"""XPath test that an element has the class ``{}`` (one of its space-separated names)."""
_EMBED_XPATH = "|".join(f"//body//*[{HAS_CLASS.format(name)}]" for name in _EMBEDS)
# Blocks that may be a label and its links: paragraphs, list items, and divisions holding no
# block of their own.
_BOXES = "//body//p[.//a]|//body//li[.//a]|//body//div[.//a][not(.//p|.//div|.//li)]"
# Short blocks that may be a label alone, heading a list of links.
_LABELS = (
    "//body//*[self::h2 or self::h3 or self::h4 or self::h5 or self::p or self::div]"
    "[string-length(normalize-space()) < 40][not(.//a)]"
)
_LISTS = "//body//ul[count(li) >= 2]|//body//ol[count(li) >= 2]"
_HEADINGS = (
    "//body//*[self::h2 or self::h3 or self::h4 or self::strong or self::p]"
    "[string-length(normalize-space()) < 40][not(.//a)]"
)
_SUMMARY_GAP = 3  # elements between a summary's heading and its list: a button, a disclaimer
# Blocks that may be a caption: paragraphs, figure captions, divisions holding no block.
_CAPTIONS = "//body//p|//body//figcaption|//body//div[not(.//p|.//div|.//figcaption)]"
_ALT_MIN_WORDS = 4  # "Foto" or a name is no caption to look for
_KICKER_MAX_WORDS = 4  # "Fernando Alonso", "Mundial 2024"
_NAMED_COMMENT = (
    "//body//*[contains(translate(@id, 'COMENT', 'coment'), 'comment')"
    " or contains(translate(@class, 'COMENT', 'coment'), 'comment')]"
)
_NAME_WORDS = re.compile(r"[\s_-]+")
_COMMENT_WORDS = frozenset({"comment", "comments", "commentlist", "commentform", "commentbox"})
_BOX_MAX_CHARS = 400  # a label and two or three headlines
_SLACK = 3  # characters besides the label and the links: separators ("|", "»", "-")


def drop_boxes(tree: HtmlElement) -> None:
    """Removes embedded posts and "read also" boxes from ``tree``."""
    for element in tree.xpath(_EMBED_XPATH):
        drop(element)
    for element in tree.xpath(_BOXES):
        if _is_read_box(element):
            drop(element)
    for element in tree.xpath(_LABELS):
        following = element.getnext()
        text = _squeezed(element)
        label = bool(text) and read_label(text) == len(text)
        if label and following is not None and _all_links(following):
            drop(following)
            drop(element)
    for element in tree.xpath(_LISTS):
        items = [(item, _squeezed(item)) for item in element.iterchildren("li")]
        if all(_link_item(item, text) for item, text in items if text):
            drop(element)
    _drop_summary_boxes(tree)
    _drop_alt_captions(tree)
    _drop_comments(tree)


def _drop_comments(tree: HtmlElement) -> None:
    named = tree.xpath(_NAMED_COMMENT)
    if not named:
        return
    total = text_length(tree)
    for element in named:
        words = _NAME_WORDS.split(f"{element.get('id', '')} {element.get('class', '')}".lower())
        if _COMMENT_WORDS.intersection(words) and 2 * text_length(element) < total:
            drop(element)


def text_length(element: HtmlElement) -> int:
    """Characters of text an element holds (what "half the page's text" counts)."""
    return sum(len(t) for t in element.itertext())


def _link_item(item: HtmlElement, text: str) -> bool:
    """Whether a list item is links alone, or a link and a few words before it (a kicker)."""
    if _links_cover(item, text):
        return True
    links = list(item.iter("a"))
    if len(links) != 1:
        return False
    linked = _squeezed(links[0])
    kicker = text[: -len(linked)] if linked and text.endswith(linked) else None
    return kicker is not None and len(kicker.split()) <= _KICKER_MAX_WORDS


def _drop_summary_boxes(tree: HtmlElement) -> None:
    for heading in tree.xpath(_HEADINGS):
        text = _squeezed(heading)
        if not text or not summary_heading(text):
            continue
        between = list(heading.itersiblings())[:_SUMMARY_GAP]
        lists = [n for n, e in enumerate(between) if e.tag in {"ul", "ol"}]
        # What stands between the heading and its list is the box's too: a button, a note
        # that an AI wrote the summary.
        if lists and all(len(_squeezed(e)) <= _BOX_MAX_CHARS for e in between[: lists[0]]):
            for element in [heading, *between[: lists[0] + 1]]:
                drop(element)


def _drop_alt_captions(tree: HtmlElement) -> None:
    alts = {_folded(alt) for alt in tree.xpath("//body//img/@alt")}
    alts = {alt for alt in alts if alt.count(" ") + 1 >= _ALT_MIN_WORDS}
    if not alts:
        return
    for element in tree.xpath(_CAPTIONS):
        if _folded(element.text_content()) in alts:
            drop(element)


def _folded(text: str) -> str:
    return " ".join(text.split()).casefold()


def _is_read_box(element: HtmlElement) -> bool:
    text = _squeezed(element)
    if not text or len(text) > _BOX_MAX_CHARS:
        return False
    end = read_label(text)
    return end is not None and _links_cover(element, text[end:])


def _all_links(element: HtmlElement) -> bool:
    """Whether ``element`` holds links and, but for separators, nothing else."""
    if element.tag not in {"ul", "ol", "div", "p"}:
        return False
    text = _squeezed(element)
    return 0 < len(text) <= 2 * _BOX_MAX_CHARS and _links_cover(element, text)


def _links_cover(element: HtmlElement, rest: str) -> bool:
    """Whether the links of ``element`` are all of ``rest`` (its text after a label), nearly."""
    linked = sum(len("".join(a.text_content().split())) for a in element.iter("a"))
    return linked > 0 and len("".join(rest.split())) - linked <= _SLACK


def _squeezed(element: HtmlElement) -> str:
    return " ".join(element.text_content().split())


def drop(element: HtmlElement) -> None:
    """Removes ``element`` and what it holds, keeping the text that follows it."""
    if element.getparent() is not None:
        element.drop_tree()
