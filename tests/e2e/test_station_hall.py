#!/usr/bin/python3
"""An audio hall's seat (issue 10): the station plays to the seat's own output (a second null
sink, "seat2", named by audio_device in station.conf), never to the default; the volume limit
holds on every sound; a visitor listening to an audiobook is not idle, and the idle countdown
starts only after playback stops; unplugging the seat's output moves the sound to the default
output and says so, plugging it back brings the sound back; the locked output is unavailable in
Settings. Needs EXTRA_SINKS=seat2, RECORD=1, TINGDU_STATION_CONF (audio_device=seat2,
volume_limit, a short idle time) with IDLE_SECONDS, COUNTDOWN_SECONDS and VOLUME_LIMIT given
to the test as well, TINGDU_SPEECH_LOG and --station in APP."""
import os
import subprocess
import sys
import time

import pyatspi

from atspi_util import E2EFailure, Results, app, find_all, focused, key, type_text, wait_for
from test_station import SpeechLog, showing, visitor_dirs

IDLE = int(os.environ["IDLE_SECONDS"])
COUNTDOWN = int(os.environ["COUNTDOWN_SECONDS"])
LIMIT = int(os.environ["VOLUME_LIMIT"]) / 100.0
FULL_SCALE = 32768


class Recording:
    """A null sink's monitor as parecord writes it (s16 mono, 22050 Hz, header fixed only at the end)."""

    def __init__(self, path):
        self.path = path
        self.at = 44

    def _samples(self, start):
        with open(self.path, "rb") as f:
            f.seek(start)
            data = f.read()
        count = len(data) // 2
        return memoryview(data[: count * 2]).cast("h")

    def mark(self):
        self.at = max(44, os.path.getsize(self.path))

    def level(self):
        """(RMS, peak) of what was recorded since the mark."""
        samples = self._samples(self.at)
        if len(samples) == 0:
            return 0.0, 0
        return (sum(s * s for s in samples) / len(samples)) ** 0.5, max(abs(s) for s in samples)


