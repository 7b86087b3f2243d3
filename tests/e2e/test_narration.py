#!/usr/bin/python3
"""Narrated books in the Reader (issues 7 and 9), keyboard only, the sound recorded: an EPUB 3
with media overlays plays its narration across chapters, pauses with the caret where the voice
was, steps by sentence and stops; a full-text DAISY 3 book narrates inside its paragraph; a
text-only DAISY 3 book is read aloud by the synthetic voice; only one thing plays at once (the
narration pauses the Player's audiobook, the media key follows the last to play). The books (with real speech as
narration) are written at test time by narration_books.py; each opens in an instance of the app
this test starts with the book's path, as "Open with Tingdu" does."""
import json
import os
import subprocess
import sys
import tempfile
import time

from atspi_util import E2EFailure, Results, key, wait_for
from book_instance import STARTED, open_in_reader
from player_util import PlayerView, choose_book, mpris, mpris_status, reach_books
from sink_recording import SinkRecording

HERE = os.path.dirname(os.path.abspath(__file__))


def overlay_epub(results, rec, book):
    phrases = book["phrases"]
    reader = open_in_reader(results, book["path"], phrases[1]["text"])
    results.check(reader.button("Play narration") is not None, "a narrated book offers “Play narration”")

    since = rec.now()
    key("F5")
    start = rec.wait_for_sound(since, timeout=40)
    results.check(True, f"F5 plays the narration: sound {start - since:.1f} s after the key")
    wait_for(lambda: reader.button("Pause narration"), what="the Pause narration button")
    # Into the second chapter's "Rain hammered..." phrase, then pause.
    target = phrases[4]
    wait_for(lambda: rec.now() - start >= (target["begin"] + target["end"]) / 2, timeout=40,
             what="the narration to reach the second chapter")
    key("F5")
    wait_for(lambda: reader.button("Play narration"), what="the narration to pause")
    paused_at = rec.wait_for_silence(rec.now() - 0.2, quiet=0.8, timeout=10)
    results.check(True, f"F5 pauses it (silent from {paused_at - start:.1f} s)")
    caret = reader.caret_text()
    near = [p["text"] for p in phrases[3:6]]
    k = next((i for i, p in enumerate(phrases) if caret.startswith(p["text"])), -1)
    results.check(any(caret.startswith(t) for t in near),
                  f"the caret went where the narration was, in chapter 2: {caret[:40]!r}")

    # Next sentence while paused: the caret follows the narration's position.
    if 0 <= k < len(phrases) - 2:
        key("alt+shift+Down")
        expected = phrases[k + 1]["text"]
        try:
            wait_for(lambda: expected in reader.caret_text(), timeout=5, what="the next sentence")
        except E2EFailure:
            pass
        results.check(expected in reader.caret_text(),
                      f"Alt+Shift+Down moves the narration to the next sentence: {reader.caret_text()[:40]!r}")
        since = rec.now()
        key("F5")
        rec.wait_for_sound(since, timeout=15)
        results.check(True, "F5 resumes the narration from there")
    # Paused, the reader goes elsewhere (the book's start): F5 goes on from there, not from the pause.
    key("F5")
    wait_for(lambda: reader.button("Play narration"), what="the narration to pause again")
    key("ctrl+Home")
    since = rec.now()
    key("F5")
    begun = rec.wait_for_sound(since, timeout=15)
    wait_for(lambda: rec.now() - begun >= phrases[1]["begin"] + 0.5, timeout=20, what="the first sentence")
    key("F5")
    wait_for(lambda: reader.button("Play narration"), what="the narration to pause at the start")
    caret = reader.caret_text()
    results.check(any(caret.startswith(p["text"]) for p in phrases[:3]),
                  f"moved while paused, F5 narrates from the caret: {caret[:40]!r}")
    key("shift+F5")
    rec.wait_for_silence(rec.now(), quiet=1.0, timeout=10)
    results.check(reader.button("Play narration") is not None, "Shift+F5 stops it: silence, the button offers play")
    reader.stop()


def fulltext_daisy(results, rec, book):
    phrases = book["phrases"]
    reader = open_in_reader(results, book["path"], phrases[2]["text"])
    since = rec.now()
    key("F5")
    start = rec.wait_for_sound(since, timeout=40)
    results.check(True, "a full-text DAISY 3 book plays its narration in the Reader")
    target = phrases[2]
    wait_for(lambda: rec.now() - start >= (target["begin"] + target["end"]) / 2, timeout=30,
             what="the second sentence")
    key("F5")
    wait_for(lambda: reader.button("Play narration"), what="the narration to pause")
    caret = reader.caret_text()
    # The phrase is a <sent> inside a paragraph: the caret is at the sentence, not the paragraph.
    results.check(caret.startswith(target["text"]) or caret.startswith(phrases[1]["text"]),
                  f"the caret is at the narrated sentence: {caret[:40]!r}")
    key("shift+F5")
    reader.stop()


