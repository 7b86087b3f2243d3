"""Steps the Player journeys share: choose a book on the Shelf by keyboard, read the Player's
state from the AT-SPI tree."""
import os
import re
import subprocess
import time

import pyatspi

from atspi_util import E2EFailure, find_all, focused, key, really_showing, type_text, wait_for


def reach_books(application, results):
    """Ctrl+1, then Tab to the list of books, as a keyboard user would."""
    key("ctrl+1")
    time.sleep(0.3)
    for _ in range(8):
        node = focused(application)
        if node is not None and node.name == "Books on your shelf":
            break
        key("Tab")
        time.sleep(0.2)
    node = focused(application)
    results.check(node is not None and node.name == "Books on your shelf", "Tab reaches the list of books")
    return find_all(application, pyatspi.ROLE_LIST, "Books on your shelf")[0]


def selected_item(books):
    items = [i for i in find_all(books, pyatspi.ROLE_LIST_ITEM) if i.getState().contains(pyatspi.STATE_SELECTED)]
    return items[0] if items else None


def names_book(item, title):
    """A shelf item is named "title, by author, state" (issue 7)."""
    return item.name == title or item.name.startswith(title + ", ")


def choose_book(books, title, accept, steps=8):
    """Type-ahead on TITLE, then Down until ACCEPT(item) holds; the chosen item or None."""
    wait_for(lambda: any(names_book(i, title) for i in find_all(books, pyatspi.ROLE_LIST_ITEM)), timeout=20,
             what=f"{title!r} on the shelf")
    type_text(title.split()[0])
    time.sleep(0.3)
    for _ in range(steps):
        item = selected_item(books)
        if item is not None and names_book(item, title) and accept(item):
            return item
        key("Down")
        time.sleep(0.2)
    return None


class PlayerView:
    """The Player as the AT-SPI tree shows it."""

    def __init__(self, application):
        self.app = application

    def _one(self, role, name=None, predicate=None):
        for node in find_all(self.app, role, name):
            if really_showing(node) and (predicate is None or predicate(node)):
                return node
        return None

    def place(self):
        lists = find_all(self.app, pyatspi.ROLE_PAGE_TAB_LIST)
        return lists[0].name if lists else None

    def play_button(self):
        return self._one(pyatspi.ROLE_PUSH_BUTTON, predicate=lambda n: n.name in ("Play", "Pause"))

    def position(self):
        """Seconds into the book, from the Position slider's value."""
        slider = self._one(pyatspi.ROLE_SLIDER, "Position")
        return slider.queryValue().currentValue if slider is not None else None

    def time_text(self):
        label = self._one(pyatspi.ROLE_LABEL, predicate=lambda n: re.fullmatch(r"\d+:\d\d of \d+:\d\d", n.name or ""))
        return label.name if label is not None else None

    def current_chapter(self):
        """The chapter the list marks as playing (its description says so), stripped of indent."""
        chapters = self._one(pyatspi.ROLE_LIST, "Chapters")
        if chapters is None:
            return None
        for item in find_all(chapters, pyatspi.ROLE_LIST_ITEM):
            if (item.description or "").startswith("playing"):
                return item.name.strip()
        return None

    def chapter_titles(self):
        chapters = self._one(pyatspi.ROLE_LIST, "Chapters")
        return [i.name.strip() for i in find_all(chapters, pyatspi.ROLE_LIST_ITEM)] if chapters else []

    def now_playing(self):
        label = self._one(pyatspi.ROLE_LABEL, predicate=lambda n: n.description == "Now playing")
        return label.name if label is not None else None

    def wait_position(self, predicate, what, timeout=10.0):
        return wait_for(lambda: (lambda p: p is not None and predicate(p))(self.position()), timeout,
                        what=f"the position {what} (now {self.position()})")


def spin_value(application, name):
    for node in find_all(application, pyatspi.ROLE_SPIN_BUTTON, name):
        if really_showing(node):
            return node.queryValue().currentValue
    raise E2EFailure(f"no spin button {name!r}")


def mpris(method, pid=None):
    """Calls org.mpris.MediaPlayer2.Player.METHOD on the app's MPRIS service, as a media key or
    a headset button does through the desktop."""
    pid = pid or os.environ["APP_PID"]
    subprocess.run(["dbus-send", "--session", "--print-reply", f"--dest=org.mpris.MediaPlayer2.tingdu.instance{pid}",
                    "/org/mpris/MediaPlayer2", f"org.mpris.MediaPlayer2.Player.{method}"],
                   check=True, capture_output=True, timeout=10)


def mpris_status(pid=None):
    pid = pid or os.environ["APP_PID"]
    out = subprocess.run(["dbus-send", "--session", "--print-reply", f"--dest=org.mpris.MediaPlayer2.tingdu.instance{pid}",
                          "/org/mpris/MediaPlayer2", "org.freedesktop.DBus.Properties.Get",
                          "string:org.mpris.MediaPlayer2.Player", "string:PlaybackStatus"],
                         capture_output=True, text=True, timeout=10).stdout
    match = re.search(r'string "(\w+)"', out)
    return match.group(1) if match else None


def focused_field(application, label):
    """The focused control, when it is the field labelled LABEL. On Linux a Qt combo box's name
    is its current choice; its label comes through the labelled-by relation, as Orca reads it."""
    node = focused(application)
    if node is None:
        return None
    if (node.name or "").startswith(label):
        return node
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == pyatspi.RELATION_LABELLED_BY:
                for i in range(relation.getNTargets()):
                    if (relation.getTarget(i).name or "").replace("&", "").startswith(label):
                        return node
    except Exception:
        pass
    return None


def chord(modifier, name, hold=0.3):
    """MODIFIER+NAME held as a person holds it. With Orca on, Qt holds each key press until Orca
    has seen it, but not a lone modifier's release: xdotool's instant chords reach Qt as "Alt
    pressed and released alone" (the menu bar opens) before the key itself."""
    subprocess.run(["xdotool", "keydown", "--clearmodifiers", modifier], check=True)
    time.sleep(0.05)
    subprocess.run(["xdotool", "key", name], check=True)
    time.sleep(hold)
    subprocess.run(["xdotool", "keyup", modifier], check=True)


class MprisSignals:
    """Listens on the session bus for the PropertiesChanged signals desktop media controls follow."""

    def __init__(self):
        self.proc = subprocess.Popen(
            ["dbus-monitor", "--session",
             "type='signal',path='/org/mpris/MediaPlayer2',interface='org.freedesktop.DBus.Properties'"],
            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
        self.lines = []
        os.set_blocking(self.proc.stdout.fileno(), False)

    def statuses(self):
        while True:
            line = self.proc.stdout.readline()
            if not line:
                break
            self.lines.append(line)
        return re.findall(r'string "(Playing|Paused|Stopped)"', "".join(self.lines))

    def close(self):
        self.proc.terminate()
        self.proc.wait(timeout=5)
