#!/usr/bin/python3
"""Audit of every place and dialog, and keyboard reachability: Tab and Shift+Tab from each place
visit every interactive control and come back (no traps). Prints counts per place; the expected
number of violations is zero."""
import sys
import time

import pyatspi

from atspi_util import (Results, app, describe, find_all, focus_main_window, focused, key, really_showing,
                        wait_for, walk)
from audit import audit

PLACES = ["Shelf", "Catalog", "Reader", "Player", "Settings"]
# Focus stops that belong to the window rather than to a place.
CHROME = {pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_MENU_ITEM, pyatspi.ROLE_MENU, pyatspi.ROLE_MENU_BAR}


def identity(node):
    try:
        ext = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return (node.getRoleName(), node.name, ext.x, ext.y, ext.width, ext.height)
    except Exception:
        return None


def place_filler(application, place):
    return next(f for f in find_all(application, pyatspi.ROLE_FILLER, place))


def tab_cycle(application, direction, limit=80):
    """Presses Tab (or Shift+Tab) until focus returns to the first stop; the stops in order.
    The first stop is where one key press lands: the place's initial focus may be on text that
    is read but not in the Tab chain."""
    key(direction)
    time.sleep(0.08)
    start = wait_for(lambda: focused(application), what="a focused object")
    first = identity(start)
    stops = [start]
    for _ in range(limit):
        key(direction)
        time.sleep(0.08)
        node = wait_for(lambda: focused(application), what="a focused object")
        if identity(node) == first:
            return stops, True
        stops.append(node)
    return stops, False


def interactive_in(filler):
    out = []
    for node, _ in walk(filler):
        try:
            state = node.getState()
            if state.contains(pyatspi.STATE_FOCUSABLE) and state.contains(pyatspi.STATE_SENSITIVE) \
                    and really_showing(node) and node.getRole() not in CHROME \
                    and node.getRole() != pyatspi.ROLE_LIST_ITEM:
                out.append(node)
        except Exception:
            continue
    return out


def audit_dialog(results, application, open_keys, title, summary, then=()):
    key(*open_keys)
    if then:
        wait_for(lambda: any(m.getState().contains(pyatspi.STATE_SHOWING)
                                 for m in find_all(application, pyatspi.ROLE_POPUP_MENU)),
                 what="the menu open")
        key(*then)
    dialog = wait_for(lambda: next((d for d in find_all(application, pyatspi.ROLE_DIALOG) +
                                     find_all(application, pyatspi.ROLE_ALERT) if really_showing(d)), None),
                      what=f"the {title} dialog")
    violations, checked = audit(dialog)
    summary.append((f"dialog: {title}", checked, len(violations)))
    results.check(dialog.name, f"the {title} dialog has a title: {dialog.name!r}")
    results.check(not violations, f"dialog {title}: {checked} controls, violations: {violations}")
    key("Escape")
    wait_for(lambda: not any(really_showing(d) for d in find_all(application, pyatspi.ROLE_DIALOG) +
                             find_all(application, pyatspi.ROLE_ALERT)), what=f"{title} closed")
    focus_main_window()


def main():
    results = Results("audit")
    application = app()
    frame = wait_for(lambda: (find_all(application, pyatspi.ROLE_FRAME) or [None])[0], what="the main window")
    summary = []
    for index, place in enumerate(PLACES, start=1):
        key(f"ctrl+{index}")
        tab_list = find_all(application, pyatspi.ROLE_PAGE_TAB_LIST)[0]
        wait_for(lambda: tab_list.name == place, what=f"{place} selected")
        time.sleep(0.2)
        violations, checked = audit(frame)
        summary.append((place, checked, len(violations)))
        results.check(not violations, f"{place}: {checked} controls checked, violations: {violations}")

        filler = place_filler(application, place)
        expected = {identity(n) for n in interactive_in(filler)}
        for direction in ("Tab", "shift+Tab"):
            key(f"ctrl+{index}")
            time.sleep(0.2)
            stops, returned = tab_cycle(application, direction)
            results.check(returned, f"{place}: {direction} comes back to the start after {len(stops)} stops "
                                    f"(no trap): {[describe(s) for s in stops]}")
            visited = {identity(s) for s in stops}
            missed = expected - visited
            results.check(not missed, f"{place}: {direction} reaches every control (missed: {sorted(missed, key=str)})")

    audit_dialog(results, application, ["F1"], "keyboard shortcuts", summary)
    audit_dialog(results, application, ["alt+h"], "about", summary, then=["a"])

    print("\nAccessibility audit summary")
    print(f"{'place or dialog':<28}{'controls':>10}{'violations':>12}")
    for name, checked, count in summary:
        print(f"{name:<28}{checked:>10}{count:>12}")
    total_checked = sum(c for _, c, _ in summary)
    total_violations = sum(v for _, _, v in summary)
    print(f"places and dialogs audited: {len(summary)}, controls checked: {total_checked}, "
          f"violations: {total_violations}")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