def textonly_daisy(results, rec, book):
    reader = open_in_reader(results, book["path"], book["sentences"][0])
    results.check(reader.button("Read aloud") is not None, "a text-only DAISY book offers “Read aloud”")
    since = rec.now()
    key("F5")
    rec.wait_for_sound(since, timeout=30)
    results.check(True, "F5 reads the text-only DAISY book aloud with the synthetic voice")
    key("shift+F5")
    rec.wait_for_silence(rec.now(), quiet=1.0, timeout=10)
    results.check(True, "Shift+F5 stops the voice")
    reader.stop()


def one_voice(results, rec, book):
    """The guide audiobook plays in the Player; narration started in the Reader pauses it; the
    media key then controls the narration, the last to play; the audiobook waits where it was."""
    reader = open_in_reader(results, book["path"], book["phrases"][1]["text"])
    pid = reader.process.pid
    player = PlayerView(reader.app)
    books = reach_books(reader.app, results)
    item = choose_book(books, "Tingdu Guide", lambda i: "Audiobook" in (i.description or ""))
    results.check(item is not None, "the guide audiobook is chosen on the Shelf")
    key("Return")
    wait_for(lambda: player.place() == "Player" and player.play_button() is not None, timeout=30, what="the Player")
    key("F5")
    wait_for(lambda: player.play_button().name == "Pause", timeout=20, what="the audiobook to play")
    player.wait_position(lambda p: p >= 2, "passing 2 s", timeout=20)
    key("ctrl+3")
    wait_for(lambda: reader.button("Play narration"), timeout=30, what="the Reader's Play narration")
    key("F5")
    wait_for(lambda: reader.button("Pause narration"), timeout=40, what="the narration to play")
    key("ctrl+4")
    results.check(wait_for(lambda: player.play_button().name == "Play", timeout=10, what="the audiobook to pause"),
                  "starting the narration paused the audiobook")
    held = player.position()
    results.check(wait_for(lambda: mpris_status(pid) == "Playing", timeout=5, what="MPRIS Playing"),
                  "the narration plays on (MPRIS says Playing)")
    mpris("PlayPause", pid)
    results.check(wait_for(lambda: mpris_status(pid) == "Paused", timeout=10, what="MPRIS Paused"),
                  "the media key pauses the narration, the last to play: nothing plays")
    results.check(player.play_button().name == "Play" and abs(player.position() - held) <= 1,
                  f"the audiobook still waits at {held} s ({player.position()} s)")
    key("F5")  # the Player is in front: its play resumes it where it was, and pauses nothing else
    wait_for(lambda: player.play_button().name == "Pause", timeout=20, what="the audiobook to resume")
    results.check(player.position() >= held - 1, f"the audiobook resumes where it was ({player.position()} s)")
    key("F5")
    key("ctrl+3")
    results.check(wait_for(lambda: reader.button("Play narration"), timeout=10, what="Play narration"),
                  "the narration, paused by the media key, offers to play again")
    reader.stop()


def main():
    results = Results("narration")
    folder = os.path.join(os.environ.get("OUTDIR") or tempfile.mkdtemp(prefix="tingdu-narration."), "books")
    subprocess.run([sys.executable, os.path.join(HERE, "narration_books.py"), folder], check=True,
                   stdout=subprocess.DEVNULL)
    with open(os.path.join(folder, "books.json")) as f:
        books = json.load(f)
    rec = SinkRecording()
    # The desktop's own instance says its first screen itself (no screen reader runs): let it finish.
    rec.wait_for_silence(0, quiet=1.5, timeout=60)
    for name, book, run in (("epub", "epub", overlay_epub), ("daisy3FullText", "daisy3FullText", fulltext_daisy),
                            ("daisy3TextOnly", "daisy3TextOnly", textonly_daisy), ("one voice", "epub", one_voice)):
        print(f"{name}:")
        try:
            run(results, rec, books[book])
        except E2EFailure as failure:
            results.check(False, f"{name}: {failure}")
        finally:
            for instance in STARTED:
                instance.stop()
        time.sleep(0.5)
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
