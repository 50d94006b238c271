"""Saved pages: what trafilatura's blocks carry besides the article's words (issue 14)."""

from __future__ import annotations

from summ import web

STORY = [
    "The city council approved a new tram line on Monday after two years of debate, officials say.",
    "The line will link the station with the university and carry 40,000 people a day from 2028.",
    "Work will cost 310 million euros, of which the state pays half, the mayor told reporters.",
    "Residents along the route will be consulted again in the spring before the works begin.",
]


def page(body: str, head: str = "", lang: str = "en") -> bytes:
    return (
        f'<!DOCTYPE html><html lang="{lang}"><head><meta charset="utf-8">{head}</head>'
        f"<body><nav><a href='/'>Home</a></nav><article>{body}</article></body></html>"
    ).encode()


def paragraphs(sentences: list[str]) -> str:
    return "".join(f"<p>{s}</p>" for s in sentences)


def text_of(data: bytes) -> str:
    return web.extract(data, "page.html").text


def test_a_list_item_is_its_own_text_without_a_mark() -> None:
    # Key points in a list before the story: trafilatura marks each item "- ", the page did not.
    items = "".join(f"<li>{s}</li>" for s in STORY[:2])
    text = text_of(page(f"<ul>{items}</ul>{paragraphs(STORY[2:])}"))
    assert text.split("\n\n")[:2] == STORY[:2]
    assert "- " not in text
