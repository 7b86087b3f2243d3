#!/usr/bin/python3
"""The app shell as a screen reader sees it: a window titled Tingdu (听读 in Chinese) whose
five places are page tabs with names, reachable with Ctrl+1..5, focus landing inside each."""
import os
import sys

import pyatspi

from atspi_util import Results, ancestors, app, describe, find_all, focused, key, wait_for

EXPECTED = {
    "en": ("Tingdu", ["Shelf", "Catalog", "Reader", "Player", "Settings"]),
    "zh_CN": ("听读", ["书架", "书目", "阅读", "播放", "设置"]),
}


def main():
    lang = os.environ.get("TINGDU_E2E_LANG", "en")
    title, places = EXPECTED[lang]
    results = Results(f"places ({lang})")
    application = app()
    frame = wait_for(lambda: (find_all(application, pyatspi.ROLE_FRAME) or [None])[0], what="the main window")
    results.check(frame.name == title, f"main window is named {title!r} (got {frame.name!r})")

    tabs = wait_for(lambda: find_all(application, pyatspi.ROLE_PAGE_TAB), what="page tabs")
    names = [t.name for t in tabs]
    results.check(names == places, f"five places as page tabs in order: {names}")

    # Keyboard: Ctrl+N selects the place and puts focus inside it.
    for index, place in enumerate(places, start=1):
        key(f"ctrl+{index}")
        # Qt 6.4 names the page tab list after the current tab (it sets no SELECTED state).
        tab_list = find_all(application, pyatspi.ROLE_PAGE_TAB_LIST)[0]
        selected = wait_for(lambda: tab_list.name == place, timeout=5, what=f"{place} selected")
        results.check(selected, f"Ctrl+{index} selects {place}")
        node = wait_for(lambda: focused(application), timeout=5, what="a focused object")
        inside = any(a.name == place and a.getRole() == pyatspi.ROLE_FILLER for a in ancestors(node))
        results.check(inside and bool(node.name), f"focus is inside {place}, on a named control: {describe(node)}")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
