"""Build the extraction test pages: each article of `page_articles.py` wrapped in page
furniture (navigation, cookie banner, captions and credits, ads, share and subscribe
blocks, related lists, comments, newsletter sign-up, footer), in one of four layouts.

Writes tests/data/pages/SLUG.html and SLUG.txt (the ground truth: the body, one block a
line, headline, byline and captions excluded).

    python bench/make_pages.py
"""

from __future__ import annotations

import html
import json
from pathlib import Path

from page_articles import ARTICLES

OUT = Path(__file__).resolve().parent.parent / "tests" / "data" / "pages"

WORDS = {
    "en": {
        "home": "Home", "news": "News", "sport": "Sport", "opinion": "Opinion",
        "culture": "Culture", "weather": "Weather", "cookie": "We use cookies to improve "
        "your experience and to show you personalised adverts. By continuing to browse you "
        "agree to our use of cookies.", "accept": "Accept all", "settings": "Manage settings",
        "share": "Share this article", "subscribe": "Subscribe for unlimited access from "
        "1 a month", "related": "Related stories", "comments": "Comments",
        "newsletter": "Get the morning briefing in your inbox every weekday",
        "signup": "Sign up", "ad": "Advertisement", "most": "Most read",
        "credit": "Photo: Archive / Staff photographer", "by": "By",
        "rights": "All rights reserved.", "privacy": "Privacy policy", "contact": "Contact us",
        "caption": "The scene on Monday afternoon.", "readmore": "Read more",
        "continues": "Story continues below",
    },
    "de": {
        "home": "Startseite", "news": "Nachrichten", "sport": "Sport", "opinion": "Meinung",
        "culture": "Kultur", "weather": "Wetter", "cookie": "Wir verwenden Cookies, um "
        "Ihnen ein besseres Nutzungserlebnis und personalisierte Werbung zu bieten.",
        "accept": "Alle akzeptieren", "settings": "Einstellungen",
        "share": "Artikel teilen", "subscribe": "Jetzt abonnieren und alle Artikel lesen",
        "related": "Das könnte Sie auch interessieren", "comments": "Kommentare",
        "newsletter": "Der Newsletter am Morgen: die wichtigsten Nachrichten aus der Region",
        "signup": "Anmelden", "ad": "Anzeige", "most": "Meistgelesen",
        "credit": "Foto: Archiv / Redaktion", "by": "Von",
        "rights": "Alle Rechte vorbehalten.", "privacy": "Datenschutz",
        "contact": "Kontakt", "caption": "Die Lage am Montagnachmittag.",
        "readmore": "Mehr lesen", "continues": "Weiterlesen nach der Anzeige",
    },
    "fr": {
        "home": "Accueil", "news": "Actualités", "sport": "Sport", "opinion": "Opinions",
        "culture": "Culture", "weather": "Météo", "cookie": "Nous utilisons des cookies "
        "pour améliorer votre expérience et vous proposer des publicités adaptées.",
        "accept": "Tout accepter", "settings": "Paramétrer", "share": "Partager cet article",
        "subscribe": "Abonnez-vous pour lire la suite de nos articles",
        "related": "À lire aussi", "comments": "Commentaires",
        "newsletter": "Recevez chaque matin l'essentiel de l'actualité locale",
        "signup": "S'inscrire", "ad": "Publicité", "most": "Les plus lus",
        "credit": "Photo : archives / rédaction", "by": "Par",
        "rights": "Tous droits réservés.", "privacy": "Confidentialité",
        "contact": "Nous contacter", "caption": "La situation lundi après-midi.",
        "readmore": "Lire la suite", "continues": "L'article continue ci-dessous",
    },
    "es": {
        "home": "Portada", "news": "Noticias", "sport": "Deportes", "opinion": "Opinión",
        "culture": "Cultura", "weather": "El tiempo", "cookie": "Utilizamos cookies propias "
        "y de terceros para mejorar su experiencia y mostrarle publicidad personalizada.",
        "accept": "Aceptar todo", "settings": "Configurar", "share": "Compartir el artículo",
        "subscribe": "Suscríbete para leer sin límites", "related": "Noticias relacionadas",
        "comments": "Comentarios", "newsletter": "Recibe cada mañana las noticias de tu barrio",
        "signup": "Suscribirse", "ad": "Publicidad", "most": "Lo más leído",
        "credit": "Foto: archivo / redacción", "by": "Por",
        "rights": "Todos los derechos reservados.", "privacy": "Política de privacidad",
        "contact": "Contacto", "caption": "El solar el lunes por la tarde.",
        "readmore": "Leer más", "continues": "La noticia continúa debajo",
    },
    "pt": {
        "home": "Início", "news": "Notícias", "sport": "Desporto", "opinion": "Opinião",
        "culture": "Cultura", "weather": "Tempo", "cookie": "Este site utiliza cookies para "
        "melhorar a sua experiência e mostrar publicidade personalizada.",
        "accept": "Aceitar tudo", "settings": "Definições", "share": "Partilhar",
        "subscribe": "Assine e leia sem limites", "related": "Leia também",
        "comments": "Comentários", "newsletter": "Receba as notícias da serra todas as manhãs",
        "signup": "Subscrever", "ad": "Publicidade", "most": "Mais lidas",
        "credit": "Foto: arquivo / redação", "by": "Por",
        "rights": "Todos os direitos reservados.", "privacy": "Privacidade",
        "contact": "Contactos", "caption": "A biblioteca na sexta-feira à tarde.",
        "readmore": "Ler mais", "continues": "O artigo continua abaixo",
    },
    "nl": {
        "home": "Home", "news": "Nieuws", "sport": "Sport", "opinion": "Opinie",
        "culture": "Cultuur", "weather": "Weer", "cookie": "Wij gebruiken cookies om uw "
        "ervaring te verbeteren en advertenties af te stemmen op uw interesses.",
        "accept": "Alles accepteren", "settings": "Instellingen", "share": "Deel dit artikel",
        "subscribe": "Word abonnee en lees onbeperkt", "related": "Lees ook",
        "comments": "Reacties", "newsletter": "Ontvang elke ochtend het nieuws uit de polder",
        "signup": "Aanmelden", "ad": "Advertentie", "most": "Meest gelezen",
        "credit": "Foto: archief / redactie", "by": "Door",
        "rights": "Alle rechten voorbehouden.", "privacy": "Privacy",
        "contact": "Contact", "caption": "De ringweg op maandagmiddag.",
        "readmore": "Lees meer", "continues": "Het artikel gaat verder onder de advertentie",
    },
    "it": {
        "home": "Home", "news": "Cronaca", "sport": "Sport", "opinion": "Opinioni",
        "culture": "Cultura", "weather": "Meteo", "cookie": "Questo sito utilizza cookie "
        "tecnici e di profilazione per offrirti pubblicità in linea con le tue preferenze.",
        "accept": "Accetta tutto", "settings": "Personalizza", "share": "Condividi l'articolo",
        "subscribe": "Abbonati per leggere tutti gli articoli",
        "related": "Potrebbe interessarti anche", "comments": "Commenti",
        "newsletter": "Ricevi ogni mattina le notizie delle valli", "signup": "Iscriviti",
        "ad": "Pubblicità", "most": "I più letti", "credit": "Foto: archivio / redazione",
        "by": "Di", "rights": "Tutti i diritti riservati.", "privacy": "Privacy",
        "contact": "Contatti", "caption": "La stazione a valle lunedì pomeriggio.",
        "readmore": "Leggi tutto", "continues": "L'articolo continua sotto",
    },
}  # fmt: skip

