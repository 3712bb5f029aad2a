#!/usr/bin/env python3
"""Writes the Vietnamese locales (vi.json) of Camunda Tasklist and the Welcome app.

Reads each app's en.json from the Camunda webjar in the local Maven repository, replaces every label
with its translation from vi_labels.py (in the same key order), checks that no key is missing and that
{{placeholders}} and HTML tags are kept, and writes
src/main/resources/META-INF/resources/webjars/camunda/app/<app>/locales/vi.json.

    python3 scripts/webapp-locales/build_vi.py
"""
import json
import pathlib
import re
import sys
import zipfile

from vi_labels import LABELS

VERSION = "7.24.0"
ROOT = pathlib.Path(__file__).resolve().parents[2]
JAR = (pathlib.Path.home() / ".m2/repository/org/camunda/bpm/webapp/camunda-webapp-webjar" / VERSION
       / f"camunda-webapp-webjar-{VERSION}.jar")
APPS = ("tasklist", "welcome")

# moment.js locale data, as Tasklist passes en.json's dateLocales to moment.defineLocale
DATE_LOCALES = {
    "months": [f"Tháng {n}" for n in range(1, 13)],
    "monthsShort": [f"Th{n}" for n in range(1, 13)],
    "weekdays": ["Chủ nhật", "Thứ hai", "Thứ ba", "Thứ tư", "Thứ năm", "Thứ sáu", "Thứ bảy"],
    "weekdaysShort": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    "weekdaysMin": ["CN", "T2", "T3", "T4", "T5", "T6", "T7"],
    "longDateFormat": {
        "LT": "HH:mm",
        "L": "DD/MM/YYYY",
        "LL": "D MMMM [năm] YYYY",
        "LLL": "D MMMM [năm] YYYY LT",
        "LLLL": "dddd, D MMMM [năm] YYYY LT",
    },
    "calendar": {
        "sameDay": "[Hôm nay lúc] LT",
        "nextDay": "[Ngày mai lúc] LT",
        "nextWeek": "dddd [tuần tới lúc] LT",
        "lastDay": "[Hôm qua lúc] LT",
        "lastWeek": "dddd [tuần trước lúc] LT",
        "sameElse": "L",
    },
    "relativeTime": {
        "future": "%s tới",
        "past": "%s trước",
        "s": "vài giây",
        "m": "một phút",
        "mm": "%d phút",
        "h": "một giờ",
        "hh": "%d giờ",
        "d": "một ngày",
        "dd": "%d ngày",
        "M": "một tháng",
        "MM": "%d tháng",
        "y": "một năm",
        "yy": "%d năm",
    },
    "week": {"dow": 1, "doy": 4},
}

PLACEHOLDER = re.compile(r"\{\{\s*\w+\s*\}\}")
TAG = re.compile(r"</?[a-zA-Z][^>]*>|&[a-z]+;")


def english(jar, app):
    with jar.open(f"META-INF/resources/webjars/camunda/app/{app}/locales/en.json") as f:
        return json.loads(f.read().decode("utf-8-sig"))


def norm(items):
    return sorted(re.sub(r"\s", "", i) for i in items)


def translate(en, app):
    problems = []
    labels = {}
    for key, text in en["labels"].items():
        if key not in LABELS:
            problems.append(f"{app}: no translation for {key}")
            continue
        vi = LABELS[key]
        if key == "BANNER_CE_EOL_TEXT":
            labels[key] = vi  # emptied on purpose: the banner is hidden (user-styles.css)
            continue
        if norm(PLACEHOLDER.findall(text)) != norm(PLACEHOLDER.findall(vi)):
            problems.append(f"{app}: {key} changes placeholders: {text!r} -> {vi!r}")
        # the variable widgets show "<null>"/"<undefined>" as text; anything else HTML must be kept
        if not key.endswith(("_NULL", "_UNDEFINED")) and [t.split()[0] for t in TAG.findall(text)] != [
                t.split()[0] for t in TAG.findall(vi)]:
            problems.append(f"{app}: {key} changes HTML: {text!r} -> {vi!r}")
        labels[key] = vi
    out = {}
    if "dateLocales" in en:
        out["dateLocales"] = DATE_LOCALES
    out["labels"] = labels
    return out, problems


def main():
    problems = []
    with zipfile.ZipFile(JAR) as jar:
        for app in APPS:
            en = english(jar, app)
            vi, found = translate(en, app)
            problems += found
            target = ROOT / f"src/main/resources/META-INF/resources/webjars/camunda/app/{app}/locales/vi.json"
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(json.dumps(vi, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
            print(f"{target.relative_to(ROOT)}: {len(vi['labels'])} labels (en.json: {len(en['labels'])})")
    if problems:
        print("\n".join(problems), file=sys.stderr)
        sys.exit(1)


if __name__ == "__main__":
    main()
