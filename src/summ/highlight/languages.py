"""The figure tables of German, French, Spanish, Italian, Portuguese and Russian.

Each item is a regex fragment, matched case-insensitively where it is a word. Months carry their
abbreviations and, for Russian, the genitive ("12 марта") and prepositional ("в марте 2025") forms
dates use. The spelled-out numbers leave out the indefinite articles ("ein", "un", "uma"), as
English leaves out "a": "einem Jahr" is no more a figure than "a year".
"""

from __future__ import annotations

from summ.highlight.tables import ENGLISH, Table

_SPACES = " \u00a0\u202f"  # "85 000", with a plain, a no-break or a narrow no-break space
_SIGNS_AFTER = (r"€", r"\$", r"£", r"₽", r"CHF", r"EUR", r"USD")

GERMAN = Table(
    months=(
        r"Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November",
        r"Dezember|Jan\.|Feb\.|Febr\.|Mär\.|Apr\.|Jun\.|Jul\.|Aug\.|Sept?\.|Okt\.|Nov\.|Dez\.",
    ),
    number_words=(
        (
            r"zwei|drei|vier|fünf|sechs|sieben|acht|neun|zehn|elf|zwölf|zwanzig|dreißig|vierzig"
            r"|fünfzig|hundert|tausend"
        ),
    ),
    time_units=(
        r"Sekunden?|Minuten?|Stunden?|Tagen?|Tage|Wochen?|Monaten?|Monate|Jahren?|Jahre",
        r"Jahrzehnten?|Jahrhunderts?|Std\.|Min\.",
    ),
    money_words=(r"Euro|Dollar|US-Dollar|Pfund|Franken|Cent|Rubel|Yuan|Yen",),
    magnitudes=(r"Billionen|Billion|Milliarden?|Millionen?|Mrd\.|Mio\.|Tsd\.|Tausend",),
    percent=(r"Prozentpunkten?|Prozent",),
    joiners=(r"bis", r"oder"),
    between=("zwischen", "und"),
    conjunction="und",
    change_words=("von",),
    decimal_comma=True,
    thousands="." + _SPACES[1:],
    money_after=_SIGNS_AFTER,
    measures=(
        r"Kilometern?|Metern?|Zentimetern?|Millimetern?|Quadratmetern?|Kilogramm|Gramm|Tonnen?",
        r"Litern?|Hektar|Grad(?: Celsius)?|Megawatt(?:stunden)?|Kilowatt(?:stunden)?|Gigawatt",
    ),
    day_suffix=r"\.?",
    day_link="",
    month_first=False,
    clock=(
        (
            r"(?:[01]?\d|2[0-4])(?:[.:][0-5]\d)?(?:\s?(?:bis|-|–)\s?(?:[01]?\d|2[0-4])"
            r"(?:[.:][0-5]\d)?)?\s?Uhr\b"
        ),
        r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![.,]?\d)",
    ),
    code_words=("nr", "seite", "kapitel", "artikel", "paragraf", "absatz", "linie", "gleis"),
    free_caps=tuple(
        "jahr jahre jahren ende anfang mitte beginn frühjahr frühling sommer herbst winter "  # noqa: SIM905 - one string reads better than a list of words
        "stand saison quartal halbjahr geschäftsjahr haushaltsjahr".split()
    ),
    foreign=True,
)

FRENCH = Table(
    months=(
        r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre",
        r"janv\.|févr\.|avr\.|juil\.|sept\.|oct\.|nov\.|déc\.",
    ),
    number_words=(
        (
            r"deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze|quinze|vingt|trente"
            r"|quarante|cinquante|soixante|cent|mille"
        ),
    ),
    time_units=(r"secondes?|minutes?|heures?|jours?|semaines?|mois|ans|années?|siècles?",),
    money_words=(r"euros?|dollars?|livres?(?: sterling)?|francs?(?: suisses)?|centimes?|roubles?",),
    magnitudes=(r"milliards?|millions?|mille",),
    percent=(r"pour ?cent|points? de pourcentage",),
    joiners=(r"à", r"ou"),
    between=("entre", "et"),
    conjunction="et",
    change_words=("de",),
    decimal_comma=True,
    thousands=_SPACES + ".",
    money_after=(r"M€|Md€|Mds€|k€", *_SIGNS_AFTER),
    money_link=r"d['’]|de",
    measures=(
        r"kilomètres?|mètres?(?: carrés| cubes)?|centimètres?|millimètres?|kilogrammes?",
        r"grammes?|tonnes?|litres?|hectares?|degrés?|mégawatts?|kilowatts?",
    ),
    day_suffix=r"(?:er)?",
    day_link="",
    month_first=False,
    clock=(r"(?:[01]?\d|2[0-4])\s?h(?:\s?[0-5]\d)?(?!\w)",),
    code_words=("n°", "no", "numéro", "page", "article", "chapitre", "ligne", "quai", "porte"),
    free_caps=("fin", "début", "mi"),
    foreign=True,
)