OTHER_HEADLINES = {
    "en": [
        "Council approves budget after late-night session",
        "Five restaurants to try this autumn",
        "Weather warning for coastal roads this weekend",
        "Local team reaches cup semi-final",
    ],
    "de": [
        "Gemeinderat beschließt Haushalt nach langer Sitzung",
        "Fünf Wanderungen für den Herbst",
        "Unwetterwarnung für das Wochenende",
        "Heimische Mannschaft erreicht das Pokalhalbfinale",
    ],
    "fr": [
        "Le conseil municipal adopte le budget",
        "Cinq randonnées pour l'automne",
        "Alerte orages pour ce week-end",
        "Le club local qualifié pour les demi-finales",
    ],
    "es": [
        "El pleno aprueba los presupuestos tras una larga sesión",
        "Cinco rutas para este otoño",
        "Aviso por tormentas este fin de semana",
        "El equipo del barrio, en semifinales de copa",
    ],
    "pt": [
        "Câmara aprova orçamento depois de longa reunião",
        "Cinco passeios para o outono",
        "Aviso de mau tempo para o fim de semana",
        "Equipa da terra chega às meias-finais da taça",
    ],
    "nl": [
        "Gemeenteraad stemt in met begroting",
        "Vijf fietsroutes voor de herfst",
        "Waarschuwing voor storm in het weekend",
        "Plaatselijke club in halve finale van de beker",
    ],
    "it": [
        "Il consiglio comunale approva il bilancio",
        "Cinque escursioni per l'autunno",
        "Allerta maltempo per il fine settimana",
        "La squadra locale in semifinale di coppa",
    ],
}

