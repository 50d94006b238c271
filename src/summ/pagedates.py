"""A page's publication date written only in its text ("Publié le 5 mars 2024").

trafilatura asks htmldate for the date in its fast mode (web.py): meta tags, JSON-LD, <time>,
the address, dates in figures. Only for a page where that finds nothing does the extensive
search run here. It hands free text to dateparser, which on its own tries every locale it has:
up to 3 s for a string that is a date in none of them (13 s on a busy machine for one Russian
line). Limited to the page's declared language and English, the same search takes a tenth of it.
"""

from __future__ import annotations

from contextlib import contextmanager
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from collections.abc import Iterator

    from dateparser import DateDataParser
    from lxml.html import HtmlElement

# htmldate's own settings for dateparser (htmldate.extractors.get_external_parser).
_SETTINGS = {
    "NORMALIZE": True,
    "PARSERS": ["custom-formats", "absolute-time"],
    "PREFER_DATES_FROM": "past",
    "PREFER_LOCALE_DATE_ORDER": True,
    "RETURN_AS_TIMEZONE_AWARE": False,
    "STRICT_PARSING": True,
}


def written_date(page: HtmlElement, url: str | None, language: str | None) -> str | None:
    """The date htmldate's extensive search finds in ``page`` (YYYY-MM-DD, or None).

    ``language`` is the page's two-letter code (``<html lang>``), or None.
    """
    import htmldate  # noqa: PLC0415
    from trafilatura.settings import set_date_params  # noqa: PLC0415

    with _dateparser_for(language):
        return htmldate.find_date(page, **{**set_date_params(extensive=True), "url": url})


@contextmanager
def _dateparser_for(language: str | None) -> Iterator[None]:
    """Limits htmldate's dateparser to ``language`` and English while the search runs.

    htmldate builds its parser in one cached function, which is swapped for the call; where a
    later htmldate has none, the search runs as htmldate sets it up.
    """
    from htmldate import extractors  # noqa: PLC0415

    original = getattr(extractors, "get_external_parser", None)
    if original is None:
        yield
        return
    extractors.get_external_parser = lambda: _parser(language)  # type: ignore[assignment]
    try:
        yield
    finally:
        extractors.get_external_parser = original


@cache
def _parser(language: str | None) -> DateDataParser:
    from dateparser import DateDataParser  # noqa: PLC0415
    from dateparser.languages.loader import default_loader  # noqa: PLC0415

    known = set(default_loader.get_locale_map())
    languages = list(dict.fromkeys(c for c in (language, "en") if c in known))
    return DateDataParser(languages=languages, settings=_SETTINGS)
