"""The training explorer as a reader meets it, in Chromium: it loads only when reached, every
number it shows is NumPy's (as Python formats it) at iterations 0, 1, a middle one, the last,
the farthest from a kept one and a random one, the weights each iteration starts from
included; its controls work by mouse and keyboard, step mode walks the loop's lines in order
and on into the next iteration, and the listing's lines and the values lead to each other.
The diagram's labels stand 12 px high beside the listing. Axe finds nothing in either
scheme, a phone never scrolls sideways, and without JavaScript the first and last iteration
stand in, fitting a phone.

Each program's desktop page is loaded once for the module, and looked at in the dark scheme
as the reader's system switches to it; its phone view is a page of the worker's phone tab
(conftest.py's `tab`). Screenshots, under screenshots/:
explorer-<program>-<desktop|mobile|dark>-<start|end>.png.
"""
import json
import random
import re

import numpy as np
import pytest
from browsing import DESKTOP, PHONE, Watched, axe_violations, in_dark_scheme, load
from fresh_runs import iteration as fresh_iteration
from js_modules import module_graph
from worker_groups import one_worker

from nn11site.explorer import data as explorer_data
from nn11site.explorer.data import PROGRAMS, shown, shown_node

# its tests share a module fixture: one worker runs them all (worker_groups.py)
pytestmark = one_worker(__name__)

PAGE = {"part1": "part1/", "part2": "part2/", "nn11": ""}
ROOT = {name: f"#explorer-{name}" for name in PAGE}
PLAY_TICK = 0.09  # seconds between iterations while playing (explorer.js)

READ = """root => {
  const el = document.querySelector(root);
  return {
    items: [...el.querySelectorAll('.nn11-explorer__item')].map(li => ({
      line: +li.dataset.line, kind: li.dataset.kind, name: li.dataset.name,
      cells: [...li.querySelectorAll('.nn11-explorer__value td')].map(td => td.textContent),
      start: [...li.querySelectorAll('.nn11-explorer__start td')].map(td => td.textContent),
      scalar: (li.querySelector('.nn11-explorer__scalar') || {}).textContent})),
    error: el.querySelector('[data-error]').textContent,
    nodes: [...el.querySelectorAll('[data-node]')].map(t => [t.dataset.node, t.textContent]),
    edges: [...el.querySelectorAll('[data-w]')].map(e => e.getAttribute('class') + ' ' +
                                                      e.getAttribute('stroke-width')),
    number: +el.querySelector('input[type=number]').value,
    said: el.querySelector('input[type=range]').getAttribute('aria-valuetext'),
    marker: +el.querySelector('.nn11-curve__marker').getAttribute('cx'),
    points: el.querySelector('.nn11-curve__line').getAttribute('points').trim().split(/\\s+/)
      .map(p => +p.split(',')[0]),
  };
}"""


@pytest.fixture(scope="module")
def data(built_site):
    return {name: json.loads((built_site / "explorer" / f"{name}.json").read_text())
            for name in PAGE}


@pytest.fixture(scope="module")
def opened(browser, site_url):
    """program -> its desktop page, loaded once for the whole module, the explorer mounted."""
    pages = {}

    def get(name):
        if name not in pages:
            watched = Watched(browser, viewport=DESKTOP)
            page = watched.new_page()
            load(page, site_url + PAGE[name])
            reach(page, name)
            pages[name] = (watched, page)
        return pages[name][1]
    yield get
    for watched, _ in pages.values():
        watched.close()
    for name, (watched, _) in pages.items():
        assert watched.errors == [] and watched.foreign == [], name


def reach(page, name):
    """Scroll to the explorer as a reader would; it is ready once its script has run."""
    page.locator(ROOT[name]).scroll_into_view_if_needed()
    page.wait_for_selector(f"{ROOT[name]}[data-ready]")


def go_to(page, name, iteration):
    number = page.locator(f"{ROOT[name]} input[type=number]")
    number.fill(str(iteration))
    number.press("Enter")
    page.wait_for_function(f"document.querySelector('{ROOT[name]} input[type=number]').value"
                           f" === '{iteration}'")


