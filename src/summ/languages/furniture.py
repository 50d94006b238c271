"""Saved pages' furniture in every language summ knows: the labels and notices around a story.

Data, not code: ``summ.boilerplate`` compiles what it needs from it once, and each language's
pack (``summ.languages.pack``) carries its own entry.
"""

from __future__ import annotations

# Page furniture by language: what a saved page's extracted text carries besides the story, one
# entry a language, which that language's pack holds (``Pack.page_furniture``); pages.py tries
# every language's, as a page's language is not known before its text is. Each entry names its
# class of page:
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
PAGE_FURNITURE: dict[str, dict[str, str]] = {
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