def guide_audiobook_level():
    """(RMS, peak) of the guide audiobook's first minute, decoded at the recording's format."""
    bindir = os.path.dirname(os.environ["APP"].split()[0])
    m4b = os.path.join(bindir, "..", "share", "tingdu", "guide", "tingdu-guide-en.m4b")
    raw = subprocess.run(["ffmpeg", "-v", "error", "-t", "60", "-i", m4b, "-f", "s16le", "-ac", "1", "-ar", "22050", "-"],
                         check=True, capture_output=True).stdout
    samples = memoryview(raw[: len(raw) // 2 * 2]).cast("h")
    return (sum(s * s for s in samples) / len(samples)) ** 0.5, max(abs(s) for s in samples)


def open_guide_audiobook(root, log):
    """From the shelf, by keyboard: the English guide's audiobook opens in the Player."""
    for _ in range(10):
        node = focused(root)
        if node is not None and node.name == "Books on your shelf":
            break
        key("Tab")
        time.sleep(0.4)
    books = find_all(root, pyatspi.ROLE_LIST, "Books on your shelf")[0]
    type_text("Tingdu")
    time.sleep(0.3)

    def selected():
        items = [i for i in find_all(books, pyatspi.ROLE_LIST_ITEM) if i.getState().contains(pyatspi.STATE_SELECTED)]
        return items[0] if items else None
    for _ in range(6):
        item = selected()
        if item is not None and "Audiobook" in (item.description or "") and "Tingdu Guide" in item.name:
            break
        key("Down")
        time.sleep(0.3)
    log.mark()
    key("Return")
    tabs = find_all(root, pyatspi.ROLE_PAGE_TAB_LIST)[0]
    wait_for(lambda: tabs.name == "Player", 20, what="the audiobook to open in the Player")


def main():
    results = Results("station hall")
    log = SpeechLog()
    root = app()
    seat = Recording(os.path.join(os.environ["OUTDIR"], "sink-seat2.wav"))
    default = Recording(os.environ["SINK_WAV"])

    # The welcome is spoken on the seat's output, not on the default one.
    # The first visitor's window opens the guide books on the shelf first: slow on a loaded machine.
    wait_for(lambda: showing(root, pyatspi.ROLE_PUSH_BUTTON, "Start"), 40, what="the Start button")
    log.wait_for(r"Welcome to the library", 40)
    time.sleep(2.0)
    rms, peak = seat.level()
    results.check(rms > 100, f"self-voicing is heard on the seat's output seat2 (RMS {rms:.0f})")
    rms, _ = default.level()
    results.check(rms < 10, f"nothing plays on the default output (RMS {rms:.1f})")

    # A visitor opens the guide's audiobook and plays it.
    key("Return")
    log.wait_for(r"Shelf.*tab")
    visitor = visitor_dirs()[0]
    # The administrator locked audio_device: the visitor's Settings shows it, unavailable.
    locked = [n for n in find_all(root, pyatspi.ROLE_COMBO_BOX) if n.description == "Set by the library"]
    results.check(len(locked) == 1 and not locked[0].getState().contains(pyatspi.STATE_ENABLED),
                  f"the locked sound output is unavailable in Settings ({[n.name for n in locked]})")
    open_guide_audiobook(root, log)
    seat.mark()
    default.mark()
    key("F5")
    wait_for(lambda: seat.level()[0] > 300, 20, what="the audiobook to be heard on seat2")
    results.check(True, "the audiobook plays on the seat's output")

    # Listening for longer than the idle time is not idle: no countdown, no reset.
    log.mark()
    seat.mark()
    default.mark()
    time.sleep(IDLE + COUNTDOWN + 4)
    ended = [l for l in log.since_mark() if "session ends" in l or "session ended" in l]
    results.check(not ended, f"no countdown while the visitor listens {IDLE + COUNTDOWN + 4} s ({ended})")
    results.check(os.path.exists(visitor), "the listening visitor's session is kept")
    rms, peak = seat.level()
    source_rms, source_peak = guide_audiobook_level()
    results.check(rms > 300, f"the book went on playing on seat2 (RMS {rms:.0f})")
    results.check(source_peak > LIMIT * FULL_SCALE * 1.5,
                  f"the book is louder than the limit, so the limit has something to do (peak {source_peak})")
    # The limit is per sound: self-voiced chapter titles over the book are mixed by the sound
    # server, so two limited sounds may add up at a peak (measured 1.17x). Still far from the
    # 3.4x of this book unlimited; the RMS check below is the tight one.
    results.check(peak <= LIMIT * FULL_SCALE * 2,
                  f"volume limit {LIMIT:.0%}: the loudest sample on seat2 is {peak} of {FULL_SCALE}")
    ratio = rms / source_rms
    results.check(LIMIT * 0.6 <= ratio <= LIMIT * 1.4,
                  f"… and the book is heard at {ratio:.0%} of its loudness (RMS {rms:.0f} of {source_rms:.0f})")
    rms, _ = default.level()
    results.check(rms < 10, f"the book is not heard on the default output (RMS {rms:.1f})")

    # The seat's headphones are unplugged: the sound moves to the default output, and the
    # visitor is told (self-voiced, shown in the status bar).
    log.mark()
    default.mark()
    with open(os.path.join(os.environ["OUTDIR"], "module-seat2.id")) as f:
        subprocess.run(["pactl", "unload-module", f.read().strip()], check=True)
    said = log.wait_for(r"sound output seat2 is not connected", 15)
    results.check(bool(said), f"the missing output is said: {said!r}")
    shown = wait_for(lambda: [n.name for n in find_all(root, pyatspi.ROLE_LABEL)
                              if "seat2 is not connected" in (n.name or "") and n.getState().contains(pyatspi.STATE_SHOWING)],
                     10, what="the missing output to be shown")
    results.check(bool(shown), f"… and shown: {shown[0]!r}")
    wait_for(lambda: default.level()[0] > 300, 15, what="the book to be heard on the default output")
    time.sleep(2.0)
    rms, peak = default.level()
    results.check(rms > 300, f"the book goes on on the default output (RMS {rms:.0f})")
    results.check(peak <= LIMIT * FULL_SCALE * 2, f"… still under the volume limit (peak {peak})")

    # The headphones come back: the sound returns to them (the sound server would leave it on
    # the default output).
    subprocess.run(["pactl", "load-module", "module-null-sink", "sink_name=seat2", "sink_properties=device.description=seat2",
                    "rate=44100", "norewinds=1"], check=True, capture_output=True)
    back_path = os.path.join(os.environ["OUTDIR"], "sink-seat2-back.wav")
    recorder = subprocess.Popen(["parecord", "--latency-msec=10", "--device=seat2.monitor", "--file-format=wav", "--rate=22050",
                                 "--channels=1", "--format=s16le", back_path])
    try:
        back = Recording(back_path)
        wait_for(lambda: os.path.exists(back_path) and back.level()[0] > 300, 20, what="the book to come back to seat2")
        results.check(True, "plugged back in, seat2 plays the book again")
    except E2EFailure as error:
        results.check(False, f"plugged back in, seat2 plays the book again: {error}")
    finally:
        recorder.terminate()
        recorder.wait(5)

    # Playback stops: now the idle time runs, and only then the countdown is spoken.
    key("F5")
    stopped = time.monotonic()
    log.mark()
    try:
        log.wait_for(r"Your session ends in \d+ second", IDLE + 15)
    except E2EFailure as error:
        results.check(False, f"the countdown starts once the book is paused: {error}")
        return results.finish()
    waited = time.monotonic() - stopped
    results.check(waited >= IDLE - COUNTDOWN - 1,
                  f"the countdown began {waited:.1f} s after the pause (idle {IDLE} s, countdown {COUNTDOWN} s)")
    log.wait_for(r"The session ended.*cleared", COUNTDOWN + 15)
    wait_for(lambda: not os.path.exists(visitor), 10, what="the visitor's profile to go")
    results.check(True, "after the pause and the idle time the visitor's session is cleared")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
