"""Which language an article is in, offline and in bounded time.

Each language's commonest function words are counted over a sample of the text; a clear leader is
the answer. ``lingua`` (models in its wheel, loaded lazily per language) settles close calls, near
relatives the function words cannot tell apart, and text with no evidence at all.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import cache
from typing import TYPE_CHECKING

from summ.lang import FALLBACK, WORD

if TYPE_CHECKING:
    from collections.abc import Iterable

    from lingua import LanguageDetector

# The commonest function words of each language with a Punkt model, from general knowledge of
# each language. Detection counts them (a word several languages have counts for each in part);
# they are also the stop words of a language sumy has no list for (Russian, Dutch, Danish ...).
FUNCTION_WORDS = {
    "czech": "a se na je v že to s z do o jako ale by pro jsou k i tak který které podle byl po "
    "jeho jen už také bylo když však jsem bude mezi při nebo",
    "danish": "og i at er det en til på som med for af ikke der har de den et var kan fra men om "
    "vil skal blev også efter jeg hun han sig ved eller nu",
    "dutch": "de het een van en in is dat op te zijn voor met niet die aan er ook als maar om "
    "door bij nog uit over dan naar wordt heeft worden hij was werd deze",
    "english": "the of and to in is that for it was on with as by at he said from his but be "
    "have are has not this which an they were had will their would been who",
    "estonian": "ja on ei et see oli kui ka ta mis aga või oma nii siis ning mida ole seda veel "
    "kes pärast juba selle tema ütles",
    "finnish": "ja on ei se että oli hän mutta kun myös ovat tai joka sen niin kuin jo ole "
    "mukaan voi sekä vain nyt jonka hänen olla kuitenkin",
    "french": "de la le et les des en un du une que est pour qui dans par sur au il pas plus ne "
    "se ce avec sont a été aux mais ou elle cette ont leur nous lors selon",
    "german": "der die und in den von zu das mit sich des auf für ist im dem nicht ein eine als "
    "auch es an werden aus er hat dass sie nach wird bei einer um am sind noch wie einem über "
    "einen zum war haben nur oder aber vor zur bis",
    "greek": "και το του της να η ο σε με για την τα που στο από τον οι των δεν είναι στην θα "
    "ότι τους ένα μια στη",
    "italian": "di e il la che in a per un è del non una sono da le si con i al della dei ma gli "
    "anche nel come più alla ha lo delle degli questo nella stato ci",
    "norwegian": "og i er det på som en til med for av ikke har at de den et var kan fra men om "
    "vil skal ble også etter seg hun han ved eller nå ikkje ein eit dei ho",
    "polish": "i w na się z nie że do to jest o jak po ale za od przez są dla tak jego który "
    "które już tylko także był co oraz jednak może",
    "portuguese": "de a o que e do da em um para é com não uma os no se na por mais as dos como "
    "mas foi ao ele das tem à seu sua ou ser quando muito há nos já está também pelo pela",
    "russian": "и в не на что с по это как он к из за но от я о а у же для так было его был она "
    "они все до также уже или если при бы который которые более только после",
    "slovene": "in je na da se v za so ki z pa tudi bo ne kot od po pri še bi ali iz sem smo kar "
    "le tako",
    "spanish": "de la que el en y a los se del las un por con no una su para es al lo como más "
    "pero sus le ya o fue este ha porque esta son entre cuando muy sin sobre también",
    "swedish": "och i att det som en på är av för med till den har de inte om ett var men jag "
    "sig från så kan vid eller efter också ska",
    "turkish": "ve bir bu da de için ile olarak çok daha gibi ama olan sonra kadar en ne değil o "
    "her göre ancak şu olduğunu",
}
# Close relatives the function words cannot tell apart (lingua's names): lingua decides among
# them, and a relative summ has no model for (Ukrainian, Catalan ...) falls back with a note.
_RELATIVES = {
    "russian": ("UKRAINIAN", "BELARUSIAN", "BULGARIAN", "SERBIAN", "MACEDONIAN"),
    "spanish": ("CATALAN", "PORTUGUESE"),
    "portuguese": ("SPANISH",),
    "czech": ("SLOVAK",),
    "slovene": ("CROATIAN", "SERBIAN", "BOSNIAN"),
    "danish": ("BOKMAL", "NYNORSK", "SWEDISH"),
    "norwegian": ("DANISH", "SWEDISH"),
    "swedish": ("DANISH", "BOKMAL"),
    "dutch": ("AFRIKAANS",),
    "turkish": ("AZERBAIJANI",),
}
_LINGUA_NAMES = {"norwegian": ("BOKMAL", "NYNORSK"), "malayalam": ()}
# Detection reads at most this much: the opening, and a slice from the middle of a long text.
_HEAD, _MIDDLE = 2000, 1000
# Fewer function words than this are no evidence; fewer plain (ASCII) words than _MIN_WORDS
# are not worth asking lingua about: English rules, quietly (see _unknown).
_MIN_HITS = 2
_MIN_WORDS = 10
# The function words are evidence when the leader's make this share of the sample's words (a word
# several languages have counts for each in part), and decide alone when they outweigh the
# runner-up's this many times: an English article scores ~22 % and ~12×, a Hungarian one ~2 %.
_EVIDENCE_SHARE = 0.06
_LEAD = 3
_MALAYALAM = r"[\u0d00-\u0d7f]"  # searched only for a sample in no language summ knows
_HAN = r"[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]"
_KANA = r"[\u3040-\u30fa\u30fc-\u30ff]"  # not the middle dot, punctuation of both
_MIN_HAN = 20  # a headline's worth
_KANA_SHARE = 50  # at most one kana to 50 Han characters: Chinese
# WORD's words that start with a letter, in lower-case ASCII text (numbers never touch them).
_ASCII_LETTER_WORDS = re.compile(r"[a-z]++(?:['-][a-z]++)*+")
# The symbols besides ASCII that English news copy uses most, none of them part of a word ("’" is).
_SYMBOLS = "£€“”‘–—…"


def detect(text: str) -> str | None:
    """The language ``text`` is written in, lower-case ("german"), or None if it cannot tell.

    The name may be one summ has no sentence model for ("japanese"). The work is bounded: a few
    thousand characters are read, however long the text.
    """
    sample = _sample(text)
    words = _words(sample)
    ranked = _profile(words)
    top, hits = ranked[0] if ranked else (FALLBACK, 0.0)
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    if hits < max(_MIN_HITS, _EVIDENCE_SHARE * len(words)):
        return _unknown(sample, words)
    if hits >= _LEAD * runner_up and top not in _RELATIVES:
        return top
    close = [n for n, h in ranked if _LEAD * h >= hits]
    candidates = frozenset((*_lingua_names(close), *_RELATIVES.get(top, ())))
    return _ask(sample, candidates) if len(candidates) > 1 else top


def _words(sample: str) -> list[str]:
    """The sample's words (as WORD finds them), lower-cased, numbers left out."""
    lowered = sample.lower()
    # A symbol is no part of a word, nor is the space put for it: the words stay the same, and an
    # English sample with prices in pounds takes the ASCII path, over twice as fast.
    for symbol in _SYMBOLS:
        lowered = lowered.replace(symbol, " ")
    if lowered.isascii():
        return _ASCII_LETTER_WORDS.findall(lowered)
    return [w for w in WORD.findall(lowered) if not w[0].isdigit()]


