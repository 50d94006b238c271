"""The faster ways summ splits and reads words give what the plain ways give, on any text.

Each shortcut in lang.py, text.py and detection.py is checked here against the straightforward
computation it replaces, on text made of the characters where the two could part.
"""

from __future__ import annotations

import re
import sys
from dataclasses import replace

import punkt
import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from summ import boundaries, detection, lang, layout, text
from summ.lang import WORD

# Pieces where the shortcuts could go wrong: abbreviations and ellipses, runs of dashes, numbers,
# "İ" (two characters in lower case), "Σ" (lower case by its neighbours), "²" (a letter to WORD,
# a digit to str.isdigit), "K" (the Kelvin sign lowers to ASCII), quotes, dashes and line breaks.
PIECES = (
    "Mr.", "U.S.", "...", ". . .", ".. .", "--", "---", "-", "—", "–", "Hello", "the", "Dr.", "No.",
    "5", "3.14", "1,099", "İstanbul", "ΟΔΟΣ", "Σ", "ς", "Москва", "г.", "«", "»", "„", "“", "”",
    '"', "'", "’", "(", ")", "?", "!", ".", ",", ";", "…", "²", "x²", "don’t", "tete-a-tete", "É",
    "K", "£", "€", "。", "z. B.", "28.", "LONDON (Reuters) -", "said", "und", "de", "og", "и", "e",
)
SPACES = (" ", " ", "\n", "\n\n", "\r\n", "\r", "\t", "\xa0", "\u2028", "")
TEXTS = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(SPACES)), max_size=40).map(
    lambda pairs: "".join(piece + space for piece, space in pairs)
)
ASCII = st.text(alphabet="aZ09'-.,’ \n!?", max_size=60)

ENGLISH = punkt.load_model("english")


@given(st.text(alphabet="-.a \n\t", max_size=40))
@example("Wait . . . what. . . . no... -- --- .\n. .")
@settings(max_examples=300)
def test_multi_char_pattern_matches_punkts(sample: str) -> None:
    ours, theirs = re.compile(lang._MULTI_CHAR_PUNCT), re.compile(lang._PUNKT_MULTI_CHAR_PUNCT)
    assert [m.span() for m in ours.finditer(sample)] == [m.span() for m in theirs.finditer(sample)]


def test_punkts_multi_char_pattern_is_the_one_replaced() -> None:
    # A new version of the package with another pattern would keep its own, not get ours.
    assert punkt.DEFAULT_LANGUAGE_VARS.multi_char_punct_pattern == lang._PUNKT_MULTI_CHAR_PUNCT


@given(TEXTS)
@example('Wow!!! He said. "(Hi.)" Bye. (So.) ok?! "Yes." she said.')
@example("Wait . . . what? No.. Yes -- ok. . . .\n. b. C.")
@settings(max_examples=400, deadline=None)
def test_splitter_gives_punkts_spans(sample: str) -> None:
    for rules in (punkt.DEFAULT_LANGUAGE_VARS, punkt.rules_for_language("greek")):
        plain = punkt.PunktSentenceTokenizer(ENGLISH, rules=rules)
        assert list(lang._splitter(ENGLISH, rules)(sample)) == list(plain.span_tokenize(sample))


@given(TEXTS)
@settings(max_examples=100, deadline=None)
def test_splitter_gives_punkts_spans_without_spaces_between_sentences(sample: str) -> None:
    rules = punkt.rules_for_language("japanese")
    plain = punkt.PunktSentenceTokenizer(punkt.PunktParameters(), rules=rules)
    ours = lang._splitter(punkt.PunktParameters(), rules)
    assert list(ours(sample)) == list(plain.span_tokenize(sample))


def test_the_splitter_uses_the_faster_pattern() -> None:
    # What makes it faster: Punkt's rules are kept but for the pattern.
    fast = replace(punkt.DEFAULT_LANGUAGE_VARS, multi_char_punct_pattern=lang._MULTI_CHAR_PUNCT)
    split = lang._splitter(ENGLISH, punkt.DEFAULT_LANGUAGE_VARS)
    cells = dict(zip(split.__code__.co_freevars, split.__closure__ or (), strict=True))
    assert cells["tokenizer"].cell_contents.rules == fast


@given(TEXTS)
@settings(max_examples=400, deadline=None)
def test_words_are_each_word_lower_cased(sample: str) -> None:
    assert lang.words(sample) == [w.lower().replace("’", "'") for w in WORD.findall(sample)]


