from __future__ import annotations

import json
import os
import shutil
import tempfile
from collections.abc import Iterator
from html.parser import HTMLParser
from pathlib import Path
from typing import Any, Literal

import pytest

from narrate.pipeline import Settings, narrate
from narrate.read_along import script_json, template
from tests.conftest import ROOT
from tests.fakes import FakeEngine

HOSTILE = """\
---
title: Ferry <script>alert(1)</script> returns
author: Ann "><img src=x onerror=alert(1)>
---

# Ferry &lt;script&gt;alert(1)&lt;/script&gt; returns

By Ann Lee

The ferry sailed at dawn. It carried &lt;/textarea&gt; and
"&gt;&lt;img src=x onerror=alert(2)&gt; too.

## שלום עליכם and more

Passengers said مرحبا to the crew. They cheered & waved.

## The last part

It docked at noon. Everyone went home.
"""


def _page(tmp_path: Path, text: str = HOSTILE, **options: Any) -> Path:
    article = tmp_path / "story.md"
    article.write_text(text, "utf-8")
    settings = Settings(loudness=None, **{"read_along": "link", **options})
    narrate(str(article), tmp_path / "story.wav", FakeEngine(padded=True), settings)
    return tmp_path / "story.html"


class _Elements(HTMLParser):
    """Every start tag with its attributes, and the text outside scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.text: list[str] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        (self.scripts if self._in_script else self.text).append(data)


def _parse(path: Path) -> _Elements:
    parser = _Elements()
    parser.feed(path.read_text("utf-8"))
    return parser


def test_the_article_is_text_never_markup(tmp_path: Path) -> None:
    parsed = _parse(_page(tmp_path))
    tags = [tag for tag, _ in parsed.tags]
    assert tags.count("script") == 2  # the data and the page's own code
    assert "img" not in tags and "textarea" not in tags
    assert not [a for _, attrs in parsed.tags for a in attrs if a.startswith("on")]
    text = " ".join(" ".join(parsed.text).split())
    assert "Ferry <script>alert(1)</script> returns" in text
    assert 'It carried </textarea> and "><img src=x onerror=alert(2)> too.' in text
    assert "שלום עליכם and more" in text and "said مرحبا to" in text
    data = json.loads(parsed.scripts[0])
    assert data["title"] == "Ferry <script>alert(1)</script> returns"
    assert "<" not in parsed.scripts[0]


def test_plain_text_articles_are_escaped_too(tmp_path: Path) -> None:
    article = tmp_path / "story.txt"
    article.write_text('Ferry back\n\nIt said 3 < 4 > 2 & </textarea> "> too.\n')
    settings = Settings(loudness=None, read_along="link")
    narrate(str(article), tmp_path / "story.wav", FakeEngine(padded=True), settings)
    parsed = _parse(tmp_path / "story.html")
    assert "textarea" not in [tag for tag, _ in parsed.tags]
    assert 'It said 3 < 4 > 2 & </textarea> "> too.' in " ".join("".join(parsed.text).split())


def test_every_sentence_and_word_carries_its_start(tmp_path: Path) -> None:
    parsed = _parse(_page(tmp_path))
    sentences = [a for tag, a in parsed.tags if "s" in (a.get("class") or "").split()]
    words = [a for tag, a in parsed.tags if a.get("class") == "w"]
    assert len(sentences) == 10  # headline, byline, two headings, six body sentences
    starts = [int(a["data-start"] or "") for a in sentences]
    assert starts == sorted(starts) and len(set(starts)) == len(starts)
    word_starts = [int(a["data-start"] or "") for a in words]
    assert word_starts == sorted(word_starts) and len(words) > 40
    headings = [a.get("id") for tag, a in parsed.tags if tag in ("h1", "h2")]
    assert headings == ["contents-title", "top", "chapter-1", "chapter-2"]
    links = [a for tag, a in parsed.tags if tag == "a"]
    assert [a["href"] for a in links] == ["#top", "#chapter-1", "#chapter-2"]


def test_the_page_asks_for_nothing_outside_itself(tmp_path: Path) -> None:
    parsed = _parse(_page(tmp_path))
    sources = [a.get("src") or a.get("href") for _, a in parsed.tags]
    outside = [s for s in sources if s and not (s.startswith("#") or s == "story.wav")]
    assert outside == []
    assert "default-src 'none'" in template()
    assert [a.get("lang") for tag, a in parsed.tags if tag == "html"] == ["en-us"]


def test_script_json_cannot_end_its_script() -> None:
    text = script_json({"t": "</script><!-- \u2028 & >"})
    assert "<" not in text and ">" not in text and "\u2028" not in text
    assert json.loads(text) == {"t": "</script><!-- \u2028 & >"}


# --- in a real browser -------------------------------------------------------------------

AXE_ENV = "AXE_CORE_JS"
"""Path of axe-core's axe.min.js (npm package axe-core); .ci/run installs it."""
AXE_DEFAULT = ROOT / ".ci" / "tools" / "node_modules" / "axe-core" / "axe.min.js"


