#!/usr/bin/python3
"""A DAISY talking book like on a hardware DAISY player, keyboard only, Orca on, sound recorded:
a small DAISY 2.02 book (daisy_fixture.py: eSpeak NG narration, headings and pages) is imported
from the Shelf's "Import folder" dialog and opened from the shelf; in the Player the listener
chooses what Alt+Down / Alt+Up step by (heading, heading level 1, page), steps forward and back,
goes to a page by its label and asks where they are. Each step is checked against the book's
own plan: what Orca says (the heading or page) and where the AT-SPI position slider lands.
With $TINGDU_CORPUS_DIR/daisy/pipeline1/d202/great_painters present, a second pass goes to
pages of that real book."""
import os
import subprocess
import sys
import tempfile
import time

import pyatspi

from atspi_util import Results, app, find_all, focus_main_window, focused, key, type_text, wait_for
from daisy_fixture import write_book
from orca_log import OrcaLog
from player_util import PlayerView, choose_book, chord, focused_field, reach_books
from sink_recording import SinkRecording


def showing_dialog(application):
    return next((d for d in find_all(application, pyatspi.ROLE_DIALOG)
                 if d.getState().contains(pyatspi.STATE_SHOWING)), None)


def focus_window_named(title):
    """The headless desktop has no window manager: give a new dialog the keyboard, as one would."""
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                         capture_output=True, text=True).stdout.split()
    if ids:
        subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)
        time.sleep(0.2)


def import_folder(application, results, log, folder):
    """Shelf → Import folder… (Alt+D) → type the folder's path → Enter."""
    key("ctrl+1")
    time.sleep(0.3)
    log.mark()
    chord("alt", "d")
    dialog = wait_for(lambda: showing_dialog(application), timeout=15, what="the Import folder dialog")
    results.check("Import" in (dialog.name or ""), f"Alt+D opens a titled dialog: {dialog.name!r}")
    focus_window_named(dialog.name)
    type_text(folder)
    key("Return")
    message = wait_for(lambda: next((m.name for m in find_all(application, pyatspi.ROLE_LABEL)
                                     if m.description == "Last message" and "added to the shelf" in (m.name or "")), None),
                       timeout=30, what="the import's message")
    results.check(message.startswith("1 "), f"the import is reported: {message!r}")
    try:  # Orca drops it in the flood of events the shelf's reload makes (reported, not the Player's)
        print(f"  ..    Orca said: {log.wait_for_speech(r'added to the shelf', timeout=2)!r}")
    except AssertionError:
        print("  note  Orca did not speak the import's message")
    focus_main_window()


def choose_level(application, log, results, level):
    """Tab to "Step by", choose LEVEL with the arrow keys, back to the transport with Ctrl+4."""
    key("ctrl+4")
    wait_for(lambda: (focused(application) or application).name in ("Play", "Pause"), what="the play button")
    for _ in range(15):
        if focused_field(application, "Step by"):
            break
        key("Tab")
        time.sleep(0.15)
    results.check(focused_field(application, "Step by") is not None, "Tab reaches the Step by field")
    key("Home")
    for _ in range(8):
        node = focused(application)
        if node is not None and _combo_text(node) == level:
            break
        key("Down")
        time.sleep(0.15)
    node = focused(application)
    results.check(node is not None and _combo_text(node) == level, f"Step by is set to {level!r}")
    key("ctrl+4")
    wait_for(lambda: (focused(application) or application).name in ("Play", "Pause"), what="the play button")


def _combo_text(combo):
    """A Qt combo box's current choice: its name on Linux (the label comes by relation)."""
    return combo.name or None


PLAN = {}  # the tiny book's plan (daisy_fixture.write_book), for the section in force at a time


def section_at(seconds):
    headings = [i for i in PLAN["items"] if i["kind"] in ("h1", "h2") and i["start"] <= seconds + 0.01]
    return headings[-1]["label"] if headings else None


def step(results, log, view, keys, says, at, what, tolerance=1.0):
    """Presses KEYS; Orca must say SAYS, the position slider come to AT (seconds) and Now
    playing name the section in force there."""
    log.mark()
    chord(*keys.split("+"))
    line = log.wait_for_speech(says)
    ok = wait_for(lambda: view.position() is not None and abs(view.position() - at) <= tolerance,
                  timeout=5, what=f"position {at}") if line else False
    section = section_at(at)
    shown = wait_for(lambda: (view.now_playing() or "").endswith(section), timeout=5, what=f"Now playing {section}")
    results.check(bool(line) and ok and shown,
                  f"{what}: Orca says {line!r}, position {view.position()} s (expected {at:.1f}), "
                  f"Now playing {view.now_playing()!r}")


def go_to_page(application, results, log, view, label, at, tolerance=1.0):
    log.mark()
    key("ctrl+g")
    dialog = wait_for(lambda: showing_dialog(application), what="the Go to page dialog")
    focus_window_named(dialog.name)
    type_text(label)
    key("Return")
    line = log.wait_for_speech(rf"Page {label}\b")
    focus_main_window()
    ok = wait_for(lambda: view.position() is not None and abs(view.position() - at) <= tolerance,
                  timeout=5, what=f"position {at}")
    results.check(bool(line) and ok, f"Ctrl+G, page {label}: {line!r}, position {view.position()} s (expected {at:.1f})")


