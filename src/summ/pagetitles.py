"""A page's headline among the titles it offers, without the site's name or a section's.

A page names its article several ways: the metadata's title (JSON-LD, og:title, ``<title>``),
its ``<h1>``s, the headlines its JSON-LD states. ``headline`` picks the one the others confirm,
and takes off what a ``<title>`` adds: the site's name after a separator ("Headline | Site",
"見出し：新聞"), a date, a breadcrumb trail down to the site, a section glued on by Korean
portals; a title that is only the site's name (a logo in an ``<h1>``) gives way to a heading.
"""

from __future__ import annotations

import re
import unicodedata
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lxml.html import HtmlElement

# What separates a headline from the site's name in a <title>. Korean sites write the Hangul
# letter "ㅣ" for a bar ("헤드라인ㅣ한국일보"); alone, between words, it is no letter of a word.
_SEPARATOR = re.compile(r"\s+[|–—-]\s+|\s*[｜：|ㅣ]\s*|\s+::\s+|\s+·\s+")
SEPARATOR_CHARS = frozenset("|–—-｜：:·")
_GLUED_SECTION = re.compile(r"(?<=\S)-[\uac00-\ud7a3]{1,5}$")  # a hyphen, a Hangul word
# A breadcrumb trail after the headline, down to the site's name: "Headline » Local » Site".
_BREADCRUMB = re.compile(r"\s+[»›]\s+")
_TRAIL_MIN = 2  # the headline, a section and the site: one mark alone may be a quotation's
_SITE_SEPARATORS = frozenset("|-｜：·")  # as folded folds them
_DATE_PART = re.compile(r"\d{1,4}[./-]\d{1,2}[./-]\d{1,4}")
_SITE_MIN = 4  # shorter names ("dw", "bbc") must match a part whole
_FOLD = str.maketrans(
    {"‘": "'", "’": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"}
)
# Characters a reader never sees in a headline: soft hyphens (where a long word may break),
# zero-width spaces and joiners, word joiners, byte-order marks.
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff"))
# schema.org's "headline" in a page's JSON-LD, as a JSON string.
_STATED = re.compile(r'"headline"\s*:\s*("(?:[^"\\]|\\.)*")')


def page_titles(tree: HtmlElement) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """The headlines a page names for its article: its <h1>s, and its og:title and twitter:title."""
    social = "//meta[@property='og:title' or @name='og:title' or @name='twitter:title']/@content"
    return _distinct(h.text_content() for h in tree.xpath("//h1")), _distinct(tree.xpath(social))


def stated_headlines(tree: HtmlElement) -> tuple[str, ...]:
    """The headlines the page's JSON-LD states (schema.org "headline"), in the page's order.

    Some are other articles' (a list of related stories): they only ever confirm a title.
    """
    import html  # noqa: PLC0415
    import json  # noqa: PLC0415

    found = []
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        for literal in _STATED.findall(script):
            try:
                found.append(html.unescape(json.loads(literal)))
            except ValueError:  # a string JSON does not read: no headline of ours
                continue
    return _distinct(found)


def plain_title(title: str) -> str:
    """``title`` as a reader sees it: no invisible characters, one space between words."""
    return " ".join(title.translate(_INVISIBLE).split())


def _distinct(titles: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(plain_title(t) for t in titles if t.strip()))


def headline(
    title: str | None,
    headings: tuple[str, ...],
    site: tuple[str, ...],
    stated: tuple[str, ...] = (),
) -> str | None:
    """The article's headline among what the page offers.

    ``title`` is the metadata's (JSON-LD, og:title, <title>), ``headings`` the page's <h1>s,
    ``site`` the site's names (its og:site_name, its host), ``stated`` the JSON-LD's headlines.
    A heading the title confirms wins: the title is that heading, or is it then a separator and
    the site's or a section's name ("Headline | Site", "見出し：新聞", "Headline - Politics |
    Site"), or is its start, cut at a quote the page's markup left unescaped. A stated headline
    the title confirms comes next. Otherwise the title loses a site's name at its end, and a
    title that is only the site's name (a logo in an <h1>) gives way to a heading that is not.
    """
    if title:
        site = tuple(n for n in site if n != folded(title))  # a site named as its article: no name
        title = _without_site(plain_title(title), site)
        key = folded(title)
        confirmed = [
            h
            for h in (*headings, *stated)
            if (folded(h) == key or _heads(h, title) or _cut_from(title, h))
            and not _is_site(h, site)
        ]
        if confirmed:
            return confirmed[0]
        if not _is_site(title, site):
            return title
    heading = next((h for h in headings if not _is_site(h, site)), None)
    return heading or (title and _without_leading_site(title, site))


def _cut_from(title: str, heading: str) -> bool:
    """Whether ``title`` is ``heading`` cut before a straight double quote, half of it or more.

    ``<meta content="Winner and "royal visit"">`` ends at the quote the page forgot to escape.
    (A title that is merely a shorter headline is the site's choice: it stays.)
    """
    start, whole = plain_title(title), plain_title(heading)
    cut = whole.startswith(start) and whole[len(start) :].lstrip().startswith('"')
    return cut and 2 * len(start) >= len(whole)


def _heads(heading: str, title: str) -> bool:
    """Whether ``title`` is ``heading`` with a site's name or a section's after a separator.

    The name comes after the heading ("Headline | Site") or, as a kicker, before it ("Sport |
    Headline"). A colon is no such separator: "Tram line approved: what it means" is whole.
    """
    head, whole = folded(heading), folded(title)
    if not head or 2 * len(head) < len(whole):
        return False
    after = whole.startswith(head) and whole[len(head) : len(head) + 1] in _SITE_SEPARATORS
    before = whole.endswith(head) and whole[-len(head) - 1 : -len(head)] in _SITE_SEPARATORS
    return after or before


def _without_site(title: str, site: tuple[str, ...]) -> str:
    """``title`` without the site's name at its end, and a date after it ("X – DW – 1.6.2023").

    A breadcrumb trail ending in the site's name goes whole: "Headline » Local » News » Site".
    """
    crumbs = _BREADCRUMB.split(title)
    if len(crumbs) > _TRAIL_MIN and _is_site(crumbs[-1], site):
        return crumbs[0].strip()
    starts = [m.start() for m in _SEPARATOR.finditer(title)]
    parts = _SEPARATOR.split(title)
    cut, named = len(parts), False
    while cut > 1:
        site_part = _is_site(parts[cut - 1], site)
        if not (site_part or _DATE_PART.fullmatch(parts[cut - 1].strip())):
            break
        cut, named = cut - 1, named or site_part
    if not named:
        return title
    headline = title[: starts[cut - 1]].strip()
    # Korean portals glue the section's name to the headline before the bar: "...-정치ㅣ한국일보".
    return _GLUED_SECTION.sub("", headline) if "ㅣ" in title[starts[cut - 1] :] else headline


def _without_leading_site(title: str, site: tuple[str, ...]) -> str:
    """``title`` without the site's name, and a trail after it, before the headline.

    As WordPress's themes write it ("Blog » Blog Archive » Headline") and older portals ("BBC
    News - Headline"); looked for only where no heading confirmed the whole title.
    """
    crumbs = _BREADCRUMB.split(title)
    if len(crumbs) > 1 and _is_site(crumbs[0], site) and not _is_site(crumbs[-1], site):
        return crumbs[-1].strip()
    first = _SEPARATOR.search(title)
    if first and _is_site(title[: first.start()], site):
        rest = title[first.end() :].strip()
        return rest if rest and not _is_site(rest, site) else title
    return title


def _is_site(part: str, site: tuple[str, ...]) -> bool:
    key = folded(part)
    return bool(key) and any(
        name == key or (len(name) >= _SITE_MIN and (name in key or key in name)) for name in site
    )


def site_names(sitename: str | None, url: str | None) -> tuple[str, ...]:
    """Keys of a site's names: its stated name, and its host's labels but "www" and the TLD."""
    from urllib.parse import urlsplit  # noqa: PLC0415

    host = urlsplit(url).hostname or "" if url else ""
    host = host.removeprefix("www.")
    labels = [lab for lab in host.split(".")[:-1] if lab not in {"m", "co", "com"}]
    return tuple(k for k in (folded(sitename or ""), *labels, host) if k)


def folded(text: str) -> str:
    """``text`` compared: NFKC, quotes and dashes alike, case and white space ignored."""
    folded = unicodedata.normalize("NFKC", text).translate(_FOLD).casefold()
    return "".join(folded.split())
