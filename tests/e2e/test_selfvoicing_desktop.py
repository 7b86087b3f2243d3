#!/usr/bin/python3
"""Self-voicing in the desktop app, not only at a station (issue 10): with no screen reader,
Tingdu speaks its own interface by default; Settings › Speech and audio › "Speak the interface"
set to Never silences it at once and is kept in the user's settings. Needs TINGDU_SPEECH_LOG."""
import os
import sys
import time

from atspi_util import E2EFailure, Results, app, focused, key, wait_for
from test_station import SpeechLog


def main():
    results = Results("desktop self-voicing")
    log = SpeechLog()
    root = app()
    # Automatic by default, and no screen reader runs here: the shelf is spoken.
    try:
        line = log.wait_for(r"^-- speaking: no screen reader is running", 30)
    except E2EFailure as error:
        results.check(False, f"the desktop app speaks when no screen reader runs: {error}")
        return results.finish()
    results.check(bool(line), "the desktop app speaks its interface when no screen reader runs")
    log.mark()
    key("ctrl+5")
    said = log.wait_for(r"Theme, combo box, As the desktop asks \(Standard\)", 20)
    results.check(bool(said), f"going to Settings is self-voiced: {said!r}")

    # Settings › Speech and audio › Speak the interface: Never.
    key("shift+Tab")
    time.sleep(0.5)
    log.mark()
    key("Down")  # the second section: Speech and audio
    log.wait_for(r"Speech and audio, list item", 10)
    log.mark()
    key("alt+i")
    said = log.wait_for(r"Speak the interface, combo box", 10)
    results.check(bool(said), f"the setting is reached and said: {said!r}")
    log.mark()
    key("End")  # the last choice: Never
    line = log.wait_for(r"^-- stepped aside: self-voicing is off", 10)
    results.check(bool(line), f"Never: self-voicing stops at once ({line!r})")

    log.mark()
    for _ in range(3):
        key("shift+Tab")
        time.sleep(0.5)
    time.sleep(1.0)
    spoken = [l for l in log.since_mark() if not l.startswith("--")]
    results.check(not spoken, f"Never: moving around says nothing ({spoken})")
    node = focused(root)
    results.check(node is not None, f"… while focus still moves ({node.name if node else None!r})")

    ini = os.path.join(os.environ["PROFILE"], "config", "tingdu.ini")
    wait_for(lambda: "selfVoicing=never" in open(ini, encoding="utf-8").read(), 5, what="the setting to be saved")
    results.check(True, "the choice is kept in the user's settings (speech/selfVoicing=never)")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