def open_from_shelf(application, results, log, view, title):
    books = reach_books(application, results)
    item = choose_book(books, title, lambda i: "DAISY" in (i.description or "").upper())
    results.check(item is not None, f"{title!r} is on the shelf as a DAISY book: {item.description if item else None!r}")
    log.mark()
    key("Return")
    line = log.wait_for_speech(r"ready\. F5 plays", timeout=30)
    results.check(bool(line), f"the Player says the book is ready: {line!r}")
    results.check(wait_for(lambda: view.place() == "Player", what="the Player"),
                  "the talking book opens in the Player (a DAISY player, not the Reader)")


def tiny_book_pass(application, results, log, rec, view, workdir):
    folder = os.path.join(workdir, "tiny-talking-book")
    plan = write_book(folder)
    PLAN.update(plan)
    starts = {(i["kind"], i["label"]): i["start"] for i in plan["items"]}
    import_folder(application, results, log, folder)
    open_from_shelf(application, results, log, view, plan["title"])

    choose_level(application, log, results, "Heading")
    step(results, log, view, "alt+Down", r"Section 1\.1", starts[("h2", "Section 1.1")], "Alt+Down, next heading")
    step(results, log, view, "alt+Down", r"Chapter Two", starts[("h1", "Chapter Two")], "Alt+Down again")
    step(results, log, view, "alt+Up", r"Section 1\.1", starts[("h2", "Section 1.1")], "Alt+Up, previous heading")
    step(results, log, view, "alt+Up", r"Chapter One", starts[("h1", "Chapter One")], "Alt+Up again, to the start")
    choose_level(application, log, results, "Heading level 1")
    step(results, log, view, "alt+Down", r"Chapter Two", starts[("h1", "Chapter Two")],
         "level 1: Alt+Down passes the section")
    choose_level(application, log, results, "Page")
    step(results, log, view, "alt+Down", r"Page 3\b", starts[("page", "3")], "Alt+Down, next page")
    step(results, log, view, "alt+Down", r"Page 4\b", starts[("page", "4")], "Alt+Down, next page again")
    step(results, log, view, "alt+Up", r"Page 3\b", starts[("page", "3")], "Alt+Up, previous page")
    go_to_page(application, results, log, view, "2", starts[("page", "2")])

    log.mark()
    key("ctrl+i")
    line = log.wait_for_speech(r"Section 1\.1, 0:0\d of 0:1\d, page 2")
    results.check(bool(line), f"Ctrl+I: section, time and page: {line!r}")
    log.mark()
    key("ctrl+g")
    wait_for(lambda: showing_dialog(application), what="the Go to page dialog")
    focus_window_named(showing_dialog(application).name)
    type_text("99")
    key("Return")
    line = log.wait_for_speech(r"no page 99")
    focus_main_window()
    results.check(bool(line), f"a page the book does not have is said so: {line!r}")

    # The narration itself comes out of the speakers from where the listener went.
    start = rec.now()
    key("F5")
    began = rec.wait_for_sound(start, timeout=10)
    results.check(True, f"F5 plays the book's narration (heard {began - start:.2f} s after F5)")
    key("F5")
    rec.wait_for_silence(rec.now(), quiet=1.0, timeout=5)


def corpus_pass(application, results, log, view):
    corpus = os.environ.get("TINGDU_CORPUS_DIR", "")
    book = os.path.join(corpus, "daisy", "pipeline1", "d202", "great_painters")
    if not corpus or not os.path.isfile(os.path.join(book, "ncc.html")):
        print(f"  skip  the great_painters pass: no {book} (set TINGDU_CORPUS_DIR)")
        return
    import_folder(application, results, log, book)
    # A full-text DAISY book: it opens in the Reader (which plays its narration); pages by label.
    books = reach_books(application, results)
    title = 'Selections from "Great Pictures, As Seen and Described by Famous Writers"'
    item = choose_book(books, title, lambda i: True)
    results.check(item is not None, "great_painters is on the shelf under its own title")
    key("Return")
    results.check(wait_for(lambda: view.place() == "Reader", timeout=30, what="the Reader"),
                  "the full-text DAISY book opens in the Reader")
    time.sleep(1.0)
    log.mark()
    chord("alt", "Next")
    line = log.wait_for_speech(r"Page 1\b", timeout=10)
    results.check(bool(line), f"Alt+Page Down goes to the book's first page: {line!r}")
    log.mark()
    key("ctrl+g")
    dialog = wait_for(lambda: showing_dialog(application), what="the Go to page dialog")
    focus_window_named(dialog.name)
    type_text("10")
    key("Return")
    line = log.wait_for_speech(r"Page 10\b", timeout=10)
    focus_main_window()
    results.check(bool(line), f"Ctrl+G goes to page 10 of 27: {line!r}")


def main():
    results = Results("DAISY journey")
    log = OrcaLog()
    rec = SinkRecording()
    application = app()
    view = PlayerView(application)
    time.sleep(1.0)
    with tempfile.TemporaryDirectory(prefix="tingdu-daisy-e2e-") as workdir:
        tiny_book_pass(application, results, log, rec, view, workdir)
        corpus_pass(application, results, log, view)
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
