#!/usr/bin/python3
"""Loans from the Shelf and library cards in the keyring, keyboard only (issues 6, 7, 12): borrow
in the Catalog (signing in), list the loans, then on the Shelf renew the loan (Ctrl+R) and return
it (Ctrl+Shift+R, confirmed); in Settings › Accounts the library is listed with its card masked,
and "Sign out and forget the card" removes it — from the real gnome-keyring-daemon too, as
libsecret's secret-tool sees it.

With STATION=1 the app is a library station on a desktop with a keyring: the visitor's card
stays in memory, never in the keyring. With WITH_KEYRING=0 the desktop has no keyring: sign-in still works for the session and the app
says so, once; Accounts lists the card "for this session only".

The app runs under catalog_server_app.py (the catalog test server and its CA)."""
import json
import os
import subprocess
import sys
import time

import pyatspi

from atspi_util import Results, app, find_all, focus_main_window, focused, key, type_text, wait_for
from catalog_server_app import catalog_server_dir

KEYRING = os.environ.get("WITH_KEYRING", "1") == "1"
STATION = os.environ.get("STATION", "0") == "1"  # a library station: cards never reach the keyring
SERVICE = "org.tingdu.Tingdu"


def server_info():
    path = os.path.join(catalog_server_dir(), "server.json")
    return wait_for(lambda: os.path.exists(path) and json.load(open(path, encoding="utf-8")), timeout=20,
                    what="the test catalog server")


def keyring_cards():
    """The card items Tingdu keeps in the Secret Service, as another program sees them."""
    out = subprocess.run(["secret-tool", "search", "--all", "server", SERVICE],
                         capture_output=True, text=True, timeout=20)
    return [line.split("=", 1)[1].strip() for line in (out.stdout + out.stderr).splitlines()
            if line.startswith("attribute.user") and "card:" in line]


class Session:
    def __init__(self, results):
        self.results = results
        pid_file = os.path.join(catalog_server_dir(), "app.pid")
        self.app = app(pid=wait_for(lambda: os.path.exists(pid_file) and open(pid_file).read().strip(),
                                    what="the app's pid"))

    def check(self, condition, message):
        return self.results.check(condition, message)

    def one(self, role, name=None, description=None, timeout=10.0):
        def find():
            for node in find_all(self.app, role, name, showing_only=True):
                if description is None or node.description == description:
                    return node
            return None
        return wait_for(find, timeout, what=f"a showing {role} named {name!r} ({description!r})")

    def label_says(self, description, text, timeout=20.0):
        """Waits until the label with DESCRIPTION shows TEXT; returns what it shows."""
        try:
            return wait_for(lambda: (lambda l: l.name if l is not None and text in l.name else None)(
                self.one(pyatspi.ROLE_LABEL, description=description)), timeout, what=f"{text!r} in {description!r}")
        except AssertionError:
            return ""

    def status(self, text, timeout=20.0):
        return self.label_says("Last message", text, timeout)

    def items(self, list_name):
        return find_all(self.one(pyatspi.ROLE_LIST, list_name), pyatspi.ROLE_LIST_ITEM)

    def selected(self, list_name):
        return next((i for i in self.items(list_name) if i.getState().contains(pyatspi.STATE_SELECTED)), None)

    def windows(self):
        """Dialogs and message boxes (Qt gives a QMessageBox the alert role)."""
        return find_all(self.app, pyatspi.ROLE_DIALOG) + find_all(self.app, pyatspi.ROLE_ALERT)

    def dialog(self, timeout=10.0):
        return wait_for(lambda: next((d for d in self.windows() if d.getState().contains(pyatspi.STATE_SHOWING)), None),
                        timeout, what="a dialog")

    def no_dialog(self, timeout=10.0):
        return wait_for(lambda: not any(d.getState().contains(pyatspi.STATE_SHOWING) for d in self.windows()),
                        timeout, what="the dialog to close")

    @staticmethod
    def focus_window(title):
        ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                             capture_output=True, text=True).stdout.split()
        if ids:
            subprocess.run(["xdotool", "windowfocus", "--sync", ids[-1]], check=False)

    def focus_is(self, name, timeout=5.0):
        try:
            return wait_for(lambda: (focused(self.app) or None) and focused(self.app).name == name, timeout,
                            what=f"focus on {name!r}")
        except AssertionError:
            return False


def borrow_in_catalog(s, info):
    key("ctrl+2")
    key("alt+a")
    s.check(s.focus_is("Catalog address"), "Alt+A reaches the Catalog address field")
    type_text(info["url"])
    key("Return")
    wait_for(lambda: "All books" in [i.name for i in s.items("Books and sections")], what="the catalog's root")
    key("Return")  # the first section: All books
    wait_for(lambda: "Braille Nights" in [i.name for i in s.items("Books and sections")], what="All books")
    s.check(s.selected("Books and sections").name == "Braille Nights", "the first book is selected")
    key("ctrl+b")
    dialog = s.dialog()
    s.focus_window(dialog.name)
    wait_for(lambda: focused(s.app) is not None and focused(s.app).getRole() == pyatspi.ROLE_TEXT, 5,
             what="focus in the card field")
    type_text(info["card"])
    key("Tab")
    type_text(info["pin"])
    key("Return")
    s.no_dialog()
    focus_main_window()
    if STATION:
        line = s.label_says("Catalog page", "Borrowed")
        s.check(keyring_cards() == [], f"at a station the visitor's card stays out of the keyring: {keyring_cards()}")
    elif KEYRING:
        wait_for(lambda: keyring_cards(), timeout=20, what="the card in the keyring")
        s.check(len(keyring_cards()) == 1, f"signing in put the card in the keyring: {keyring_cards()}")
    else:
        line = s.status("cannot be remembered on this computer")
        s.check(bool(line), f"without a keyring the app says the card is kept for this session only: {line!r}")
    line = s.label_says("Catalog page", "Borrowed")
    s.check("Braille Nights" in line, f"borrowed: {line!r}")
    key("alt+Left")  # the root page links the loans
    wait_for(lambda: "All books" in [i.name for i in s.items("Books and sections")], what="the catalog's root again")
    key("ctrl+l")
    line = s.label_says("Catalog page", "Active loans and holds: 1 item")
    s.check(bool(line), f"the loans page lists the loan: {line!r}")


