"""How summ does on saved web pages with a checked article body, one page a process.

    python bench/pages.py PAGE.html ...          # or folders of pages
    python bench/pages.py --sample 4 DIR         # every 4th page, while developing
    python bench/pages.py --python ../main/.venv/bin/python DIR   # another checkout's summ
    python bench/pages.py --part tune DIR        # develop here; report --part held as well

Each ``x.html`` needs a ``x.json`` beside it: ``{"title": ..., "body": ..., "language": ...}``
(the headline, the article's text with paragraphs between blank lines, and the language's
English name or null when unknown). ``bench/pages_build.py`` builds such a folder from fundus' and
newspaper4k's test pages. For each page ``summ -f json -n 5 x.html`` runs in a process
of its own and is scored on:

- in body: every summary sentence lies in the article body (compared without white space,
  NFKC-folded, quotes and dashes unified);
- title: summ's title equals the page's headline (the same folding, case ignored);
- precision / recall of the extracted ``text`` against the body, on tokens (words; each
  character in scripts written without spaces), micro-averaged over pages;
- errors: pages with an error instead of a summary;
- language: the JSON ``language`` equals the expected one (pages with a known language);
- time per page: the whole process, wall clock and CPU time (user + system), p50 and p95.

``--part tune`` or ``--part held`` keeps one of two fixed halves of the pages: a page's part is
set by a hash of its name with the trailing date or number taken off (``fundus_de_DW_2023_04_28``
is ``fundus_de_DW``), so all pages of one site fall in the same part and the held part measures
sites no rule was tuned on.

``--huge`` instead times pages we build: paragraphs of distinct sentences of 1 to 9.5 MiB (the
limit is 10), one of 5 MiB that is mostly inline script, and one of 50 MiB (refused), with the
peak memory of the processes so far.

Nothing here is part of the test suite; the collections are not in the repository.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_UNIFY = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"', "„": '"', "«": '"', "»": '"',
                        "–": "-", "—": "-", "\u00a0": " "})
# A character of a script written without spaces is a token of its own.
_TOKEN = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uf900-\ufaff\u0e00-\u0e7f]|[^\W_]+")


@dataclass
class Score:
    """One page's result."""

    name: str
    seconds: float
    cpu: float = 0.0
    """User and system time of the process: on a busy machine, nearer its own time."""
    error: str | None = None
    in_body: bool = False
    title_right: bool = False
    language: str | None = None
    language_right: bool | None = None
    tokens: tuple[int, int, int] = (0, 0, 0)
    """Tokens shared, extracted, in the body."""
    misses: tuple[str, ...] = ()


def fold(text: str) -> str:
    """``text`` for comparing: NFKC, quotes and dashes unified, no white space, lower case.

    Format characters go too: a soft hyphen or a zero-width space in a gold file (copied from
    the page's markup) is invisible on the page, and summ may or may not keep it.
    """
    folded = unicodedata.normalize("NFKC", text).translate(_UNIFY).lower()
    return "".join(c for c in folded if unicodedata.category(c) != "Cf" and not c.isspace())


def tokens(text: str) -> Counter[str]:
    """Tokens of ``text``, counted."""
    return Counter(_TOKEN.findall(unicodedata.normalize("NFKC", text).lower()))


def run(page: Path, summ: list[str]) -> Score:
    """``page`` summarized in a process of its own, and scored against its gold file."""
    gold = json.loads(page.with_suffix(".json").read_text(encoding="utf-8"))
    start, used = time.perf_counter(), _children_cpu()
    command = [*summ, "-f", "json", "-n", "5", str(page)]
    done = subprocess.run(command, capture_output=True, check=False)
    score = Score(page.name, time.perf_counter() - start, _children_cpu() - used)
    if done.returncode != 0:
        lines = done.stderr.decode(errors="replace").strip().splitlines()
        score.error = lines[-1] if lines else f"exit {done.returncode}"
        return score
    result = json.loads(done.stdout)
    body = fold(gold["body"])
    misses = tuple(p["text"] for p in result["summary"] if fold(p["text"]) not in body)
    score.misses, score.in_body = misses, not misses
    score.title_right = fold(result.get("title") or "") == fold(gold.get("title") or "")
    score.language = result.get("language")
    if gold.get("language"):
        score.language_right = score.language == gold["language"]
    got, want = tokens(result.get("text", "")), tokens(gold["body"])
    score.tokens = ((got & want).total(), got.total(), want.total())
    return score


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def pages(paths: list[Path], sample: int) -> list[Path]:
    """The pages named or found in the folders named, every ``sample``-th of them."""
    found = sorted(p for path in paths for p in (path.glob("*.html") if path.is_dir() else [path]))
    return [p for p in found if p.with_suffix(".json").exists()][:: max(1, sample)]


