"""Build the development pages for ``bench/pages.py`` from two public test collections.

    python bench/pages_build.py FUNDUS_GIT NEWSPAPER4K_GIT OUT_DIR

FUNDUS_GIT and NEWSPAPER4K_GIT are git directories of flairNLP/fundus and
AndyTheFactory/newspaper4k (a bare clone or ``fetch``'s mirror will do); OUT_DIR, outside the
repository, receives ``x.html`` and ``x.json`` ({"title", "body", "language"}) for each page.

- fundus' parser test pages: one saved page a parser version of each publisher; the gold is
  the parser's expected output for that version (the JSON's versions are in the order of the
  pages' crawl dates). The body is its summary, section headlines and paragraphs, a paragraph
  each. The language is the one the publisher's sources are listed in (its country's default
  where a source names none); where the publisher lists several, the page's own ``lang`` picks
  among them, and a page whose ``lang`` names one the publisher does not list gets none.
- newspaper4k's test pages that have both an expected text and metadata: the text as it is,
  the metadata's title and language.

Nothing built here goes into the repository: these are other projects' pages.
"""

from __future__ import annotations

import gzip
import json
import re
import subprocess
import sys
from pathlib import Path
from typing import Any

# The ISO codes the two collections use, by the English names summ reports.
_NAMES = {
    "ar": "arabic", "bn": "bengali", "ca": "catalan", "cs": "czech", "da": "danish",
    "de": "german", "el": "greek", "en": "english", "es": "spanish", "fa": "persian",
    "fi": "finnish", "fr": "french", "he": "hebrew", "hi": "hindi", "hu": "hungarian",
    "id": "indonesian", "it": "italian", "ja": "japanese", "ko": "korean", "lv": "latvian",
    "my": "burmese", "ne": "nepali", "nl": "dutch", "no": "norwegian", "nb": "norwegian",
    "pl": "polish", "pt": "portuguese", "ro": "romanian", "ru": "russian", "sv": "swedish",
    "th": "thai", "tr": "turkish", "uk": "ukrainian", "vi": "vietnamese", "zh": "chinese",
    "sk": "slovak", "sl": "slovenian", "hr": "croatian", "sr": "serbian", "bg": "bulgarian",
    "et": "estonian", "lt": "lithuanian", "is": "icelandic", "ga": "irish", "ms": "malay",
}
_TEST_DATA = "tests/resources/parser/test_data"
_PUBLISHER = re.compile(r"^    (\w+) = Publisher\(", re.MULTILINE)
_SOURCE = re.compile(r"\b(?:RSSFeed|Sitemap|NewsMap)\(")
_LANGUAGES = re.compile(r"languages\s*=\s*\{([^}]*)\}")
_HTML_LANG = re.compile(rb"<html[^>]*?\slang\s*=\s*[\"']?([A-Za-z]{2,3})", re.IGNORECASE)


def git(repo: Path, *args: str) -> bytes:
    return subprocess.run(
        ["git", "--git-dir", str(repo), *args], check=True, capture_output=True
    ).stdout


def publisher_languages(source: str) -> dict[str, set[str]]:
    """Each publisher's languages, read from its country's ``__init__.py``."""
    default = re.search(r'default_language\s*=\s*"(\w+)"', source)
    found: dict[str, set[str]] = {}
    starts = list(_PUBLISHER.finditer(source))
    for here, after in zip(starts, [*starts[1:], None], strict=True):
        block = source[here.end() : after.start() if after else len(source)]
        languages: set[str] = set()
        for match in _SOURCE.finditer(block):
            # A source's own arguments run to the next source (a rough cut, enough here).
            tail = block[match.end() :]
            nxt = _SOURCE.search(tail)
            args = tail[: nxt.start() if nxt else len(tail)]
            listed = _LANGUAGES.search(args)
            if listed:
                languages |= set(re.findall(r"\"(\w+)\"", listed.group(1)))
            elif default:
                languages.add(default.group(1))
        if not languages and default:
            languages.add(default.group(1))
        found[here.group(1)] = languages
    return found


def gold_language(languages: set[str], html: bytes) -> str | None:
    own = _HTML_LANG.search(html[:5000])
    page = own.group(1).decode().lower() if own else None
    if page and page in languages:
        return _NAMES.get(page)
    if page and page not in languages:
        return None
    return _NAMES.get(next(iter(languages))) if len(languages) == 1 else None


def fundus_body(version: dict[str, Any]) -> str:
    body = version.get("body") or {}
    parts: list[str] = list(body.get("summary") or [])
    for section in body.get("sections") or []:
        parts += list(section.get("headline") or []) + list(section.get("paragraphs") or [])
    return "\n\n".join(p.strip() for p in parts if p.strip())


def build_fundus(repo: Path, out: Path) -> int:
    names = git(repo, "ls-tree", "-r", "--name-only", "HEAD", _TEST_DATA).decode().split("\n")
    pages = sorted(n for n in names if n.endswith(".html.gz"))
    written = 0
    languages_of: dict[str, dict[str, set[str]]] = {}
    for json_path in sorted(n for n in names if n.endswith(".json")):
        country, publisher = json_path.split("/")[-2], Path(json_path).stem
        mine = sorted(p for p in pages if p.startswith(f"{_TEST_DATA}/{country}/{publisher}_"))
        versions = list(json.loads(git(repo, "show", f"HEAD:{json_path}")).values())
        if not mine or len(mine) != len(versions):
            continue
        if country not in languages_of:
            init = f"HEAD:src/fundus/publishers/{country}/__init__.py"
            languages_of[country] = publisher_languages(git(repo, "show", init).decode())
        for page, version in zip(mine, versions, strict=True):
            html = gzip.decompress(git(repo, "show", f"HEAD:{page}"))
            body = fundus_body(version)
            if not body:
                continue
            stem = f"fundus_{country}_{Path(page).name.removesuffix('.html.gz')}"
            language = gold_language(languages_of[country].get(publisher, set()), html)
            (out / f"{stem}.html").write_bytes(html)
            gold = {"title": version.get("title"), "body": body, "language": language}
            (out / f"{stem}.json").write_text(json.dumps(gold, ensure_ascii=False))
            written += 1
    return written


def build_newspaper4k(repo: Path, out: Path) -> int:
    names = set(git(repo, "ls-tree", "-r", "--name-only", "HEAD", "tests/data").decode().split())
    written = 0
    for html_path in sorted(n for n in names if n.startswith("tests/data/html/")):
        stem = Path(html_path).stem
        text, meta = f"tests/data/txt/{stem}.txt", f"tests/data/metadata/{stem}.json"
        if text not in names or meta not in names:
            continue
        metadata = json.loads(git(repo, "show", f"HEAD:{meta}"))
        body = git(repo, "show", f"HEAD:{text}").decode().strip()
        gold = {
            "title": metadata.get("title"),
            "body": body,
            "language": _NAMES.get(str(metadata.get("language") or "").lower()),
        }
        (out / f"newspaper4k_{stem}.html").write_bytes(git(repo, "show", f"HEAD:{html_path}"))
        (out / f"newspaper4k_{stem}.json").write_text(json.dumps(gold, ensure_ascii=False))
        written += 1
    return written


def main() -> int:
    if len(sys.argv) != 4:
        print(__doc__.split("\n\n")[1], file=sys.stderr)
        return 2
    fundus, newspaper, out = (Path(a) for a in sys.argv[1:])
    out.mkdir(parents=True, exist_ok=True)
    print(f"fundus {build_fundus(fundus, out)}, newspaper4k {build_newspaper4k(newspaper, out)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
