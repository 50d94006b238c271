"""What the command line's names stand for: a folder's articles, and addresses typed bare.

A folder is read as ripgrep reads one: every article file below it, recursively, in sorted
order, hidden files and folders skipped. A name that is no file but reads like a web address
without its scheme ("www.example.com/story") gets a hint instead of a bare "no such file".
"""

from __future__ import annotations

import os
import re
from pathlib import Path

ARTICLE_SUFFIXES = frozenset({".txt", ".text", ".md", ".markdown", ".html", ".htm", ".xhtml"})
"""The files a folder is searched for; others (images, JSON, archives) are not articles."""
# A host (a dotted name with a top-level domain, or an IPv4 address), an optional port, then
# a path or nothing: what people paste from an address bar.
_BARE_ADDRESS = re.compile(
    r"^(?:localhost|(?:[\w-]+\.)+[a-z]{2,}|\d{1,3}(?:\.\d{1,3}){3})(?::\d{1,5})?(?:[/?#].*)?$",
    re.IGNORECASE,
)


def expand(names: list[str]) -> list[str]:
    """``names`` with each folder replaced by the article files inside it.

    A folder with no article in it stays as it is, so reading it reports the folder.
    """
    expanded: list[str] = []
    for name in names:
        found = folder_articles(name) if name and name != "-" and Path(name).is_dir() else []
        expanded += found or [name]
    return expanded


def folder_articles(folder: str) -> list[str]:
    """Article files below ``folder``, sorted by path, hidden names skipped at every level."""
    found: list[str] = []
    for root, folders, files in os.walk(folder):  # Path.walk is Python 3.12+
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        found += [
            str(Path(root, f))
            for f in sorted(files)
            if not f.startswith(".") and Path(f).suffix.lower() in ARTICLE_SUFFIXES
        ]
    return found


def address_hint(name: str) -> str | None:
    """"did you mean https://…?" for a name that reads like an address typed without scheme."""
    if Path(name).exists() or not _BARE_ADDRESS.match(name):
        return None
    scheme = "http" if name.lower().startswith(("localhost", "127.")) else "https"
    return f"did you mean {scheme}://{name}?"
