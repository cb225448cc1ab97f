#!/usr/bin/env bash
# Opens a timeline's index.html in real headless Chromium (through Selenium) and checks that
# it works offline: the first frame shows, moving the date slider shows another date with
# every actor at the same place on screen, play advances the frames, and no request leaves
# file://. Skips, saying so, when Chromium, its driver or Selenium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-graphviz-timeline-browser
source Scripts/lib-checks.sh
require_browser
build_actorgraph
make_workdir
"$actorgraph" timeline Graphs/central-asia-2001.yaml --from 2001-09-10 --to 2001-10-15 --every changes \
    -o "$workdir/timeline" >/dev/null

CHROMIUM="$chromium_binary" CHROMEDRIVER="$driver_binary" PAGE="$workdir/timeline/index.html" .venv/bin/python - <<'PYTHON'
import os, sys, time
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.common.exceptions import TimeoutException
from selenium.webdriver.support.ui import WebDriverWait

def fail(message):
    print("check-graphviz-timeline-browser: FAILED: " + message)
    sys.exit(1)

options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
    options.add_argument(argument)
options.binary_location = os.environ["CHROMIUM"]
driver = webdriver.Chrome(service=Service(os.environ["CHROMEDRIVER"]), options=options)
try:
    driver.get("file://" + os.path.abspath(os.environ["PAGE"]))
    def wait_for(condition, what):
        try:
            WebDriverWait(driver, 20).until(condition)
        except TimeoutException:
            fail("timed out waiting for " + what)

    wait_for(lambda d: d.find_elements(By.CSS_SELECTOR, "#frame svg g.node"), "the first frame to show")
    dates = driver.execute_script(
        "return JSON.parse(document.getElementById('timeline-data').dataset.timeline).frames.map(f => f.date)")
    if len(dates) < 3:
        fail(f"expected several frames, got {dates}")

    def state():
        return driver.execute_script("""
            const frame = document.getElementById('frame');
            const texts = Array.from(frame.querySelectorAll('svg text')).map(t => t.textContent);
            const position = id => { const n = document.getElementById(id);
                if (!n) return null; const r = n.getBoundingClientRect(); return [r.x, r.y, r.width, r.height]; };
            return { date: document.getElementById('date').textContent, frameDate: frame.dataset.date, texts: texts,
                     nodes: frame.querySelectorAll('svg g.node').length,
                     started: document.querySelectorAll('#started li:not(.empty)').length,
                     unitedStates: position('actor-united-states'), putin: position('actor-putin') };""")

    first = state()
    if first["date"] != dates[0] or dates[0] not in first["texts"]:
        fail(f"first frame: date shown {first['date']!r}, frame texts lack {dates[0]!r}")
    print(f"check-graphviz-timeline-browser: first frame {dates[0]} shown with {first['nodes']} nodes")

    target = dates.index("2001-09-22") if "2001-09-22" in dates else len(dates) - 1
    driver.execute_script("""
        const slider = document.getElementById('slider');
        slider.value = arguments[0];
        slider.dispatchEvent(new Event('input', { bubbles: true }));""", target)
    wait_for(lambda d: d.find_element(By.ID, "date").text == dates[target], f"the slider to show {dates[target]}")
    moved = state()
    if dates[target] not in moved["texts"]:
        fail(f"after the slider moved, the frame does not show {dates[target]}")
    if moved["nodes"] != first["nodes"]:
        fail(f"frames have different actors: {first['nodes']} then {moved['nodes']}")
    for key in ("unitedStates", "putin"):
        a, b = first[key], moved[key]
        if a is None or b is None or max(abs(x - y) for x, y in zip(a, b)) > 0.5:
            fail(f"{key} moved on screen between frames: {a} then {b}")
    if moved["started"] == 0:
        fail(f"no relation listed as starting by {dates[target]}")
    print(f"check-graphviz-timeline-browser: slider moved to {dates[target]}: frame and date changed, "
          f"{moved['started']} relations listed as starting, actors at the same screen positions")

    driver.execute_script("document.getElementById('slider').value = 0;"
                          "document.getElementById('slider').dispatchEvent(new Event('input'));")
    driver.find_element(By.ID, "play").click()
    wait_for(lambda d: d.find_element(By.ID, "date").text != dates[0], "play to advance past the first date")
    driver.find_element(By.ID, "play").click()
    print(f"check-graphviz-timeline-browser: play advanced to {driver.find_element(By.ID, 'date').text}, pause stopped it")

    resources = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    remote = [name for name in resources if not name.startswith(("file:", "data:", "blob:"))]
    if remote:
        fail(f"the page requested {remote}")
    print("check-graphviz-timeline-browser: no network request (page works from file://)")
finally:
    driver.quit()
PYTHON
echo "check-graphviz-timeline-browser: passed"
