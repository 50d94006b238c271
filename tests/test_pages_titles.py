"""Saved pages: the headline among what a page offers for it (issue 14)."""

from __future__ import annotations

from summ import pages, pagetitles, web

STORY = "".join(
    f"<p>{s}</p>"
    for s in [
        "The city council approved a new tram line on Monday after two years of debate.",
        "The line will link the station with the university and carry 40,000 people a day.",
        "Work will cost 310 million euros, of which the state pays half, the mayor said.",
    ]
)


def title_of(head: str, h1: str = "") -> str | None:
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body><article>{h1}{STORY}</article></body></html>"
    )
    return web.extract(page.encode(), "page.html").meta.title


def test_invisible_characters_are_not_in_the_title() -> None:
    # A soft hyphen where a long word may break, a zero-width space a template left behind.
    site = pagetitles.site_names("Daily Wire", None)
    heading = "Council approves tram\u00adline for the university\u200b"
    want = "Council approves tramline for the university"
    assert pagetitles.headline(f"{heading} | Daily Wire", (heading,), site) == want
    assert pagetitles.headline(heading, (), site) == want


def test_a_title_cut_at_an_unescaped_quote_gives_way_to_the_heading() -> None:
    heading = 'Council approves tram line and "a new era" for the city'
    head = '<meta property="og:title" content="Council approves tram line and "a new era" ...">'
    assert title_of(head, f"<h1>{heading}</h1>") == heading


def test_a_shorter_headline_of_the_sites_choosing_stays() -> None:
    head = '<meta property="og:title" content="Council approves tram line">'
    h1 = "<h1>Council approves tram line after two years of debate</h1>"
    assert title_of(head, h1) == "Council approves tram line"


def test_the_json_ld_headline_takes_a_sections_name_off_the_title() -> None:
    ld = '{"@type": "NewsArticle", "headline": "Council approves \\"tram\\" line"}'
    head = (
        '<title>Council approves "tram" line-Politicsㅣdaily</title>'
        f'<script type="application/ld+json">{ld}</script>'
    )
    assert title_of(head) == 'Council approves "tram" line'


def test_a_json_ld_headline_the_title_does_not_confirm_changes_nothing() -> None:
    ld = '{"@type": "ItemList", "headline": "Bus fares rise in January"}'
    script = f'<script type="application/ld+json">{ld}</script>'
    head = f"<title>Council approves tram line</title>{script}"
    assert title_of(head) == "Council approves tram line"


def test_a_hangul_bar_parts_the_headline_from_the_sites_name() -> None:
    site = pagetitles.site_names("한국일보", "https://www.hankookilbo.example/a")
    want = "시의회, 새 트램 노선 승인"
    assert pagetitles.headline(f"{want}ㅣ한국일보", (), site) == want


def test_a_breadcrumb_trail_down_to_the_sites_name_goes_whole() -> None:
    site = pagetitles.site_names("City Herald", None)
    want = "Council approves tram line"
    assert pagetitles.headline(f"{want} » Local » News » City Herald", (), site) == want
    # A trail that does not end in the site's name is not one: a quotation mark in French.
    quoted = "« Nous sommes prêts » dit le maire » de Lyon"
    assert pagetitles.headline(quoted, (), site) == quoted


def test_the_sites_name_before_the_headline_goes() -> None:
    # WordPress's themes write "Blog » Blog Archive » Post"; older portals "Site - Headline".
    want = "Council approves tram line"
    blog = pagetitles.site_names("City Blog", "https://cityblog.example/2009/05/tram")
    assert pagetitles.headline(f"City Blog » Blog Archive » {want}", (), blog) == want
    news = pagetitles.site_names(None, "https://www.cityherald.example/news/tram")
    assert pagetitles.headline(f"CityHerald - {want}", (), news) == want
    # The site's name opening the headline itself, without a separator, stays.
    named = "CityHerald readers choose the route of the new tram line"
    assert pagetitles.headline(named, (), news) == named


def test_a_heading_that_words_the_headline_over_is_not_the_article() -> None:
    # The metadata's headline and the article's heading differ in a word or two (a kicker
    # glued to the heading, a place named otherwise).
    head = '<meta property="og:title" content="Tram line: council backs link to the university">'
    heading = "<h2>Tram line to Lindenau:council backs the link to the university?</h2>"
    page = (
        f'<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">{head}</head>'
        f"<body><article>{heading}{STORY}</article></body></html>"
    )
    assert web.extract(page.encode(), "page.html").text.split("\n\n")[0].startswith("The city")


def test_a_lede_sharing_the_headlines_words_stays() -> None:
    lede = "The council backs the tram link to the university."
    titles = ("Tram line: council backs link to the university",)
    assert pages.without_headline(f"{lede}\n\nThe works begin in May.", titles).startswith(lede)


def test_a_korean_portals_section_glued_before_the_bar_goes() -> None:
    site = pagetitles.site_names("한국일보", "https://www.hankookilbo.example/a")
    want = "시의회, 새 트램 노선 승인"
    assert pagetitles.headline(f"{want}-정치ㅣ한국일보", (), site) == want
    # A hyphen inside the headline, or before another separator, stays.
    assert pagetitles.headline("K-팝 공연 열린다 | 한국일보", (), site) == "K-팝 공연 열린다"