def _unknown(sample: str, words: list[str]) -> str | None:
    """The language of a sample without the function words of any language summ knows."""
    if len(re.findall(_MALAYALAM, sample)) * 2 > len(sample):
        return "malayalam"  # it has a Punkt model, and lingua does not know it
    if _chinese(sample):
        return "chinese"
    # A few plain words ("Hello world.") tell lingua too little to be worth ~0.1 s, and every
    # Latin-script language splits them alike; other scripts are unmistakable even when short.
    if not words or (len(words) < _MIN_WORDS and all(w.isascii() for w in words)):
        return None
    return _ask(sample)


def _chinese(sample: str) -> bool:
    """Whether ``sample`` is Han characters with next to no kana: Chinese, not Japanese.

    lingua says Japanese for any kana at all, and Chinese copy has a few: the katakana middle
    dot between a foreign name's parts ("图帕克・卡塔里"), a character a re-encoding garbled.
    Japanese writes a fifth or more of its characters in kana.
    """
    han = len(re.findall(_HAN, sample))
    return han >= _MIN_HAN and len(re.findall(_KANA, sample)) * _KANA_SHARE < han


def _sample(text: str) -> str:
    if len(text) <= _HEAD + _MIDDLE:
        return text
    middle = len(text) // 2
    return f"{text[:_HEAD]}\n{text[middle : middle + _MIDDLE]}"


@cache
def _weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """For each function word, the languages that have it, each with 1 / how many have it."""
    lists = {name: set(words.split()) for name, words in FUNCTION_WORDS.items()}
    owners: dict[str, list[str]] = {}
    for name, words in lists.items():
        for word in words:
            owners.setdefault(word, []).append(name)
    return {w: tuple((name, 1 / len(names)) for name in names) for w, names in owners.items()}


def _profile(words: Iterable[str]) -> list[tuple[str, float]]:
    """Languages by the function words of theirs in ``words``, best first."""
    scores: defaultdict[str, float] = defaultdict(float)
    weights = _weights()
    # Added one word at a time, in the text's order: the same sums to the last bit, so the same
    # ties and thresholds, whatever the Python version (sum() rounds differently from 3.12).
    for word in filter(weights.__contains__, words):
        for name, weight in weights[word]:
            scores[name] += weight
    return sorted(scores.items(), key=lambda item: -item[1])[:3]


def _lingua_names(names: Iterable[str]) -> tuple[str, ...]:
    return tuple(n for name in names for n in _LINGUA_NAMES.get(name, (name.upper(),)))


def _ask(sample: str, candidates: frozenset[str] | None = None) -> str | None:
    """Lingua's answer among ``candidates`` (lingua's names), or among all its languages."""
    found = _detector(candidates).detect_language_of(sample)
    if found is None:
        return None
    return "norwegian" if found.name in {"BOKMAL", "NYNORSK"} else found.name.lower()


@cache
def _detector(candidates: frozenset[str] | None) -> LanguageDetector:
    # lingua loads a language's models on first use (~10 ms each): a few candidates cost
    # milliseconds, all 75 languages ~0.1 s, in its low-accuracy mode (the high one needs ~1 GB).
    from lingua import Language as Lingua  # noqa: PLC0415
    from lingua import LanguageDetectorBuilder  # noqa: PLC0415

    if candidates is None:
        return LanguageDetectorBuilder.from_all_languages().with_low_accuracy_mode().build()
    return LanguageDetectorBuilder.from_languages(*map(Lingua.from_str, candidates)).build()
