"""The web page in a real browser: headless Chromium (Debian's package) driven by Playwright, typing into the
page and reading what a person would see. COMPOSER_SCREENSHOTS=DIR saves a screenshot of each page there
(the README's pictures come from docs/screenshots/)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

pytest.importorskip("starlette")
pytest.importorskip("playwright")

from tests.web_support import CHROMIUM, CHROMIUM_ARGS, need_browser, running_server  # noqa: E402

PANEL_CSV = """id,interviewer_name,role,company,topics
a,Amara Okafor,Backend Engineer,Acme,event sourcing for the ledger
h,Henrik Larsen,Backend Engineer,Acme,on-call and incident reviews
p,Priya Nair,Backend Engineer,Acme,the hiring bar for senior engineers
"""


@pytest.fixture(scope="module")
def site():
    with running_server() as base:
        yield base


@pytest.fixture(scope="module")
def browser():
    need_browser()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1200, "height": 900})
    page = context.new_page()
    page.dialogs = []
    page.on("dialog", lambda dialog: (page.dialogs.append(dialog.message), dialog.dismiss()))
    yield page
    context.close()


def screenshot(page, name: str) -> None:
    folder = os.environ.get("COMPOSER_SCREENSHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        page.screenshot(path=str(Path(folder) / f"{name}.png"), full_page=True)


def fill_facts(page, name="Sofía Martínez", topic="migrating batch jobs to Kafka"):
    page.fill("input[name=interviewer_name]", name)
    page.fill("input[name=role]", "Data Engineer")
    page.fill("input[name=company]", "Acme")
    page.fill("textarea[name=topics]", topic)


def test_the_counter_turns_red_past_200_characters(site, page):
    page.goto(site + "/check")
    fill_facts(page)
    counter = page.locator("#counter")
    page.fill(
        "#note",
        "Hi Sofía, thank you for the interview. I enjoyed our talk about migrating batch jobs to Kafka.",
    )
    page.wait_for_function("document.querySelector('#counter').textContent.endsWith('/ 200')")
    assert "over" not in (counter.get_attribute("class") or "")
    page.fill("#note", "Hi Sofía, " + "thank you for the interview about migrating batch jobs to Kafka. " * 4)
    page.wait_for_function("document.querySelector('#counter').classList.contains('over')")
    assert counter.evaluate("e => getComputedStyle(e).color") == "rgb(179, 38, 30)"  # --bad: red
    assert int(counter.text_content().split("/")[0]) > 200


def test_a_question_about_the_decision_is_highlighted_at_its_span(site, page):
    page.goto(site + "/check")
    fill_facts(page)
    page.fill(
        "#note",
        "Hi Sofía, thank you for the interview on migrating batch jobs to Kafka. Any update on the decision?",
    )
    mark = page.locator("#highlighted mark[data-rule='eagerness.asks_about_decision']")
    mark.wait_for()
    assert "decision" in mark.text_content()
    assert "asks_about_decision" in page.locator("#findings").text_content()
    screenshot(page, "check")


def test_a_note_for_each_member_of_a_three_person_panel_with_no_key(site, page, monkeypatch):
    for name in ("OPENAI_API_KEY", "OPENAI_BASE_URL"):
        monkeypatch.delenv(name, raising=False)
    page.goto(site + "/panel")
    page.fill("textarea[name=pasted]", PANEL_CSV)
    # the writer left at its default, as a candidate leaves it
    assert page.locator("select[name=provider]").input_value() == "auto"
    page.click("#panel-form button")
    page.locator(".card").nth(2).wait_for()
    cards = page.locator(".card")
    assert cards.count() == 3
    texts = []
    for i, first in enumerate(("Amara", "Henrik", "Priya")):
        card = cards.nth(i)
        assert first in card.locator("h3").text_content()
        texts.append(card.locator("pre").text_content())
        assert first in texts[-1]
        assert "passes every check" in card.text_content()
    assert len(set(texts)) == 3
    assert page.locator("#downloads").is_visible()
    screenshot(page, "panel")


def test_compose_shows_each_attempt_the_message_its_source_and_variants(site, page):
    page.goto(site + "/")
    fill_facts(page)
    page.click("#compose-form button")
    page.locator("#final-text").wait_for()
    assert "Sofía" in page.locator("#final-text").text_content()
    assert "template" in page.locator("#final-source").text_content()
    assert page.locator(".attempt").count() == 1
    page.locator("#variants li").nth(1).wait_for()
    final = page.locator("#final-text").text_content()
    assert final not in [v.text_content() for v in page.locator("#variants pre").all()]
    screenshot(page, "compose")


def test_a_script_tag_in_the_facts_shows_as_text(site, page):
    script = "<script>alert(1)</script>"
    page.goto(site + "/check")
    fill_facts(page, name=script)
    page.fill("#note", f"Hi {script}, thank you for the interview.")
    page.wait_for_function("document.querySelector('#highlighted').textContent.includes('alert(1)')")
    assert script in page.locator("#highlighted").text_content()
    page.goto(site + "/panel")
    page.fill(
        "textarea[name=pasted]",
        f"id,interviewer_name,role,company,topics\nx,Ada Lovelace,{script},Acme,engines\n",
    )
    page.select_option("select[name=provider]", "template")
    page.click("#panel-form button")
    page.wait_for_function(
        "document.querySelector('.card') || !document.querySelector('#panel-error').hidden"
    )
    assert page.dialogs == []
    assert page.evaluate("document.querySelectorAll('main script').length") == 0


def test_the_plan_page_shows_the_plan_and_its_reasons(site, page):
    page.goto(site + "/plan")
    page.fill("input[name=interview_date]", "2026-05-18")
    page.select_option("select[name=vibe]", "positive")
    page.evaluate(
        "document.querySelector('#plan-form').append(Object.assign(document.createElement('input'), {type: 'hidden', name: 'today', value: '2026-05-18'}))"
    )
    page.click("#plan-form button")
    page.locator("#plan-reasons li").first.wait_for()
    assert "wait" in page.locator("#plan-action").text_content()
    assert "article" in page.locator("#plan-reasons").text_content()
    screenshot(page, "plan")


def test_today_lists_what_is_due_and_records_a_send(site, page, home, cli, tmp_path):
    from tests.journal_support import PANEL

    panel = tmp_path / "panel.yaml"
    panel.write_text(PANEL, encoding="utf-8")
    assert cli("interview", "add", panel).code == 0
    page.goto(site + "/today")
    page.fill("input[name=today]", "2026-05-20")
    page.click("#today-form button")
    items = page.locator("#due-items li")
    page.wait_for_function("document.querySelectorAll('#due-items li').length > 0")
    before = items.count()
    first = items.first.locator("strong").text_content()
    assert "Sofía Martínez" in page.locator("#due-items").text_content()
    items.first.locator("text=Draft it").click()
    items.first.locator("pre.draft").wait_for()
    assert "Sofía" in items.first.locator("pre.draft").text_content()
    screenshot(page, "today")
    items.first.locator("text=Mark as sent").click()
    page.wait_for_function(f"document.querySelectorAll('#due-items li').length < {before}")
    assert first not in [li.locator("strong").text_content() for li in items.all()]
