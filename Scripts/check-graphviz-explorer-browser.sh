#!/usr/bin/env bash
# Opens the explorer (`actorgraph explore`) of the bundled graph in real headless Chromium
# (Selenium) and checks it against `actorgraph snapshot`: on three days the number of
# relations the page draws equals snapshot's, and so do the certainty switch (--certain)
# and one kind filter (--kinds supports); the URL hash keeps the day; arrow keys step a day;
# clicking the edge between the United States and Russia shows the citation; no request
# leaves file://. A second page built from hostile names and notes (quotes, </script>,
# <!--, HTML) shows them as text and runs none of them. Skips, saying so, when Chromium,
# its driver or Selenium is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-graphviz-explorer-browser
source Scripts/lib-checks.sh
require_browser
build_actorgraph
make_workdir
graph=Graphs/central-asia-2001.yaml
"$actorgraph" explore "$graph" -o "$workdir/explorer.html" 2>/dev/null
for day in 2001-09-13 2001-09-17 2001-09-22; do
    "$actorgraph" snapshot "$graph" --at "$day" --format json > "$workdir/$day.json"
    "$actorgraph" snapshot "$graph" --at "$day" --certain --format json > "$workdir/$day-certain.json"
    "$actorgraph" snapshot "$graph" --at "$day" --kinds supports --format json > "$workdir/$day-supports.json"
done
cat > "$workdir/hostile.yaml" <<'YAML'
title: "Hostile </script><script>window.pwned=1</script> title"
sources:
  evil: "<img src=x onerror=window.pwned=2> & \"quoted\" <!-- comment"
actors:
  - { id: a, name: "</script><script>window.pwned=3</script>", kind: state, note: "<!-- not a comment -->" }
  - { id: b, name: "<b onclick=window.pwned=4>Bold</b> 'single' \"double\"", kind: state }
relations:
  - { id: "r1", kind: supports, source: a, target: b, start: 2001-09-22, citations: [evil], note: "<script>window.pwned=5</script>" }
YAML
"$actorgraph" explore "$workdir/hostile.yaml" -o "$workdir/hostile.html" 2>/dev/null

CHROMIUM="$chromium_binary" CHROMEDRIVER="$driver_binary" WORKDIR="$workdir" .venv/bin/python - <<'PYTHON'
import json, os, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys

def fail(message):
    print("check-graphviz-explorer-browser: FAILED: " + message)
    sys.exit(1)

work = os.environ["WORKDIR"]
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1400,1000"):
    options.add_argument(argument)
