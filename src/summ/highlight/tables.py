"""Word lists the figure finder is built from: the ``Table`` shape, English, and shared units.

Only the tables change between languages; the patterns in ``patterns.py`` are assembled from them,
so adding a language means adding a table (the others are in ``languages.py``, the verbs of
saying in ``speech.py``). Languages without a table fall back to English.
"""

from __future__ import annotations

from dataclasses import dataclass


# eq=False: a table is its own identity, so the caches keyed by it hash it at no cost (hashing
# thirty fields of word lists cost a quarter of the figure finder's time per article).
@dataclass(frozen=True, slots=True, eq=False)
class Table:
    """The words of one language that figures are made of (each item is a regex fragment)."""

    months: tuple[str, ...]
    """Month names and their abbreviations, capitalised as in running text."""
    number_words: tuple[str, ...]
    """Spelled-out numbers that count as figures when a unit follows ("five hours")."""
    time_units: tuple[str, ...]
    money_words: tuple[str, ...]
    """Currency names written after the number ("6.8bn rand", "50 euros")."""
    magnitudes: tuple[str, ...]
    percent: tuple[str, ...]
    joiners: tuple[str, ...]
    """Words that join the two ends of a range whose unit comes last ("5 to 10 million")."""
    between: tuple[str, str]
    """The word opening a range and the one joining its ends ("between 3% and 4%")."""
    decimal_comma: bool = False
    """Whether "3,5" is three and a half (and "1.000" a thousand)."""
    thousands: str = ","
    """The characters that may group thousands (a regex character-class body)."""
    money_after: tuple[str, ...] = ()
    """Currency signs written after the number ("45 €", "12 ₽")."""
    money_link: str = ""
    """The word between a magnitude and its currency ("480 millions d'euros")."""
    measures: tuple[str, ...] = ()
    """Units of measurement in this language, beside the international ones ("Kilometer")."""
    day_suffix: str = r"(?:st|nd|rd|th)?"
    day_link: str = r"(?:of\s)?"
    """What may stand between a day and its month ("5 de mayo")."""
    year_link: str = ""
    """What may stand between a month and its year ("mayo de 2024")."""
    year_word: str = ""
    """A word for "year" that follows the year in a date ("12 марта 2025 года")."""
    month_first: bool = True
    """Whether a date may put the month before the day ("June 14")."""
    clock: tuple[str, ...] = ()
    """Clock times beside the international "14:30" ("14.30 Uhr", "18 h 30")."""
    code_words: tuple[str, ...] = ()
    """Lower-case words after which a bare number names something ("Seite 12")."""
    free_caps: tuple[str, ...] = ()
    """Capitalised words that may stand before a counted number ("im Jahr 2030")."""
    foreign: bool = False
    """Months in any case, abbreviations ending in a dot, "l'80%", and sentence-initial capitals
    that are not names: what every language but English needs."""
    month_ranges: bool = False
    """Whether two months may share one year ("JULY-AUG 2014", "February-March 2015")."""
    cased_units: bool = False
    """Whether currency words are written lower case, so that a capitalised one after a number
    makes a name of it ("50 Cent")."""
    word_units: tuple[str, ...] = ()
    """Words only a spelled-out number is a figure with ("six or seven million", "six points":
    "20 points" in a match counts points, the number alone is the figure)."""
    multipliers: tuple[str, ...] = ()
    """Words that make a number a multiplier ("2.5 times"), kind other."""
    hyphen_word: str = ""
    """The word a hyphen joins to a number as its unit ("a 7-game streak", "45-run"), as a regex;
    the approximators it must not take ("40-odd") are left out in it. Empty: none."""
    units_before: tuple[str, ...] = ()
    """Lower-case words written before the number they measure ("size 24")."""
    conjunction: str = "and"
    """The word joining compound durations ("four hours and 21 minutes") and decades ("1970s and
    80s")."""
    change_words: tuple[str, ...] = ()
    """Words before "X to Y" that make it a change of value, two figures ("from 30% to 29%"),
    rather than a range; a range of years stays one ("from 1998 to 2004")."""
    spread_words: tuple[str, ...] = ()
    """Words right before a change word that make "X to Y" a spread of values after all, one
    range ("ages range from 26 to 70", "anywhere from 10 to 15"), not a change."""
    odds: str = ""
    """Odds written with a slash ("50/50", "7/2 favourite"), as a regex; other slashed pairs
    ("24/7", "9/11") are no figures."""
    fraction: str = ""
    """What may follow a spelled-out number to add a half ("three-and-a-half miles")."""
    money_suffix: str = ""
    """A currency letter written against the number ("50p"), as a regex."""
    not_figures: tuple[str, ...] = ()
    """Phrases whose spelled-out number is no figure ("at one point", "one-day international")."""


_EN_NUMBERS = (
    r"one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen"
    r"|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
    r"|a hundred|a thousand|a million|a billion"
)

