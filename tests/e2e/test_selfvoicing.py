#!/usr/bin/python3
"""Self-voicing steps aside for a screen reader (issue 10), and nobody hears double.

With WITH_ORCA=1 (Orca started by the headless desktop after Tingdu): Tingdu's speech log says it
stepped aside, Tab then logs nothing more from Tingdu while Orca itself speaks the controls.
Without Orca: the desktop's screen-reader switch (org.a11y.Status ScreenReaderEnabled, which
GNOME sets when its switch starts Orca) is turned on and off over D-Bus; self-voicing steps
aside and comes back."""
import os
import subprocess
import sys
import time

from atspi_util import Results, app, key
from test_station import SpeechLog


def set_screen_reader_enabled(on):
    subprocess.run(["dbus-send", "--session", "--print-reply", "--dest=org.a11y.Bus", "/org/a11y/bus",
                    "org.freedesktop.DBus.Properties.Set", "string:org.a11y.Status", "string:ScreenReaderEnabled",
                    f"variant:boolean:{'true' if on else 'false'}"], check=True, capture_output=True)


def tab_is_silent(results, log, what):
    log.mark()
    for _ in range(3):
        key("Tab")
        time.sleep(0.4)
    time.sleep(1.0)
    results.check(log.since_mark() == [], f"{what}: Tab makes Tingdu say nothing ({log.since_mark()})")


def with_orca(results, log):
    from orca_log import OrcaLog
    line = log.wait_for(r"^-- stepped aside: a screen reader is running", 15)
    results.check(bool(line), f"self-voicing stepped aside when Orca started: {line!r}")
    orca = OrcaLog()
    orca.mark()
    tab_is_silent(results, log, "with Orca")
    spoken = orca.spoken()
    results.check(any("button" in s.lower() for s in spoken), f"Orca itself speaks the controls ({spoken[-3:]})")


def with_desktop_switch(results, log):
    log.mark()
    key("Tab")
    results.check(bool(log.wait_for(r"button")), "no screen reader: Tab is self-voiced")
    set_screen_reader_enabled(True)
    line = log.wait_for(r"^-- stepped aside: a screen reader is running \(ScreenReaderEnabled\)")
    results.check(bool(line), f"ScreenReaderEnabled=true: self-voicing steps aside ({line!r})")
    tab_is_silent(results, log, "ScreenReaderEnabled=true")
    log.mark()
    set_screen_reader_enabled(False)
    results.check(bool(log.wait_for(r"^-- speaking")), "ScreenReaderEnabled=false: self-voicing comes back")
    key("Tab")
    results.check(bool(log.wait_for(r"button")), "… and Tab is self-voiced again")


def main():
    results = Results("self-voicing")
    log = SpeechLog()
    app()
    if os.environ.get("ORCA_SPEECH_LOG"):
        with_orca(results, log)
    else:
        log.wait_for(r"Welcome to the library", 15)
        with_desktop_switch(results, log)
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
