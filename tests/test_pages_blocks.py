"""Saved pages: what trafilatura's blocks carry besides the article's words (issue 14)."""

from __future__ import annotations

import json

import pytest

from .test_pages import STORY, page, paragraphs, text_of


def test_a_list_item_is_its_own_text_without_a_mark() -> None:
    # Key points in a list before the story: trafilatura marks each item "- ", the page did not.
    items = "".join(f"<li>{s}</li>" for s in STORY[:2])
    text = text_of(page(f"<ul>{items}</ul>{paragraphs(STORY[2:])}"))
    assert text.split("\n\n")[:2] == STORY[:2]
    assert "- " not in text


READ_ALSO = [
    '<p><strong>ALSO READ: <a href="/a">Bus fares to rise in January</a></strong></p>',
    '<p><span>À lire aussi</span> <a href="/a">Le prix des tickets augmente en janvier</a></p>',
    ('<p><strong>Related stories</strong><br><a href="/a">Bus fares to rise</a><br>'
    '<a href="/b">New bridge opens</a></p>'),
    "<p>FUNDA OLUNYE UDABA LAPHA | Amanani ebhasi azokhuphuka</p>",
    "<p>READ NEXT: Bus fares to rise in January</p>",
    ('<h3>Lesen Sie auch</h3><ul><li><a href="/a">Busfahrpreise steigen</a></li>'
    '<li><a href="/b">Neue Brücke eröffnet</a></li></ul>'),
    ('<blockquote class="twitter-tweet"><p>Bus fares to rise in January, the operator said.</p>'
    "&mdash; City Buses (@citybuses) May 2, 2024</blockquote>"),
    ('<blockquote class="wp-embedded-content"><a href="/x">Bus fares to rise in January</a>'
    "</blockquote>"),
]


def paragraphs_around(box: str) -> list[str]:
    """The paragraphs summ reads from a page with ``box`` between the story's halves."""
    return text_of(page(paragraphs(STORY[:2]) + box + paragraphs(STORY[2:]))).split("\n\n")


@pytest.mark.parametrize("box", READ_ALSO)
def test_read_also_boxes_and_embedded_posts_are_not_the_article(box: str) -> None:
    assert paragraphs_around(box) == STORY


def test_a_label_opening_the_storys_own_words_stays() -> None:
    # The label's words, then text that is not a link: a sentence of the story.
    sentence = (
        'Related problems have slowed the works on the <a href="/n">northern line</a> for a'
        " decade, engineers say."
    )
    text = text_of(page(paragraphs([*STORY[:2], sentence, *STORY[2:]])))
    assert "Related problems have slowed the works on the northern line" in text


def test_a_screen_readers_note_after_a_link_is_cut_out() -> None:
    linked = (
        'The mayor told <a href="/r">reporters<span class="note">(opens in a new window)</span>'
        "</a>, and the council agreed."
    )
    text = text_of(page(paragraphs([*STORY[:2], linked])))
    assert "The mayor told reporters, and the council agreed." in text
    assert "window" not in text


def test_an_article_streamed_by_a_script_is_read() -> None:
    # Next.js's flight rows: "id:T<length in UTF-8 bytes, hex>,<text>"; the markup has none.
    html = "".join(f"<p>{s}</p>" for s in STORY) + "$$ARTICLEAD$$"
    row = f'1:"$Sreact.fragment"\n24:T{len(html.encode()):x},{html}2:["$","div"]'
    push = f"<script>self.__next_f.push([1,{json.dumps(row)}])</script>"
    data = page(f"<div class='spinner'></div>{push}")
    assert text_of(data).split("\n\n") == STORY


def test_a_list_of_links_is_not_the_article_but_a_list_of_the_storys_is() -> None:
    # Other stories' headlines, as long as a sentence of the story.
    links = "".join(
        f'<li><a href="/{n}">{s.replace("city council", "region").rstrip(".")}</a></li>'
        for n, s in enumerate(STORY[:3])
    )
    links = f"<ul>{links}</ul>"
    story = (
        '<ul><li>The <a href="/s">station</a> gets a new hall.</li>'
        "<li>The university gets two stops.</li></ul>"
    )
    text = text_of(page(paragraphs(STORY[:2]) + links + story + paragraphs(STORY[2:])))
    assert "region" not in text
    assert "The station gets a new hall." in text
    assert "The university gets two stops." in text


@pytest.mark.parametrize(
    "box",
    [
        "<h2>Key points</h2><ul><li>{0}</li><li>{1}</li></ul>",
        ("<section><h2>Kortversjonen</h2><button>i</button><div>Laget av AI.</div>"
        "<ul><li>{0}</li><li>{1}</li></ul></section>"),
        "<div><h3>Das Wichtigste in Kürze:</h3><ol><li>{0}</li><li>{1}</li></ol></div>",
    ],
)
def test_a_box_of_summary_bullets_is_not_the_article(box: str) -> None:
    bullets = ["Council backs the tram line to the university.", "Works begin in the spring."]
    text = text_of(page(box.format(*bullets) + paragraphs(STORY)))
    assert text.split("\n\n") == STORY


def test_a_section_of_the_story_headed_summary_stays() -> None:
    # Only a list after the heading is a box: paragraphs under it are the story's.
    text = text_of(page(paragraphs(STORY[:2]) + "<h2>Summary</h2>" + paragraphs(STORY[2:])))
    assert all(s in text for s in STORY)


def test_a_list_of_kickers_and_links_is_not_the_article() -> None:
    # Other stories under the headline, each a section's name and its headline as a link.
    items = "".join(
        f'<li><span class="kicker">{kicker}</span> <a href="/{n}">{headline}</a></li>'
        for n, (kicker, headline) in enumerate(
            [("Transport", "Bus fares to rise in January"), ("City", "A new bridge opens")]
        )
    )
    text = text_of(page(f"<ul>{items}</ul>{paragraphs(STORY)}"))
    assert text.split("\n\n") == STORY


def test_a_caption_repeating_its_pictures_alt_text_is_not_the_article() -> None:
    caption = "The mayor opens the new tram depot in Lindenau"
    figure = f'<div><img src="d.jpg" alt="{caption}"><div><p>{caption}</p></div></div>'
    assert paragraphs_around(figure) == STORY


def test_a_paragraph_that_is_no_pictures_alt_text_stays() -> None:
    assert paragraphs_around(f'<img src="d.jpg" alt="{STORY[1][:40]}">') == STORY


def test_readers_comments_are_not_the_article() -> None:
    comments = (
        '<div id="sf_comment_list"><div class="sf_comment"><span class="date">2 hours ago</span>'
        "<p>What a waste of money, the old buses were fine and the fares will only go up.</p>"
        "</div></div>"
    )
    text = text_of(page(paragraphs(STORY) + comments))
    assert text.split("\n\n") == STORY


def test_an_article_classed_as_commentary_stays() -> None:
    # An opinion piece ("commentary") is no comment, nor is a part holding most of the text.
    for classes in ("article commentary", "story comment-enabled"):
        text = text_of(page(f'<div class="{classes}">{paragraphs(STORY)}</div>'))
        assert text.split("\n\n") == STORY
