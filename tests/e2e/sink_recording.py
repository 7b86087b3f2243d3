"""What came out of the speakers: the headless desktop records the null sink ($SINK_WAV, 16-bit
mono 22.05 kHz, written by parecord as it plays). Times here are positions in that recording,
taken from how much of it exists now, so no clock offset between the recorder and the test
enters the assertions."""
import os
import struct
import time

from atspi_util import E2EFailure

RATE = 22050
HEADER = 44  # parecord's WAV header; its length fields are only written when it stops
WINDOW = 0.05  # seconds per loudness window


class SinkRecording:
    def __init__(self, path=None):
        self.path = path or os.environ["SINK_WAV"]

    def now(self):
        """Seconds recorded so far: the point in the recording that is 'now'."""
        try:
            return max(0, os.path.getsize(self.path) - HEADER) / 2 / RATE
        except FileNotFoundError:
            return 0.0

    def samples(self, start, end=None):
        with open(self.path, "rb") as f:
            f.seek(HEADER + int(start * RATE) * 2)
            data = f.read() if end is None else f.read(max(0, int((end - start) * RATE)) * 2)
        count = len(data) // 2
        return struct.unpack(f"<{count}h", data[:count * 2])

    def rms(self, start, end=None):
        s = self.samples(start, end)
        return (sum(x * x for x in s) / len(s)) ** 0.5 if s else 0.0

    def loudness(self, start, end=None):
        """RMS per WINDOW-second window from START: a coarse envelope of the sound."""
        s = self.samples(start, end)
        n = int(WINDOW * RATE)
        return [(sum(x * x for x in s[i:i + n]) / n) ** 0.5 for i in range(0, len(s) - n + 1, n)]

    def sound_span(self, start, end=None, threshold=150.0):
        """(first, last) second, in the recording, of a window louder than THRESHOLD between
        START and END; None when all of it is silent. The length of a stretch of speech is
        last - first: pauses between sentences inside it do not shorten it."""
        env = self.loudness(start, end)
        loud = [i for i, v in enumerate(env) if v > threshold]
        if not loud:
            return None
        return start + loud[0] * WINDOW, start + (loud[-1] + 1) * WINDOW

    def wait_for_sound(self, since, timeout=10.0, threshold=150.0):
        """Waits until the recording after SINCE holds sound; returns when it began."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            span = self.sound_span(since, threshold=threshold)
            if span:
                return span[0]
            time.sleep(0.1)
        raise E2EFailure(f"no sound on the output within {timeout} s (RMS {self.rms(since):.0f})")

    def wait_for_silence(self, since, quiet=1.0, timeout=10.0, threshold=150.0):
        """Waits until QUIET seconds of silence follow SINCE; returns where the silence began."""
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            now = self.now()
            if now - since >= quiet:
                span = self.sound_span(since, now, threshold)
                last = span[1] if span else since
                if now - last >= quiet:
                    return last
            time.sleep(0.1)
        raise E2EFailure(f"the output did not fall silent within {timeout} s")
