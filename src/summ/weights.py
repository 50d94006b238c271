"""Every tuned number of the default ``summ`` scorer and of select.py, in one frozen object.

``DEFAULT`` is what summ runs with. To try other weights, pass
``dataclasses.replace(DEFAULT, lead=3.0)`` to ``scoring.summ_scores``; select.py reads the
weights that came with the scores, so nothing else needs changing.

How they were fitted: ``python bench/fit.py`` (coordinate search on an approximation of
ROUGE-1 F1, 300 documents of each dev file of ../shared/eval — BBC, CNN/DM+XSum writers, XSum,
CNN/DM validation, CNN stories with paragraphs — each given both as it is and with its blank
lines removed). The objective is the worst margin over each file's best baseline plus a fifth of
their sum, so that no file is won by losing another, and weights whose openers dangle more often
than Lead-k's are refused. ``bench/fit.py --loo`` refits with each file left out and scores it;
bench/RESULTS.md has that table. ``bench/fit.py --write`` rewrites the defaults below.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
class Weights:
    """The scorer's and selector's weights; the field comments say what each one does."""

    # Five views of "central", each worth ~0.1-1 ROUGE-1 on some file and none on all of them.
    central: float = 0.5  # words shared with the article (stemmed, sumy's long stop list)
    surface: float = 0.4  # the same over surface words, only function words dropped
    forward: float = 0.2  # PacSum's directed centrality: likeness to what follows
    centroid: float = 0.2  # cosine with the rest of the article (Radev's centroid)
    salient: float = 0.4  # the same with in-article IDF weights: rare shared words count more
    length_exponent: float = 0.5  # centrality / terms**exponent: long sentences liked, tamed
    long: int = 35  # words; longer sentences cost ROUGE precision (a lone pick, most of all)
    long_penalty: float = 0.15  # taken off per `long` words beyond `long`
    short: int = 10  # words; shorter sentences count less (a share: words / short)
    # The lead prior: where a sentence stands, weighed by how small a share the budget is.
    lead: float = 2.0  # weight of the prior when the budget is a small share of the article
    lead_share: float = 0.3  # budget share k/n at which the prior is down to half
    lead_steepness: float = 16.0  # how sharply it falls around that share
    lead_decay: float = 1.0  # prior of position p: 1 / (1 + p) ** decay
    lead_sentences: float = 1.5  # sentences that count as one position (a news paragraph's)
    lead_paragraphs: float = 1.0  # share of the position taken from paragraph breaks (0-1)
    quote: float = 0.5  # a sentence opening with a quotation, in a short summary
    # select.py
    dangling: float = 0.75  # what a dangling opener's score loses while it waits
    pair_spare: int = 2  # picks that must stay free after an opener is taken with its antecedent


DEFAULT = Weights()
