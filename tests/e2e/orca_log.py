"""Reading what Orca said: its transcript ($ORCA_SPEECH_LOG) has lines like
"speech: SPEECH OUTPUT: 'Play push button.'" and "braille: BRAILLE LINE: ..."."""
import os
import re
import time

from atspi_util import E2EFailure


class OrcaLog:
    def __init__(self, path=None):
        self.path = path or os.environ["ORCA_SPEECH_LOG"]
        self.mark_at = 0

    def text(self):
        try:
            with open(self.path, encoding="utf-8", errors="replace") as f:
                return f.read()
        except FileNotFoundError:
            return ""

    def mark(self):
        """Only what Orca says after this point counts for the next wait."""
        self.mark_at = len(self.text())

    def spoken(self):
        return re.findall(r"SPEECH OUTPUT: '(.*)'", self.text()[self.mark_at:])

    def braille(self):
        return re.findall(r"BRAILLE LINE:\s*'(.*)'", self.text()[self.mark_at:])

    def wait_for_speech(self, pattern, timeout=10.0):
        """Waits until Orca speaks something matching PATTERN (a regex) after the mark."""
        regex = re.compile(pattern, re.IGNORECASE)
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            for line in self.spoken():
                if regex.search(line):
                    return line
            time.sleep(0.1)
        raise E2EFailure(f"Orca did not say /{pattern}/; it said: {self.spoken()[-15:]}")
