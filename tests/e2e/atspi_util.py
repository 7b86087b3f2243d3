"""What the end-to-end tests need from AT-SPI: find the app, walk its tree, wait for states,
press keys. Uses Debian's pyatspi with the system /usr/bin/python3."""
import os
import subprocess
import time

import pyatspi


class E2EFailure(AssertionError):
    pass


def wait_for(predicate, timeout=10.0, interval=0.05, what="condition"):
    deadline = time.monotonic() + timeout
    last_error = None
    while time.monotonic() < deadline:
        try:
            value = predicate()
            if value:
                return value
        except Exception as error:  # the tree changes under us while the app starts
            last_error = error
        time.sleep(interval)
    raise E2EFailure(f"timed out waiting for {what}" + (f" (last error: {last_error})" if last_error else ""))


def app(pid=None, name="tingdu", timeout=15.0):
    """The accessible application of the process PID (default $APP_PID)."""
    pid = int(pid or os.environ["APP_PID"])

    def find():
        desktop = pyatspi.Registry.getDesktop(0)
        for i in range(desktop.childCount):
            candidate = desktop.getChildAtIndex(i)
            if candidate is None:
                continue
            try:
                if candidate.get_process_id() == pid:
                    return candidate
            except Exception:
                continue
        return None
    return wait_for(find, timeout, what=f"the accessible application of pid {pid}")


def walk(node, depth=0):
    """Yields (node, depth) over the subtree, skipping defunct objects."""
    if node is None:
        return
    yield node, depth
    try:
        count = node.childCount
    except Exception:
        return
    for i in range(count):
        try:
            child = node.getChildAtIndex(i)
        except Exception:
            continue
        yield from walk(child, depth + 1)


def find_all(root, role=None, name=None, showing_only=False):
    out = []
    for node, _ in walk(root):
        try:
            if role is not None and node.getRole() != role:
                continue
            if name is not None and node.name != name:
                continue
            if showing_only and not node.getState().contains(pyatspi.STATE_SHOWING):
                continue
            out.append(node)
        except Exception:
            continue
    return out


def find_one(root, role=None, name=None, timeout=10.0):
    return wait_for(lambda: (find_all(root, role, name) or [None])[0], timeout,
                    what=f"object role={role and pyatspi.Accessible.getRoleName if False else role} name={name!r}")


def ancestors(node):
    """NODE's parents up to the application, nearest first."""
    out = []
    try:
        parent = node.parent
        while parent is not None and len(out) < 64:
            out.append(parent)
            if parent.getRole() == pyatspi.ROLE_APPLICATION:
                break
            parent = parent.parent
    except Exception:
        pass
    return out


def really_showing(node):
    """Showing, and so is every ancestor (items of hidden views keep stale states in Qt 6.4)."""
    try:
        return all(n.getState().contains(pyatspi.STATE_SHOWING)
                   for n in [node] + [a for a in ancestors(node) if a.getRole() != pyatspi.ROLE_APPLICATION])
    except Exception:
        return False


# Qt 6.4 leaves FOCUSED on the current item of a view (and on the current page tab) whether or
# not the view has focus; the view itself reports focus truthfully, so items are never "the"
# focused object: their container is.
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM, pyatspi.ROLE_PAGE_TAB}


def focused(root):
    for node, _ in walk(root):
        try:
            if node.getRole() in ITEM_ROLES:
                continue
            if node.getState().contains(pyatspi.STATE_FOCUSED) and really_showing(node):
                return node
        except Exception:
            continue
    return None


def key(*keys):
    """Real key presses through the X server (what a keyboard user does)."""
    subprocess.run(["xdotool", "key", "--clearmodifiers", *keys], check=True)


def focus_main_window():
    """Gives the main window keyboard focus again, as a window manager would after a dialog
    closes (the headless desktop has no window manager)."""
    title = os.environ.get("WINDOW", "Tingdu")
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                         capture_output=True, text=True).stdout.split()
    if ids:
        subprocess.run(["xdotool", "windowfocus", "--sync", ids[0]], check=False)
        time.sleep(0.1)


def type_text(text):
    subprocess.run(["xdotool", "type", "--delay", "20", text], check=True)


def describe(node):
    try:
        return f"[{node.getRoleName()}] {node.name!r}"
    except Exception:
        return "[defunct]"


class Results:
    """Tiny test runner: checks are recorded and reported; the exit code says if all passed."""

    def __init__(self, suite):
        self.suite, self.passed, self.failed = suite, 0, 0

    def check(self, condition, message):
        if condition:
            self.passed += 1
            print(f"  ok    {message}")
        else:
            self.failed += 1
            print(f"  FAIL  {message}")
        return condition

    def finish(self):
        print(f"{self.suite}: {self.passed} passed, {self.failed} failed")
        return 0 if self.failed == 0 else 1
