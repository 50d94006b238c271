"""Word lists the figure and quote finders are built from, one table per language.

Only the tables change between languages; the patterns in ``figures.py`` are assembled from them,
so adding a language means adding rows here. Languages without a table fall back to English
(quote marks are language-neutral anyway).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, slots=True)
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
)

GERMAN = Table(
    months=(
        "Januar",
        "Jänner",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    number_words=(
        (
            r"ein(?:e[mnrs]?)?|zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig"
            r"|dreißig|vierzig|fünfzig|hundert|tausend"
        ),
    ),
    time_units=(
        r"Sekunden?",
        r"Minuten?",
        r"Stunden?",
        r"Tagen?",
        r"Tage",
        r"Wochen?",
        r"Monaten?",
        r"Monate",
        r"Jahren?",
        r"Jahre",
        r"Jahrzehnten?",
        r"Jahrhunderts?",
    ),
    money_words=(r"Euro", r"Dollar", r"Pfund", r"Franken", r"Cent", r"Rubel"),
    magnitudes=(r"Milliarden?", r"Millionen?", r"Mrd\.", r"Mio\.", r"Tausend"),
    percent=(r"Prozent", r"Prozentpunkte"),
    joiners=(r"bis", r"oder"),
    between=("zwischen", "und"),
    decimal_comma=True,
)

FRENCH = Table(
    months=(
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    number_words=(r"un|une|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|vingt|cent|mille",),
    time_units=(
        r"secondes?",
        r"minutes?",
        r"heures?",
        r"jours?",
        r"semaines?",
        r"mois",
        r"ans",
        r"années?",
        r"siècles?",
    ),
    money_words=(r"euros?", r"dollars?", r"livres?", r"francs?", r"centimes?"),
    magnitudes=(r"milliards?", r"millions?", r"mille"),
    percent=(r"pour ?cent", r"points de pourcentage"),
    joiners=(r"à", r"ou"),
    between=("entre", "et"),
    decimal_comma=True,
)

SPANISH = Table(
    months=(
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    number_words=(r"un|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|veinte|cien|mil",),
    time_units=(
        r"segundos?",
        r"minutos?",
        r"horas?",
        r"días?",
        r"semanas?",
        r"meses",
        r"mes",
        r"años?",
        r"décadas?",
        r"siglos?",
    ),
    money_words=(r"euros?", r"dólares?", r"libras?", r"pesos?"),
    magnitudes=(r"millones", r"millón", r"mil millones", r"mil"),
    percent=(r"por ?ciento", r"puntos porcentuales"),
    joiners=(r"a", r"o"),
    between=("entre", "y"),
    decimal_comma=True,
)

TABLES = {"english": ENGLISH, "german": GERMAN, "french": FRENCH, "spanish": SPANISH}

# Currency signs written before the number; "US$5" and "HK$3" keep their country letters.
CURRENCY_SIGNS = (
    r"(?:US|A|AU|C|CA|NZ|HK|S|R)?\$|£|€|¥|₹|₩|₽|₺|₪|₦|(?:USD|EUR|GBP|JPY|CHF|CNY|INR) ?"
)

# Units of measurement written after a number, with or without a space ("10km", "6 ft").
MEASURES = (
    r"km/h|kph|mph|km²|km|kilomet(?:re|er)s?|miles?|mi|metres?|meters?|m²|m|cm|mm|"
    r"centimet(?:re|er)s?|millimet(?:re|er)s?|ft|feet|foot|inch(?:es)?|yards?|kg|kilos?|"
    r"kilograms?|grams?|tonnes?|tons?|lbs?|ounces?|oz|litres?|liters?|gallons?|barrels?|bpd|"
    r"acres?|hectares?|square (?:miles|kilomet(?:re|er)s|metres|meters|feet)|sq (?:m|km|ft)|"
    r"degrees?(?: (?:Celsius|Fahrenheit|C|F))?|°[CF]?|[kMG]W|[kMG]Wh|GB|MB|TB|Mbps|GHz|MHz|knots"
)

# The spelled-out units a spelled-out number may carry ("three metres", "ten miles").
MEASURE_WORDS = (
    r"kilomet(?:re|er)s?|miles?|metres?|meters?|centimet(?:re|er)s?|feet|foot|inch(?:es)?|yards?|"
    r"kilos?|kilograms?|grams?|tonnes?|tons?|ounces?|litres?|liters?|gallons?|barrels?|acres?|"
    r"hectares?|degrees?|knots"
)

# Time zones after a clock time ("08:00 GMT"); "local time" is left out of the span, as in the
# gold set.
TIME_ZONES = r"GMT|BST|UTC|CET|CEST|EST|EDT|CST|CDT|PST|PDT|MST|MDT|ET|PT|IST|JST|AEST|AEDT|MSK"
