#!/usr/bin/env bash
# Opens the influence report's HTML page in real headless Chromium (through Selenium) and checks
# what an analyst sees offline: one drawn line chart per measure with a point per actor and
# date, the highlights telling who brokers when, a section per date that the highlights link
# to, and no request leaving file://. Skips, saying so, when Chromium, its driver or Selenium
# is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

check_name=check-analysis-report-browser
source Scripts/lib-checks.sh
require_browser
build_actorgraph
make_workdir
"$actorgraph" report Graphs/central-asia-2001.yaml --from 2001-09-01 --to 2001-12-31 --every changes \
    --format html -o "$workdir/report.html"
"$actorgraph" report Graphs/central-asia-2001.yaml --from 2001-09-01 --to 2001-12-31 --every changes \
    --format json -o "$workdir/report.json"

CHROMIUM="$chromium_binary" CHROMEDRIVER="$driver_binary" PAGE="$workdir/report.html" DATA="$workdir/report.json" \
    .venv/bin/python - <<'PYTHON'
import json, os, sys
from selenium import webdriver
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By

def fail(message):
    print("check-analysis-report-browser: FAILED: " + message)
    sys.exit(1)

data = json.load(open(os.environ["DATA"]))
dates = [entry["date"] for entry in data["dates"]]
options = webdriver.ChromeOptions()
for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1300,1000"):
    options.add_argument(argument)
options.binary_location = os.environ["CHROMIUM"]
driver = webdriver.Chrome(service=Service(os.environ["CHROMEDRIVER"]), options=options)
try:
    driver.get("file://" + os.path.abspath(os.environ["PAGE"]))
    charts = driver.find_elements(By.CSS_SELECTOR, "svg.chart")
    measures = data["settings"]["measures"]
    if len(charts) != len(measures):
        fail(f"{len(charts)} charts for {len(measures)} measures")
    for chart, measure in zip(charts, measures):
        size = chart.size
        if size["width"] < 300 or size["height"] < 120:
            fail(f"the {measure} chart is drawn {size['width']}x{size['height']} px")
        legend = [text.text for text in chart.find_elements(By.CSS_SELECTOR, "text.legend")]
        points = chart.find_elements(By.TAG_NAME, "circle")
        # At most one point per charted actor and date (none where the actor has no relation).
        if len(points) == 0 or len(points) > len(legend) * len(dates):
            fail(f"the {measure} chart has {len(points)} points for {len(legend)} actors and {len(dates)} dates")
        for point in points[:3]:
            if point.size["width"] <= 0:
                fail(f"a point of the {measure} chart is not drawn")
    highlights = driver.find_element(By.ID, "highlights").text
    for sentence in ("Vladimir Putin gains brokerage", "Northern Alliance becomes the main broker", "Uzbekistan becomes the main broker"):
        if sentence not in highlights:
            fail(f"the highlights do not say '{sentence}'")
    for date in dates:
        if not driver.find_elements(By.ID, "d" + date):
            fail(f"no section for {date}")
    diagrams = driver.find_elements(By.CSS_SELECTOR, "figure.diagram svg")
    if len(diagrams) != len(dates):
        fail(f"{len(diagrams)} diagrams for {len(dates)} dates")
    for diagram, date in zip(diagrams, dates):
        if diagram.size["width"] < 200 or not diagram.find_elements(By.CSS_SELECTOR, "g.node"):
            fail(f"the diagram of {date} is not drawn")
    link = driver.find_element(By.CSS_SELECTOR, "#highlights a[href='#d2001-09-17']")
    link.click()
    top = driver.execute_script("return document.getElementById('d2001-09-17').getBoundingClientRect().top")
    if abs(top) > 5:
        fail(f"following the 2001-09-17 highlight leaves its section {top} px from the top")
    requests = driver.execute_script(
        "return performance.getEntriesByType('resource').map(e => e.name).filter(n => !n.startsWith('file:'))")
    if requests:
        fail(f"the page requested {requests}")
    print(f"check-analysis-report-browser: {len(charts)} charts drawn, {len(dates)} dated sections with diagrams, "
          "highlights tell the story, no request leaves the file")
finally:
    driver.quit()
PYTHON
