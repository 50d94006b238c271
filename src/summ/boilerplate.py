"""Sentences that are not the article: bylines, publication stamps, calls to click, share or scroll.

News pages pasted into a file carry them between the paragraphs ("Scroll down for video", "By .
Daily Mail Reporter . PUBLISHED: 10:02 EST, 2 May 2013 | . UPDATED: ..."). They must never be
picked, but text.py keeps every sentence so that offsets stay true: scoring gives them the lowest
score instead. The patterns are English, as are the sites they come from.
"""

from __future__ import annotations

import re

# Whole-sentence furniture of news sites: stamps, navigation, calls to action, credits. Split in
# two because searching one pattern of both kinds tried every alternative at every character
# (10 us a sentence, a third of scoring): the first kind is only tried at the start, and the
# second only where one of its words occurs at all (and compiled only then: re keeps it).
_FURNITURE_START = re.compile(
    r"""
      (?:Last\s)?(?:updated|published)\s*(?:at|on)?\s*:?\s*\d
    | (?:Click|Tap)\shere\b
    | (?:Follow|Like)\s(?:us\s(?:on|at)\b|@\w)
    | (?:Pictured|Photo|Picture|Image)\s?:
    | (?:Copyright\s*(?:\d|©|\()|©)
    | (?:Sign\sup|Subscribe)\s(?:to|for)\b
    | E-?mail\s(?:to\sa\sfriend|this)\b
    | If\syou\shave\sa\s(?:story|news)\s(?:suggestion|tip|idea)s?,?\s(?:please\s)?
      (?:e-?mail|contact)\b
    """,
    re.VERBOSE | re.IGNORECASE,
)
# A video player's notice left in the text of a page it was embedded in (BBC's pages and the
# datasets scraped from them): furniture when it is the whole sentence. boundaries.py makes it
# one where it is glued to the next sentence without a full stop.
PLAYER_NOTICE = (
    r"Media playback is (?:not supported on this|unsupported on your) device"
    r"|This content will not work on your device, please check Javascript and cookies are"
    r" enabled or update your browser"
)
_NOTICE = re.compile(rf"(?:{PLAYER_NOTICE})\s*\.?")
_FURNITURE_ANYWHERE = r"""
      \b(?:PUBLISHED|UPDATED):\s
    | \bScroll\sdown\sfor\s(?:video|more)
    | \bShare\sthis\s(?:article|story|page)(?:\s*[.!:|]|\s*$)
    | \bAll\srights\sreserved\b
    """
# Labels that head a line of links or credits; a long "sentence" so headed is that line run
# into the story's next sentence (a missing period), which must not be lost with it.
_LABEL = re.compile(
    r"^(?:(?:Read|See|Watch)\smore\b|(?:READ|WATCH|RELATED|MORE|VIDEO|PHOTOS?|SEE\sALSO|Source)\s?:)",
    re.IGNORECASE,
)
_LABEL_MAX_WORDS = 12
# A byline on its own, whole ("By Jane Smith, CNN") or cut by the sentence splitter at its
# stray periods ("By ." + "Daily Mail Reporter ." + "for MailOnline .").
_BYLINE = r"""^(?:
        By(?:\s+(?:\.\s*)?[A-Z][\w.'’-]*(?:[\s,]+[A-Z][\w.'’-]*){0,5})?
      | (?:[A-Z][\w'’-]*\s){0,4}(?:Reporter|Correspondent|Editor|Writer)s?
      | (?:for\s)?(?:Daily\sMail|Mail\s?Online|The\sDaily\sMail)(?:\s[A-Z][\w'’-]*){0,3}
    )\s*\.?$"""
_BYLINE_MAX_WORDS = 8


def is_boilerplate(sentence: str) -> bool:
    """Whether ``sentence`` is page furniture rather than part of the story (English's pack)."""
    text = _spaced(sentence)
    words = text.count(" ") + 1  # one space between words (an empty text matches no pattern)
    if _FURNITURE_START.match(text) or (words <= _LABEL_MAX_WORDS and _LABEL.match(text)):
        return True
    if _NOTICE.fullmatch(text):
        return True
    # The rarer patterns are compiled where first used (re keeps what it compiles): most
    # articles never need them, and the byline pattern alone costs ~0.4 ms to compile.
    anywhere = _may_be_anywhere(text)
    if anywhere and re.compile(_FURNITURE_ANYWHERE, re.VERBOSE | re.IGNORECASE).search(text):
        return True
    return words <= _BYLINE_MAX_WORDS and bool(re.compile(_BYLINE, re.VERBOSE).match(text))


