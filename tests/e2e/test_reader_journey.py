#!/usr/bin/python3
"""A blind reader's first minutes, keyboard only, Orca on, the sound recorded: open the guide book
from the Shelf, move by heading and by page, read aloud (sound comes out), stop, set a bookmark.
Assertions are on what Orca said (announcements arrive without moving focus) and on the sink."""
import sys
import time

import pyatspi

from atspi_util import Results, app, find_all, focus_main_window, focused, key, type_text, wait_for
from orca_log import OrcaLog
from sink_recording import SinkRecording


def main():
    results = Results("reader journey")
    log = OrcaLog()
    application = app()
    time.sleep(1.0)

    # Shelf: the guide book is the first book; Enter opens it in the Reader.
    key("ctrl+1")
    time.sleep(0.3)
    for _ in range(8):  # Tab to the list of books, as a keyboard user would
        node = focused(application)
        if node is not None and node.name == "Books on your shelf":
            break
        key("Tab")
        time.sleep(0.2)
    results.check(focused(application).name == "Books on your shelf", "Tab reaches the list of books")
    log.mark()
    type_text("Tingdu")  # type-ahead lands on the English guide: its e-book or its audiobook
    time.sleep(0.3)
    books = find_all(application, pyatspi.ROLE_LIST, "Books on your shelf")[0]

    def selected():
        items = [i for i in find_all(books, pyatspi.ROLE_LIST_ITEM) if i.getState().contains(pyatspi.STATE_SELECTED)]
        return items[0] if items else None
    for _ in range(6):  # the e-book, not the audiobook of the same title (the description says which)
        item = selected()
        if item is not None and item.name.startswith("Tingdu Guide, ") and "Audiobook" not in (item.description or ""):
            break
        key("Down")
        time.sleep(0.2)
    item = selected()
    results.check(item is not None and "Audiobook" not in (item.description or ""),
                  f"the guide e-book is chosen: {item.name if item else None!r} ({item.description if item else ''})")
    key("Return")
    line = log.wait_for_speech(r"Opened .*Tingdu Guide", timeout=15)
    results.check(bool(line), f"opening is announced: {line!r}")
    tab_list = find_all(application, pyatspi.ROLE_PAGE_TAB_LIST)[0]
    results.check(wait_for(lambda: tab_list.name == "Reader", what="the Reader"), "the book opens in the Reader")

    log.mark()
    key("ctrl+h")
    line = log.wait_for_speech(r"Heading level 2: Who Tingdu is for")
    results.check(bool(line), f"Ctrl+H moves to the next heading and says it: {line!r}")
    log.mark()
    key("alt+2")
    line = log.wait_for_speech(r"Heading level 2: What you can do")
    results.check(bool(line), f"Alt+2 moves to the next level-2 heading: {line!r}")

    log.mark()
    key("alt+Next")
    line = log.wait_for_speech(r"Page 2")
    results.check(bool(line), f"Alt+Page Down moves to the next page: {line!r}")

    # Read aloud: Tingdu's own voice comes out of the speakers (the recorded null sink). Times
    # are positions in the recording, so a slow start of the desktop shifts nothing.
    rec = SinkRecording()
    since = rec.now()
    key("F5")
    began = rec.wait_for_sound(since, timeout=15)
    time.sleep(2.0)
    loud = rec.rms(began, rec.now())
    results.check(loud > 200, f"reading aloud is heard on the sound output (RMS {loud:.0f})")
    key("shift+F5")
    stop_key = rec.now()
    silent_from = rec.wait_for_silence(stop_key, quiet=1.5, timeout=10)
    results.check(silent_from - stop_key < 0.6,
                  f"Stop silences it ({silent_from - stop_key:.2f} s of sound after the key)")

    # A bookmark: the dialog, Enter, and the announcement.
    log.mark()
    key("ctrl+b")
    dialog = wait_for(lambda: next((d for d in find_all(application, pyatspi.ROLE_DIALOG)
                                    if d.getState().contains(pyatspi.STATE_SHOWING)), None), what="the bookmark dialog")
    results.check(bool(dialog.name), f"the bookmark dialog has a title: {dialog.name!r}")
    key("Return")
    line = log.wait_for_speech(r"Bookmark added")
    results.check(bool(line), f"the bookmark is announced: {line!r}")
    focus_main_window()
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