def expected(name, iteration):
    """What the page must show at `iteration`, from a fresh run of the program: every array
    the iteration computes, and under the loop's first line the weights it starts from."""
    top, namespace, printed = fresh_iteration(name, iteration)
    out = PROGRAMS[name]["output"]
    items = []
    for step in explorer_data.steps(PROGRAMS[name]["path"]):
        item = {"line": step["line"], "kind": step["kind"], "name": step["name"],
                "cells": [], "start": [], "scalar": None}
        if step["kind"] == "array":
            item["cells"] = [shown(v) for v in np.atleast_2d(namespace[step["name"]]).ravel()]
        elif step["kind"] == "for":
            item["scalar"] = str(iteration)
            item["start"] = [shown(v) for w in PROGRAMS[name]["weights"] for v in top[w].ravel()]
        elif step["kind"] == "if":
            item["scalar"] = str(iteration % 10000 == 0)  # part2.py's line 35
        else:
            item["scalar"] = (printed.splitlines()[-1] if iteration % 10000 == 0
                              else "(not run at this iteration)")
        items.append(item)
    row = 0  # the example the diagram shows until the reader picks another
    nodes = [[f"l0 {k}", str(v)] for k, v in enumerate(namespace["X"][row])]
    for layer in ("l1", "l2"):
        if layer in namespace:
            nodes += [[f"{layer} {k}", shown_node(v)] for k, v in enumerate(namespace[layer][row])]
    return {"items": items, "nodes": nodes,
            "error": shown(np.abs(namespace["y"] - namespace[out]).mean())}


def test_nothing_of_the_explorer_loads_before_the_reader_reaches_it(browser, site_url):
    watched = Watched(browser, viewport=DESKTOP, reduced_motion="reduce")
    page = watched.new_page()
    asked = []
    page.on("request", lambda r: asked.append(r.url))
    load(page, site_url + "part1/")
    page.wait_for_load_state("networkidle")
    assert not [u for u in asked if "explorer" in u]
    assert page.evaluate("window.nn11ExplorerMount === undefined")
    before_reaching = len(asked)
    reach(page, "part1")
    assert [u.split("/", 3)[3] for u in asked if "explorer" in u] == [
        "javascripts/explorer.js", "explorer/part1.json"]
    # and the modules the explorer's view imports came with it, not with the page
    loaded_at_first = {u.split("/", 3)[3] for u in asked[:before_reaching]}
    reached_for = {u.split("/", 3)[3] for u in asked[before_reaching:]}
    for module in module_graph("explorer.js"):
        assert f"javascripts/{module}" in reached_for - loaded_at_first, module
    # reduced motion: the edges change without a transition
    assert page.evaluate("getComputedStyle(document.querySelector('#explorer-part1 "
                         "[data-w]')).transitionDuration") == "0s"
    watched.close()
    assert watched.errors == [] and watched.foreign == []


# Run in the page before its scripts: every interval still running, by id.
COUNT_INTERVALS = """(() => {
  const set = window.setInterval.bind(window);
  const clear = window.clearInterval.bind(window);
  const running = window.nn11Intervals = new Set();
  window.setInterval = (...args) => { const id = set(...args); running.add(id); return id; };
  window.clearInterval = (id) => { running.delete(id); clear(id); };
})();"""


def test_leaving_the_page_while_the_explorer_plays_stops_it(browser, site_url):
    # instant navigation keeps the scripts running: play's timer must go with its page
    watched = Watched(browser, viewport=DESKTOP)
    watched.context.add_init_script(script=COUNT_INTERVALS)
    page = watched.new_page()
    load(page, site_url + "part1/")
    reach(page, "part1")
    before = page.evaluate("[...window.nn11Intervals]")
    page.locator("#explorer-part1 [data-do=play]").click()
    page.wait_for_function("+document.querySelector('#explorer-part1 input[type=number]').value > 5")
    playing = page.evaluate("ids => [...window.nn11Intervals].filter(id => !ids.includes(id))", before)
    assert playing
    page.locator(".md-tabs__link", has_text="Part 2").click()
    page.wait_for_url("**/part2/")
    page.wait_for_function("ids => ids.every(id => !window.nn11Intervals.has(id))", arg=playing,
                           timeout=3000)
    watched.close()
    assert watched.errors == [] and watched.foreign == []