def _spaced(sentence: str) -> str:
    """``sentence`` with each run of whitespace made one space, and none at either end.

    Most sentences are so already, which is seen without splitting them: a printable string
    holds no whitespace but " " (tests/test_boilerplate_shortcuts.py checks every character).
    """
    if sentence.isprintable() and "  " not in sentence and sentence.strip(" ") == sentence:
        return sentence
    return " ".join(sentence.split())


def _may_be_anywhere(text: str) -> bool:
    """Whether ``text`` holds a word each _FURNITURE_ANYWHERE alternative needs.

    Looked for in the lower-cased text, which is exact for ASCII text; elsewhere the pattern's
    case folding reaches further ("ſ" is an "s"), so text that is not ASCII is always searched.
    """
    if not text.isascii():
        return True
    lowered = text.lower()
    # Spelt out: any() over a generator takes half again as long on a news sentence.
    return (
        "published" in lowered
        or "updated" in lowered
        or "scroll" in lowered
        or "share" in lowered
        or "rights" in lowered
    )


# Page furniture by language: what a saved page's extracted text carries besides the story, one
# entry a language so that each can move into its language's pack. Each names its class of page:
# - "read": a line of links under a label (news sites' "read also" and related-story boxes);
# - "notice": a notice of the page, not of the story (a video blocked in the reader's country,
#   a reprint ban, a copyright line), whole paragraphs only;
# - "popup": text of a pop-up or player glued before a paragraph ("Listen to this article"),
#   a prefix to cut off;
# - "label": a one-word label of an ad slot ("Advertisement"), cut off only where it is glued
#   to the paragraph or a separator follows: "Реклама Сбербанка ..." is a sentence;
# - "credit": the label of a picture's credit ("Foto: dpa"), on a short line of its own after
#   the picture's caption (German broadcasters, news portals): both go;
# - "link": what a screen reader is told after a link, "(opens in a new window)", cut out of the
#   paragraph wherever it stands between its brackets;
# - "summary": the heading of a box of summary bullets the site sets above or below the story
#   (news sites' AI or editors' digests: "Kortversjonen", "Key points"), the heading whole.
# Patterns are anchored at the start of a paragraph (but "link"'s) and matched ignoring case.
FURNITURE: dict[str, dict[str, str]] = {
    "english": {
        "summary": r"summary|key\s(?:points|takeaways)|the\sshort\sversion|in\sshort",
        "label": "advertisement",
        "read": r"(?:read|see)\s(?:also|more)|related(?:\s(?:stories|articles|coverage|content))?"
        r"|more\son\sthis(?:\sstory)?|you\smay\s(?:also\s)?like|recommended|also\sread|read\snext",
        "notice": r".{0,40}\b(?:video|content)\s(?:is\s)?(?:not\savailable|unavailable)\s(?:in|for)"
        r"\syour\s(?:country|region|location)|.{0,80}\ball\srights\sreserved\W*$"
        r"|this\s(?:material|article)\smay\snot\sbe\s(?:published|reproduced|redistributed)"
        r"|you\sare\susing\san?\s(?:outdated\s)?browser|.{0,40}\benable\sjavascript\b"
        r"|to\s(?:view|see)\sthis\s(?:content|video|embed)\b|follow\sus\W*$"
        r"|this\s(?:article|story|content)\sis\s(?:only\savailable\sto|for|exclusive\sto)"
        r"\s(?:paying\s)?(?:subscribers|members)|subscribe\sto\s(?:continue|keep)\sreading"
        # a comment form's and a rating widget's text, calls to sign up or follow the site
        r"|you\smust\s(?:confirm|be\slogged\sin|log\sin|sign\sin)\b.{0,60}\bcomment"
        r"|please\slog\s?out\sand\sthen\slog\s?in\sagain|rate\sthis\s(?:article|story)"
        r"|(?:did\syou\s(?:like|enjoy)|how\sdid\syou\slike)\sthis\s(?:article|story)"
        r"|sign\sup\s(?:for|to)\s(?:our\b|breaking\snews|.{0,60}\bnewsletters?\b)"
        r"|follow\s(?:us|[\w.]+(?:\s[\w.]+)?)\son\s(?:google\snews|twitter|x|facebook|instagram"
        r"|linkedin|tiktok|threads|bluesky|whatsapp)\b"
        r"|log\sin\sor\s(?:create\san\saccount|register|sign\sup)\sto\s(?:continue|read)"
        r"|this\sis\sa\sbreaking\snews?\sstory|join\sour\scomment(?:ing|s)\sforum"
        r"|(?:reading\stime\s*:?\s*)?\d+\s?min(?:ute)?s?\sread\W*$"
        # blog templates' boxes around a post (WordPress, Blogger): sharing, likes, comments,
        # the post's stamp and its tags
        r"|(?:share|like)\sthis\s*:?\s*$|(?:like\s)?loading\s?(?:\.\.\.|…)\s*$"
        r"|leave\sa\s(?:reply|comment)\W*$|comments\sare\sclosed\W*$|\d+\scomments?\W*$"
        r"|posted\sby\s.{1,60}\sat\s\d{1,2}:\d{2}\s?(?:[ap]\.?m\.?)?\W*$"
        r"|(?:filed\sunder|posted\sin|tags|categories)\s*:.{0,120}$"
        # a skip link's text, for keyboards and screen readers
        r"|(?:skip\sto\s(?:the\s)?)?main\scontent\W*$|skip\sto\s(?:the\s)?(?:content|article)\W*$",
        "credit": r"(?:photo|picture|image)(?:\scredit)?s?\s?:|courtesy(?:\sof)?\s"
        r"|(?:illustration|photo(?:graph)?|image|graphic)s?\sby\s",
        "popup": r"listen\sto\sthis\sarticle(?:\s\d+\smin(?:utes?)?)?"
        r"|your\sbrowser\sdoes\snot\ssupport\sthe\s(?:audio|video)\s(?:element|tag)\.?",
        "link": r"opens\sin\s(?:a\s)?new\s(?:window|tab)",
    },
    "german": {
        "summary": r"das\swichtigste\s(?:in\skürze|auf\seinen\sblick)|zusammenfassung"
        r"|kurz\sgefasst",
        "read": r"(?:lesen\ssie\s(?:auch|mehr)|mehr\szum\sthema|auch\sinteressant|das\skönnte\ssie"
        r"\sauch\sinteressieren|weitere\sartikel|zum\sthema)",
        "notice": r".{0,40}\bvideo\s(?:ist\s)?in\sihrem\sland\snicht\sverfügbar"
        r"|.{0,80}\balle\srechte\svorbehalten\W*$|.{0,40}\bprivatsphäre-einstellungen\s(?:verhindern|aktivieren)"
        r"|zur\sanzeige\saktiviere|um\s(?:diesen|den)\sinhalt\s(?:zu\ssehen|anzuzeigen)"
        r"|dieser\s(?:artikel|beitrag|inhalt)\sist\s(?:nur\s|exklusiv\s)?für\sabonnent"
        r"|wie\shat\s(?:ihnen|dir)\sdieser\s(?:artikel|beitrag)\sgefallen"
        r"|durchschnittliche\sbewertung\W|fehler\sgefunden\W*jetzt\smelden"
        r"|(?:zum\s)?hauptinhalt(?:\sspringen)?\W*$|zum\sinhalt\sspringen\W*$"
        r"|(?:lesedauer|lesezeit)\s*:?\s*(?:ca\.\s*)?\d+\s*min(?:uten?|\.)?\W*$"
        r"|externer\sinhalt\snicht\sverfügbar|ein\sklick\sfür\sden\sdatenschutz"
        r"|(?:sendung|dieses\sthema\sim\sprogramm)\s*:.{0,120}\d{1,2}[.:]\d{2}\suhr\W*$",
        "credit": r"(?:quelle|fotos?|bild(?:er)?|bildquelle)\s?:",
        "popup": r"(?:artikel\s(?:vor)?lesen\slassen|hören\ssie\s(?:sich\s)?diesen\sartikel"
        r"(?:\san)?)",
        "label": "anzeige",
        "link": r"öffnet\s(?:sich\s)?(?:im|in\seinem)\sneuen\s(?:fenster|tab)",
    },
    "french": {
        "summary": r"l['’]essentiel|en\sbref|résumé|ce\squ['’]il\sfaut\sretenir",
        "credit": r"(?:photos?|crédits?(?:\sphoto)?)\s?:",
        "read": r"(?:[àa]\slire\saussi|lire\saussi|voir\saussi|sur\sle\smême\ssujet|à\slire"
        r"|lire\sla\ssuite|articles?\sliés?)",
        "notice": r".{0,40}\bvidéo\sn['’]est\spas\sdisponible\sdans\svotre\s(?:pays|région)"
        r"|aller\sau\scontenu(?:\sprincipal)?\W*$"
        r"|.{0,80}\btous\sdroits\sréservés\W*$|reproduction\sinterdite|passer\sla\spublicité\W*$",
        "popup": r"écouter\scet\sarticle",
        "label": "publicité",
        "link": r"s['’]ouvre\sdans\s(?:un\snouvel\songlet|une\snouvelle\sfenêtre)",
    },
    "spanish": {
        "summary": r"resumen|en\sresumen|las\sclaves",
        "credit": r"(?:fotos?|imagen)\s?:",
        "read": r"(?:lee\stambién|lea\stambién|leer\smás|te\spuede\sinteresar|noticias"
        r"\srelacionadas|más\sinformación|puedes\sleer)",
        "notice": r".{0,40}\bv[ií]deo\sno\sestá\sdisponible\sen\stu\s(?:país|región)"
        r"|.{0,80}\btodos\slos\sderechos\sreservados\W*$",
        "popup": r"escuchar\s(?:este\s)?artículo",
        "label": "publicidad",
        "link": r"se\sabre\sen\suna\snueva\s(?:ventana|pestaña)",
    },
    "italian": {
        "summary": r"in\sbreve|in\ssintesi|i\spunti\schiave",
        "credit": r"(?:foto)\s?:",
        "read": r"(?:leggi\sanche|potrebbe\sinteressarti|articoli\scorrelati|notizie\scorrelate)",
        "notice": r".{0,40}\bvideo\snon\sè\sdisponibile\snel\stuo\spaese"
        r"|.{0,80}\btutti\si\sdiritti\sriservati\W*$|riproduzione\sriservata",
        "popup": r"ascolta\s(?:questo\s)?articolo",
        "label": "pubblicità",
    },
    "portuguese": {
        "summary": r"resumo|em\sresumo|pontos-chave",
        "credit": r"(?:fotos?|imagem)\s?:",
        "read": r"(?:leia\s(?:também|mais)|veja\s(?:também|mais)|saiba\smais|notícias"
        r"\srelacionadas)",
        "notice": r".{0,40}\bv[ií]deo\snão\sestá\sdisponível\sno\sseu\spaís"
        r"|.{0,80}\btodos\sos\sdireitos\sreservados\W*$",
        "popup": r"ouvir\s(?:este\s)?artigo",
        "label": "publicidade",
    },
    "russian": {
        "read": r"(?:читайте\s(?:также|тоже)|смотрите\sтакже|по\sтеме|подробнее)",
        "notice": r".{0,40}\bвидео\sнедоступно\sв\sвашей\s(?:стране|регионе)"
        r"|.{0,80}\bвсе\sправа\sзащищены\W*$",
        "popup": r"слушать\sстатью",
        "label": "реклама",
    },
    "czech": {
        "read": r"(?:čtěte\s(?:také|též)|přečtěte\ssi\s(?:také|též)"
        r"|související\s(?:články|zprávy))",
        "notice": r".{0,80}\bvšechna\správa\svyhrazena\W*$",
        "popup": r"poslechněte\ssi\sčlánek",
        "label": "reklama",
    },
    "norwegian": {
        "summary": r"kortversjonen|kort\sfortalt",
        "read": r"(?:les\sogså|se\sogså|relaterte\ssaker)",
    },
    "danish": {
        "summary": r"kort\sfortalt",
        "read": r"(?:læs\sogså|se\sogså|relaterede\sartikler)",
    },
    "swedish": {
        "summary": r"kortversionen|i\skorthet",
        "read": r"(?:läs\s(?:också|mer)|se\säven|relaterade\sartiklar)",
    },
    "dutch": {
        "summary": r"in\shet\skort|samenvatting",
        "read": r"(?:lees\s(?:ook|meer)|zie\sook|gerelateerde\sartikelen)",
        "notice": r".{0,80}\balle\srechten\svoorbehouden\W*$",
    },
    "polish": {
        "read": r"(?:czytaj\s(?:też|także|więcej)|zobacz\s(?:też|także|również))",
        "notice": r".{0,80}\bwszelkie\sprawa\szastrzeżone\W*$",
    },
    "turkish": {
        "read": r"(?:ilgili\shaberler|ayrıca\sokuyun|bunlar\sda\silginizi\sçekebilir)",
        "notice": r".{0,80}\btüm\shakları\ssaklıdır\W*$",
    },
    "chinese": {
        "read": r"(?:延伸阅读|延伸閱讀|相关阅读|相關閱讀|相关新闻|相關新聞|推荐阅读|推薦閱讀)",
        "notice": r"(?:版权所有|版權所有|来源[:：]|來源[:：])"
        r"|\d{4}年\d{1,2}月\d{1,2}日[\s\d:：時时分()（）|｜月日更新]*$"
        r"|.{0,80}(?:未经授权|未經授權|未经许可|未經許可).{0,20}(?:转载|轉載)"
        r"|[【\[]?(?:责任编辑|責任編輯)[:：]|[【\[](?:纠错|糾錯)[】\]]\W*$",
    },
    "japanese": {
        "read": r"(?:関連記事|関連ニュース|あわせて読みたい|こちらもおすすめ)",
        "notice": r"\d{4}年\d{1,2}月\d{1,2}日[\s\d:：時分()（）月日更新]*$"
        r"|.{0,80}無断(?:転載|複製)|.{0,20}この記事は(?:有料)?会員限定です"
        r"|この(?:ニュース|記事)をシェア\W*$",
    },
    "thai": {  # "related stories", "related news"
        "read": r"(?:เรื่องที่เกี่ยวข้อง|ข่าวที่เกี่ยวข้อง)",
    },
    "zulu": {  # "read another story here"
        "read": r"funda\solunye\sudaba(?:\slapha)?",
    },
    "korean": {
        "read": r"(?:관련\s?기사|함께\s볼만한\s뉴스|추천\s기사)",
        "notice": r"저작권자|.{0,80}무단\s?(?:전재|복제)|기사\s?url이\s복사되었습니다",
    },
}
# A label heads a line of links: short, with a colon, a dash or nothing after it.
_READ_TAIL = r"\s*(?:[:：|»›>–—-]|$)"
_NOTICE_MAX_CHARS = 200  # a notice is a line, not a paragraph of the story
_READ_MAX_WORDS = 20  # the label and a headline
_CREDIT_MAX_WORDS = 6  # "Foto: Jörg Carstensen/dpa", "Quelle: AFP"
# A photographer and an agency after a bar, the caption's last words: no sentence after them;
# or an agency in capitals, a slash and the photographer ("... en 2008. REUTERS/Jean Dupont -").
_CREDIT_AFTER_BAR = re.compile(
    r"\s\|\s*[^\s|.!?]+(?:\s[^\s|.!?]+){0,3}/[^\s|.!?]+(?:\s[^\s|.!?]+){0,2}$"
    r"|[.!?]\s(?:REUTERS|AFP|AP|EPA|DPA|ANP|XINHUA|GETTY\sIMAGES)/[^\s/|.!?]+"
    r"(?:\s[^\s/|.!?]+){0,3}(?:\s[-–—])?$"
)
# A name, a slash and a picture agency, nothing after it: the credit under a picture.
_AGENCY_CREDIT = re.compile(
    r"\(?[^\s/.!?]+(?:\s[^\s/.!?]+){0,3}/(?:[^/.!?]+/)*[^/.!?]*\b(?:getty\simages|afp|reuters"
    r"|dpa|imago|shutterstock|epa|keystone|apa|sda|anp|xinhua|picture\salliance|alamy|istock)\)?",
    re.IGNORECASE,
)
_POPUP_TAIL = r"\s*[:.|·•×]?\s*"
_LABEL_TAIL = r"(?:\s*[:|·•×]\s*|(?=[^\W\d_]))"


