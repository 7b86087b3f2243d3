#!/usr/bin/python3
"""Starts the catalog test server, then the app trusting the server's own CA, as one program the
headless desktop can start as $APP:

    APP="python3 catalog_server_app.py SERVER-BINARY TINGDU-BINARY [APP ARGS...]"

The app gets TINGDU_CA_FILE (what a library with a private CA configures; certificates stay
verified). What the test needs to know (catalog URL, card, PIN, tokens the server issued) goes to
catalog_server_dir(): next to the throw-away profile, never inside anything the app writes, so the
secrets check does not find the test's own notes. When the app ends, the server is stopped; a
SIGTERM from the harness ends both."""
import json
import os
import secrets
import signal
import subprocess
import sys


def catalog_server_dir():
    """Where the wrapper leaves server.json, ca.pem, tokens.txt and server.log."""
    return os.path.join(os.path.dirname(os.path.abspath(os.environ["PROFILE"])), "catalog-server")


def main(argv):
    if len(argv) < 3:
        print("usage: catalog_server_app.py SERVER-BINARY APP [ARGS...]", file=sys.stderr)
        return 2
    server_binary, app_command = argv[1], argv[2:]
    here = catalog_server_dir()
    os.makedirs(here, exist_ok=True)
    pin = "".join(secrets.choice("0123456789") for _ in range(10))  # long: no chance match in big logs
    with open(os.path.join(here, "server.log"), "wb") as server_log:
        server = subprocess.Popen([server_binary, "--ca-out", os.path.join(here, "ca.pem"), "--pin", pin,
                                   "--token-log", os.path.join(here, "tokens.txt")],
                                  stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=server_log)
    line = server.stdout.readline()
    if not line:
        print("catalog_server_app: the test catalog server did not start", file=sys.stderr)
        return 1
    info = json.loads(line)
    with open(os.path.join(here, "server.json"), "w", encoding="utf-8") as f:
        json.dump(info, f)

    # The app's temporary files go under the throw-away HOME, where the secrets check looks.
    tmp = os.path.join(os.environ.get("HOME", here), "tmp")
    os.makedirs(tmp, exist_ok=True)
    env = dict(os.environ, TINGDU_CA_FILE=info["ca_file"], TMPDIR=tmp)
    app = subprocess.Popen(app_command, env=env)
    with open(os.path.join(here, "app.pid"), "w", encoding="utf-8") as f:
        f.write(str(app.pid))  # $APP_PID is this wrapper; AT-SPI knows the app by its own pid

    def forward(signum, _frame):
        app.send_signal(signum)
    for s in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(s, forward)
    status = app.wait()
    server.stdin.close()  # the server stops when its stdin closes
    try:
        server.wait(timeout=10)
    except subprocess.TimeoutExpired:
        server.kill()
        server.wait()
    return status if status >= 0 else 128 - status


if __name__ == "__main__":
    sys.exit(main(sys.argv))