def _browser_missing() -> str | None:
    try:
        import selenium  # noqa: F401
    except ImportError:
        return "selenium is not installed (pip install -e '.[dev]')"
    if not (shutil.which("chromium") or shutil.which("chromium-browser")):
        return "no chromium on PATH (apt-get install chromium chromium-driver)"
    if not shutil.which("chromedriver"):
        return "no chromedriver on PATH (apt-get install chromium-driver)"
    return None


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    missing = _browser_missing()
    if missing:
        pytest.skip(missing)
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = shutil.which("chromium") or shutil.which("chromium-browser") or ""
    profile = tempfile.mkdtemp(prefix="narrate-chromium-")
    for flag in (
        "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--autoplay-policy=no-user-gesture-required", f"--user-data-dir={profile}",
        "--window-size=1280,800",
    ):  # fmt: skip
        options.add_argument(flag)
    options.set_capability("goog:loggingPrefs", {"performance": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


@pytest.fixture(scope="module")
def page_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    return _page(tmp_path_factory.mktemp("page")).resolve().as_uri()


def _open(driver: Any, url: str) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    driver.get(url)
    WebDriverWait(driver, 20).until(
        lambda d: d.execute_script("return document.getElementById('audio').readyState >= 1")
    )


def _play_from(driver: Any, ms: int) -> None:
    """Play at a quarter of the speed from `ms` until 100 ms of it have played, then pause."""
    from selenium.webdriver.support.ui import WebDriverWait

    driver.execute_script(
        "const a = document.getElementById('audio'); a.playbackRate = 0.25;"
        "a.currentTime = arguments[0] / 1000; a.play();",
        ms,
    )
    WebDriverWait(driver, 20, poll_frequency=0.02).until(
        lambda d: d.execute_script(
            "const a = document.getElementById('audio');"
            "if (!a.paused && a.currentTime * 1000 > arguments[0] + 100) { a.pause(); }"
            "return a.paused;",
            ms,
        )
    )


_STATE = """
const now = document.getElementById('audio').currentTime * 1000;
const pick = (s) => Array.from(document.querySelectorAll(s));
const sentences = pick('.s'), words = pick('.w');
const marked = (list) => list.findIndex(e => e.getAttribute('aria-current') === 'true');
let sentence = -1;
sentences.forEach((e, i) => { if (+e.dataset.start <= now + 1) { sentence = i; } });
const word = words.findIndex(e => +e.dataset.start <= now + 1 && now + 1 < +e.dataset.end
                                  && sentences[sentence].contains(e));
return {now, sentence, word, markedSentence: marked(sentences), markedWord: marked(words),
        sentences: sentences.map(e => +e.dataset.start), words: words.map(e => +e.dataset.start)};
"""


def _settled(driver: Any) -> dict[str, Any]:
    """The page's state once its highlight shows the audio's position (the page updates
    on the pause and seek events, which come after the call that caused them)."""
    from selenium.webdriver.support.ui import WebDriverWait

    def shown(d: Any) -> dict[str, Any] | Literal[False]:
        state: dict[str, Any] = d.execute_script(_STATE)
        agree = (state["markedSentence"], state["markedWord"]) == (state["sentence"], state["word"])
        return state if agree else False

    found: dict[str, Any] = WebDriverWait(driver, 5, poll_frequency=0.02).until(shown)
    return found


@pytest.mark.slow
def test_playing_highlights_the_sentence_and_word_being_said(browser: Any, page_url: str) -> None:
    _open(browser, page_url)
    state = browser.execute_script(_STATE)
    for k, w in ((2, None), (6, None), (3, 3)):
        target = state["sentences"][k]
        if w is not None:  # the w-th word of sentence k
            inside = [s for s in state["words"] if target <= s < state["sentences"][k + 1]]
            target = inside[w]
        _play_from(browser, target)
        found = _settled(browser)
        assert found["now"] > target + 100
        assert found["markedSentence"] == k
        assert found["markedWord"] >= 0  # the word said now (checked by _settled), from target
        assert target <= found["words"][found["markedWord"]] < state["sentences"][k + 1]


@pytest.mark.slow
def test_clicking_a_sentence_seeks_to_its_start(browser: Any, page_url: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, page_url)
    element = browser.find_elements(By.CSS_SELECTOR, ".s")[5]
    element.click()
    position = browser.execute_script("return document.getElementById('audio').currentTime")
    assert round(position * 1000) == int(element.get_attribute("data-start"))
    assert element.get_attribute("aria-current") == "true"
    link = browser.find_elements(By.CSS_SELECTOR, "nav a[data-start]")[2]
    link.click()
    position = browser.execute_script("return document.getElementById('audio').currentTime")
    assert round(position * 1000) == int(link.get_attribute("data-start"))


@pytest.mark.slow
def test_keys_move_by_sentence_and_change_speed(browser: Any, page_url: str) -> None:
    from selenium.webdriver.common.by import By

    _open(browser, page_url)
    sentences = browser.find_elements(By.CSS_SELECTOR, ".s")
    sentences[1].click()
    body = browser.find_element(By.TAG_NAME, "body")
    body.send_keys("\ue014")  # the right arrow
    assert browser.execute_script(
        "return Math.round(document.getElementById('audio').currentTime * 1000)"
    ) == int(sentences[2].get_attribute("data-start"))
    body.send_keys("]")
    body.send_keys("]")
    body.send_keys("[")
    rate = browser.execute_script("return document.getElementById('audio').playbackRate")
    assert rate == 1.1
    body.send_keys(" ")
    assert browser.execute_script("return !document.getElementById('audio').paused")
    body.send_keys(" ")
    assert browser.execute_script("return document.getElementById('audio').paused")


@pytest.mark.slow
def test_no_network_request_of_any_kind(browser: Any, page_url: str) -> None:
    browser.get_log("performance")  # what earlier tests left
    _open(browser, page_url)
    _play_from(browser, 1000)
    events = [json.loads(entry["message"])["message"] for entry in browser.get_log("performance")]
    urls = [
        e["params"]["request"]["url"] for e in events if e["method"] == "Network.requestWillBeSent"
    ]
    assert urls and all(url.startswith(("file:", "data:")) for url in urls), urls
    assert browser.execute_script("return performance.getEntriesByType('resource').length") == 0


@pytest.mark.slow
def test_no_serious_accessibility_violations(browser: Any, page_url: str) -> None:
    axe = Path(os.environ.get(AXE_ENV) or AXE_DEFAULT)
    if not axe.is_file():
        pytest.skip(f"axe-core not found: npm install axe-core and set {AXE_ENV} to its axe.min.js")
    _open(browser, page_url)
    _play_from(browser, browser.execute_script(_STATE)["sentences"][3])
    assert _settled(browser)["markedWord"] >= 0  # checked with a sentence and a word marked
    browser.execute_script(axe.read_text("utf-8"))
    result = browser.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document).then(r => done(r.violations), e => done(String(e)));"
    )
    assert isinstance(result, list), result
    serious = [(v["id"], v["impact"], len(v["nodes"])) for v in result]
    serious = [v for v in serious if v[1] in ("serious", "critical")]
    assert serious == []


