#!/usr/bin/python3
"""A blind listener with the guide audiobook, keyboard only, Orca on, the sound recorded: open it
from the Shelf, play (sound comes out), pause (silence), next and previous chapter, the chapter
list, the position spoken on request, and a sleep timer at the end of a chapter, once at 1.0x and
once at 2.0x: the same chapter must come out about half as long. Assertions are on the AT-SPI
tree (place, play button, position slider, chapter list), on what Orca said and brailled, and on
the recorded sink."""
import sys
import time

from atspi_util import Results, app, focused, key, type_text, wait_for
from orca_log import OrcaLog
from player_util import MprisSignals, PlayerView, choose_book, focused_field, mpris, mpris_status, reach_books, spin_value
from sink_recording import SinkRecording

# The guide audiobook's chapters are its TOC entries (tingdu-cli export-audio, one per entry).
SHORT_CHAPTER = "Home delivery"


def set_sleep_at_chapter_end(results, log, view, label):
    log.mark()
    key("ctrl+shift+s")
    wait_for(lambda: focused_field(view.app, "Sleep timer"), what="the sleep timer field")
    key("End")  # its last choice: "End of chapter"
    line = log.wait_for_speech(r"Sleep timer: End of chapter")
    results.check(bool(line), f"{label}: the sleep timer is set and said: {line!r}")


def play_until_sleep(results, log, rec, view, label):
    """Plays until the sleep timer ends it; returns how long the sound lasted in the recording
    (first to last loud window)."""
    log.mark()
    start = rec.now()
    key("F5")
    began = rec.wait_for_sound(start, timeout=10)
    line = log.wait_for_speech(r"Sleep timer ended", timeout=30)
    results.check(bool(line) and "Chapter:" not in line,
                  f"{label}: the end of the sleep timer is announced (not the next chapter): {line!r}")
    ended = rec.wait_for_silence(began, quiet=1.0, timeout=10)
    results.check(wait_for(lambda: view.play_button().name == "Play", what="the Play button"),
                  f"{label}: playback is paused when the timer ends (the button says Play again)")
    span = rec.sound_span(start, ended + 0.5)
    length = span[1] - span[0]
    print(f"  ..    {label}: the chapter sounded for {length:.2f} s")
    return length