SPANISH = Table(
    months=(
        r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre",
        r"noviembre|diciembre|ene\.|feb\.|abr\.|jun\.|jul\.|ago\.|sept?\.|oct\.|nov\.|dic\.",
    ),
    number_words=(
        (
            r"dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|quince|veinte|treinta"
            r"|cuarenta|cincuenta|cien|mil"
        ),
    ),
    time_units=(r"segundos?|minutos?|horas?|días?|semanas?|meses|mes|años?|décadas?|siglos?",),
    money_words=(r"euros?|dólares?|libras?(?: esterlinas)?|pesos?|francos?|rublos?",),
    magnitudes=(r"billones|billón|mil millones|millones|millón|mil",),
    percent=(r"por ?ciento|puntos? porcentuales?",),
    joiners=(r"a", r"o"),
    between=("entre", "y"),
    conjunction="y",
    change_words=("de",),
    decimal_comma=True,
    thousands="." + _SPACES,
    money_after=_SIGNS_AFTER,
    money_link="de",
    measures=(
        r"kilómetros?|metros?(?: cuadrados| cúbicos)?|centímetros?|milímetros?|kilogramos?",
        r"kilos?|gramos?|toneladas?|litros?|hectáreas?|hectómetros? cúbicos?|grados?|megavatios?",
    ),
    day_suffix=r"(?:º|°)?",
    day_link=r"de\s",
    year_link=r"(?:de\s)?",
    month_first=False,
    clock=(r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![.,]?\d)",),
    code_words=("nº", "número", "página", "artículo", "capítulo", "línea", "andén", "puerta"),
    free_caps=("finales", "principios", "mediados"),
    foreign=True,
)

ITALIAN = Table(
    months=(
        r"gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre",
        r"novembre|dicembre|genn?\.|febb?\.|apr\.|giu\.|lug\.|ago\.|sett?\.|ott\.|nov\.|dic\.",
    ),
    number_words=(
        (
            r"due|tre|quattro|cinque|sei|sette|otto|nove|dieci|undici|dodici|quindici|venti|trenta"
            r"|quaranta|cinquanta|cento|mille"
        ),
    ),
    time_units=(
        r"secondi|secondo|minuti|minuto|ore|ora|giorni|giorno|settimane?|mesi|mese",
        r"anni|anno|decenni|decennio|secoli|secolo",
    ),
    money_words=(r"euro|dollari|dollaro|sterline|sterlina|franchi|franco|rubli|rublo",),
    magnitudes=(r"miliardi|miliardo|milioni|milione|mila|mld|mln",),
    percent=(r"per ?cento|punti percentuali|punto percentuale",),
    joiners=(r"a", r"o"),
    between=("tra", "e"),
    conjunction="e",
    change_words=("da",),
    decimal_comma=True,
    thousands="." + _SPACES[1:],
    money_after=_SIGNS_AFTER,
    money_link=r"di",
    measures=(
        r"chilometri|chilometro|metri(?: quadrati| cubi)?|metro|centimetri|millimetri",
        r"chilogrammi|chili|grammi|tonnellate|tonnellata|litri|ettari|gradi|megawatt",
    ),
    day_suffix=r"(?:º|°)?",
    day_link="",
    month_first=False,
    clock=(r"(?:[01]?\d|2[0-3])[.:][0-5]\d(?![.,]?\d)",),
    code_words=("n", "numero", "pagina", "articolo", "capitolo", "linea", "binario", "gate"),
    free_caps=("fine", "inizio", "metà"),
    foreign=True,
)