ENGLISH = Table(
    months=(
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
        r"Jan\.?",
        r"Feb\.?",
        r"Mar\.?",
        r"Apr\.?",
        r"Jun\.?",
        r"Jul\.?",
        r"Aug\.?",
        r"Sept?\.?",
        r"Oct\.?",
        r"Nov\.?",
        r"Dec\.?",
    ),
    number_words=(_EN_NUMBERS,),
    time_units=(
        r"seconds?",
        r"minutes?",
        r"mins?",
        r"hours?",
        r"hrs?",
        r"days?",
        r"weeks?",
        r"months?",
        r"years?",
        r"decades?",
        r"centur(?:y|ies)",
        r"nights?",
    ),
    money_words=(
        r"euros?",
        r"dollars?",
        r"pounds?(?: sterling)?",
        r"rand",
        r"yen",
        r"yuan",
        r"renminbi",
        r"pence",
        r"cents?",
        r"roubles?",
        r"rubles?",
        r"rupees?",
        r"francs?",
        r"kronor",
        r"kroner?",
        r"krona",
        r"pesos?",
        r"reais",
        r"lira",
        r"dinars?",
        r"dirhams?",
        r"riyals?",
        r"shekels?",
        r"zloty",
        r"forint",
        r"baht",
        r"ringgit",
        r"naira",
        r"shillings?",
    ),
    magnitudes=(r"billion", r"million", r"trillion", r"thousand", r"bn", r"mn", r"tn", r"m", r"k"),
    percent=(r"per ?cent", r"percent", r"percentage points?", r"pc", r"pct"),
    joiners=(r"to", r"or"),
    between=("between", "and"),
    money_suffix=r"p\b",
    code_words=tuple(
        "no nos number page pages section article chapter paragraph clause route flight "  # noqa: SIM905 - one string reads better than a list of words
        "platform room line channel version model grade tier phase stage category class type "
        "series episode question item rule step figure table exit junction gate terminal bus "
        "highway level".split()
    ),
    free_caps=tuple(
        "in on at by for from since until till to of about around nearly almost over under "  # noqa: SIM905 - one string reads better than a list of words
        "some only just all another after before during between and but or the a an with "
        "without than last next each every roughly approximately estimated up down more less "
        "fewer those these their its his her our your my if as when while so yet still then "
        "total overall fell rose barely least most top aged age won lost beat led population "
        "nearly scored".split()
    ),
    # "7st" is seven stone, "21st" an ordinal.
    measures=(r"metric (?:tons|tonnes)", r"stone\b", r"(?<![^1]1)st\b"),
    month_ranges=True,
    cased_units=True,
    word_units=(r"million", r"billion", r"trillion", r"points?"),
    # "times" multiplies before a comparison ("2.5 times faster"); "denied parole 11 times" counts.
    multipliers=(
        (
            r"times(?=\s(?:the|more|less|higher|lower|greater|larger|bigger|smaller|faster|slower"
            r"|longer|over|what|its|their)\b|\sas\s(?!(?:a|an|the|his|her|their)\b)[a-z])"
        ),
    ),
    hyphen_word=r"(?!(?:odd|plus|ish|something|somethings|and|off)\b)[a-z]{3,}",
    units_before=("size",),
    odds=r"50/50|\d{1,3}/\d{1,3}(?=\s(?:chance|favourite|favorite|shot|outsider|odds|on)\b)",
    fraction=r"-and-a-half|\sand\sa\shalf",
    change_words=tuple(
        "from fell rose dropped climbed jumped slipped slid gained lost grew increased "  # noqa: SIM905 - one string reads better than a list of words
        "decreased declined cut raised lowered rising falling up down".split()
    ),
    spread_words=(
        *("range", "ranges", "ranged", "ranging", "vary", "varies", "varied", "varying"),
        *("anywhere", "aged"),
    ),
    not_figures=(
        r"(?:at|on) one point",
        (
            r"one-day (?:internationals?|series|cup|captain|side|squad|team|games?|match(?:es)?"
            r"|format|cricket|players?|specialists?|finals?)"
        ),
    ),
)

# Currency signs written before the number; "US$5" and "HK$3" keep their country letters.
CURRENCY_SIGNS = (
    r"(?:US|A|AU|C|CA|NZ|HK|S|R)?\$|£|€|¥|₹|₩|₽|₺|₪|₦"
    r"|(?:USD|EUR|GBP|JPY|CHF|CNY|RMB|INR|AUD|CAD|HKD|SGD|NZD|ZAR|SEK|NOK|DKK|RUB|BRL|MXN|KRW) ?"
)

# Units of measurement written after a number, with or without a space ("10km", "6 ft").
MEASURES = (
    r"km/h|kph|mph|km²|km|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m²|m|cm|mm|"
    r"centimet(?:re|er)s?|millimet(?:re|er)s?|ft|feet|foot|inch(?:es)?|yards?|kg|kilos?|"
    r"kilograms?|grams?|tonnes?|tons?|lbs?|ounces?|oz|litres?|liters?|gallons?|barrels?|bpd|"
    r"acres?|hectares?|square (?:miles|kilomet(?:re|er)s|metres|meters|feet|yards|inches)|"
    r"sq (?:m|km|ft)|cubic (?:metres|meters|feet|yards)|"
    r"degrees?(?: (?:Celsius|Fahrenheit|C|F))?|°[CF]?|[kMG]W|[kMG]Wh|GB|MB|TB|Mbps|GHz|MHz|knots"
)

# The spelled-out units a spelled-out number may carry ("three metres", "ten miles").
MEASURE_WORDS = (
    r"kilomet(?:re|er)s?|miles?|metres?|meters?|centimet(?:re|er)s?|feet|foot|inch(?:es)?|yards?|"
    r"kilos?|kilograms?|grams?|tonnes?|tons?|ounces?|litres?|liters?|gallons?|barrels?|acres?|"
    r"hectares?|degrees?|knots"
)

# The characters that case-insensitive matching takes for a letter of a spelled-out number
# ("ſeven") but str.lower() does not turn into it. tests/test_figures_speed.py derives this
# from every table, so a new table's letters cannot be forgotten.
FOLDED = "\u0130\u0131\u017f\u1c80\u1c81\u1c82\u1c83\u1c84\u1c85"

# Time zones after a clock time ("08:00 GMT"); "local time" is left out of the span, as in the
# gold set.
TIME_ZONES = r"GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|IST|JST|AEST|AEDT|MSK"