# A copyright line is one in every language.
_COPYRIGHT = r"copyright\s*(?:\d|©|\(c\))|©"
# A web or e-mail address written out, and a few words around it at most: the lines of a
# site's contact, donation or social-network box ("Facebook https://fb.me/...", "Get in touch
# at news@..."). A story's sentence that cites an address says more than that.
_ADDRESS = re.compile(r"https?://\S+|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_ADDRESS_LINE_MAX_CHARS = 60


def _alternatives(kind: str) -> str:
    found = [rules[kind] for rules in FURNITURE.values() if kind in rules]
    return "|".join(f"(?:{p})" for p in (*found, *([_COPYRIGHT] if kind == "notice" else ())))


def furniture_paragraph(paragraph: str) -> bool:
    """Whether a paragraph of a page is furniture in any language of :data:`FURNITURE`.

    Every language is tried: the page's language is not known before its text is, and the
    words of one language's labels do not open a story's paragraph in another.
    """
    text = " ".join(paragraph.split())
    if len(text) <= _NOTICE_MAX_CHARS and _compiled("notice", "").match(text):
        return True
    if ("://" in text or "@" in text) and _address_line(text):
        return True
    return text.count(" ") < _READ_MAX_WORDS and bool(_compiled("read", _READ_TAIL).match(text))


def _address_line(text: str) -> bool:
    rest, found = _ADDRESS.subn("", text)
    return found > 0 and len(rest) <= _ADDRESS_LINE_MAX_CHARS


def credit_line(paragraph: str) -> bool:
    """Whether a paragraph is a picture's credit alone, on the line after its caption.

    A label of :data:`FURNITURE` and a name or two: "Foto: dpa", "Quelle: AFP".
    """
    text = " ".join(paragraph.split())
    return text.count(" ") < _CREDIT_MAX_WORDS and bool(_compiled("credit", "").match(text))


def agency_credit(paragraph: str) -> bool:
    """Whether a paragraph is a photographer and a picture agency after a slash, alone.

    "Andrea Verdelli/Getty Images", "(Quelle: APA/sda/dpa)": the line under a picture, whose
    caption (if any) the page puts elsewhere; what stands above it may be the story's.
    """
    text = " ".join(paragraph.split())
    if text.count(" ") >= _CREDIT_MAX_WORDS or credit_line(text):  # labelled: with its caption
        return False
    return _AGENCY_CREDIT.fullmatch(text) is not None


def credited_caption(paragraph: str) -> bool:
    """Whether a paragraph is a caption ending in its credit after a bar.

    The credit is a photographer and an agency: "... in Lima gestorben. | Jörg Carstensen/dpa".
    """
    return _CREDIT_AFTER_BAR.search(" ".join(paragraph.split())) is not None


def read_label(text: str) -> int | None:
    """Where a "read also" label opening ``text`` ends (with a separator after it), or None."""
    match = _compiled("read", r"\s*[:：|»›>–—-]?\s*").match(text)
    return match.end() if match else None


def summary_heading(text: str) -> bool:
    """Whether ``text`` (a heading's, whole) names a box of summary bullets: "Kortversjonen"."""
    return _compiled("summary", r"\s*:?\s*$").match(" ".join(text.split())) is not None


def without_link_notes(paragraph: str) -> str:
    """``paragraph`` without the notes a screen reader is told after a link, brackets and all."""
    if "(" not in paragraph:
        return paragraph
    # The space a link's end left before a comma or a period goes with the note.
    notes = re.compile(rf"\s?\((?:{_alternatives('link')})\)(?:\s(?=[.,;:!?]))?", re.IGNORECASE)
    return notes.sub("", paragraph)


def cut_popup(paragraph: str) -> str:
    """``paragraph`` without pop-up or player text glued before the story's first words."""
    match = _compiled("popup", _POPUP_TAIL).match(paragraph) or _compiled(
        "label", _LABEL_TAIL
    ).match(paragraph)
    rest = paragraph[match.end() :] if match else ""
    # "Advertisements are ..." is a sentence: what follows a pop-up starts a sentence of its own.
    return rest if rest.strip() and not rest[0].islower() else paragraph


def _compiled(kind: str, tail: str) -> re.Pattern[str]:
    # re's cache keeps it; built only when a page is read.
    return re.compile(rf"^(?:{_alternatives(kind)}){tail}", re.IGNORECASE | re.DOTALL)
