#!/bin/bash
# Runs a command on a private D-Bus session bus in a chosen keyring situation, with a throw-away
# HOME and XDG directories, and stops everything it started (by PID) afterwards.
#
#   bash tests/client/keyring-bus.sh MODE COMMAND [ARGS...]
#
# MODE: daemon     — a real gnome-keyring-daemon, its login keyring unlocked with a throw-away password
#       no-service — a bus with no keyring on it and none startable
#       no-bus     — no session bus at all
#       stalled    — a process owns org.freedesktop.secrets and never answers
# The bus has no service directories: nothing is started behind the test's back (gnome-keyring's
# D-Bus activation would otherwise start a daemon on the real HOME and prompt for a password).
set -u
MODE=${1:?mode}; shift
RUN=$(mktemp -d /tmp/tingdu-keyring.XXXXXX)
export HOME=$RUN/home XDG_RUNTIME_DIR=$RUN/xdg
export XDG_DATA_HOME=$HOME/.local/share XDG_CONFIG_HOME=$HOME/.config XDG_CACHE_HOME=$HOME/.cache
mkdir -p "$XDG_DATA_HOME" "$XDG_CONFIG_HOME" "$XDG_CACHE_HOME"; mkdir -m 700 "$XDG_RUNTIME_DIR"
unset DISPLAY WAYLAND_DISPLAY
export TINGDU_KEYRING_SCENARIO=$MODE
PIDS=()
cleanup() {
  for ((k=${#PIDS[@]}-1;k>=0;k--)); do kill "${PIDS[k]}" 2>/dev/null; done
  for p in "${PIDS[@]}"; do wait "$p" 2>/dev/null; done
  rm -rf "$RUN"
}
trap cleanup EXIT
waitfor() { local tries=$1; shift; for ((i=0;i<tries;i++)); do "$@" >/dev/null 2>&1 && return 0; sleep 0.05; done; return 1; }
owned() {
  dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
    org.freedesktop.DBus.NameHasOwner "string:$1" 2>/dev/null | grep -q true
}

if [ "$MODE" = no-bus ]; then
  export DBUS_SESSION_BUS_ADDRESS=unix:path=$RUN/no-bus-here
else
  cat >"$RUN/bus.conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$RUN</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
  dbus-daemon --config-file="$RUN/bus.conf" --nofork --print-address=3 3>"$RUN/address" 2>"$RUN/bus.log" & PIDS+=($!)
  waitfor 200 test -s "$RUN/address" || { echo "keyring-bus: the bus did not start"; cat "$RUN/bus.log"; exit 1; }
  DBUS_SESSION_BUS_ADDRESS=$(head -1 "$RUN/address"); export DBUS_SESSION_BUS_ADDRESS
fi

case "$MODE" in
  daemon)
    printf '%s' "throw-away-$RANDOM$RANDOM" | gnome-keyring-daemon --foreground --unlock --components=secrets \
      >"$RUN/keyring.log" 2>&1 & PIDS+=($!)
    waitfor 200 owned org.freedesktop.secrets || { echo "keyring-bus: gnome-keyring-daemon did not start"; cat "$RUN/keyring.log"; exit 1; } ;;
  stalled)
    /usr/bin/python3 -c 'import dbus, time
bus = dbus.SessionBus()
bus.request_name("org.freedesktop.secrets")
time.sleep(600)' & PIDS+=($!)
    waitfor 200 owned org.freedesktop.secrets || { echo "keyring-bus: the stalled service did not start"; exit 1; } ;;
  no-service|no-bus) ;;
  *) echo "keyring-bus: unknown mode $MODE"; exit 2 ;;
esac
"$@"
