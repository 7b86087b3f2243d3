#!/usr/bin/python3
"""The screen reader's own say-all reads on across chapter boundaries without stopping (issue 7;
Thorium's most common complaint). A three-chapter EPUB is written at test time and opened in
the Reader; the caret goes to chapter 1's last paragraph with the arrow keys, then Orca's say-all
(KP_Add, the desktop layout) must speak chapters 2 and 3 in order, and leave the caret where it
stopped, in chapter 3. Orca's say-all moves the caret as it goes; anything the app announced on
that move (a notification) would cut the say-all short."""
import os
import sys
import tempfile
import time

import pyatspi

from atspi_util import E2EFailure, Results, find_all, key, wait_for
from book_instance import STARTED, open_in_reader
from orca_log import OrcaLog

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, os.path.join(HERE, "..", "..", "client", "guide"))
from build_guide import build_book  # noqa: E402

CHAPTERS = [
    ("The Harbour", ["The boats rocked gently in the harbour.", "Gulls circled above the old stone pier."]),
    ("The Market", ["Fishmongers called out their prices.", "Children ran between the stalls."]),
    ("The Evening", ["Lanterns glowed along the quay.", "The town fell quiet at last."]),
]


def write_book(folder):
    source = os.path.join(folder, "say-all.md")
    with open(source, "w", encoding="utf-8") as f:
        f.write("% Three Chapters\n%lang en\n%id urn:tingdu:test:say-all\n%author Tingdu tests\n\n")
        for title, paragraphs in CHAPTERS:
            f.write(f"# {title}\n\n" + "".join(p + "\n\n" for p in paragraphs))
    path = os.path.join(folder, "three-chapters.epub")
    build_book(source, os.path.join(folder, "images"), path, "1")
    return path


def main():
    results = Results("say-all across chapters")
    log = OrcaLog()
    folder = tempfile.mkdtemp(prefix="tingdu-say-all.", dir=os.environ.get("OUTDIR"))
    try:
        reader = open_in_reader(results, write_book(folder), CHAPTERS[2][1][0])
        view = wait_for(lambda: find_all(reader.app, None, "Book text"), what="the book view")[0]
        results.check(wait_for(lambda: view.getState().contains(pyatspi.STATE_FOCUSED), what="focus in the book"),
                      "the book text has focus")
        text = reader.text()
        whole = text.getText(0, text.characterCount)
        results.check(all(p in whole for _, ps in CHAPTERS for p in ps),
                      "the three chapters are one text (the screen reader sees the whole book)")

        # To chapter 1's last paragraph, as a keyboard user would.
        key("ctrl+Home")
        last = CHAPTERS[0][1][-1]
        for _ in range(8):
            if reader.caret_text().startswith(last):
                break
            key("Down")
            time.sleep(0.3)
        results.check(reader.caret_text().startswith(last), f"the caret is on chapter 1's last paragraph: "
                                                            f"{reader.caret_text(40)!r}")
        time.sleep(1.0)  # Orca has spoken the line

        log.mark()
        key("KP_Add")  # Orca: say all
        expected = [last] + [x for title, ps in CHAPTERS[1:] for x in [title] + ps]
        final = CHAPTERS[2][1][-1]
        line = log.wait_for_speech(final.rstrip("."), timeout=60)
        spoken = log.spoken()
        results.check(bool(line), f"say-all reaches the end of chapter 3: {line!r}")
        positions = []
        for phrase in expected:
            hit = next((i for i, s in enumerate(spoken) if phrase.rstrip(".") in s), -1)
            positions.append(hit)
        results.check(all(p >= 0 for p in positions) and positions == sorted(positions),
                      f"every paragraph and heading of chapters 2 and 3 is spoken, in order: "
                      f"{list(zip(expected, positions))}")
        # Say-all is done when the caret stops moving; it ends in chapter 3.
        wait_for(lambda: reader.caret_text(200).strip() == "" or final in reader.caret_text(200)
                 or text.caretOffset >= whole.index(final), timeout=20, what="the caret to reach chapter 3")
        results.check(text.caretOffset >= whole.index(CHAPTERS[2][1][0]),
                      f"say-all left the caret in chapter 3 (offset {text.caretOffset})")
        results.check(not [s for s in spoken if s.startswith("notification")],
                      f"nothing was announced over the say-all: {[s for s in spoken if s.startswith('notification')]}")
    except E2EFailure as failure:
        results.check(False, str(failure))
    finally:
        for instance in STARTED:
            instance.stop()
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
