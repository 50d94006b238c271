"""Round-2 shortcuts of the speaker finder, each held to the plain computation it replaces.

The name index's rank table, the headline test read from a line's end, and the attribution that
skips what no reported quote can depend on: generated text must give what the plain rules give.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summ.highlight.mentions import _NO_RANK, Names, _parts, collect
from summ.highlight.names import PARTICLES, headline_lines, person_form

_PIECES = [
    "Jo", "Li", "Mr", "Jo Li", "Acme's", "de", "Bank", "BBC", "the", "said", "told", "Police",
    "Korean", "President", "Leeds", "Group", "he", "she", "it", "a", "spokesman", "for", "Acme",
    "was", "very", "good", "for", "all", "of", "us", "film", "A", "Mr.", "IT'S", "NEWS", "O'Neil",
]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", ". ", "\n", "\n\n", '"', '"', "“", "”", "'", ": ", "!", ")", "? "]
texts = st.lists(st.sampled_from(_PIECES) | st.sampled_from(_GLUE), max_size=60).map("".join)
_FINAL = re.compile(r"[.!?:;][\"”’')\]]*$")


def _common(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z]+\b", text))


def _plain_headlines(text: str) -> list[tuple[int, int]]:
    """headline_lines as first written: final punctuation searched for along the line."""
    spans = []
    for number, line in enumerate(re.finditer(r"[^\n]+", text)):
        body = line[0].strip()
        if body.isupper() and sum(c.isalpha() for c in body) > 3:
            spans.append(line.span())
        elif body and not _FINAL.search(body):
            long = re.findall(r"[^\W\d_][\w'’-]{3,}", body)
            title = bool(long) and sum(w[0].isupper() for w in long) >= 0.8 * len(long)
            if number == 0 or title:
                spans.append(line.span())
    return spans


@given(texts | st.text(alphabet=".!?:;\"”’')] aB\n", max_size=30))
@example('Jo said.")')
@example('He left."x')
@example(")]")
def test_headlines_read_from_the_line_end_match_a_search(text: str) -> None:
    assert headline_lines(text) == _plain_headlines(text)


def _plain_index(names: Names) -> tuple[dict[str, str], Counter[str], set[str]]:
    """Names' fullest / full_counts / person_words, without the one-word shortcut."""
    counts = Counter(m.form for m in names.mentions)
    best: dict[str, tuple[bool, int, int]] = {}
    fullest: dict[str, str] = {}
    person_words: set[str] = set()
    extra = {form: 0 for form in names.headline if person_form(form)}
    for form, count in (extra | counts).items():
        words = form.split()
        person = person_form(form)
        if person:
            person_words.update(w for w in words if w not in PARTICLES)
        rank = (person, len(words), count)
        for part in [form] if len(words) == 1 else _parts(form, words):
            if rank > best.get(part, _NO_RANK):
                best[part], fullest[part] = rank, form
    full_counts: Counter[str] = Counter()
    for form, count in counts.items():
        full_counts[fullest.get(form, form)] += count
    return fullest, full_counts, person_words


@given(texts)
@example("Jo Li met Li.\n\nLi said Jo Li and Mr Li left.")
@example("Bank of Jo\n\nBank and Jo Bank.")
@settings(max_examples=300)
def test_name_index_matches_the_plain_rank_table(text: str) -> None:
    names = collect(text, [], _common(text), headline_lines(text))
    fullest, full_counts, person_words = _plain_index(names)
    assert names.fullest == fullest
    assert list(names.full_counts.items()) == list(full_counts.items())
    assert names.person_words == person_words


