"""Make the README's screenshots of the read-along page (docs/read-along-*.png).

Narrates text/night-train.md with the real engine into a temporary folder with
--read-along, opens the page in headless Chromium (selenium, chromium and chromedriver
as for the tests), plays to a sentence in the second section, pauses, and saves the
page at a phone's size (390x844) and a laptop's (1280x800).

    python docs/screenshots.py
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.support.ui import WebDriverWait

from narrate.engines.espeak import Pyttsx3Engine
from narrate.pipeline import Settings, narrate

ROOT = Path(__file__).resolve().parent.parent
SIZES = {"phone": (390, 844, True), "laptop": (1280, 800, False)}
SENTENCE = 9
"""Which sentence to show being read (the first of "Why it stopped")."""


def _wait_for_scrolling_to_end(driver: webdriver.Chrome) -> None:
    """Until the page's own (smooth) scrolling has stopped: three equal readings."""
    positions: list[float] = []

    def still(d: webdriver.Chrome) -> bool:
        positions.append(d.execute_script("return window.scrollY"))
        return positions[-3:] == [positions[-1]] * 3

    WebDriverWait(driver, 20, poll_frequency=0.25).until(still)
    driver.execute_async_script(  # and the frame after it has been painted
        "const done = arguments[0];"
        "requestAnimationFrame(() => requestAnimationFrame(() => done()));"
    )


def main() -> None:
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "night-train.mp3"
        engine = Pyttsx3Engine()
        try:
            narrate(str(ROOT / "text" / "night-train.md"), out, engine,
                    Settings(read_along="link", cache=False))  # fmt: skip
        finally:
            engine.close()
        options = webdriver.ChromeOptions()
        options.binary_location = shutil.which("chromium") or ""
        for flag in ("--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
                     "--autoplay-policy=no-user-gesture-required",
                     f"--user-data-dir={folder}/profile"):  # fmt: skip
            options.add_argument(flag)
        driver = webdriver.Chrome(options=options, service=Service(shutil.which("chromedriver")))
        try:
            for name, (width, height, mobile) in SIZES.items():
                driver.execute_cdp_cmd(
                    "Emulation.setDeviceMetricsOverride",
                    {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": mobile},
                )
                driver.get(out.with_suffix(".html").as_uri())
                WebDriverWait(driver, 20).until(
                    lambda d: d.execute_script("return document.getElementById('audio').readyState")
                )
                driver.execute_script(
                    "const a = document.getElementById('audio');"
                    "const s = document.querySelectorAll('.s')[arguments[0]];"
                    "a.currentTime = (+s.dataset.start + 900) / 1000; a.play();",
                    SENTENCE,
                )
                WebDriverWait(driver, 20).until(
                    lambda d: d.execute_script(
                        "const a = document.getElementById('audio');"
                        "if (document.querySelector('.w[aria-current]')) { a.pause(); }"
                        "return a.paused;"
                    )
                )
                _wait_for_scrolling_to_end(driver)
                target = ROOT / "docs" / f"read-along-{name}.png"
                driver.save_screenshot(str(target))
                print(f"{target.relative_to(ROOT)}: {width}x{height}")
        finally:
            driver.quit()


if __name__ == "__main__":
    main()
