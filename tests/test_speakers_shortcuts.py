"""Round-2 shortcuts of the speaker finder, each held to the plain computation it replaces.

The name index's rank table and the attribution that skips what no reported quote can depend
on: generated text must give what the plain rules give.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summ.highlight.mentions import _NO_RANK, Names, _parts, collect
from summ.highlight.names import PARTICLES, person_form
from summ.layout import layout

_PIECES = [
    "Jo", "Li", "Mr", "Jo Li", "Acme's", "de", "Bank", "BBC", "the", "said", "told", "Police",
    "Korean", "President", "Leeds", "Group", "he", "she", "it", "a", "spokesman", "for", "Acme",
    "was", "very", "good", "for", "all", "of", "us", "film", "A", "Mr.", "IT'S", "NEWS", "O'Neil",
]  # fmt: skip
_GLUE = [" ", " ", " ", ", ", ". ", "\n", "\n\n", '"', '"', "“", "”", "'", ": ", "!", ")", "? "]
texts = st.lists(st.sampled_from(_PIECES) | st.sampled_from(_GLUE), max_size=60).map("".join)


def _common(text: str) -> set[str]:
    return set(re.findall(r"\b[a-z]+\b", text))


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
    found = layout(text)
    names = collect(text, [], _common(text), found.heading_spans, found.title)
    fullest, full_counts, person_words = _plain_index(names)
    assert names.fullest == fullest
    assert list(names.full_counts.items()) == list(full_counts.items())
    assert names.person_words == person_words