options.binary_location = os.environ["CHROMIUM"]
driver = webdriver.Chrome(service=Service(os.environ["CHROMEDRIVER"]), options=options)
page = "file://" + os.path.join(work, "explorer.html")
try:
    def count():
        return int(driver.find_element(By.ID, "relation-count").get_attribute("data-count"))
    def expected(name):
        return len(json.load(open(os.path.join(work, name)))["relations"])
    def set_checkbox(element, value):
        if element.is_selected() != value:
            element.click()
    for day in ("2001-09-13", "2001-09-17", "2001-09-22"):
        driver.get(page + "#" + day)
        driver.refresh()
        shown = driver.find_element(By.ID, "date").get_attribute("value")
        if shown != day:
            fail(f"the hash #{day} shows {shown}")
        if count() != expected(f"{day}.json"):
            fail(f"{day}: the page draws {count()} relations, snapshot lists {expected(day + '.json')}")
        drawn = driver.execute_script(
            "return Array.from(document.querySelectorAll('#diagram g.edge[data-relation-id]:not(.hidden)'))"
            ".flatMap(g => g.dataset.relationId.split(' ')).length")
        if drawn < 1:
            fail(f"{day}: no edge carries data-relation-id")
        set_checkbox(driver.find_element(By.ID, "certain"), True)
        if count() != expected(f"{day}-certain.json"):
            fail(f"{day}: certainly: {count()} drawn, snapshot --certain lists {expected(day + '-certain.json')}")
        set_checkbox(driver.find_element(By.ID, "certain"), False)
        for box in driver.find_elements(By.CSS_SELECTOR, "#kind-filter input[data-kind]"):
            set_checkbox(box, box.get_attribute("data-kind") == "supports")
        if count() != expected(f"{day}-supports.json"):
            fail(f"{day}: supports only: {count()} drawn, snapshot --kinds supports lists {expected(day + '-supports.json')}")
        print(f"check-graphviz-explorer-browser: {day}: {expected(day + '.json')} relations, "
              f"{expected(day + '-certain.json')} certainly, {expected(day + '-supports.json')} supports: as snapshot")
    driver.get(page + "#2001-09-22")
    driver.refresh()
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_RIGHT)
    if driver.find_element(By.ID, "date").get_attribute("value") != "2001-09-23" or not driver.current_url.endswith("#2001-09-23"):
        fail("the right arrow key did not step to 2001-09-23 (and into the hash)")
    driver.find_element(By.TAG_NAME, "body").send_keys(Keys.ARROW_LEFT)
    edge = driver.find_element(By.CSS_SELECTOR, "#diagram g.edge[id='relations-united-states-russia']")
    ids = edge.get_attribute("data-relation-id").split(" ")
    # The deal and the three terms the United States pledges (the Chechnya term is Bush's own
    # pledge; Russia's collective offer joins the Russia -> US edge of its opposition).
    if sorted(ids) != sorted(["us-russia-deal", "deal-term-temporary-bases", "deal-term-consultation",
                              "deal-term-economic-integration"]):
        fail(f"the United States-Russia edge carries {ids}")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)
    text = driver.find_element(By.ID, "details").text
    # Rashid's words for the deal, from Graphs/sources/central-asia-2001.txt.
    if ("Rashid, 2008" not in text or "agrees with" not in text or "kept secret" not in text
            or "A formal deal is reached between the US and Russia on September 22" not in text):
        fail(f"clicking the deal's edge shows: {text[:300]!r}")
    print("check-graphviz-explorer-browser: clicking the US-Russia edge shows its 4 relations, Rashid's words and the secret mark")
    node = driver.find_element(By.CSS_SELECTOR, "#diagram g.node[id='actor-russia']")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", node)
    if not driver.find_elements(By.CSS_SELECTOR, "#details .gantt .row .certainly"):
        fail("clicking Russia shows no Gantt strip")
    # The strip's geometry as drawn: every possibly-active bar holds its certainly-active bar,
    # and the YAML's "start: [2001-09-11..2001-09-12]" of Russia's opposition to the US
    # presence leaves a shaded margin from 11 September to the solid bar from 12 September,
    # on the page's own scale (the date input's min to max).
    import datetime
    first = datetime.date.fromisoformat(driver.find_element(By.ID, "date").get_attribute("min"))
    last = datetime.date.fromisoformat(driver.find_element(By.ID, "date").get_attribute("max"))
    rows = driver.execute_script("""
        return Array.from(document.querySelectorAll('#details .gantt .row')).map(row => {
          const box = e => { const r = e && e.getBoundingClientRect(); return r ? [r.left, r.right] : null; };
          return {id: row.dataset.relationId, track: box(row.querySelector('.track')),
                  possibly: box(row.querySelector('.possibly')), certainly: box(row.querySelector('.certainly'))};
        });""")
    for row in rows:
        if row["certainly"] and row["possibly"] and not (row["possibly"][0] <= row["certainly"][0] + 0.5
                                                         and row["certainly"][1] <= row["possibly"][1] + 0.5):
            fail(f"Gantt row {row['id']}: the certain bar {row['certainly']} leaves the possible one {row['possibly']}")
    row = next((r for r in rows if r["id"] == "russia-opposes-us-presence"), None)
    if row is None or not row["possibly"] or not row["certainly"]:
        fail(f"Russia's Gantt strip has no bars for russia-opposes-us-presence: {row}")
    def day_at(px):  # the day a horizontal position stands for, in days since `first`
        return (px - row["track"][0]) / (row["track"][1] - row["track"][0]) * (last - first).days
    shaded, solid = day_at(row["possibly"][0]), day_at(row["certainly"][0])
    want_shaded, want_solid = (datetime.date(2001, 9, 11) - first).days, (datetime.date(2001, 9, 12) - first).days
    if abs(shaded - want_shaded) > 0.5 or abs(solid - want_solid) > 0.5:
        fail(f"russia-opposes-us-presence: shaded from day {shaded:.2f}, solid from day {solid:.2f} after {first}; "
             f"expected {want_shaded} (11 September) and {want_solid} (12 September)")
    print(f"check-graphviz-explorer-browser: Russia's Gantt strip: {len(rows)} rows, each solid bar inside its shaded one; "
          "the opposition's shaded margin runs from 11 to 12 September as the YAML dates it")
    resources = driver.execute_script("return performance.getEntriesByType('resource').map(r => r.name)")
    remote = [name for name in resources if not name.startswith(("file:", "data:", "blob:"))]
    if remote:
        fail(f"the page requested {remote}")
    print("check-graphviz-explorer-browser: an actor's Gantt strip shows; no request leaves file://")

    driver.get("file://" + os.path.join(work, "hostile.html") + "#2001-09-22")
    driver.refresh()
    if driver.execute_script("return window.pwned") is not None:
        fail(f"a hostile name ran script: window.pwned = {driver.execute_script('return window.pwned')}")
    if "</script><script>window.pwned=1</script>" not in driver.find_element(By.TAG_NAME, "h1").text:
        fail("the hostile title is not shown as text")
    edge = driver.find_element(By.CSS_SELECTOR, "#diagram g.edge[data-relation-id='r1']")
    driver.execute_script("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true}))", edge)
    details = driver.find_element(By.ID, "details").text
    if "<script>window.pwned=5</script>" not in details or "<img src=x onerror=window.pwned=2>" not in details:
        fail(f"hostile note or source not shown as text: {details!r}")
    if driver.execute_script("return window.pwned") is not None or driver.find_elements(By.CSS_SELECTOR, "#details img, #details script, h1 b"):
        fail("hostile markup became elements")
    print("check-graphviz-explorer-browser: hostile names, notes and sources are shown as text and run nothing")
finally:
    driver.quit()
PYTHON
echo "check-graphviz-explorer-browser: passed"