COMMENTS = {
    "en": [
        ("harbourwatcher", "About time too. My sister has been asking for this for years."),
        ("J. Pike", "Who is paying for this? Not a word about the long-term cost."),
        ("mo_k", "Great news, well done to everyone who campaigned for it."),
    ],
    "de": [
        ("seefan", "Endlich! Darauf warten wir seit Jahren."),
        ("K. Bauer", "Und wer bezahlt das am Ende? Wir Steuerzahler natürlich."),
    ],
    "fr": [("marcel75", "Enfin une bonne nouvelle pour le quartier."),
           ("A. Lenoir", "Et le stationnement, on en parle ?")],
    "es": [("vecina_olmo", "Qué alegría ver el solar lleno de vida."),
           ("P. Gil", "Ojalá hagan lo mismo en mi calle.")],
    "pt": [("leitor_serra", "Finalmente! Os domingos eram o melhor dia para ir com os miúdos."),
           ("J. Prata", "E as obras do telhado, quando acabam?")],
    "nl": [("polderbewoner", "Mooi plan, maar wie gaat al die bomen water geven?"),
           ("K. Jansen", "Eindelijk wat groen langs die kale weg.")],
    "it": [("valligiano", "Finalmente! Tre anni sono stati lunghissimi."),
           ("R. Conti", "Speriamo che i prezzi restino bassi anche per i turisti.")],
}  # fmt: skip


def esc(text: str) -> str:
    return html.escape(text, quote=False)