def renew_and_return_on_shelf(s):
    key("ctrl+1")
    loan = wait_for(lambda: next((i for i in s.items("Books on your shelf") if i.name.startswith("Braille Nights")),
                                 None),
                    what="the loan on the shelf")
    s.check("On loan until" in (loan.description or ""), f"the shelf shows the loan: {loan.description!r}")
    # A loan not downloaded yet has no author on the shelf: the loan record keeps none.
    s.check(loan.name.startswith("Braille Nights, ") and "On loan until" in loan.name,
            f"the item's name says title and state (issue 7): {loan.name!r}")
    key("ctrl+f")
    type_text("Braille")
    key("Return")
    key("Home")
    item = wait_for(lambda: s.selected("Books on your shelf"), what="the loan selected")
    s.check(item.name.startswith("Braille Nights"), f"the filtered shelf selects the loan: {item.name!r}")
    renew = s.one(pyatspi.ROLE_PUSH_BUTTON, "Renew loan")
    s.check(renew.getState().contains(pyatspi.STATE_ENABLED), "Renew loan is enabled on a loan")

    key("ctrl+r")
    line = s.status("Renewed")
    s.check("Braille Nights" in line and "June 30, 2031" in line, f"Ctrl+R renews; the new due date is said: {line!r}")
    item = wait_for(lambda: next((i for i in s.items("Books on your shelf") if i.name.startswith("Braille Nights")
                                  and "2031" in (i.description or "")), None), what="the new due date on the shelf")
    s.check(item is not None, f"the shelf item shows the new due date: {item.description!r}")
    key("ctrl+r")  # a second renewal: the server allows one
    line = s.status("was not renewed")
    s.check("cannot be renewed" in line or "renew" in line, f"a refused renewal is one plain sentence: {line!r}")

    key("ctrl+shift+r")
    dialog = s.dialog()
    s.check(dialog.name == "Return loan", f"returning asks first, in a titled dialog: {dialog.name!r}")
    s.focus_window(dialog.name)
    key("Return")
    s.no_dialog()
    focus_main_window()
    line = s.status("Returned")
    s.check("Braille Nights" in line, f"Ctrl+Shift+R returns the loan, announced: {line!r}")
    gone = wait_for(lambda: not any(i.name.startswith("Braille Nights") for i in s.items("Books on your shelf")),
                    what="the returned loan to leave the shelf")
    s.check(gone, "the returned loan leaves the shelf")


def accounts_in_settings(s, info):
    key("ctrl+5")
    key("alt+n")
    for _ in range(12):
        chosen = s.selected("Settings sections")
        if chosen is not None and chosen.name == "Accounts":
            break
        key("Down")
        time.sleep(0.1)
    s.check(s.selected("Settings sections").name == "Accounts", "the Accounts section is reachable by keyboard")
    key("alt+l")
    s.check(s.focus_is("Library accounts"), "Alt+L reaches the list of library accounts")
    if STATION:
        said = wait_for(lambda: next((l.name for l in find_all(s.app, pyatspi.ROLE_LABEL, showing_only=True)
                                      if l.name.startswith("At a library station")), None), what="the station's note")
        s.check("forgotten when you finish" in said, f"Accounts says cards last only for the visit: {said!r}")
    card = info["card"]
    account = wait_for(lambda: next((i for i in s.items("Library accounts") if "card" in (i.description or "")), None),
                       what="the signed-in library")
    where = "remembered on this computer" if KEYRING and not STATION else "for this session only"
    s.check(card[-4:] in account.description and where in account.description,
            f"the account shows the card's last digits and where it is kept: {account.name!r} / {account.description!r}")
    s.check(card not in account.name + account.description, "the full card number is never shown")
    key("alt+o")
    line = s.label_says("Accounts status", "Signed out of")
    s.check("card is forgotten" in line, f"signing out is shown and announced: {line!r}")
    wait_for(lambda: [i.name for i in s.items("Library accounts")] == ["No library accounts"], what="the empty list")
    s.check(True, "the account list is empty after signing out")
    if KEYRING:
        s.check(keyring_cards() == [], f"the card is gone from the keyring: {keyring_cards()}")


def start_visit(s):
    start = s.one(pyatspi.ROLE_PUSH_BUTTON, "Start", timeout=20)
    s.check(start is not None, "the station welcomes the visitor")
    key("Return")
    wait_for(lambda: not find_all(s.app, pyatspi.ROLE_PUSH_BUTTON, "Start", showing_only=True), 10,
             what="the welcome to go")


def main():
    results = Results("shelf loans and library accounts" + (" (station)" if STATION else "" if KEYRING else " (no keyring)"))
    info = server_info()
    s = Session(results)
    time.sleep(0.5)
    if STATION:
        start_visit(s)
    borrow_in_catalog(s, info)
    if KEYRING and not STATION:
        renew_and_return_on_shelf(s)
    accounts_in_settings(s, info)
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