def main():
    results = Results("player journey")
    log = OrcaLog()
    rec = SinkRecording()
    application = app()
    view = PlayerView(application)
    signals = MprisSignals()  # listening long before the first play
    time.sleep(1.0)

    # Shelf: the guide's audiobook (the e-book of the same title is next to it).
    books = reach_books(application, results)
    item = choose_book(books, "Tingdu Guide", lambda i: "Audiobook" in (i.description or ""))
    results.check(item is not None, f"the guide audiobook is chosen: {item.description if item else None!r}")
    log.mark()
    key("Return")
    line = log.wait_for_speech(r"Tingdu Guide.* ready\. F5 plays", timeout=20)
    results.check(bool(line), f"the Player says the book is ready: {line!r}")
    results.check(wait_for(lambda: view.place() == "Player", what="the Player"), "the book opens in the Player")
    titles = view.chapter_titles()
    results.check(len(titles) >= 10 and SHORT_CHAPTER in titles,
                  f"the chapter list shows the book's chapters ({len(titles)}: {titles[:3]}…)")

    # Play: sound on the output, the button turns into Pause, the position moves.
    start = rec.now()
    key("F5")
    began = rec.wait_for_sound(start, timeout=10)
    results.check(True, f"Play is heard {began - start:.2f} s after F5 (RMS {rec.rms(began, began + 0.5):.0f})")
    results.check(wait_for(lambda: view.play_button().name == "Pause", what="the Pause button"),
                  "the play button now says Pause")
    view.wait_position(lambda p: p >= 2, "passing 2 s")
    results.check(True, f"the position moves while playing ({view.time_text()})")

    # Pause: silence follows and the position stays.
    key("F5")
    results.check(wait_for(lambda: view.play_button().name == "Play", what="the Play button"),
                  "after pausing the button says Play")
    paused_at = rec.now()
    quiet_from = rec.wait_for_silence(paused_at - 0.5, quiet=1.5, timeout=5)
    results.check(quiet_from - paused_at < 1.0, f"Pause silences the output (silent from {quiet_from - paused_at:+.2f} s)")
    before = view.position()
    time.sleep(1.0)
    results.check(view.position() == before, f"the position stays while paused ({before} s)")

    # A media key or headset button (MPRIS): play and pause what the Player has.
    start = rec.now()
    mpris("PlayPause")
    rec.wait_for_sound(start, timeout=10)
    results.check(wait_for(lambda: mpris_status() == "Playing", what="MPRIS Playing"),
                  "the media key's Play-Pause plays; MPRIS says Playing")
    # F5 played and paused before; the desktop heard of that and now of this play, in order.
    seen = wait_for(lambda: (lambda s: s if s.count("Playing") >= 2 and s[-1] == "Playing" else None)(signals.statuses()),
                    what=f"PropertiesChanged signals (so far {signals.statuses()})")
    results.check(True, f"desktop media controls are told it plays: PlaybackStatus {seen}")
    mpris("Pause")
    results.check(wait_for(lambda: mpris_status() == "Paused", what="MPRIS Paused"), "MPRIS Pause pauses")
    rec.wait_for_silence(rec.now() - 0.5, quiet=1.0, timeout=5)
    results.check(True, "and the output falls silent")
    seen = wait_for(lambda: (lambda s: s if s[-1:] == ["Paused"] else None)(signals.statuses()),
                    what=f"PropertiesChanged Paused (so far {signals.statuses()})")
    signals.close()
    results.check(True, f"and that it paused: PlaybackStatus {seen}")

    # Next and previous chapter: Orca hears the change, the tree shows it.
    log.mark()
    key("ctrl+Next")
    line = log.wait_for_speech(r"Chapter: Who Tingdu is for")
    results.check(bool(line), f"Ctrl+Page Down moves to the next chapter and says it: {line!r}")
    results.check(wait_for(lambda: view.current_chapter() == "Who Tingdu is for", what="the chapter list"),
                  "the chapter list marks the new chapter as playing")
    results.check(wait_for(lambda: (view.now_playing() or "").endswith("Who Tingdu is for"), what="Now playing"),
                  f"Now playing names it: {view.now_playing()!r}")
    results.check(not any(s.startswith("Chapters") or s.startswith("List with") for s in log.spoken()),
                  f"Orca's focus stays where the listener is (it said {log.spoken()})")
    results.check(focused(application).name == "Play" or focused(application).name == "Pause",
                  "the keyboard focus is still on the play button")
    view.wait_position(lambda p: 16 <= p <= 19, "at the second chapter's start")
    results.check(True, f"the position is at the second chapter ({view.time_text()})")
    log.mark()
    key("ctrl+Prior")
    line = log.wait_for_speech(r"Chapter: Welcome to Tingdu")
    results.check(bool(line), f"Ctrl+Page Up moves back to the first chapter: {line!r}")
    view.wait_position(lambda p: p < 2, "back at the start")

    # The chapter list: Ctrl+T, type-ahead, Enter.
    log.mark()
    key("ctrl+t")
    results.check(wait_for(lambda: (focused(application) or application).name == "Chapters",
                           what="the chapter list"), "Ctrl+T moves to the chapter list")
    line = log.wait_for_speech(r"Welcome to Tingdu")
    results.check(bool(line), f"Orca lands on the chapter playing: {line!r}")
    braille = wait_for(lambda: [b for b in log.braille() if "Welcome to Tingdu" in b and "list item" in b],
                       timeout=10, what="a braille line for the chapter list")
    results.check(bool(braille), f"the braille line shows the chapter: {braille[-1]!r}")
    log.mark()
    type_text("Home")
    key("Return")
    line = log.wait_for_speech(rf"Chapter: {SHORT_CHAPTER}")
    results.check(bool(line), f"Enter on a chapter plays from there and says it: {line!r}")
    view.wait_position(lambda p: 101 <= p <= 104, f"at {SHORT_CHAPTER}")

    # The position, spoken on request.
    log.mark()
    key("ctrl+i")
    line = log.wait_for_speech(rf"{SHORT_CHAPTER}, 1:4\d of 2:0\d")
    results.check(bool(line), f"Ctrl+I says where the listener is: {line!r}")

    # The same chapter at 1.0x and at 2.0x, each ended by the sleep timer at its end.
    set_sleep_at_chapter_end(results, log, view, "1.0x")
    normal = play_until_sleep(results, log, rec, view, "1.0x")
    view.wait_position(lambda p: p >= 109, "at the chapter's end")
    results.check(True, f"the sleep timer ended at the chapter's end ({view.time_text()})")
    log.mark()
    for _ in range(10):
        key("ctrl+bracketright")
        time.sleep(0.05)
    line = log.wait_for_speech(r"Speed 2\.0")
    results.check(bool(line) and abs(spin_value(application, "Speed") - 2.0) < 0.01,
                  f"ten presses of Ctrl+] make it 2.0x: {line!r}")
    results.check(all(s.count("Speed") <= 1 for s in log.spoken()),
                  "quick presses are not said as a string of speeds in one announcement")
    # Set in the next chapter, the timer must follow the listener back to the chapter they go to.
    set_sleep_at_chapter_end(results, log, view, "2.0x")
    key("ctrl+Prior")  # from the next chapter's start back to the short one
    view.wait_position(lambda p: 101 <= p <= 104, f"back at {SHORT_CHAPTER}")
    results.check(wait_for(lambda: view.current_chapter() == SHORT_CHAPTER, what="the chapter list"),
                  f"Ctrl+Page Up returns to {SHORT_CHAPTER}")
    fast = play_until_sleep(results, log, rec, view, "2.0x")
    ratio = fast / normal if normal else 0
    results.check(0.35 <= ratio <= 0.7,
                  f"at 2.0x the same chapter sounds about half as long ({fast:.2f} s vs {normal:.2f} s, ratio {ratio:.2f})")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
