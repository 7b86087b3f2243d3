#!/bin/bash
# Tingdu's headless desktop for end-to-end tests: Xvfb, the AT-SPI bus, a PulseAudio null sink
# (optionally recorded), speech-dispatcher with eSpeak NG and Orca (optional), then the app with
# a throw-away profile, then the test command. Everything it starts it stops again, by PID.
#
#   dbus-run-session -- bash tests/e2e/headless-desktop.sh TEST-COMMAND [ARGS...]
#
# Environment: APP (required: the tingdu binary and its arguments), WINDOW (title word to wait
# for, default Tingdu), WITH_ORCA=0|1, RECORD=0|1, WITH_KEYRING=1|0 (gnome-keyring-daemon),
# OUTDIR (logs; default a temp dir), EXTRA_SINKS (more null sinks, see below).
# Exported to the test: DISPLAY, OUTDIR, APP_PID, PROFILE, ORCA_SPEECH_LOG, SINK_WAV.
# Learned on Debian 12 / Qt 6.4 / Orca 43 (see the recipe this grew from):
#   - module-null-sink needs norewinds=1 and parecord --latency-msec=10, or recorded lengths lie;
#   - there is no window manager: focus the window once with xdotool windowfocus --sync;
#   - QAudioSink reports Idle ~200 ms before the sink has played the tail.
set -u
HERE=$(cd "$(dirname "$0")" && pwd)
: "${APP:?set APP to the program to start}"
WINDOW=${WINDOW:-Tingdu}
WITH_ORCA=${WITH_ORCA:-0}; RECORD=${RECORD:-0}
OUTDIR=${OUTDIR:-$(mktemp -d /tmp/tingdu-e2e.XXXXXX)}; mkdir -p "$OUTDIR"
RUN=$(mktemp -d /tmp/tingdu-e2e-run.XXXXXX)
export XDG_RUNTIME_DIR=$RUN/xdg HOME=$RUN/home PROFILE=$RUN/profile
mkdir -p -m 700 "$XDG_RUNTIME_DIR"; mkdir -p "$HOME" "$PROFILE"
# Every per-user store under the throw-away HOME, whatever the caller's environment said.
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"
export QT_LINUX_ACCESSIBILITY_ALWAYS_ON=1 QT_ACCESSIBILITY=1 NO_AT_BRIDGE=0 GSETTINGS_BACKEND=memory
export QT_QPA_PLATFORM=xcb LANG=${LANG:-C.UTF-8}
PIDS=()
waitfor() { local tries=$1; shift; for ((i=0;i<tries;i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }
cleanup() {
  [ -n "${REC_PID:-}" ] && kill -INT "$REC_PID" 2>/dev/null && sleep 0.3
  for ((k=${#PIDS[@]}-1;k>=0;k--)); do kill "${PIDS[k]}" 2>/dev/null; done; sleep 0.3
  for p in "${PIDS[@]}"; do kill -9 "$p" 2>/dev/null; done; wait 2>/dev/null; rm -rf "$RUN"
}
trap cleanup EXIT

# A free display number: Xvfb refuses one in use, so try a few. Another desktop's server on the
# same number answers xdpyinfo while ours exits: ours must still run after it answers.
for attempt in 1 2 3 4 5; do
  DPY=:$((100 + RANDOM % 800))
  Xvfb "$DPY" -screen 0 1280x900x24 -nolisten tcp >"$OUTDIR/xvfb.log" 2>&1 & XPID=$!
  if waitfor 200 xdpyinfo -display "$DPY" && sleep 0.3 && kill -0 "$XPID" 2>/dev/null; then PIDS+=($XPID); break; fi
  kill "$XPID" 2>/dev/null; DPY=""
done
[ -n "$DPY" ] || { echo "e2e: Xvfb did not start"; exit 1; }
export DISPLAY=$DPY

/usr/libexec/at-spi-bus-launcher --launch-immediately >"$OUTDIR/atspi.log" 2>&1 & PIDS+=($!)
waitfor 200 dbus-send --session --print-reply --dest=org.a11y.Bus /org/a11y/bus org.a11y.Bus.GetAddress \
  || { echo "e2e: AT-SPI bus did not start"; exit 1; }

# The OS keyring (library cards): a real gnome-keyring-daemon on this session's bus, its login
# keyring made in the throw-away HOME and unlocked with a throw-away password. It must own its
# name before the app starts: else D-Bus activation would start one on the real HOME, locked.
# WITH_KEYRING=0 leaves the desktop without a keyring (the app must then say cards are not kept).
if [ "${WITH_KEYRING:-1}" = 1 ]; then
  printf '%s' "e2e-keyring-$RANDOM$RANDOM" | gnome-keyring-daemon --foreground --unlock --components=secrets \
    >"$OUTDIR/keyring.log" 2>&1 & PIDS+=($!)
  waitfor 200 sh -c 'dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
      org.freedesktop.DBus.NameHasOwner string:org.freedesktop.secrets | grep -q true' \
    || { echo "e2e: gnome-keyring-daemon did not start"; tail -5 "$OUTDIR/keyring.log"; exit 1; }
fi

pulseaudio --daemonize=no --system=false --exit-idle-time=-1 -n --use-pid-file=no --log-level=error \
  --load="module-native-protocol-unix auth-anonymous=1" \
  --load="module-null-sink sink_name=nullsink sink_properties=device.description=NullSink rate=44100 norewinds=1" \
  >"$OUTDIR/pulse.log" 2>&1 & PIDS+=($!)
waitfor 200 pactl info || { echo "e2e: PulseAudio did not start"; exit 1; }
pactl set-default-sink nullsink >/dev/null 2>&1
export SINK_WAV=$OUTDIR/sink.wav
if [ "$RECORD" = 1 ]; then
  parecord --latency-msec=10 --device=nullsink.monitor --file-format=wav --rate=22050 --channels=1 \
    --format=s16le "$SINK_WAV" & PIDS+=($!); REC_PID=$!
fi
# EXTRA_SINKS="seat2 ...": more null sinks (the seats of an audio hall), not the default; each
# module's id goes to $OUTDIR/module-NAME.id (to unplug it), and with RECORD=1 its monitor is
# recorded like the default's, to $OUTDIR/sink-NAME.wav.
for extra in ${EXTRA_SINKS:-}; do
  pactl load-module module-null-sink sink_name="$extra" sink_properties=device.description="$extra" \
    rate=44100 norewinds=1 >"$OUTDIR/module-$extra.id" || { echo "e2e: cannot add the sink $extra"; exit 1; }
  if [ "$RECORD" = 1 ]; then
    parecord --latency-msec=10 --device="$extra.monitor" --file-format=wav --rate=22050 --channels=1 \
      --format=s16le "$OUTDIR/sink-$extra.wav" & PIDS+=($!)
  fi
done

if [ "$WITH_ORCA" = 1 ]; then
  mkdir -p "$OUTDIR/speechd"
  # Orca's voice goes to a sink of its own: the recording holds only what Tingdu plays.
  pactl load-module module-null-sink sink_name=speechsink sink_properties=device.description=ScreenReader \
    rate=22050 norewinds=1 >/dev/null || { echo "e2e: cannot add the screen reader's sink"; exit 1; }
  PULSE_SINK=speechsink speech-dispatcher -s -t 0 -C "$HERE/speechd" -L "$OUTDIR/speechd" >"$OUTDIR/speechd.out" 2>&1 & PIDS+=($!)
  waitfor 200 test -S "$XDG_RUNTIME_DIR/speech-dispatcher/speechd.sock" \
    || { echo "e2e: speech-dispatcher did not start"; exit 1; }
fi

# A sanitized build (TINGDU_SANITIZE): every report of the app and of what it or the test starts
# (the catalog test server, a second instance) goes to $OUTDIR/sanitizer.PID, and any report fails
# the test below, even one written at exit or by a child whose output nobody reads. Leaks that only
# third-party libraries make are suppressed (tests/sanitizer/lsan.supp says which and why).
# No effect on a normal build.
SANITIZER_LOG=$OUTDIR/sanitizer
export ASAN_OPTIONS="${ASAN_OPTIONS:+$ASAN_OPTIONS:}log_path=$SANITIZER_LOG"
export UBSAN_OPTIONS="${UBSAN_OPTIONS:+$UBSAN_OPTIONS:}log_path=$SANITIZER_LOG"
export LSAN_OPTIONS="${LSAN_OPTIONS:-suppressions=$(cd "$HERE/../sanitizer" && pwd)/lsan.supp}"
$APP --profile "$PROFILE" >"$OUTDIR/app.log" 2>&1 & PIDS+=($!); export APP_PID=$!
waitfor 400 xdotool search --onlyvisible --name "$WINDOW" || { echo "e2e: no window named '$WINDOW'"; tail -20 "$OUTDIR/app.log"; exit 1; }
xdotool search --onlyvisible --name "$WINDOW" | head -1 | xargs -I{} xdotool windowfocus --sync {}

if [ "$WITH_ORCA" = 1 ]; then
  mkdir -p "$OUTDIR/orca-prefs"
  export ORCA_DEBUG_LOG=$OUTDIR/orca-debug.log ORCA_SPEECH_LOG=$OUTDIR/orca-speech.log
  /usr/bin/python3 "$HERE/orca_transcript.py" -u "$OUTDIR/orca-prefs" --debug-file "$ORCA_DEBUG_LOG" \
    >"$OUTDIR/orca.out" 2>&1 & PIDS+=($!)
  waitfor 400 grep -q "ORCA: Starting registry" "$ORCA_DEBUG_LOG" || { echo "e2e: Orca did not start"; tail "$OUTDIR/orca.out"; exit 1; }
fi
export OUTDIR
[ $# -gt 0 ] || exit 0
"$@"
status=$?
[ $status -eq 0 ] || { echo "e2e: test failed; logs in $OUTDIR"; tail -5 "$OUTDIR/app.log"; }
# The app ends before the sanitizer reports are read: what it (or the catalog server) reports on the
# way out counts too. SIGTERM, as the cleanup would send; up to 20 s for the wrapper to stop the server.
app_running() { [ -d "/proc/$APP_PID" ] && ! grep -q '^State:[[:space:]]*Z' "/proc/$APP_PID/status" 2>/dev/null; }
if app_running; then
  kill "$APP_PID" 2>/dev/null
  for ((i=0;i<400;i++)); do app_running || break; sleep 0.05; done
fi
reports=$(ls "$SANITIZER_LOG".* 2>/dev/null)
if [ -n "$reports" ]; then
  echo "e2e: sanitizer report(s) from the app under test:"
  for r in $reports; do echo "== $r"; head -60 "$r"; done
  status=1
fi
exit $status
