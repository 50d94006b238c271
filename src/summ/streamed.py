"""The article of a page that streams it to a script instead of writing it in the markup.

Next.js's App Router sends a page's parts as rows of a "flight" payload, pushed by inline
scripts (``self.__next_f.push([1, "..."])``); a page rendered on the client alone has the
article only there, as text rows (``24:T1b7b,<p>...``: an id, "T", the length in UTF-8 bytes in
hex, a comma, the text). Those rows that hold paragraphs of HTML are the article's markup.
Read only when the markup itself has no article: it costs a pass over the scripts.
"""

from __future__ import annotations

import json
import re

_PUSH = re.compile(r'self\.__next_f\.push\(\[1,\s*("(?:[^"\\]|\\.)*")\]\)')
_TEXT_ROW = re.compile(rb"(?<![0-9a-f])[0-9a-f]{1,8}:T([0-9a-f]{1,8}),")
_PARAGRAPH = b"<p"
# Markers a template leaves for its ads ("$$ARTICLEAD$$"), replaced by a script on the page.
_SLOT = re.compile(r"\$\$[A-Z_]+\$\$")


def with_streamed_article(markup: str) -> str | None:
    """``markup`` with the HTML its flight payload streams put in an <article>, None if none."""
    if "__next_f" not in markup:
        return None
    payload = "".join(_strings(markup)).encode("utf-8", "replace")
    parts = []
    for row in _TEXT_ROW.finditer(payload):
        text = payload[row.end() : row.end() + int(row[1], 16)]
        if _PARAGRAPH in text:
            parts.append(_SLOT.sub("", text.decode("utf-8", "replace")))
    if not parts:
        return None
    article = f"<article>{''.join(parts)}</article>"
    end = markup.rfind("</body>")
    return f"{markup[:end]}{article}{markup[end:]}" if end >= 0 else markup + article


def _strings(markup: str) -> list[str]:
    found = []
    for literal in _PUSH.findall(markup):
        try:
            found.append(json.loads(literal))
        except ValueError:  # a push JSON does not read is no text of ours
            continue
    return found
