"""The app started on one book with a profile of its own, as "Open with Tingdu" does: for tests
that need a book of their own in the Reader, beside the desktop's own instance."""
import os
import shlex
import shutil
import subprocess
import tempfile

import pyatspi

from atspi_util import app, find_all, key, wait_for

STARTED = []  # every instance this test started, stopped at the end whatever happened


class Instance:
    """The app opened on one book, with a profile of its own; stopped by its own PID."""

    def __init__(self, book):
        self._view = None
        self.profile = tempfile.mkdtemp(prefix="tingdu-book-profile.")
        # Tingdu speaks its announcements itself when it sees no screen reader, into the very
        # output this test records: the recording must hold the narration alone.
        os.makedirs(os.path.join(self.profile, "config"))
        with open(os.path.join(self.profile, "config", "tingdu.ini"), "w") as f:
            f.write("[speech]\nselfVoicing=never\n")
        command = shlex.split(os.environ["APP"]) + ["--profile", self.profile, book]
        self.process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                                        cwd=os.path.dirname(book))
        STARTED.append(self)
        self.app = app(pid=self.process.pid, timeout=30)
        window = wait_for(lambda: subprocess.run(["xdotool", "search", "--onlyvisible", "--pid", str(self.process.pid)],
                                                 capture_output=True, text=True).stdout.split(), timeout=30,
                          what="the window")[0]
        self.window = window
        subprocess.run(["xdotool", "windowfocus", "--sync", window], check=False)

    def text(self):
        """The Text interface of the book view (found once: walking the tree is slow)."""
        if self._view is None:
            self._view = wait_for(lambda: find_all(self.app, None, "Book text"), what="the book view")[0]
        return self._view.queryText()

    def caret_text(self, length=80):
        t = self.text()
        # Qt answers "" when the range runs past the end: clamp it.
        return t.getText(t.caretOffset, min(t.characterCount, t.caretOffset + length))

    def button(self, name):
        buttons = [b for b in find_all(self.app, pyatspi.ROLE_PUSH_BUTTON) if b.name == name]
        return buttons[0] if buttons else None

    def stop(self):
        # Ctrl+Q, as a user quits: a killed app leaves the accessibility registry waiting on it.
        if self.process.poll() is None:
            subprocess.run(["xdotool", "windowfocus", "--sync", self.window], check=False)
            key("ctrl+q")
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                pass
        if self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()
        shutil.rmtree(self.profile, ignore_errors=True)


def open_in_reader(results, book, expected_text):
    instance = Instance(book)
    tabs = find_all(instance.app, pyatspi.ROLE_PAGE_TAB_LIST)[0]
    results.check(wait_for(lambda: tabs.name == "Reader", timeout=30, what="the Reader"),
                  f"{os.path.basename(book)} opens in the Reader")
    wait_for(lambda: expected_text in instance.text().getText(0, -1), timeout=30, what="the book's text")
    results.check(True, f"its text is shown: {expected_text!r}")
    return instance