def body_html(lines: list[str], ad_every: int, w: dict[str, str], p_tag: str = "p") -> str:
    """The article body; an ad or a 'story continues' slot after every `ad_every` blocks."""
    out: list[str] = []
    items: list[str] = []
    for number, line in enumerate(lines):
        if line.startswith("- "):
            items.append(f"<li>{esc(line[2:])}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line.startswith("## "):
            out.append(f"<h2>{esc(line[3:])}</h2>")
        elif line.startswith("> "):
            out.append(f"<blockquote><p>{esc(line[2:])}</p></blockquote>")
        elif p_tag == "p":
            out.append(f"<p>{esc(line)}</p>")
        else:
            out.append(f'<div class="{p_tag}">{esc(line)}</div>')
        if ad_every and number % ad_every == ad_every - 1 and number < len(lines) - 1:
            out.append(
                f'<div class="ad-slot"><span class="ad-label">{w["ad"]}</span>'
                f'<div class="ad">Best mortgage rates 2026 - compare now</div>'
                f'<p class="continues">{w["continues"]}</p></div>'
            )
    if items:
        out.append("<ul>" + "".join(items) + "</ul>")
    return "\n".join(out)


def head(a: dict[str, object], slug: str, charset: str = "utf-8") -> str:
    authors = a["authors"]
    assert isinstance(authors, list)
    ld = {
        "@context": "https://schema.org",
        "@type": "NewsArticle",
        "headline": a["headline"],
        "datePublished": f"{a['date']}T08:00:00Z",
        "author": [{"@type": "Person", "name": name} for name in authors],
        "publisher": {"@type": "Organization", "name": a["site"]},
    }
    url = f"https://news.example/{a['lang']}/{slug}"
    return f"""<head>
<meta charset="{charset}">
<title>{esc(str(a["headline"]))} | {esc(str(a["site"]))}</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="description" content="{html.escape(str(a["standfirst"]))}">
<meta property="og:title" content="{html.escape(str(a["headline"]))}">
<meta property="og:site_name" content="{html.escape(str(a["site"]))}">
<meta property="og:type" content="article">
<meta property="og:url" content="{url}">
<link rel="canonical" href="{url}">
<link rel="stylesheet" href="/static/site.css">
<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>
<script>window.dataLayer=window.dataLayer||[];function gtag(){{dataLayer.push(arguments)}}</script>
<style>.cookie{{position:fixed;bottom:0}}</style>
</head>"""


def nav(w: dict[str, str], site: str) -> str:
    links = "".join(
        f'<li><a href="/{k}">{w[k]}</a></li>'
        for k in ("home", "news", "sport", "opinion", "culture", "weather")
    )
    return (
        f'<header class="site-header"><a class="logo" href="/">{esc(site)}</a>'
        f'<nav class="main-nav"><ul>{links}</ul></nav>'
        f'<a class="subscribe-btn" href="/subscribe">{w["subscribe"]}</a></header>'
    )


def cookie(w: dict[str, str]) -> str:
    return (
        f'<div class="cookie" id="consent"><p>{w["cookie"]}</p>'
        f"<button>{w['accept']}</button><button>{w['settings']}</button></div>"
    )


def share(w: dict[str, str]) -> str:
    return (
        f'<div class="share"><span>{w["share"]}</span><ul><li><a href="#">Facebook</a></li>'
        '<li><a href="#">X</a></li><li><a href="#">WhatsApp</a></li>'
        '<li><a href="#">Email</a></li></ul></div>'
    )


def related(w: dict[str, str], lang: str, tag: str = "aside") -> str:
    items = "".join(f'<li><a href="/s/{n}">{esc(t)}</a></li>' for n, t in enumerate(
        OTHER_HEADLINES[lang]))  # fmt: skip
    return f'<{tag} class="related"><h3>{w["related"]}</h3><ul>{items}</ul></{tag}>'


def comments(w: dict[str, str], lang: str) -> str:
    rows = "".join(
        f'<li class="comment"><span class="author">{esc(who)}</span><p>{esc(said)}</p></li>'
        for who, said in COMMENTS[lang]
    )
    return f'<section id="comments"><h3>{w["comments"]}</h3><ol>{rows}</ol></section>'


def newsletter(w: dict[str, str]) -> str:
    return (
        f'<div class="newsletter"><h4>{w["newsletter"]}</h4><form><input type="email" '
        f'placeholder="Email"><button>{w["signup"]}</button></form></div>'
    )


def footer(w: dict[str, str], site: str) -> str:
    return (
        f'<footer><ul><li><a href="/privacy">{w["privacy"]}</a></li><li><a href="/contact">'
        f"{w['contact']}</a></li></ul><p>&copy; 2026 {esc(site)}. {w['rights']}</p></footer>"
    )


def figure(w: dict[str, str]) -> str:
    return (
        f'<figure><img src="/img/lead.jpg" alt=""><figcaption>{w["caption"]} '
        f'<span class="credit">{w["credit"]}</span></figcaption></figure>'
    )


def byline(a: dict[str, object], w: dict[str, str]) -> str:
    authors = a["authors"]
    assert isinstance(authors, list)
    names = " and ".join(authors) if a["lang"] == "en" else ", ".join(authors)
    by = f'<span class="author">{w["by"]} {esc(names)}</span>' if authors else ""
    return f'<div class="byline">{by} <time datetime="{a["date"]}">{a["date"]}</time></div>'


def layout_news(a: dict[str, object], slug: str) -> str:
    """A news site with semantic tags: main > article."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
{cookie(w)}
{nav(w, str(a["site"]))}
<main>
<article>
<h1>{esc(str(a["headline"]))}</h1>
<p class="standfirst">{esc(str(a["standfirst"]))}</p>
{byline(a, w)}
{share(w)}
{figure(w)}
<div class="article-body">
{body_html(lines, 2, w)}
</div>
{newsletter(w)}
<div class="tags"><a href="/t/local">Local</a> <a href="/t/transport">Transport</a></div>
</article>
{related(w, lang)}
{comments(w, lang)}
</main>
{footer(w, str(a["site"]))}
</body></html>
"""


def layout_blog(a: dict[str, object], slug: str) -> str:
    """A blog engine's page: entry-content, sidebar widgets, comments."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    most = "".join(f"<li>{esc(t)}</li>" for t in OTHER_HEADLINES[lang][:3])
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body class="single-post">
{nav(w, str(a["site"]))}
<div id="page" class="site"><div class="content-area">
<div class="post type-post">
<header class="entry-header"><h1 class="entry-title">{esc(str(a["headline"]))}</h1>
{byline(a, w)}</header>
{figure(w)}
<div class="entry-content">
{body_html(lines, 3, w)}
{share(w)}
</div>
{related(w, lang, "div")}
</div>
{comments(w, lang)}
</div>
<div id="secondary" class="widget-area">
<section class="widget"><h2 class="widget-title">{w["most"]}</h2><ol>{most}</ol></section>
{newsletter(w)}
</div></div>
{footer(w, str(a["site"]))}
{cookie(w)}
</body></html>
"""


def layout_divs(a: dict[str, object], slug: str) -> str:
    """No semantic tags at all: every block is a div."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
<div class="wrap">
<div class="top">{nav(w, str(a["site"]))}</div>
<div class="col-main">
<div class="headline">{esc(str(a["headline"]))}</div>
<div class="meta">{byline(a, w)}</div>
<div class="pic"><img src="/x.jpg"><div class="cap">{w["caption"]} {w["credit"]}</div></div>
<div class="story">
{body_html(lines, 2, w, "para")}
</div>
<div class="sharebar">{share(w)}</div>
<div class="more">{related(w, lang, "div")}</div>
</div>
<div class="col-side">{newsletter(w)}<div class="ad">{w["ad"]}</div></div>
<div class="bottom">{footer(w, str(a["site"]))}</div>
</div>
{cookie(w)}
</body></html>
"""


def layout_magazine(a: dict[str, object], slug: str) -> str:
    """A magazine page: section-wrapped body, pull quote aside, gallery, author box."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    authors = a["authors"]
    assert isinstance(authors, list)
    bio = (
        f'<div class="author-box"><strong>{esc(authors[0])}</strong> writes about local '
        "affairs and transport. Follow her work on the site's author page.</div>"
        if authors
        else ""
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
{nav(w, str(a["site"]))}
{cookie(w)}
<article class="story">
<header><p class="kicker">{w["news"]}</p><h1>{esc(str(a["headline"]))}</h1>
<p class="dek">{esc(str(a["standfirst"]))}</p>{byline(a, w)}</header>
{figure(w)}
<section class="story-body">
{body_html(lines, 0, w)}
</section>
<div class="gallery"><a href="/gallery">See more photos</a> (12)</div>
{bio}
{share(w)}
</article>
<section class="promo">{newsletter(w)}</section>
{related(w, lang, "section")}
{footer(w, str(a["site"]))}
</body></html>
"""


LONG_COMMENTS = [
    ("swimmer62", "I have been swimming at this pool since I was a child and I cannot tell you "
     "how much I missed it over the winter. The staff worked so hard to keep us informed, and "
     "the changing rooms look better than they have in years. Thank you to everyone involved."),
    ("M. Fenwick", "Good news, but why did it take eleven weeks? The council knew the roof was "
     "in poor condition long before the storms. There were reports about the leaks in the "
     "minutes of the leisure committee two years ago and nothing was done about them."),
    ("aquamum", "My children have lessons on Thursdays and we were told they would be "
     "refunded for the missed weeks, but nobody has contacted us yet. Does anyone know who to "
     "ask? The leisure centre phone line just rings and rings."),
    ("Dave R", "Went this morning at half six. Water was warm, lanes were quiet, lifeguard "
     "was cheerful. Exactly as it should be. Long may it continue and well done to the "
     "builders who finished ahead of the date they first gave."),
    ("concerned_resident", "Insurance covered most of it, they say. Who pays the rest? The "
     "same taxpayers who could not use the pool for nearly three months. I would like to see "
     "a full breakdown of the costs published on the council website."),
    ("lengths4life", "Lovely to be back. The new roof lights make the hall so much brighter "
     "and the whole place feels cleaner. Hope they keep the early sessions, they are the only "
     "time I can swim before work."),
]  # fmt: skip


def layout_promos(a: dict[str, object], slug: str) -> str:
    """Furniture inside the body: 'Read more' links, an inline related box, an inline
    newsletter box, a mid-body photo with caption, a pull quote repeating the story."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    p = [f"<p>{esc(line)}</p>" for line in lines]
    body = "\n".join([
        p[0], p[1],
        '<p class="read-more"><strong>Read more:</strong> <a href="/s/9">Bus routes to the '
        "hospital cut again</a></p>",
        figure(w),
        p[2],
        '<aside class="pullquote">"We never asked for special treatment"</aside>',
        '<div class="inline-related"><h4>More on this story</h4><ul><li><a href="/s/1">'
        "Nurses' pay talks resume</a></li><li><a href=\"/s/2\">Parking charges: what "
        "changed</a></li></ul></div>",
        p[3],
        '<div class="newsletter-inline"><p>Get local news every morning. Sign up to our '
        "free newsletter.</p><a href=\"/nl\">Sign up</a></div>",
        p[4],
    ])  # fmt: skip
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
{nav(w, str(a["site"]))}
<main><article>
<h1>{esc(str(a["headline"]))}</h1>
{byline(a, w)}
<div class="article__body">
{body}
</div>
{share(w)}
</article>
{related(w, lang)}
</main>
{footer(w, str(a["site"]))}
{cookie(w)}
</body></html>
"""


def layout_comments(a: dict[str, object], slug: str) -> str:
    """A short article under a comment thread three times its length."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    rows = "".join(
        f'<div class="comment-body"><div class="who">{esc(who)}</div><p>{esc(said)}</p>'
        '<a href="#">Reply</a> <a href="#">Report</a></div>'
        for who, said in LONG_COMMENTS
    )
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
{nav(w, str(a["site"]))}
<div class="main">
<h1>{esc(str(a["headline"]))}</h1>
{byline(a, w)}
<div class="text">
{body_html(lines, 0, w)}
</div>
<div class="discussion"><h3>{len(LONG_COMMENTS)} {w["comments"]}</h3>{rows}</div>
</div>
{footer(w, str(a["site"]))}
</body></html>
"""


def layout_breaks(a: dict[str, object], slug: str) -> str:
    """An old CMS: the story is one table cell of text separated by <br><br>."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    text = "<br><br>\n".join(esc(line) for line in lines)
    links = " | ".join(f'<a href="/{k}">{w[k]}</a>' for k in ("home", "news", "sport"))
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
<table width="100%"><tr><td colspan="2">{links}</td></tr>
<tr><td width="70%" valign="top">
<font size="5"><b>{esc(str(a["headline"]))}</b></font><br>
<i>{w["by"]} {esc(", ".join(a["authors"]))}, {a["date"]}</i><br><br>
{text}
<br><br><font size="1">{w["credit"]}</font>
</td><td valign="top">{related(w, lang, "div")}<div>{w["ad"]}</div></td></tr>
<tr><td colspan="2">{footer(w, str(a["site"]))}</td></tr></table>
</body></html>
"""


def layout_amp(a: dict[str, object], slug: str) -> str:
    """An AMP page: custom elements, a sticky ad, a 'recommended' carousel, a consent box."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    cards = "".join(
        f'<div class="card"><amp-img src="/t{n}.jpg"></amp-img><h3>{esc(t)}</h3></div>'
        for n, t in enumerate(OTHER_HEADLINES[lang])
    )
    return f"""<!doctype html>
<html amp lang="{lang}">
{head(a, slug)}
<body>
<amp-consent id="consent" layout="nodisplay"><div class="consent-ui"><p>{w["cookie"]}</p>
<button on="tap:consent.accept">{w["accept"]}</button></div></amp-consent>
<amp-sidebar id="menu" layout="nodisplay" side="left">{nav(w, str(a["site"]))}</amp-sidebar>
<header class="amp-header"><button on="tap:menu.toggle">Menu</button>
<a href="/">{esc(str(a["site"]))}</a></header>
<div class="amp-article">
<h1 class="amp-title">{esc(str(a["headline"]))}</h1>
<div class="amp-meta">{byline(a, w)}</div>
<amp-img src="/lead.jpg" layout="responsive"></amp-img>
<p class="amp-caption">{w["caption"]} {w["credit"]}</p>
<div class="amp-article-content">
{body_html(lines, 2, w)}
</div>
<amp-social-share type="facebook"></amp-social-share>
<amp-social-share type="email"></amp-social-share>
</div>
<amp-sticky-ad layout="nodisplay"><amp-ad type="x">{w["ad"]}</amp-ad></amp-sticky-ad>
<section class="recommended"><h2>{w["most"]}</h2><amp-carousel>{cards}</amp-carousel></section>
{footer(w, str(a["site"]))}
</body></html>
"""


def layout_itemprop(a: dict[str, object], slug: str) -> str:
    """Schema.org microdata: articleBody with spans and ads inside, a key-points box, a
    'most read' rail, an author card, comments behind a button."""
    lang = str(a["lang"])
    w = WORDS[lang]
    lines = a["body"]
    assert isinstance(lines, list)
    most = "".join(f"<li><span>{n + 1}</span> {esc(t)}</li>" for n, t in enumerate(
        OTHER_HEADLINES[lang]))  # fmt: skip
    authors = a["authors"]
    assert isinstance(authors, list)
    return f"""<!DOCTYPE html>
<html lang="{lang}">
{head(a, slug)}
<body>
{cookie(w)}
{nav(w, str(a["site"]))}
<div class="layout">
<div class="primary" itemscope itemtype="https://schema.org/NewsArticle">
<span class="section-label">{w["news"]}</span>
<h1 itemprop="headline">{esc(str(a["headline"]))}</h1>
<div class="byline-block"><span itemprop="author">{esc(", ".join(authors))}</span>
<time itemprop="datePublished" datetime="{a["date"]}">{a["date"]}</time></div>
{share(w)}
<section itemprop="articleBody">
{body_html(lines, 2, w)}
</section>
<div class="author-card"><b>{esc(authors[0])}</b> <a href="/a">{w["readmore"]}</a></div>
<button class="show-comments">{w["comments"]} (2)</button>
</div>
<div class="rail"><h3>{w["most"]}</h3><ol>{most}</ol>{newsletter(w)}</div>
</div>
{footer(w, str(a["site"]))}
</body></html>
"""


LEGACY_CHARSET = {"de-baeckerei": "windows-1252", "fr-tramway": "iso-8859-15"}

LAYOUTS = [layout_news, layout_blog, layout_divs, layout_magazine]
SPECIAL = {
    "promos": layout_promos,
    "comments": layout_comments,
    "breaks": layout_breaks,
    "amp": layout_amp,
    "itemprop": layout_itemprop,
}


def truth(lines: list[str]) -> str:
    out = []
    for line in lines:
        for marker in ("## ", "- ", "> "):
            if line.startswith(marker):
                line = line[len(marker) :]
        out.append(line)
    return "\n".join(out) + "\n"


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for number, a in enumerate(ARTICLES):
        slug = str(a["slug"])
        layout = SPECIAL.get(str(a.get("layout")), LAYOUTS[number % len(LAYOUTS)])
        page = layout(a, slug)
        lines = a["body"]
        assert isinstance(lines, list)
        if slug in LEGACY_CHARSET:  # a page saved in a legacy character set
            charset = LEGACY_CHARSET[slug]
            page = page.replace('<meta charset="utf-8">', f'<meta charset="{charset}">')
            (OUT / f"{slug}.html").write_bytes(page.encode(charset))
        else:
            (OUT / f"{slug}.html").write_text(page, encoding="utf-8")
        (OUT / f"{slug}.txt").write_text(truth(lines), encoding="utf-8")
    print(f"wrote {len(ARTICLES)} pages to {OUT.name}/")


if __name__ == "__main__":
    main()
