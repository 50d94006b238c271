"""What the speaker finder's name index promises, on generated text.

The index (``mentions.Names``) gives each part of a name its fullest form in the article. Which
full name wins is pinned on article text in test_speakers_house_styles.py (a shared surname, an
acronym, one person written two ways); here are the properties every index must keep, whatever
the text: a full name holds the words of what it stands for and is a name the article writes,
every mention is counted once, and a name nothing longer holds stands for itself.
"""

from __future__ import annotations

import re

from hypothesis import example, given, settings
from hypothesis import strategies as st

from summ.highlight.mentions import collect
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


def _holds(longer: str, form: str) -> bool:
    """Whether ``longer`` has more words than ``form`` and every one of ``form``'s."""
    return len(longer.split()) > len(form.split()) and set(form.split()) <= set(longer.split())


@given(texts)
@example("Jo Li met Li.\n\nLi said Jo Li and Mr Li left.")
@example("Bank of Jo\n\nBank and Jo Bank.")
@example("Jo BBC said it. BBC said so.")
@example("Jo Jo, Jo")
@settings(max_examples=300)
def test_the_name_index_keeps_its_promises(text: str) -> None:
    found = layout(text)
    names = collect(text, [], _common(text), found.heading_spans, found.title)
    forms = {m.form for m in names.mentions}
    written = forms | set(names.headline)
    for form in forms:
        full = names.full(form)
        assert full in written  # a name the article writes, never a made-up one
        assert set(form.split()) <= set(full.split())  # it holds the words it stands for
        if not any(_holds(other, form) for other in written):
            assert full == form  # nothing longer holds it: it stands for itself
    assert sum(names.full_counts.values()) == len(names.mentions)  # each mention counted once
    persons = {w for f in written if " " in f and person_form(f) for w in f.split()}
    assert names.person_words == persons - PARTICLES
