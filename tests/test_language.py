"""Languages: detection, `-l`, fallback notes, and sentence splitting in each language."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

import pytest

from summ import Algorithm, Length, Options, detection, lang, spans, summarize, text
from summ.cli import app

from .conftest import SAMPLES

if TYPE_CHECKING:
    from pathlib import Path

    from typer.testing import CliRunner

# One news paragraph in each language, written for these tests: the same story everywhere.
PARAGRAPHS = {
    "english": "The city council approved the new budget on Tuesday. It will spend more on "
    "schools and roads, the mayor said, but some residents are worried about higher taxes.",
    "german": "Der Stadtrat hat am Dienstag den neuen Haushalt beschlossen. Die Stadt will mehr "
    "Geld für Schulen und Straßen ausgeben, sagte der Bürgermeister. Einige Bürger sorgen sich "
    "aber um höhere Steuern.",
    "french": "Le conseil municipal a adopté mardi le nouveau budget. La ville va dépenser "
    "davantage pour les écoles et les routes, a indiqué le maire. Certains habitants "
    "s'inquiètent pourtant d'une hausse des impôts.",
    "spanish": "El ayuntamiento aprobó el martes el nuevo presupuesto. La ciudad gastará más en "
    "escuelas y carreteras, según explicó el alcalde. Algunos vecinos temen una subida de los "
    "impuestos.",
    "italian": "Il consiglio comunale ha approvato martedì il nuovo bilancio. La città spenderà "
    "di più per le scuole e le strade, ha spiegato il sindaco. Alcuni cittadini temono però un "
    "aumento delle tasse.",
    "portuguese": "A câmara municipal aprovou na terça-feira o novo orçamento. A cidade vai "
    "gastar mais com as escolas e as estradas, disse o presidente da câmara. Alguns moradores "
    "temem um aumento dos impostos.",
    "russian": "Городской совет во вторник утвердил новый бюджет. Город потратит больше денег "
    "на школы и дороги, сообщил мэр. Однако некоторые жители опасаются, что налоги вырастут.",
    "dutch": "De gemeenteraad heeft dinsdag de nieuwe begroting goedgekeurd. De stad gaat meer "
    "geld uitgeven aan scholen en wegen, zei de burgemeester. Sommige inwoners zijn bang dat de "
    "belastingen omhoog gaan.",
    "polish": "Rada miasta przyjęła we wtorek nowy budżet. Miasto wyda więcej na szkoły i "
    "drogi, powiedział burmistrz. Niektórzy mieszkańcy obawiają się jednak, że podatki "
    "wzrosną.",
    "swedish": "Kommunfullmäktige godkände på tisdagen den nya budgeten. Staden ska satsa mer "
    "pengar på skolor och vägar, sade borgmästaren. Några invånare är oroliga för att skatterna "
    "ska höjas.",
    "danish": "Byrådet vedtog tirsdag det nye budget. Kommunen vil bruge flere penge på skoler "
    "og veje, sagde borgmesteren. Nogle borgere er dog bekymrede for, at skatten bliver sat op.",
    "norwegian": "Bystyret vedtok tirsdag det nye budsjettet. Kommunen skal bruke mer penger på "
    "skoler og veier, sa ordføreren. Noen innbyggere er likevel bekymret for at skatten blir "
    "høyere.",
    "finnish": "Kaupunginvaltuusto hyväksyi tiistaina uuden talousarvion. Kaupunki käyttää "
    "enemmän rahaa kouluihin ja teihin, kertoi pormestari. Osa asukkaista pelkää kuitenkin, "
    "että verot nousevat.",
    "czech": "Zastupitelstvo v úterý schválilo nový rozpočet. Město dá více peněz na školy a "
    "silnice, řekl starosta. Někteří obyvatelé se ale obávají, že porostou daně.",
    "turkish": "Belediye meclisi salı günü yeni bütçeyi onayladı. Belediye başkanı, şehrin "
    "okullar ve yollar için daha çok para harcayacağını söyledi. Bazı sakinler ise vergilerin "
    "artmasından endişe ediyor.",
    "greek": "Το δημοτικό συμβούλιο ενέκρινε την Τρίτη τον νέο προϋπολογισμό. Η πόλη θα "
    "ξοδέψει περισσότερα για τα σχολεία και τους δρόμους, είπε ο δήμαρχος. Ορισμένοι κάτοικοι "
    "όμως ανησυχούν ότι οι φόροι θα αυξηθούν.",
}
# Languages summ has no sentence model for, two of them close relatives of ones it has.
UNSUPPORTED = {
    "ukrainian": "Міська рада у вівторок ухвалила новий бюджет. Місто витратить більше грошей "
    "на школи та дороги, повідомив мер. Проте деякі мешканці побоюються, що податки зростуть.",
    "catalan": "El consell municipal va aprovar dimarts el nou pressupost. La ciutat gastarà "
    "més diners en escoles i carreteres, va explicar l'alcalde. Alguns veïns tenen por que "
    "pugin els impostos.",
    "hungarian": "A városi közgyűlés kedden elfogadta az új költségvetést. A város több pénzt "
    "költ az iskolákra és az utakra, mondta a polgármester. Néhány lakos azonban attól tart, "
    "hogy emelkednek az adók.",
    "japanese": "市議会は火曜日、新しい予算を承認した。"
    "市は学校と道路により多くの資金を使うと市長は述べた。一部の住民は増税を心配している。",
}
MALAYALAM = "നഗരസഭ ചൊവ്വാഴ്ച പുതിയ ബജറ്റ് അംഗീകരിച്ചു. സ്കൂളുകൾക്കും റോഡുകൾക്കും കൂടുതൽ പണം ചെലവഴിക്കും."


def split(article: str, language: str) -> list[str]:
    return [s.text for s in text.build(article, lang.load(language)).sentences]


# --- detection ---------------------------------------------------------------------------------


@pytest.mark.parametrize(("language", "paragraph"), PARAGRAPHS.items())
def test_detects_a_paragraph(language: str, paragraph: str) -> None:
    assert detection.detect(paragraph) == language


@pytest.mark.parametrize(("language", "paragraph"), UNSUPPORTED.items())
def test_detects_a_language_without_a_model(language: str, paragraph: str) -> None:
    assert detection.detect(paragraph) == language


@pytest.mark.parametrize(("language", "paragraph"), PARAGRAPHS.items())
def test_auto_resolves_to_the_detected_language(language: str, paragraph: str) -> None:
    resolved, _ = lang.resolve(lang.AUTO, paragraph)
    assert resolved.name == language


def test_chinese_with_a_stray_kana_is_chinese() -> None:
    # A reporter's name garbled by a re-encoding left a hiragana: one kana is no Japanese text.
    chinese = (
        "市议会星期二批准了新的预算。市长说，城市将把更多的钱用于学校和道路。"
        "新的有轨电车线路将连接火车站和大学，每天运送四万名乘客。"
        "玻利维亚航天局局长图帕克・卡塔里表示，部分居民担心税收会增加。（记者宋晨、胡\ufffd础钗睦ぃ）"
    )
    assert detection.detect(chinese) == "chinese"
    assert detection.detect(UNSUPPORTED["japanese"]) == "japanese"


def test_malayalam_is_recognised_by_its_script() -> None:
    # lingua does not know Malayalam, but Punkt has a model for it.
    assert detection.detect(MALAYALAM) == "malayalam"


@pytest.mark.parametrize("short", ["", "OK.", "Hello world.", "12.5 4", "Yes, it is."])
def test_too_short_to_tell_is_english_quietly(short: str) -> None:
    assert detection.detect(short) is None
    resolved, notes = lang.resolve(lang.AUTO, short)
    assert (resolved.name, notes) == ("english", ())


def test_detection_reads_a_bounded_sample_of_a_long_text(monkeypatch: pytest.MonkeyPatch) -> None:
    long = "\n\n".join([PARAGRAPHS["german"]] * 40_000)  # ~8 MB: reading it all takes seconds
    read: list[int] = []
    sample = detection._sample

    def spy(text: str) -> str:
        read.append(len(taken := sample(text)))
        return taken

    monkeypatch.setattr(detection, "_sample", spy)
    assert detection.detect(long) == "german"
    assert read
    assert max(read) <= 3_001  # the opening and a slice of the middle, whatever the size


def test_an_english_article_is_decided_without_lingua() -> None:
    # The seed must stay fast: its function words settle it, with no model to load.
    detection._detector.cache_clear()
    assert detection.detect((SAMPLES / "vladivostok-summit.txt").read_text(encoding="utf-8")) == (
        "english"
    )
    assert detection._detector.cache_info().currsize == 0


SAMPLE_LANGUAGES = {
    "de": "german", "es": "spanish", "fr": "french", "it": "italian", "pt": "portuguese",
    "ru": "russian",
}
SAMPLE_FILES = sorted(p for p in SAMPLES.glob("??-*.txt") if p.name[:2] in SAMPLE_LANGUAGES)


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_articles_are_detected(path: Path) -> None:
    article = path.read_text(encoding="utf-8")
    resolved, notes = lang.resolve(lang.AUTO, article)
    assert resolved.name == SAMPLE_LANGUAGES[path.name[:2]]
    assert notes == ()


# --- the command line: -l and the notes on stderr -----------------------------------------------


def test_cli_detects_the_language(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-f", "json", "-"], input=PARAGRAPHS["german"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "german"
    assert result.stderr == ""


def test_language_option_overrides_detection(runner: CliRunner) -> None:
    result = runner.invoke(app, ["-l", "french", "-f", "json", "-"], input=PARAGRAPHS["german"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["language"] == "french"


@pytest.mark.parametrize(
    ("args", "article", "notes"),
    [
        ([], UNSUPPORTED["japanese"],
         ["detected Japanese, which has no sentence model: English rules used"]),
        ([], UNSUPPORTED["ukrainian"],
         ["detected Ukrainian, which has no sentence model: English rules used"]),
        (["-l", "slovene"], "Mesto je sprejelo proračun. Župan je zadovoljen.",
         ["no stemmer for slovene: words are compared unstemmed"]),
        ([], MALAYALAM,
         ["no stemmer for malayalam: words are compared unstemmed",
          "no stop-word list for malayalam: every word counts"]),
    ],
)
def test_fallbacks_are_noted_on_stderr(
    runner: CliRunner, args: list[str], article: str, notes: list[str]
) -> None:
    result = runner.invoke(app, [*args, "-f", "plain", "-"], input=article)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [f"note: <stdin>: {note}" for note in notes]
    assert result.stdout.strip()


def test_unsupported_language_still_gets_a_summary() -> None:
    summary = summarize(UNSUPPORTED["japanese"] * 3)
    assert summary.document.language == "english"
    assert summary.picks


# --- resources ------------------------------------------------------------------------------------


def test_stop_words_come_from_sumy_or_from_the_function_words() -> None:
    assert {"der", "und", "nicht"} <= lang.load("german").stop_words  # sumy's list
    assert {"и", "что", "это"} <= lang.load("russian").stop_words  # sumy has none for Russian
    assert "город" not in lang.load("russian").stop_words


def test_russian_terms_are_stemmed_without_stop_words() -> None:
    russian = lang.load("russian")
    assert russian.terms("Город и города") == ("город", "город")


@pytest.mark.parametrize("language", ["german", "french", "spanish", "italian", "portuguese",
                                      "russian", "polish", "greek", "turkish", "slovene"])
@pytest.mark.parametrize("algorithm", [Algorithm.LEXRANK, Algorithm.LSA, Algorithm.EDMUNDSON])
def test_sumy_algorithms_work_offline_in_each_language(language: str, algorithm: Algorithm) -> None:
    # sumy's Polish and Greek stemmers need packages summ does not install; summ's stand in.
    article = "\n\n".join(PARAGRAPHS.get(language, PARAGRAPHS["english"]) for _ in range(2))
    article += "\n\n" + PARAGRAPHS.get(language, "A last paragraph. It ends here.")
    summary = summarize(article, Options(algorithm, Length(sentences=2), language=language))
    assert len(summary.picks) == 2
    assert all(p.score == p.score for p in summary.picks)  # no NaN


# --- sentence splitting ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "first", "second"),
    [
        ("german", "Die Stadt plant z. B. neue Radwege.", "Das kostet Geld."),
        ("german", "Das Treffen findet am 3. Oktober statt.", "Alle sind eingeladen."),
        ("german", "Die Abstimmung ist für den 28. Okt. geplant.", "Sie gilt als sicher."),
        ("german", "Er wohnt in der Str. Nr. 5 in Berlin.", "Das Haus ist alt."),
        ("german", "Die Kosten bzw. Gebühren steigen um 3 Prozent.", "Das ist viel."),
        ("german", "Der Umsatz lag bei 1,2 Mrd. Euro.", "Im Vorjahr waren es 310 Mio. Euro."),
        ("german", "Die Firma (gegr. 1990) wächst.", "Sie hat 50 Mitarbeiter."),
        ("german", "Sie wurde zum 3. Mal gewählt.", "Es gab 3."),
        ("french", "M. Dupont a parlé hier.", "Il était content."),
        ("french", "Mme Martin et Mlle Petit sont arrivées.", "La réunion a commencé."),
        ("french", "Selon le Dr Leroy, tout va bien.", "Il rassure."),
        ("spanish", "La Sra. García llegó ayer.", "Estaba cansada."),
        ("spanish", "Los EE. UU. anunciaron sanciones.", "La UE respondió."),
        ("spanish", "El Sr. López vive en la Avda. de la Constitución.", "Es céntrica."),
        ("spanish", "Costó aprox. 5 millones.", "Se terminó en 2020."),
        ("italian", "Il sig. Rossi e la dott.ssa Bianchi sono arrivati.", "Erano stanchi."),
        ("italian", "Costa ca. 5 milioni.", "Lo paga il Comune."),
        ("italian", "Abita in via Roma n. 5 a Genova.", "La casa è vecchia."),
        ("portuguese", "O Sr. Silva e a Dra. Lima falaram.", "Ninguém ouviu."),
        ("portuguese", "Mora na Av. da Liberdade.", "É central."),
        ("russian", "Это, т. е. новый проект, стоит дорого.", "Его построят."),
        ("russian", "Он живёт на ул. Баумана в г. Казани.", "Это центр."),
        ("russian", "Метро открыли в 2005 г.", "Оно работает."),
        ("russian", "Стоимость составит 12 млрд руб.", "Деньги выделит бюджет."),
        ("russian", "Проект стоит 500 млн руб. в год.", "Это много."),
        ("russian", "Проф. Иванов и др. учёные выступили.", "Зал слушал."),
    ],
)
def test_abbreviations_per_language(language: str, first: str, second: str) -> None:
    assert split(f"{first} {second}", language) == [first, second]


@pytest.mark.parametrize(
    ("language", "quoted", "after"),
    [
        ("german", "„Wir sind bereit. Es geht los“, sagte er.", "Dann ging er."),
        ("german", "»Das ist gut. Wirklich«, sagte sie.", "Dann ging sie."),
        ("french", "« Nous sommes prêts. Tout est en place », a déclaré le maire.", "Il part."),
        ("spanish", "«Estamos listos. Todo está preparado», dijo el alcalde.", "Luego se fue."),
        ("italian", "«Siamo pronti. Tutto è a posto», ha detto il sindaco.", "Poi è uscito."),
        ("portuguese", "“Estamos prontos. Tudo está pronto”, disse ele.", "Depois saiu."),
        ("russian", "«Мы готовы. Всё на месте», — сказал мэр.", "Потом он ушёл."),
        ("polish", "„Jesteśmy gotowi. Wszystko gra” – powiedział burmistrz.", "Potem wyszedł."),
        ("spanish", "—Vamos a ganar. Lo sé —dijo el entrenador.", "El equipo aplaudió."),
        ("russian", "— Мы готовы. Всё на месте, — сказал мэр.", "Потом он ушёл."),
    ],
)
def test_a_quoted_statement_stays_one_unit(language: str, quoted: str, after: str) -> None:
    assert split(f"{quoted} {after}", language) == [quoted, after]


def test_a_quote_after_a_sentence_opens_the_next_one() -> None:
    # French spaces its guillemets; Punkt left the "«" on the sentence before.
    article = "Ils restent inquiets. « Nous avons perdu. Tout », dit-il. Il part."
    assert split(article, "french") == [
        "Ils restent inquiets.", "« Nous avons perdu. Tout », dit-il.", "Il part."
    ]


def test_dialogue_resumes_after_the_narrators_words() -> None:
    spanish = "—Vamos a ganar —dijo el entrenador—. Lo sé. Hemos trabajado.\n\nEl equipo aplaudió."
    assert split(spanish, "spanish") == [
        "—Vamos a ganar —dijo el entrenador—. Lo sé. Hemos trabajado.", "El equipo aplaudió."
    ]


def test_dashes_inside_a_paragraph_are_not_dialogue() -> None:
    article = "Der Plan – so der Bürgermeister – sei gut. Die Strecke Basel–Freiburg wird gebaut."
    assert split(article, "german") == ["Der Plan – so der Bürgermeister – sei gut.",
                                        "Die Strecke Basel–Freiburg wird gebaut."]


@pytest.mark.parametrize(
    ("dateline", "language"),
    [
        ("FREIBURG, 3. Oktober 2025 (dpa) – ", "german"),
        ("SEVILLA, 5 de mayo de 2024 (EFE) - ", "spanish"),
        ("LYON, 12 mars 2025 (AFP) - ", "french"),
        ("КАЗАНЬ, 12 марта 2025 года (ТАСС). ", "russian"),
        ("МОСКВА, 12 марта. /ТАСС/. ", "russian"),
    ],
)
def test_dated_datelines_are_cut(dateline: str, language: str) -> None:
    body = PARAGRAPHS[language]
    first = split(f"Titel\n\n{dateline}{body}", language)[0]
    assert first == split(body, language)[0]


def test_a_capitalised_opening_is_not_a_dateline() -> None:
    article = "NATO, the alliance (founded 1949) met. It agreed."
    assert split(article, "english")[0] == "NATO, the alliance (founded 1949) met."


# Spot checks of the sample articles: a sentence's first and last words, around boundaries a
# naive splitter gets wrong (abbreviations, ordinal dates, dialogue, spaced guillemets).
SAMPLE_SENTENCES = {
    "de": [("Der Aufsichtsrat billigte", "1,2 Mrd. Euro,", "am Freitag mitteilte."),
           ("Die Abstimmung ist für den 28. Okt. geplant;", "gilt als sicher.")],
    "fr": [("Les commerçants de", "restent inquiets."), ("Le projet est", "480 millions d'euros.")],
    "es": [("—No vamos a cortar", "aseguró el portavoz", "en la provincia de Málaga.")],
    "it": [("I lavori saranno", "in due fasi."), ("Non mancano", "critiche.")],
    "pt": [("Em algumas barragens,", "inferior a 10%.")],
    "ru": [("Власти Татарстана", "стоимостью 96 млрд руб."),
           ("Республика выделит 28,5 млрд руб., ещё 10 млрд руб.", "облигаций.")],
}


@pytest.mark.parametrize("path", SAMPLE_FILES, ids=lambda p: p.name)
def test_sample_articles_split_right(path: Path) -> None:
    article = path.read_text(encoding="utf-8")
    code = path.name[:2]
    sentences = split(article, SAMPLE_LANGUAGES[code])
    for first, *rest in SAMPLE_SENTENCES[code]:
        found = [s for s in sentences if s.startswith(first)]
        assert len(found) == 1, (first, sentences)
        assert found[0].endswith(rest[-1])
        assert all(part in found[0] for part in rest)
    # No unit opens a quotation it does not close, and none starts in mid-sentence.
    assert not [s for s in sentences if spans.quote_depth(s)]
    assert not [s for s in sentences if s[:1].islower()]


@pytest.mark.parametrize(
    ("language", "article"),
    [
        ("french", "« Cela continue. Et encore.\n\nJusque-là », a-t-il dit. La suite. La fin."),
        ("german", "„Das geht weiter. Und weiter.\n\nBis hier“, sagte er. Der Rest. Das Ende."),
    ],
)
def test_a_closing_mark_of_an_earlier_paragraph_opens_nothing(language: str, article: str) -> None:
    # » closes French quotes but opens German ones; “ opens English ones but closes German ones.
    units = split(article, language)
    assert len(units) == 4
    assert units[1].endswith(("dit.", "er."))


def test_options_check_the_language_when_built() -> None:
    # A library caller learns of a misspelt language at once, not deep inside the first summary.
    with pytest.raises(ValueError, match="no sentence model for 'klingon'; choose one of auto, "):
        Options(language="klingon")
    assert Options(language="german").language == "german"