def assert_shows_numpys_numbers(page, name, iteration):
    shows = page.evaluate(READ, ROOT[name])
    want = expected(name, iteration)
    for got, item in zip(shows["items"], want["items"], strict=True):
        if item["kind"] == "array":
            assert got["cells"] == item["cells"], (name, iteration, item["line"])
        else:
            assert got["scalar"] == item["scalar"], (name, iteration, item["line"])
        assert got["start"] == item["start"], (name, iteration, item["line"])
    assert shows["nodes"] == want["nodes"], (name, iteration)
    assert shows["error"] == want["error"], (name, iteration)
    return shows


@pytest.mark.parametrize("name", PAGE)
def test_numbers_shown_are_numpys_at_iterations_0_1_middle_and_last(opened, data, name):
    page = opened(name)
    kept = data[name]["iterations"]
    for iteration in (0, 1, kept[len(kept) // 2], kept[-1]):
        go_to(page, name, iteration)
        assert_shows_numpys_numbers(page, name, iteration)


def test_every_iteration_shows_the_weights_it_starts_from_then_what_the_update_makes_of_them(
        opened):
    # Part 1, seed 1: line 29 multiplies by syn0 as np.random drew it, first weight -0.166;
    # stepping to line 29 shows it, under the loop's first line, before line 39 changes it
    page = opened("part1")
    go_to(page, "part1", 0)
    step = page.locator("#explorer-part1 [data-do=step]")
    step.click()
    step.click()
    step.click()
    start = page.locator("#explorer-part1 li[data-kind=for] .nn11-explorer__start")
    assert page.locator("#explorer-part1 li.is-step").get_attribute("data-line") == "29"
    assert start.is_visible()
    top, namespace, _ = fresh_iteration("part1", 0)
    assert start.locator("td").all_inner_texts() == [shown(v) for v in top["syn0"].ravel()]
    assert start.locator("td").first.inner_text() == "\N{MINUS SIGN}0.1660"
    # and line 39's row, what the update makes of them
    page.locator("#explorer-part1 [data-do=whole]").click()
    update = page.locator("#explorer-part1 li[data-line='39'] .nn11-explorer__value td")
    assert update.all_inner_texts() == [shown(v) for v in namespace["syn0"].ravel()]


def farthest_from_kept(kept, total):
    """The iteration with the most iterations to compute from the kept one before it."""
    ends = [*kept[1:], total]
    k = max(range(len(kept)), key=lambda k: ends[k] - kept[k])
    return ends[k] - 1


@pytest.mark.parametrize("name", PAGE)
def test_any_iteration_typed_is_the_one_shown_with_numpys_numbers(opened, data, name):
    # the data keeps some iterations; the page computes the others forward from the kept one
    # before them, and must still show NumPy's numbers: the farthest from a kept one, and one
    # drawn at random each run (the measured drift stays far below the 4 digits shown)
    page = opened(name)
    kept, total = data[name]["iterations"], data[name]["total"]
    drawn = random.choice(sorted(set(range(total)) - set(kept)))
    for iteration in (farthest_from_kept(kept, total), drawn):
        go_to(page, name, iteration)
        shows = assert_shows_numpys_numbers(page, name, iteration)
        assert shows["said"] == f"iteration {iteration:,} of {total - 1:,}"
        # the curve's marker sits between the kept iterations on either side
        k = max(i for i, j in enumerate(kept) if j < iteration)
        assert shows["points"][k] <= shows["marker"] <= shows["points"][k + 1], (iteration, k)


def test_next_line_after_the_last_line_goes_to_the_next_iteration(opened, data):
    page = opened("part1")
    kept = data["part1"]["iterations"]
    start = kept[-2]
    assert start + 1 not in kept
    go_to(page, "part1", start)
    lines = len(explorer_data.steps(PROGRAMS["part1"]["path"]))
    step = page.locator("#explorer-part1 [data-do=step]")
    for _ in range(lines + 1):
        step.click()
    assert page.locator("#explorer-part1 li.is-step").get_attribute("data-kind") == "for"
    assert page.evaluate(READ, ROOT["part1"])["number"] == start + 1
    assert_shows_numpys_numbers(page, "part1", start + 1)
    page.locator("#explorer-part1 [data-do=whole]").click()


def test_slider_answers_its_keys_and_says_the_iteration(opened, data):
    page = opened("part1")
    kept = data["part1"]["iterations"]
    slider = page.locator("#explorer-part1 input[type=range]")
    slider.focus()
    read = lambda: page.evaluate(READ, "#explorer-part1")["number"]  # noqa: E731
    slider.press("Home")
    assert read() == 0
    slider.press("ArrowRight")
    assert read() == kept[1]
    slider.press("PageUp")
    assert read() > kept[1]
    slider.press("End")
    assert read() == kept[-1] == 9999
    assert slider.get_attribute("aria-valuetext") == "iteration 9,999 of 9,999"
    slider.press("ArrowLeft")
    assert read() == kept[-2]
    # the number field takes any iteration and shows that very one
    go_to(page, "part1", kept[-1])
    number = page.locator("#explorer-part1 input[type=number]")
    number.fill("5000")
    number.press("Enter")
    assert 5000 not in kept and read() == 5000
    assert slider.get_attribute("aria-valuetext") == "iteration 5,000 of 9,999"
    # from there the slider's keys go to the kept iterations on either side of it
    before, after = max(j for j in kept if j < 5000), min(j for j in kept if j > 5000)
    slider.press("ArrowRight")
    assert read() == after
    number.fill("5000")
    number.press("Enter")
    slider.press("ArrowLeft")
    assert read() == before
    status = page.locator("#explorer-part1 .nn11-explorer__status")
    assert status.get_attribute("aria-live") == "polite"
    page.wait_for_function("document.querySelector('#explorer-part1 .nn11-explorer__status')"
                           ".textContent.startsWith('Showing iteration ')")


def test_play_runs_through_iterations_and_pause_stops_it(opened):
    page = opened("part1")
    go_to(page, "part1", 0)
    page.evaluate("""() => {
      window.nn11Said = 0;
      new MutationObserver(() => window.nn11Said++).observe(
        document.querySelector('#explorer-part1 .nn11-explorer__status'),
        {childList: true, characterData: true, subtree: true});
    }""")
    play = page.locator("#explorer-part1 [data-do=play]")
    play.click()
    assert play.get_attribute("aria-pressed") == "true"
    page.wait_for_function("+document.querySelector('#explorer-part1 input[type=number]').value > 5")
    play.click()
    assert play.get_attribute("aria-pressed") == "false" and play.inner_text() == "Play"
    stopped = page.evaluate(READ, "#explorer-part1")["number"]
    # not moving is checked over several of play's ticks
    page.evaluate(f"new Promise(done => setTimeout(done, {int(PLAY_TICK * 5000)}))")
    assert page.evaluate(READ, "#explorer-part1")["number"] == stopped
    # announced once, when it stopped: never on every frame
    assert page.evaluate("window.nn11Said") == 1
    assert page.locator("#explorer-part1 .nn11-explorer__status").inner_text() == (
        f"Showing iteration {stopped:,} of 9,999")


def test_step_mode_walks_the_loop_line_by_line_with_each_value(opened, data):
    page = opened("part2")
    go_to(page, "part2", 0)
    lines = [s["line"] for s in explorer_data.steps(PROGRAMS["part2"]["path"])]
    step = page.locator("#explorer-part2 [data-do=step]")
    state = """() => {
      const root = document.querySelector('#explorer-part2');
      const at = root.querySelector('.is-step');
      return {line: +at.dataset.line,
              marked: [...document.querySelectorAll('.nn11-marked')].map(s => s.id),
              shown: getComputedStyle(at.querySelector('.nn11-explorer__value')).visibility,
              hidden: [...root.querySelectorAll('.is-pending .nn11-explorer__value')].every(
                v => getComputedStyle(v).visibility === 'hidden'),
              number: +root.querySelector('input[type=number]').value};
    }"""
    want = {i["line"]: i for i in expected("part2", 0)["items"]}
    walked = []
    for _ in lines:
        step.click()
        now = page.evaluate(state)
        walked.append(now["line"])
        assert now["marked"] == [f"part2-{now['line']}"]
        assert now["shown"] == "visible" and now["hidden"] and now["number"] == 0
        got = page.evaluate(READ, "#explorer-part2")["items"]
        shows = next(i for i in got if i["line"] == now["line"])
        assert (shows["cells"] or shows["scalar"]) == (want[now["line"]]["cells"]
                                                       or want[now["line"]]["scalar"])
    assert walked == lines
    # past the last line, the next iteration begins; it prints nothing, so line 36 is skipped
    walked = []
    for _ in lines[:-1]:
        step.click()
        walked.append(page.evaluate(state)["line"])
    assert walked == [n for n in lines if n != 36]
    assert page.evaluate(state)["number"] == data["part2"]["iterations"][1]
    page.locator("#explorer-part2 [data-do=whole]").click()
    assert page.evaluate("document.querySelectorAll('#explorer-part2 .is-step, "
                         "#explorer-part2 .is-pending, .nn11-marked').length") == 0


def test_listing_line_and_its_value_lead_to_each_other(opened):
    page = opened("part1")
    linked = "[...document.querySelectorAll('#explorer-part1 .is-linked')].map(li => +li.dataset.line)"
    page.hover("#part1-29")
    assert page.evaluate(linked) == [29]
    page.mouse.move(0, 0)
    assert page.evaluate(linked) == []
    # (Material makes every href absolute: the number link is found by its text)
    page.locator(".walkthrough__code .linenos a", has_text=re.compile(r"^\s*32\s*$")).focus()
    assert page.evaluate(linked) == [32]
    page.locator("#explorer-part1 li[data-line='36'] td").first.click()
    assert page.evaluate("[...document.querySelectorAll('.nn11-marked')].map(s => s.id)") == [
        "part1-36"]


@pytest.mark.parametrize("name", PAGE)
def test_diagram_edges_differ_between_first_and_last_iteration(opened, data, name):
    page = opened(name)
    go_to(page, name, 0)
    first = page.evaluate(READ, ROOT[name])["edges"]
    go_to(page, name, data[name]["iterations"][-1])
    last = page.evaluate(READ, ROOT[name])["edges"]
    assert len(first) == len(last) == sum(np.prod(s) for s in data[name]["shapes"].values())
    assert sum(a != b for a, b in zip(first, last, strict=True)) >= len(first) - 1


# every label of every network drawing on the page, as rendered: [text, CSS px high]
LABEL_SIZES = """() => [...document.querySelectorAll('.nn11-net svg')].flatMap(svg => {
  const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
  return [...svg.querySelectorAll('text')].map(t =>
    [t.textContent, parseFloat(getComputedStyle(t).fontSize) * scale]);
})"""


@pytest.mark.parametrize("name", PAGE)
def test_network_labels_are_at_least_12_px_beside_the_listing_at_1280(opened, name):
    page = opened(name)
    page.set_viewport_size({"width": 1280, "height": 900})
    try:
        page.locator(ROOT[name]).scroll_into_view_if_needed()
        if name != "nn11":  # Part 1 and Part 2 read beside their listing at this width
            assert page.evaluate(f"""() => document.querySelector('{ROOT[name]}')
              .getBoundingClientRect().right <= document.querySelector('.walkthrough__code')
              .getBoundingClientRect().left""")
        sizes = page.evaluate(LABEL_SIZES)
        assert sizes and [(text, round(px, 1)) for text, px in sizes if px < 12] == []
    finally:
        page.set_viewport_size(DESKTOP)


def run_axe(page, name):
    """axe on the explorer and its network diagram (the rest of the page is test_pages')."""
    return axe_violations(page, f"{ROOT[name]}, .nn11-net")


@pytest.mark.parametrize("name", PAGE)
def test_axe_finds_no_violation_light_and_desktop_screenshots(opened, data, screenshots, name):
    page = opened(name)
    assert run_axe(page, name) == []
    for when, iteration in (("start", 0), ("end", data[name]["iterations"][-1])):
        go_to(page, name, iteration)
        page.locator(ROOT[name]).screenshot(path=screenshots / f"explorer-{name}-desktop-{when}.png")


@pytest.mark.parametrize("name", PAGE)
def test_dark_scheme_axe_and_screenshots(opened, data, screenshots, name):
    page = opened(name)
    with in_dark_scheme(page):
        assert run_axe(page, name) == []
        for when, iteration in (("start", 0), ("end", data[name]["iterations"][-1])):
            go_to(page, name, iteration)
            page.locator(ROOT[name]).screenshot(path=screenshots / f"explorer-{name}-dark-{when}.png")


@pytest.mark.parametrize("name", PAGE)
def test_phone_fits_the_explorer_without_sideways_scroll(tab, site_url, data, screenshots, name):
    shown = tab(color_scheme="light", **PHONE).show(site_url, PAGE[name])
    page = shown.page
    reach(page, name)
    for when, iteration in (("start", 0), ("end", data[name]["iterations"][-1])):
        go_to(page, name, iteration)
        page.locator(ROOT[name]).screenshot(path=screenshots / f"explorer-{name}-mobile-{when}.png")
        fits = page.evaluate(f"""() => {{
          const root = document.querySelector('{ROOT[name]}').getBoundingClientRect();
          return [document.documentElement.scrollWidth <= document.documentElement.clientWidth,
                  root.left >= 0 && root.right <= document.documentElement.clientWidth];
        }}""")
        assert fits == [True, True], when
    assert shown.watched.errors == [] and shown.watched.foreign == []


def test_without_javascript_the_first_and_last_iteration_stand_in(browser, site_url):
    watched = Watched(browser, viewport=DESKTOP, java_script_enabled=False)
    page = watched.new_page()
    page.goto(site_url + "part1/")
    assert not page.locator("#explorer-part1 .nn11-explorer__live").is_visible()
    static = page.locator("#explorer-part1 .nn11-explorer__static")
    assert static.is_visible()
    line = static.locator("li[data-line='29']")
    assert line.locator("code").inner_text() == "l1 = nonlin(np.dot(l0,syn0))"
    assert line.locator(".nn11-explorer__when").all_inner_texts() == ["Iteration 0",
                                                                      "Iteration 9,999"]
    first_l1 = line.locator("[data-at=first] td").all_inner_texts()
    assert first_l1 == expected("part1", 0)["items"][2]["cells"]
    # the loop's first line: the weights iteration 0 starts from
    assert static.locator("li[data-line='25'] [data-at=first] td").all_inner_texts() == \
        expected("part1", 0)["items"][0]["start"]
    watched.close()


@pytest.mark.parametrize("name", PAGE)
def test_without_javascript_a_phone_fits_the_stand_in_with_code_lines_kept_whole(browser, site_url,
                                                                                  name):
    watched = Watched(browser, java_script_enabled=False, **PHONE)
    page = watched.new_page()
    page.goto(site_url + PAGE[name])
    fits = page.evaluate(f"""() => {{
      const box = document.querySelector('{ROOT[name]} .nn11-explorer__static');
      const width = box.clientWidth, right = box.getBoundingClientRect().right;
      return {{
        // nothing in it sticks out of it or scrolls sideways
        inside: [...box.querySelectorAll('*'), box].filter(el =>
          el.getBoundingClientRect().right > right + 1
          || (el.clientWidth > 0 && el.scrollWidth > el.clientWidth + 1))
          .map(el => el.tagName + ' ' + Math.round(el.scrollWidth) + ' px'),
        onScreen: right <= document.documentElement.clientWidth,
        // each line of code wraps only where the box is too narrow for it: no more lines
        // than its one-line width needs at 90 % of the box's width
        squeezed: [...box.querySelectorAll('code')].map(code => {{
          const lines = code.getClientRects().length;
          const whole = code.cloneNode(true);
          whole.style.whiteSpace = 'nowrap';
          whole.style.position = 'absolute';
          box.append(whole);
          const needs = Math.ceil(whole.getBoundingClientRect().width / (0.9 * width));
          whole.remove();
          return lines > needs ? code.textContent + ': ' + lines + ' lines' : null;
        }}).filter(Boolean),
      }};
    }}""")
    assert fits == {"inside": [], "onScreen": True, "squeezed": []}
    watched.close()