@given(TEXTS | ASCII)
@settings(max_examples=300, deadline=None)
def test_find_words_finds_what_word_finds(sample: str) -> None:
    assert lang.find_words(sample) == WORD.findall(sample)


@pytest.mark.parametrize("sample", ["İstanbul", "ΟΔΟΣ.ΑΒ", "ΣΑΣ Σ", "x²'s 2²", "KELVIN"])
def test_words_where_lower_casing_the_whole_text_would_differ(sample: str) -> None:
    assert lang.words(sample) == [w.lower().replace("’", "'") for w in WORD.findall(sample)]


def test_every_character_lowers_to_one_of_its_kind_but_one() -> None:
    """What lets words() lower-case a whole text first (with "Σ" set aside)."""
    kinds = (re.compile(r"[^\W\d_]"), re.compile(r"\d"), re.compile(r"['’.,-]"))
    odd = []
    for code in range(sys.maxunicode + 1):
        char = chr(code)
        lowered = char.lower()
        if lowered == char:
            continue
        if len(lowered) != 1 or [bool(k.match(char)) for k in kinds] != [
            bool(k.match(lowered)) for k in kinds
        ]:
            odd.append(char)
    assert odd == ["İ"]


@given(TEXTS | ASCII)
@settings(max_examples=300, deadline=None)
def test_detection_reads_the_words_word_finds(sample: str) -> None:
    expected = [w for w in WORD.findall(sample.lower()) if not w[0].isdigit()]
    assert detection._words(sample) == expected


def _profile_one_dict_at_a_time(words: list[str]) -> list[tuple[str, float]]:
    lists = {name: set(words.split()) for name, words in detection.FUNCTION_WORDS.items()}
    owners: dict[str, list[str]] = {}
    for name, listed in lists.items():
        for word in listed:
            owners.setdefault(word, []).append(name)
    weights = {w: {name: 1 / len(names) for name in names} for w, names in owners.items()}
    scores: dict[str, float] = {}
    for word in words:
        for name, weight in weights.get(word, {}).items():
            scores[name] = scores.get(name, 0.0) + weight
    return sorted(scores.items(), key=lambda item: -item[1])[:3]


FUNCTION_WORDS = sorted({w for listed in detection.FUNCTION_WORDS.values() for w in listed.split()})


@given(st.lists(st.sampled_from([*FUNCTION_WORDS, "zebra", "quux"]), max_size=300))
@settings(max_examples=300, deadline=None)
def test_profile_sums_as_word_by_word(words: list[str]) -> None:
    assert detection._profile(words) == _profile_one_dict_at_a_time(words)


ENDS_SENTENCE = re.compile(r"[.!?…:;。！？।][\"'”’»)\]」』）]*\s*$")


@given(st.text(alphabet=".!?…:;。।\"'”’»)]」』） \n\t\xa0\u2028\x1cab", max_size=12))
@settings(max_examples=500)
def test_ends_sentence_reads_the_end_as_the_regex_does(sample: str) -> None:
    assert layout._ends_sentence(sample) == bool(ENDS_SENTENCE.search(sample))


@given(TEXTS)
@settings(max_examples=300, deadline=None)
def test_lines_are_the_trimmed_runs_between_line_breaks(sample: str) -> None:
    runs = [layout._trim(sample, *m.span()) for m in re.finditer(r"[^\r\n]+", sample)]
    assert layout._lines(sample, 0, len(sample)) == [(s, e) for s, e in runs if s < e]


DATELINE_PIECES = ("LONDON", "MOSCOW,", "(Reuters)", "(CNN)", "/ТАСС/", "МОСКВА,", "12 марта.", "-",
                   "--", "–", "ÉVORA", "O'NEILL", "U.S.", "April 25, 2019", "(dpa)", "Text", "the")


@given(st.lists(st.sampled_from(DATELINE_PIECES), max_size=8).map(" ".join) | TEXTS)
@example("(CNN) -- Text")
@example("LONDON (Reuters) - Text")
@example("МОСКВА, 12 марта. /ТАСС/. Текст")
@settings(max_examples=400, deadline=None)
def test_a_dateline_opens_as_the_cheap_pattern_says(sample: str) -> None:
    if re.compile(text._DATELINE, re.VERBOSE).match(sample):
        assert text._DATELINE_OPENING.match(sample)


@given(st.text(alphabet="aZé.1 ", max_size=12))
@example("U.S")
@example("a.m")
@example("J.R.")
def test_initials_are_told_as_the_regex_would(word: str) -> None:
    assert boundaries._initials(word) == bool(re.fullmatch(r"(?:[A-Za-z]\.)*[A-Za-z]", word))
