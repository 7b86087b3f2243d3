#!/usr/bin/env python3
"""Fails when a Qt translation catalogue (.ts) has an unfinished or empty
translation, or a translation that drops a %N placeholder of its source."""
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

PLACEHOLDER = re.compile(r"%(\d+|n)")
SKIPPED_TYPES = {"vanished", "obsolete"}


def problems_in(path):
    problems = []
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            translation = message.find("translation")
            where = f"{path.name}: [{name}] “{source}”"
            if translation is None:
                problems.append(f"{where}: no <translation>")
                continue
            kind = translation.get("type")
            if kind in SKIPPED_TYPES:
                continue
            if kind == "unfinished":
                problems.append(f"{where}: translation is unfinished")
                continue
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.findall("numerusform")]
            else:
                texts = [translation.text or ""]
            if not texts or any(not text.strip() for text in texts):
                problems.append(f"{where}: translation is empty")
                continue
            wanted = set(PLACEHOLDER.findall(source))
            for text in texts:
                missing = wanted - set(PLACEHOLDER.findall(text))
                if missing:
                    listed = ", ".join("%" + m for m in sorted(missing))
                    problems.append(f"{where}: translation “{text}” lacks {listed}")
    return problems


def main():
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "client" / "translations"
    catalogues = sorted(folder.glob("*.ts"))
    if not catalogues:
        print(f"no .ts catalogues in {folder}")
        return 1
    problems = []
    for path in catalogues:
        problems += problems_in(path)
    for problem in problems:
        print(problem)
    print(f"{len(catalogues)} catalogue(s) checked, {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