_IN_VIEW = """
const e = document.querySelector('.s[aria-current="true"]');
if (!e) { return null; }
const box = e.getBoundingClientRect();
const top = document.querySelector('.player').getBoundingClientRect().bottom;
return box.top >= top && box.bottom <= window.innerHeight;
"""


@pytest.mark.slow
def test_the_page_follows_the_reading_unless_the_reader_scrolled_away(
    browser: Any, page_url: str
) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.set_window_size(390, 500)  # small enough that the last sentence is out of view
    try:
        _open(browser, page_url)
        starts = browser.execute_script(_STATE)["sentences"]
        assert browser.execute_script("return window.scrollY") == 0
        _play_from(browser, starts[-1])
        WebDriverWait(browser, 10, poll_frequency=0.05).until(lambda d: d.execute_script(_IN_VIEW))
        # The reader scrolls back to the top: playing on, the page stays there.
        browser.execute_script(
            "window.dispatchEvent(new WheelEvent('wheel', {deltaY: -500}));"
            "document.documentElement.style.scrollBehavior = 'auto'; window.scrollTo(0, 0);"
        )
        _play_from(browser, starts[-2])
        _settled(browser)
        assert browser.execute_script("return window.scrollY") == 0
        assert browser.execute_script(_IN_VIEW) is False
        # Clicking "Back to the reading position" (shown once the reader scrolled) follows again.
        WebDriverWait(browser, 10, poll_frequency=0.05).until(
            lambda d: d.execute_script("return !document.getElementById('resume').hidden")
        )
        browser.execute_script("document.getElementById('resume').click()")
        WebDriverWait(browser, 10, poll_frequency=0.05).until(lambda d: d.execute_script(_IN_VIEW))
    finally:
        browser.execute_script("document.getElementById('audio').pause()")
        browser.set_window_size(1280, 800)


@pytest.mark.slow
def test_an_embedded_page_plays_on_its_own(browser: Any, tmp_path: Path) -> None:
    page = _page(tmp_path, read_along="embed")
    (tmp_path / "story.wav").unlink()  # sent alone: the audio is inside
    _open(browser, page.resolve().as_uri())
    _play_from(browser, 1000)
    assert _settled(browser)["markedSentence"] >= 0
