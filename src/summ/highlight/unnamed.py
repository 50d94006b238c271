"""Cues whose speaker the copy leaves unnamed: the words are a thing's, the writer's, a relative's.

``cues.cue_before`` asks ``nobody_speaks`` of the verb of saying next to a quote before it
looks for that verb's subject: a T-shirt saying "…", "I greeted him by saying", "She said her
dying mother whispered", "… and one man said" name nobody we can credit, so the quote gets no
speaker rather than the name the subject rules would find further back.
"""

from __future__ import annotations

import re

from summ.highlight.names import CAPITAL
from summ.highlight.nouns import RELATIVES
from summ.highlight.subjects import UNNAMED_SUBJECT


def nobody_speaks(sentence: str, verb: re.Match[str], last: re.Match[str]) -> bool:
    """Whether the verb next to the quote has a thing or an unnamed person for its subject."""
    if last[0] == "saying" and _THING_SAYING.search(sentence, 0, last.start()):
        return True  # "he was wearing a T-shirt saying, "…"": the shirt's words, not his
    if _WRITER.search(sentence, 0, last.start()):
        return True  # "When I met Mike Brown …, I greeted him by saying:": the writer's words
    if last.start() == verb.start():
        return False
    # "She said her dying mother had pulled her close and whispered, "…"": the relative's words,
    # whom the copy leaves unnamed (not "her mother, Ann Bell, whispered")
    if _RELATIVE_CLAUSE.match(sentence, verb.end(), last.start()) and not sentence[
        last.end() :
    ].strip(" \t,:"):
        return True
    # "Richard told USA Today that … and one man said:": nobody named
    return UNNAMED_SUBJECT.search(sentence, 0, last.start()) is not None


_WRITER = re.compile(r"\bI[ \t]+(?:[a-z]+[ \t]+){1,6}$")
_RELATIVE_CLAUSE = re.compile(
    rf"\s+(?:that\s+)?(?:his|her|their|my|our)\s+(?:[a-z-]+\s+){{0,2}}"
    rf"(?:{'|'.join(sorted(RELATIVES))})\b[^{CAPITAL}\"“”]*$"
)


# Things that bear words, right before "saying" ("a banner saying", "a T-shirt saying")
_THING_SAYING = re.compile(
    r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:sign|banner|placard|poster|t-shirt|shirt|headline|"
    r"caption|billboard|plaque|sticker|graffiti)\s*$",
    re.IGNORECASE,
)
