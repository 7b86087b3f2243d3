#!/usr/bin/python3
"""What Orca says while a keyboard user moves around the app shell: place names, control names
and roles, and a state-change announcement that arrives without moving focus."""
import sys
import time

from atspi_util import Results, key
from orca_log import OrcaLog


def main():
    results = Results("orca: shell")
    log = OrcaLog()
    time.sleep(1.0)  # Orca greets the session first

    log.mark()
    key("ctrl+2")
    line = log.wait_for_speech(r"Libraries")
    results.check("list" in line.lower() or any("list" in s.lower() for s in log.spoken()),
                  f"Ctrl+2: Orca names the Libraries list ({line!r})")

    log.mark()
    key("ctrl+5")
    line = log.wait_for_speech(r"Theme")
    results.check("combo box" in line.lower(), f"Ctrl+5: Orca reads the theme setting with its label and role ({line!r})")

    # Changing the theme announces it; focus stays on the combo box. The first choice is the
    # desktop's (standard here), then Standard, then High contrast dark.
    key("Down")
    log.wait_for_speech(r"Theme Standard.*text size")
    log.mark()
    key("Down")
    line = log.wait_for_speech(r"Theme .*text size")
    results.check("High contrast dark" in line, f"the announcement is spoken: {line!r}")

    braille = OrcaLog().braille()
    results.check(bool(braille), f"Orca's braille line was written ({len(braille)} lines)")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
