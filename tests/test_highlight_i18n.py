"""Figures and quotes in German, French, Spanish, Italian, Portuguese and Russian.

Sentences written for these tests, then the six sample articles (``samples/xx-*.txt``), whose
planted figures and quotes must all be found, and nothing else. The language is given, as
``Document.language`` gives it; detection is tested elsewhere.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from summ.highlight import find_figures, find_quotes

SAMPLES = Path(__file__).resolve().parents[1] / "samples"


def figures(text: str, language: str) -> list[tuple[str, str]]:
    found = find_figures(text, language)
    assert all(text[f.start : f.end] == f.text for f in found)
    return [(f.text, f.kind) for f in found]


def quotes(text: str, language: str) -> list[tuple[str, str | None]]:
    found = find_quotes(text, language)
    assert all(text[q.start : q.end] == q.text for q in found)
    return [(q.text, q.speaker) for q in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "german",
            "Am 3.10.2025 stiegen die Preise um 2,5 Prozentpunkte; im Jahr 2024 waren es 12 %.",
            [
                ("3.10.2025", "date"),
                ("2,5 Prozentpunkte", "percent"),
                ("2024", "year"),
                ("12 %", "percent"),
            ],
        ),
        (
            "german",
            "Der Umsatz: 1\u202f234,5 Mio. Euro, 3,50 € je Aktie und rund 5.000 Mitarbeiter.",
            [("1\u202f234,5 Mio. Euro", "money"), ("3,50 €", "money"), ("5.000", "quantity")],
        ),
        (
            "german",
            "Die Sitzung dauert zwei Stunden, beginnt um 9 Uhr und endet am 28. Okt. um 14.30 Uhr.",
            [
                ("zwei Stunden", "duration"),
                ("9 Uhr", "time"),
                ("28. Okt.", "date"),
                ("14.30 Uhr", "time"),
            ],
        ),
        (
            "german",
            "Er sprach zwischen 10 und 20 Minuten, bei 35 Grad, auf 12 km, werktags 8 bis 17 Uhr.",
            [
                ("10 und 20 Minuten", "duration"),
                ("35 Grad", "quantity"),
                ("12 km", "quantity"),
                ("8 bis 17 Uhr", "time"),
            ],
        ),
        (
            "german",
            (
                "Die Daten von Windows 10 und Radio 4 zählen nicht, Seite 12 auch "
                "nicht, Ende 2026 schon."
            ),
            [("2026", "year")],
        ),
        (
            "french",
            "Le 1er mars 2024, la dette atteignait 3 000 milliards d'euros, soit 110,6 % du PIB.",
            [
                ("1er mars 2024", "date"),
                ("3 000 milliards d'euros", "money"),
                ("110,6 %", "percent"),
            ],
        ),
        (
            "french",
            "Entre 20 et 30 % des salariés, soit 1,5 million de personnes, ont voté le 15/03/2025.",
            [("20 et 30 %", "percent"), ("1,5 million", "quantity"), ("15/03/2025", "date")],
        ),
        (
            "french",
            "Les travaux dureront trois mois, de 8 h à 18 h 30, et coûteront 12,5 M€ et 68\u00a0€.",
            [
                ("trois mois", "duration"),
                ("8 h", "time"),
                ("18 h 30", "time"),
                ("12,5 M€", "money"),
                ("68\u00a0€", "money"),
            ],
        ),
        (
            "french",
            "Il a vendu 2,3 millions de tonnes, dont l'80 % à l'export, sur la ligne 4.",
            [("2,3 millions", "quantity"), ("80 %", "percent")],
        ),
        (
            "spanish",
            "El 1º de enero de 2025 el paro bajó al 11,2 %, unos 2,7 millones de personas.",
            [("1º de enero de 2025", "date"), ("11,2 %", "percent"), ("2,7 millones", "quantity")],
        ),
        (
            "spanish",
            "La obra costará entre 3 y 4 millones de euros, durará dos años y abrirá a las 21.00.",
            [("3 y 4 millones de euros", "money"), ("dos años", "duration"), ("21.00", "time")],
        ),
        (
            "spanish",
            "El precio sube 0,5 puntos porcentuales, hasta 18.000 euros, desde marzo de 2023.",
            [
                ("0,5 puntos porcentuales", "percent"),
                ("18.000 euros", "money"),
                ("marzo de 2023", "date"),
            ],
        ),
        (
            "italian",
            "Il 12 maggio 2023 l'inflazione era all'8,1%, con un calo del 2 per cento.",
            [("12 maggio 2023", "date"), ("8,1%", "percent"), ("2 per cento", "percent")],
        ),
        (
            "italian",
            (
                "Lo stadio da 60.000 posti costerà 1,2 mld di euro e sarà pronto in "
                "tre anni, alle 17.30."
            ),
            [
                ("60.000", "quantity"),
                ("1,2 mld di euro", "money"),
                ("tre anni", "duration"),
                ("17.30", "time"),
            ],
        ),
        (
            "portuguese",
            "Em 2023, o PIB cresceu 2,3%, para 265,5 mil milhões de euros, e ficou nos 6,5%.",
            [
                ("2023", "year"),
                ("2,3%", "percent"),
                ("265,5 mil milhões de euros", "money"),
                ("6,5%", "percent"),
            ],
        ),
        (
            "portuguese",
            "A reunião é a 3 de março, às 15h, dura três horas e o bilhete custa R$ 25,90.",
            [
                ("3 de março", "date"),
                ("15h", "time"),
                ("três horas", "duration"),
                ("R$ 25,90", "money"),
            ],
        ),
        (
            "russian",
            "К 1 января 2026 г. инфляция составила 7,4%, а ключевая ставка — 16 процентов.",
            [("1 января 2026 г.", "date"), ("7,4%", "percent"), ("16 процентов", "percent")],
        ),
        (
            "russian",
            "Бюджет — 2,5 трлн руб., или около 27 млрд долларов; работы займут пять лет.",
            [("2,5 трлн руб.", "money"), ("27 млрд долларов", "money"), ("пять лет", "duration")],
        ),
        (
            "russian",
            (
                "Концерт начнётся в 19.00, билеты стоят от 1\u00a0500 до 3\u00a0000 "
                "рублей, в зале 120 тыс. мест."
            ),
            [
                ("19.00", "time"),
                ("1\u00a0500 до 3\u00a0000 рублей", "money"),
                ("120 тыс.", "quantity"),
            ],
        ),
        (
            "russian",
            "В марте 2024 года на станции «Азино-2» работали 3,8 км тоннеля.",
            [("марте 2024 года", "date"), ("3,8 км", "quantity")],
        ),
    ],
)
def test_figures(language: str, text: str, expected: list[tuple[str, str]]) -> None:
    assert figures(text, language) == expected


def test_english_keeps_its_decimal_point() -> None:
    text = "Some 1,200 people paid 3.5 million euros on 3 March 2024."
    expected = [("1,200", "quantity"), ("3.5 million euros", "money"), ("3 March 2024", "date")]
    assert figures(text, "english") == expected
    assert figures(text, "german")[0] == ("1,200", "quantity")  # read as one point two


def test_a_spelled_out_start_of_a_range_in_a_table_without_units_before_numbers() -> None:
    # German and French write no unit before a number ("$5"): the range's lead is still read.
    assert figures("Es kamen zwei bis 5 Läufer ins Ziel.", "german") == [("zwei bis 5", "quantity")]
    assert figures("Il y avait deux à 5 coureurs.", "french") == [("deux à 5", "quantity")]


def test_an_unknown_language_reads_as_english() -> None:
    text = "It cost $5.5bn, 3 per cent more."
    assert figures(text, "dutch") == figures(text, "english")


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "german",
            (
                "„Wir sind sehr zufrieden mit dem Ergebnis“, sagte die Ministerin Anna Schmidt. "
                "Später fügte sie hinzu: „Das ist erst der Anfang der Arbeit.“"
            ),
            [
                ("Wir sind sehr zufrieden mit dem Ergebnis", "Anna Schmidt"),
                ("Das ist erst der Anfang der Arbeit.", "Anna Schmidt"),
            ],
        ),
        (
            "german",
            "Bundeskanzler Olaf Scholz sagte: „Wir werden das gemeinsam schaffen, ganz sicher.“",
            [("Wir werden das gemeinsam schaffen, ganz sicher.", "Olaf Scholz")],
        ),
        (
            "german",
            (
                "Die Ministerin für Wirtschaft, Klara Berg, stellte den Plan vor. „Das "
                "Geld ist gut "
                "angelegt, glauben Sie mir“, sagte die Ministerin."
            ),
            [("Das Geld ist gut angelegt, glauben Sie mir", "Klara Berg")],
        ),
        (
            "german",
            "„Das ist ein schwarzer Tag für die Stadt“, sagte ein Sprecher der Feuerwehr.",
            [("Das ist ein schwarzer Tag für die Stadt", None)],
        ),
        (
            "german",
            "Hans Müller führt den Verein. »Wir haben keine Zeit mehr zu verlieren«, so Müller.",
            [("Wir haben keine Zeit mehr zu verlieren", "Hans Müller")],
        ),
        (
            "french",
            "« Nous ne céderons pas sur l'essentiel », a-t-elle déclaré devant la presse.",
            [("Nous ne céderons pas sur l'essentiel", None)],
        ),
        (
            "french",
            (
                "La ministre du Travail, Sophie Martin, a présenté la réforme mardi. « C'est une "
                "réforme juste et nécessaire », a déclaré la ministre."
            ),
            [("C'est une réforme juste et nécessaire", "Sophie Martin")],
        ),
        (
            "french",
            (
                "«\u00a0Il faut agir maintenant sans attendre\u00a0», a déclaré un "
                "responsable syndical."
            ),
            [("Il faut agir maintenant sans attendre", None)],
        ),
        (
            "french",
            "Selon Paul Durand : « Les chiffres parlent d'eux-mêmes cette année. »",
            [("Les chiffres parlent d'eux-mêmes cette année.", "Paul Durand")],
        ),
        (
            "french",
            (
                '"Ce n\'est pas une surprise pour nous", explique Marie Leroy, '
                "directrice de l'institut."
            ),
            [("Ce n'est pas une surprise pour nous", "Marie Leroy")],
        ),
        (
            "spanish",
            (
                "El presidente del Gobierno, Pedro Sánchez, visitó Valencia. «No vamos a dejar a "
                "nadie atrás», dijo el presidente. «Vamos a seguir adelante», añadió."
            ),
            [
                ("No vamos a dejar a nadie atrás", "Pedro Sánchez"),
                ("Vamos a seguir adelante", "Pedro Sánchez"),
            ],
        ),
        (
            "spanish",
            "La alcaldesa Ana López declaró: «Hemos hecho todo lo posible por los vecinos».",
            [("Hemos hecho todo lo posible por los vecinos", "Ana López")],
        ),
        (
            "spanish",
            "—Esto no es una solución para el campo —dijo el agricultor Juan Pérez— y lo sabe.",
            [("Esto no es una solución para el campo", "Juan Pérez")],
        ),
        (
            "spanish",
            "«Esto es solo el principio de todo», dijo un portavoz de la empresa.",
            [("Esto es solo el principio de todo", None)],
        ),
        (
            "italian",
            (
                "«Siamo pronti a fare la nostra parte», ha detto il sindaco di Milano, "
                "Giuseppe Sala, "
                "durante la conferenza."
            ),
            [("Siamo pronti a fare la nostra parte", "Giuseppe Sala")],
        ),
        (
            "italian",
            (
                "Il presidente della Regione, Luca Bianchi, ha dichiarato: «Il "
                "cantiere partirà entro "
                "l'estate»."
            ),
            [("Il cantiere partirà entro l'estate", "Luca Bianchi")],
        ),
        (
            "portuguese",
            (
                "«Vamos continuar a trabalhar para resolver o problema», disse o "
                "primeiro-ministro, "
                "Luís Montenegro, aos jornalistas."
            ),
            [("Vamos continuar a trabalhar para resolver o problema", "Luís Montenegro")],
        ),
        (
            "portuguese",
            "«Não há qualquer risco para a população», garantiu ela.",
            [("Não há qualquer risco para a população", None)],
        ),
        (
            "russian",
            (
                "«Мы не планируем повышать налоги в этом году», — заявил министр финансов Антон "
                "Силуанов."
            ),
            [("Мы не планируем повышать налоги в этом году", "Антон Силуанов")],
        ),
        (
            "russian",
            "Глава региона Михаил Иванов заявил: «Все работы будут завершены до конца года».",
            [("Все работы будут завершены до конца года", "Михаил Иванов")],
        ),
        (
            "russian",
            "— Мы готовы к переговорам, — заявила пресс-секретарь министерства Мария Захарова.",
            [("Мы готовы к переговорам,", "Мария Захарова")],
        ),
        (
            "russian",
            (
                "«Это решение давно назрело и принято вовремя», — отметил Сергей Иванович Смирнов, "
                "директор института."
            ),
            [("Это решение давно назрело и принято вовремя", "Сергей Иванович Смирнов")],
        ),
        (
            "russian",
            (
                "«Ситуация остаётся сложной, но контролируемой», — сказал он. "
                "Губернатор Иван Петров "
                "уехал."
            ),
            [("Ситуация остаётся сложной, но контролируемой", None)],
        ),
    ],
)
def test_quotes(language: str, text: str, expected: list[tuple[str, str | None]]) -> None:
    assert quotes(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text", "speaker"),
    [
        # a person named inside a phrase is not the subject "er" stands for: better no speaker
        (
            "german",
            (
                "Bei einem Treffen mit Olaf Scholz warnte Merz vor Zöllen. „Das wäre ein schwerer "
                "Fehler für uns alle“, sagte er."
            ),
            None,
        ),
        (
            "german",
            (
                "Friedrich Merz warnte vor Zöllen. „Das wäre ein schwerer Fehler für uns alle“, "
                "sagte er."
            ),
            "Friedrich Merz",
        ),
        (
            "french",
            (
                "Claire Morand a présenté le projet. Elle a rencontré Paul Martin. « Nous allons "
                "gagner cette bataille ensemble », a-t-elle ajouté."
            ),
            "Claire Morand",
        ),
        (
            "french",
            (
                "« Nous allons gagner cette bataille ensemble », a déclaré le Premier ministre, "
                "Michel Barnier."
            ),
            "Michel Barnier",
        ),
        (
            "french",
            (
                "Marine Le Pen était à Perpignan. « Nous allons gagner cette bataille ensemble », "
                "a déclaré Le Pen."
            ),
            "Marine Le Pen",
        ),
        (
            "french",
            (
                "« Nous allons gagner cette bataille ensemble », a déclaré lundi à Paris "
                "le président Emmanuel Macron."
            ),
            "Emmanuel Macron",
        ),
        (
            "spanish",
            (
                "El ministro de Hacienda, Carlos Cuerpo, habló con la prensa. Pedro Sánchez se "
                "reunió con el rey. «No habrá acuerdo sin reforma fiscal», dijo en Madrid el "
                "ministro."
            ),
            "Carlos Cuerpo",
        ),
        (
            "spanish",
            (
                "Pedro Sánchez se reunió con Alberto Núñez Feijóo. «No habrá acuerdo sin reforma "
                "fiscal», dijo en Madrid el ministro de Hacienda."
            ),
            None,
        ),
        (
            "russian",
            (
                "«Мы не допустим повышения тарифов в этом году», — сказал глава Минтранса России "
                "Иван Петров."
            ),
            "Иван Петров",
        ),
        (
            "russian",
            "«Мы не допустим повышения тарифов в этом году», — заявили в пресс-службе мэрии.",
            None,
        ),
    ],
)
def test_speaker_is_right_or_none(language: str, text: str, speaker: str | None) -> None:
    assert [q.speaker for q in find_quotes(text, language)] == [speaker]


def test_short_quotes_and_names_in_guillemets_are_not_quotations() -> None:
    text = "Der Zug hält an der Station «Azino-2» und am „Hauptbahnhof“, sagte Anna Berg."
    assert quotes(text, "german") == []


def test_german_quotes_may_be_all_capitalised_nouns() -> None:
    text = "„Die Stadt Braucht Neue Wege Für Alle Bürger“, sagte Peter Lang."
    assert quotes(text, "german") == [("Die Stadt Braucht Neue Wege Für Alle Bürger", "Peter Lang")]


def test_a_dash_paragraph_without_a_verb_of_saying_is_not_a_quote() -> None:
    text = "Die Pläne im Überblick:\n\n— Ausbau des Netzes bis zum Jahr 2037 — Kosten offen"
    assert quotes(text, "german") == []


def test_a_quote_marked_inside_dialogue_is_part_of_the_dash_quote() -> None:
    speech = (
        "Lo dije claramente en el pleno: «no vamos a ceder ni un metro de tierra» y lo "
        "repetiremos mañana"
    )
    text = f"La consejera habló ayer en Sevilla.\n\n—{speech} —afirmó la consejera Ana Ruiz.\n"
    assert quotes(text, "spanish") == [(speech, "Ana Ruiz")]


ARTICLES = {
    "de-waermenetz-freiburg.txt": (
        "german",
        [
            ("1,2 Mrd. Euro", "money"),
            ("3. Oktober 2025", "date"),
            ("zwölf Jahren", "duration"),
            ("1,2 Mrd. Euro", "money"),
            ("2037", "year"),
            ("48.000", "quantity"),
            ("31.500", "quantity"),
            ("620", "quantity"),
            ("35 Megawatt", "quantity"),
            ("1. Januar 2029", "date"),
            ("14 Prozent", "percent"),
            ("1.480 Euro", "money"),
            ("2030", "year"),
            ("3,5 Prozent", "percent"),
            ("310 Mio. Euro", "money"),
            ("45 Mio. €", "money"),
            ("2,8 Prozent", "percent"),
            ("2026", "year"),
            ("18 Monate", "duration"),
            ("14. Oktober", "date"),
            ("18.30 Uhr", "time"),
            ("8 bis 17 Uhr", "time"),
            ("28. Okt.", "date"),
        ],
        [
            (
                "Ohne ein dichtes Wärmenetz schaffen wir die Klimaziele der Stadt nicht",
                "Katrin Albrecht",
            ),
            (
                (
                    "Die Stadt lädt ihren Stadtwerken ein Risiko auf, das am Ende die "
                    "Gebührenzahler "
                    "tragen"
                ),
                "Martin Reisch",
            ),
            ("Wer heute nicht investiert, zahlt morgen doppelt", "Jonas Fehrenbach"),
        ],
    ),
    "fr-tramway-lyon.txt": (
        "french",
        [
            ("480 millions d'euros", "money"),
            ("12 mars 2025", "date"),
            ("2028", "year"),
            ("480 millions d'euros", "money"),
            ("9,4 kilomètres", "quantity"),
            ("17", "quantity"),
            ("85\u00a0000", "quantity"),
            ("six minutes", "duration"),
            ("5 h 00", "time"),
            ("52\u202f000", "quantity"),
            ("2 septembre 2025", "date"),
            ("deux ans", "duration"),
            ("62 %", "percent"),
            ("95 millions d'euros", "money"),
            ("38,5 millions d'euros", "money"),
            ("20 %", "percent"),
            ("4,2 millions d'euros", "money"),
            ("15 %", "percent"),
            ("30 000 euros", "money"),
            ("2028", "year"),
            ("2,10 €", "money"),
            ("68 €", "money"),
            ("1er janvier 2027", "date"),
            ("24 mars", "date"),
            ("18 h 30", "time"),
            ("six semaines", "duration"),
            ("80 kilomètres", "quantity"),
        ],
        [
            (
                "Ce tramway est une réponse concrète à la saturation du périphérique sud",
                "Claire Morand",
            ),
            (
                (
                    "Nous avons déjà perdu 20 % de notre chiffre d'affaires pendant les "
                    "travaux du T6, "
                    "on ne peut pas revivre ça"
                ),
                "Karim Benali",
            ),
            (
                (
                    "On annonce une mise en service en 2028, mais aucun tramway lyonnais "
                    "n'a jamais été "
                    "livré à l'heure"
                ),
                "Laurent Giraud",
            ),
        ],
    ),
    "es-sequia-andalucia.txt": (
        "spanish",
        [
            ("1.200 millones de euros", "money"),
            ("5 de mayo de 2024", "date"),
            ("1.200 millones de euros", "money"),
            ("21,4 %", "percent"),
            ("1995", "year"),
            ("tres décadas", "duration"),
            ("60 hectómetros cúbicos", "quantity"),
            ("410 millones de euros", "money"),
            ("enero de 2025", "date"),
            ("30 meses", "duration"),
            ("250 millones de euros", "money"),
            ("18.000 euros", "money"),
            ("40 %", "percent"),
            ("20.000", "quantity"),
            ("23:00", "time"),
            ("6:00", "time"),
            ("2023", "year"),
            ("0,60 y 0,90 euros", "money"),
            ("0,25 euros", "money"),
            ("22 de mayo", "date"),
            ("30 de junio", "date"),
            ("38 grados", "quantity"),
        ],
        [
            (
                (
                    "Estamos ante la peor sequía de las últimas tres décadas y no podemos "
                    "esperar a que "
                    "llueva"
                ),
                "Carmen Ortega",
            ),
            (
                "Con estas ayudas no se cubre ni la mitad de las pérdidas de una campaña",
                "Miguel López",
            ),
            ("No vamos a cortar el suministro a ningún hogar", "Ramón Gil"),
        ],
    ),
    "it-diga-genova.txt": (
        "italian",
        [
            ("1,3 miliardi di euro", "money"),
            ("18 febbraio 2025", "date"),
            ("1,3 miliardi di euro", "money"),
            ("2030", "year"),
            ("6,2 chilometri", "quantity"),
            ("450 metri", "quantity"),
            ("400 metri", "quantity"),
            ("950 milioni di euro", "money"),
            ("3 marzo", "date"),
            ("42 mesi", "duration"),
            ("35%", "percent"),
            ("dieci anni", "duration"),
            ("4,5 milioni", "quantity"),
            ("2,6 milioni", "quantity"),
            ("9.800", "quantity"),
            ("1.500", "quantity"),
            ("7 milioni", "quantity"),
            ("7.00", "time"),
            ("19.00", "time"),
            ("sei giorni", "duration"),
            ("25 febbraio", "date"),
            ("17.30", "time"),
            ("29 ottobre 2018", "date"),
        ],
        [
            (
                "È l'infrastruttura più importante per il porto dal dopoguerra a oggi",
                "Marco Ferrando",
            ),
            (
                "Il progetto ignora l'impatto sulle correnti e sulle spiagge del ponente",
                "Luisa Parodi",
            ),
            ("Non c'è alcun rischio di ritardi per ragioni finanziarie", "Paolo Gentile"),
        ],
    ),
    "pt-seca-alentejo.txt": (
        "portuguese",
        [
            ("280 milhões de euros", "money"),
            ("7 de junho de 2024", "date"),
            ("280 milhões de euros", "money"),
            ("23,6%", "percent"),
            ("10%", "percent"),
            ("165 milhões de euros", "money"),
            ("70 quilómetros", "quantity"),
            ("janeiro de 2025", "date"),
            ("dois anos", "duration"),
            ("15.000 euros", "money"),
            ("4.200", "quantity"),
            ("dois anos", "duration"),
            ("10 mil", "quantity"),
            ("15%", "percent"),
            ("2026", "year"),
            ("1", "quantity"),
            ("4 litros", "quantity"),
            ("28,50 €", "money"),
            ("12 de junho", "date"),
            ("10h30", "time"),
        ],
        [
            (
                "Não podemos continuar a depender da chuva para garantir água às populações",
                "Teresa Campos",
            ),
            (
                (
                    "Os apoios chegam depois de dois anos de perdas que já levaram muitas "
                    "explorações à "
                    "falência"
                ),
                "António Serrão",
            ),
            (
                "É preciso decidir o que se planta numa região que está a ficar sem água",
                "João Mendes",
            ),
        ],
    ),
    "ru-metro-kazan.txt": (
        "russian",
        [
            ("96 млрд рублей", "money"),
            ("12 марта 2025 года", "date"),
            ("96 млрд руб.", "money"),
            ("13,2 км", "quantity"),
            ("декабре 2028 года", "date"),
            ("150 тысяч", "quantity"),
            ("60%", "percent"),
            ("28,5 млрд руб.", "money"),
            ("10 млрд руб.", "money"),
            ("120 тыс.", "quantity"),
            ("четыре минуты", "duration"),
            ("6:00", "time"),
            ("0:00", "time"),
            ("1 апреля", "date"),
            ("3,8 км", "quantity"),
            ("14 месяцев", "duration"),
            ("45 руб.", "money"),
            ("10 лет", "duration"),
            ("25 марта", "date"),
            ("18:00", "time"),
        ],
        [
            (
                (
                    "Вторая линия разгрузит улицы, по которым сегодня ежедневно проезжают "
                    "более 150 "
                    "тысяч автомобилей"
                ),
                "Ильдар Сафин",
            ),
            ("Мы ждём метро уже лет десять, обещали ещё к Универсиаде", "Галина Петрова"),
            (
                (
                    "Сроки выглядят амбициозно, но реалистично, если финансирование не будет "
                    "прерываться"
                ),
                "Сергей Воронов",
            ),
            ("Мы учли опыт первой очереди и заранее перенесли все коммуникации,", "Рустем Гарипов"),
        ],
    ),
}


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_sample_article_figures(name: str) -> None:
    language, expected, _ = ARTICLES[name]
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert figures(text, language) == expected


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_sample_article_quotes(name: str) -> None:
    language, _, expected = ARTICLES[name]
    text = (SAMPLES / name).read_text(encoding="utf-8")
    assert quotes(text, language) == expected


def test_english_articles_read_in_another_language_still_find_their_quotes() -> None:
    # a misdetected language must not lose the quotes: marks are read the same everywhere
    text = (SAMPLES / "vladivostok-summit.txt").read_text(encoding="utf-8")
    english = [q.text for q in find_quotes(text, "english")]
    assert [q.text for q in find_quotes(text, "german")] == english


@pytest.mark.parametrize(
    "language", ["german", "french", "spanish", "italian", "portuguese", "russian"]
)
def test_hostile_input_in_other_languages(language: str) -> None:
    # bench/growth.py measures how the time grows; here, that the runs come out whole.
    assert not find_figures("Wort " * 100_000, language)
    assert not find_quotes("Wort " * 100_000, language)
    assert len(find_quotes("„Das ist ein Satz hier“, sagte Hans Müller. " * 3_000, language)) > 0
    find_quotes("— Мы готовы к переговорам — " * 3_000 + "— заявил он", language)
    assert len(find_figures("1 000 " * 30_000, language)) > 0