PORTUGUESE = Table(
    months=(
        r"janeiro|fevereiro|março|abril|maio|junho|julho|agosto|setembro|outubro|novembro",
        r"dezembro|jan\.|fev\.|mar\.|abr\.|jun\.|jul\.|ago\.|set\.|out\.|nov\.|dez\.",
    ),
    number_words=(
        (
            r"dois|duas|três|quatro|cinco|seis|sete|oito|nove|dez|onze|doze|quinze|vinte|trinta"
            r"|quarenta|cinquenta|cem|mil"
        ),
    ),
    time_units=(r"segundos?|minutos?|horas?|dias?|semanas?|meses|mês|anos?|décadas?|séculos?",),
    money_words=(r"euros?|dólares?|libras?|reais|real|francos?|rublos?",),
    magnitudes=(r"mil milhões|milhões|milhão|bilhões|bilhão|mil",),
    percent=(r"por ?cento|pontos? percentuais?",),
    joiners=(r"a", r"ou"),
    between=("entre", "e"),
    conjunction="e",
    change_words=("de",),
    decimal_comma=True,
    thousands="." + _SPACES,
    money_after=(*_SIGNS_AFTER, r"R\$"),
    money_link="de",
    measures=(
        r"quilómetros?|quilômetros?|metros?(?: quadrados| cúbicos)?|centímetros?|milímetros?",
        r"quilos?|quilogramas?|gramas?|toneladas?|litros?|hectares?|graus?|megawatts?",
    ),
    day_suffix=r"(?:º|°|\.º)?",
    day_link=r"de\s",
    year_link=r"(?:de\s)?",
    month_first=False,
    clock=(r"(?:[01]?\d|2[0-4])h(?:[0-5]\d)?(?!\w)",),
    code_words=("nº", "número", "página", "artigo", "capítulo", "linha", "cais", "porta"),
    free_caps=("final", "início", "meados"),
    foreign=True,
)

RUSSIAN = Table(
    months=(
        r"январ[ьяе]|феврал[ьяе]|март[ае]?|апрел[ьяе]|ма[йяе]|июн[ьяе]|июл[ьяе]|август[ае]?",
        r"сентябр[ьяе]|октябр[ьяе]|ноябр[ьяе]|декабр[ьяе]",
        r"янв\.|февр?\.|апр\.|авг\.|сент?\.|окт\.|нояб?\.|дек\.",
    ),
    number_words=(
        (
            r"два|две|три|четыре|пять|шесть|семь|восемь|девять|десять|одиннадцать|двенадцать"
            r"|пятнадцать|двадцать|тридцать|сорок|пятьдесят|сто|тысяча"
        ),
    ),
    time_units=(
        r"секунд[аы]?|минут[аы]?|час(?:а|ов)?|дн(?:я|ей)|день|сут(?:ок|ки)|недел[ьяи]",
        r"месяц(?:а|ев)?|год(?:а|у)?|лет|десятилети[йяе]|век(?:а|ов)?",
    ),
    money_words=(
        r"рубл(?:ей|я|ь)|руб\.|р\.|доллар(?:ов|а)?|долл\.|евро|юан(?:ей|я|ь)|фунт(?:ов|а)?",
    ),
    magnitudes=(
        r"трлн|млрд|млн|тыс\.|триллион(?:ов|а)?|миллиард(?:ов|а)?|миллион(?:ов|а)?|тысяч[аи]?",
    ),
    percent=(r"процент(?:ов|а)?|процентн(?:ых|ого|ый) пункт(?:ов|а)?|п\.\s?п\.",),
    joiners=(r"до", r"или"),
    between=("от", "до"),
    conjunction="и",
    change_words=("с",),
    decimal_comma=True,
    thousands=_SPACES,
    money_after=_SIGNS_AFTER,
    measures=(
        r"км²|км|кг|га|МВт|кВт|ГВт|километр(?:ов|а)?|метр(?:ов|а)?|тонн[аы]?|литр(?:ов|а)?",
        r"гектар(?:ов|а)?|градус(?:ов|а)?",
    ),
    day_suffix="",
    day_link="",
    year_word=r"(?:\sгод(?:а|у)?\b|\sг\.)?",
    month_first=False,
    clock=(r"(?:[01]?\d|2[0-3])\.[0-5]\d(?![.,]?\d)",),
    code_words=("№", "номер", "страница", "статья", "глава", "линия", "платформа", "путь"),
    foreign=True,
)

TABLES = {
    "english": ENGLISH,
    "german": GERMAN,
    "french": FRENCH,
    "spanish": SPANISH,
    "italian": ITALIAN,
    "portuguese": PORTUGUESE,
    "russian": RUSSIAN,
}


def table_for(language: str) -> Table:
    """The table of a language name ("german"); English for the languages without one."""
    return TABLES.get(language, ENGLISH)