# A page's name ends in its date (2024_05_03) or a number (_001): what is left names the site.
_SITE = re.compile(r"(?:_\d+)+$")


def part(page: Path) -> str:
    """``"tune"`` or ``"held"``: the half of the pages ``page`` is in, the same on every machine."""
    site = _SITE.sub("", page.stem)
    return "tune" if hashlib.sha256(site.encode()).digest()[0] % 2 == 0 else "held"


def report(scores: list[Score], verbose: bool) -> str:
    """The figures of all pages, and the failures of each check when ``verbose``."""
    n = len(scores)
    ok = [s for s in scores if s.error is None]
    shared, got, want = (sum(s.tokens[i] for s in ok) for i in range(3))
    known = [s for s in ok if s.language_right is not None]
    times = sorted(s.seconds for s in scores)
    cpu = sorted(s.cpu for s in scores)
    at95 = min(n - 1, round(0.95 * (n - 1)))
    lines = [
        f"pages                      {n}",
        f"summary inside the body    {sum(s.in_body for s in ok)}",
        f"title right                {sum(s.title_right for s in ok)}",
        f"text precision / recall    {shared / max(got, 1):.3f} / {shared / max(want, 1):.3f}",
        f"errors                     {n - len(ok)}",
        f"language right             {sum(bool(s.language_right) for s in known)} of {len(known)}",
        f"seconds a page p50 / p95   {statistics.median(times):.2f} / {times[at95]:.2f}",
        f"CPU seconds p50 / p95      {statistics.median(cpu):.2f} / {cpu[at95]:.2f}",
    ]
    if verbose:
        for s in scores:
            problems = [f"error: {s.error}"] if s.error else []
            problems += [f"outside the body: {m[:90]!r}" for m in s.misses]
            problems += [] if s.error or s.title_right else ["title wrong"]
            problems += ["language wrong"] if s.language_right is False else []
            lines += [f"  {s.name}: {p}" for p in problems]
    return "\n".join(lines)


def huge(summ: list[str]) -> str:
    """Time and peak memory of summ on built pages of growing size."""
    sentence = "<p>The council said on day {} that the bridge would open in 2027.</p>\n"
    lines = []
    with tempfile.TemporaryDirectory() as folder:
        for kind, mib in [("paragraphs", 1), ("paragraphs", 4), ("paragraphs", 9.5),
                          ("script", 5), ("paragraphs", 50)]:
            size = int(mib * 2**20)
            if kind == "script":
                body = "<script>" + "var a = 1;\n" * (size // 11) + "</script>"
                body += "".join(sentence.format(i) for i in range(20))
            else:
                body = "".join(sentence.format(i) for i in range(size // len(sentence)))
            path = Path(folder) / f"{kind}-{mib}.html"
            path.write_text(f"<html><body><article>{body}</article></body></html>", "utf-8")
            start = time.perf_counter()
            done = subprocess.run([*summ, str(path)], capture_output=True, check=False)
            seconds = time.perf_counter() - start
            peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
            status = "ok" if done.returncode == 0 else done.stderr.decode().strip()[-60:]
            line = f"{kind:<11}{mib:>5} MiB {seconds:6.1f} s, peak so far {peak} MiB: {status}"
            lines.append(line)
    return "\n".join(lines)


def main() -> None:
    """Score the pages given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("paths", nargs="*", type=Path)
    parser.add_argument("--huge", action="store_true", help="time built pages of 1 to 50 MiB")
    parser.add_argument("--sample", type=int, default=1, help="every n-th page only")
    parser.add_argument("--part", choices=["tune", "held"], help="one fixed half of the pages")
    parser.add_argument("-v", "--verbose", action="store_true", help="list each page's failures")
    parser.add_argument("--json", type=Path, help="write each page's scores here")
    parser.add_argument("--python", default=sys.executable, help="the interpreter whose summ runs")
    args = parser.parse_args()
    summ = [args.python, "-m", "summ"]
    if args.huge:
        print(huge(summ))
        return
    chosen = [p for p in pages(args.paths, args.sample) if args.part in {None, part(p)}]
    scores = [run(p, summ) for p in chosen]
    if args.json:
        args.json.write_text(json.dumps([s.__dict__ for s in scores], ensure_ascii=False, indent=1))
    print(report(scores, args.verbose))


if __name__ == "__main__":
    main()
