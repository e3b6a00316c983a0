#!/usr/bin/env python3
"""Fills translations/alertdesk_zh_CN.ts (and the English plural forms in alertdesk_en.ts) after lupdate.

Run `cmake --build build --target alertdesk_lupdate` first, then this script. Translations are keyed by the
source text, with an optional per-context override; a source text without a translation is listed and the
script exits 1, so a new string cannot slip through untranslated. The translations are in zh_CN/*.py, one
table per part of the UI, and the English plural forms in en_plurals.py.
"""
import ast
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

HERE = Path(__file__).resolve().parent


def load_table(path: Path) -> dict:
    """A table file holds one Python dict literal: source text (or (context, source)) → translation."""
    return ast.literal_eval(path.read_text(encoding="utf-8"))


def load_tables(directory: Path) -> dict:
    """Every area's table (zh_CN/*.py, one per part of the UI), merged; a source given twice must agree."""
    merged = {}
    for path in sorted(directory.glob("*.py")):
        for source, text in load_table(path).items():
            if source in merged and merged[source] != text:
                raise SystemExit(f"{path.name}: {source!r} is translated differently in another table")
            merged[source] = text
    return merged


def fill(path: Path, table: dict, plurals_only: bool) -> list:
    tree = ET.parse(path)
    missing = []
    for context in tree.getroot().iter("context"):
        context_name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            numerus = message.get("numerus") == "yes"
            translation = message.find("translation")
            if plurals_only and not numerus:
                continue
            text = table.get((context_name, source), table.get(source))
            if text is None:
                missing.append(f"{context_name}: {source!r}")
                continue
            translation.attrib.pop("type", None)
            translation.text = None
            for child in list(translation):
                translation.remove(child)
            if numerus:
                for form in (text if isinstance(text, list) else [text]):
                    ET.SubElement(translation, "numerusform").text = form
            else:
                translation.text = text
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return missing


def main() -> int:
    missing = fill(HERE / "alertdesk_zh_CN.ts", load_tables(HERE / "zh_CN"), plurals_only=False)
    missing += fill(HERE / "alertdesk_en.ts", load_table(HERE / "en_plurals.py"), plurals_only=True)
    for line in missing:
        print("untranslated:", line, file=sys.stderr)
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
