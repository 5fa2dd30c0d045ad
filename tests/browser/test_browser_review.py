"""The analysts' flow in a real browser: Playwright driving Debian's Chromium.

Starts the web app with uvicorn on 127.0.0.1 and a free port, on a copy of the
sample corpus database, then: log in, filter the list, open an event, correct
a figure, merge two events, see the audit entries; and saves a screenshot of
the dashboard (``benchmarks/out/dashboard.png``, ignored by git, plus the
pytest temporary directory). Under CI (``CI=true``) a missing browser is a
failure, elsewhere a skip. The browser is never downloaded: Playwright is
pointed at ``/usr/bin/chromium`` (installed by ``.ci/run``).
"""

from __future__ import annotations

import os
import re
import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from web_helpers import PASSWORD, add_users, copy_db

CHROMIUM = Path(os.environ.get("KIPU_CHROMIUM", "/usr/bin/chromium"))
OUT_DIR = Path(__file__).resolve().parents[2] / "benchmarks" / "out"


def _need_browser() -> None:
    problem = None
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        problem = "playwright is not installed"
    if problem is None and not CHROMIUM.exists():
        problem = f"{CHROMIUM} is missing (apt-get install chromium)"
    if problem:
        if os.environ.get("CI") == "true":
            pytest.fail(f"browser tests must run under CI: {problem}")
        pytest.skip(problem)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@pytest.fixture()
def server(sample_db_template, tmp_path) -> Iterator[tuple[str, str]]:
    """(base URL, database URL) of a running kipu web app."""
    _need_browser()
    import uvicorn

    from kipu.serve import create_app

    url = copy_db(sample_db_template, tmp_path / "browser.sqlite")
    add_users(url)
    port = _free_port()
    config = uvicorn.Config(create_app(url), host="127.0.0.1", port=port, log_level="warning")
    srv = uvicorn.Server(config)
    thread = threading.Thread(target=srv.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not srv.started:
        if time.monotonic() > deadline or not thread.is_alive():
            pytest.fail("the web app did not start")
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}", url
    finally:
        srv.should_exit = True
        thread.join(timeout=10)


@pytest.fixture()
def page(server):
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=["--no-sandbox", "--disable-gpu"])
        context = browser.new_context(locale="en-US", viewport={"width": 1400, "height": 1000})
        pg = context.new_page()
        pg.set_default_timeout(15_000)
        errors: list[str] = []
        pg.on("console", lambda msg: errors.append(msg.text) if msg.type == "error" else None)
        try:
            yield pg
        finally:
            browser.close()
        # A page that broke its own Content-Security-Policy would log an error here.
        assert not [e for e in errors if "Content Security Policy" in e], errors


def event_ids_in_table(page) -> list[int]:
    links = page.locator("#events-table tbody tr td:first-child a")
    return [int(t) for t in links.all_inner_texts()]


def test_analyst_reviews_in_the_browser(server, page, tmp_path):
    base, _ = server
    # log in (the login link keeps the page to come back to)
    page.goto(f"{base}/events")
    page.click("#login-link")
    page.fill("input[name=username]", "ana")
    page.fill("input[name=password]", PASSWORD)
    page.click("#login-form button[type=submit]")
    page.wait_for_url(f"{base}/")
    assert page.locator(".who").inner_text().startswith("EN") or "ana" in page.locator(".who").inner_text()

    # filter the list by region
    page.goto(f"{base}/events")
    everything = int(re.search(r"(\d+) events", page.inner_text("#result-count")).group(1))
    page.select_option("#filters select[name=region]", "Puno")
    page.click("#apply-filters")
    page.wait_for_url(re.compile(r".*region=Puno.*"))
    puno = int(re.search(r"(\d+) events", page.inner_text("#result-count")).group(1))
    assert 2 <= puno < everything
    regions = page.locator("#events-table tbody tr td:nth-child(4)").all_inner_texts()
    assert regions and set(regions) == {"Puno"}
    first, second = event_ids_in_table(page)[:2]

    # open an event and correct a figure
    page.click(f"#events-table a[href='/events/{first}']")
    page.wait_for_url(f"{base}/events/{first}")
    assert page.locator("#claims tbody tr").count() > 0
    form = page.locator("#edit-fatalities")
    form.locator("select[name=qualifier]").select_option("exact")
    form.locator("input[name=value]").fill("7")
    form.locator("input[name=reason]").fill("official list of victims")
    form.locator("button").click()
    page.wait_for_url(re.compile(rf".*/events/{first}\?done=edit.*"))
    assert page.locator("#figure-fatalities .shown").inner_text().strip() == "7"
    assert "manual edit by ana" in page.inner_text("#claims")

    # merge the second Puno event into this one
    page.fill("#merge-form input[name=other_id]", str(second))
    page.fill("#merge-form input[name=reason]", "same incident")
    page.click("#merge-form button")
    page.wait_for_url(re.compile(rf".*/events/{first}\?done=merge.*"))

    # the audit entries are on the event page
    history = page.locator("#history-table tbody tr")
    assert history.count() == 2
    top = history.nth(0).inner_text()
    assert "ana" in top and "merge" in top and "same incident" in top and f"event {second} merged in" in top
    assert "official list of victims" in history.nth(1).inner_text()
    page.goto(f"{base}/events/{second}")
    assert page.locator("h1").inner_text().strip() == "404"

    # and the dashboard, with the map and charts, as a screenshot
    page.goto(f"{base}/")
    assert page.locator("svg.map path.dept").count() == 25
    assert page.locator("svg.chart rect.bar").count() > 5
    shot = tmp_path / "dashboard.png"
    page.screenshot(path=str(shot), full_page=True)
    assert shot.stat().st_size > 20_000
    OUT_DIR.mkdir(parents=True, exist_ok=True)
    shutil.copy(shot, OUT_DIR / "dashboard.png")
