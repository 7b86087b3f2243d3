#!/usr/bin/python3
"""Runs Debian's Orca with two changes for tests: the debug file is line-buffered (stock Orca
block-buffers it and loses the tail when killed), and what Orca speaks and brailles is copied
to $ORCA_SPEECH_LOG (Orca keeps its "speech" and "braille" loggers in memory otherwise), say-all
included."""
import builtins
import logging
import os
import runpy
import subprocess
import sys

_debug_file = os.environ.get("ORCA_DEBUG_LOG")
_open = builtins.open


def _line_buffered_open(file, mode="r", *args, **kwargs):
    if _debug_file and isinstance(file, str) and "w" in mode and \
            os.path.abspath(file) == os.path.abspath(_debug_file):
        kwargs["buffering"] = 1
    return _open(file, mode, *args, **kwargs)


builtins.open = _line_buffered_open

# Orca refuses to start when any process of this user is named "orca" (pgrep -x orca), even one
# on another test's desktop, with its own D-Bus session and AT-SPI bus: tests run side by side.
_popen = subprocess.Popen


def _popen_without_other_orcas(args, *rest, **kwargs):
    if isinstance(args, str) and args.startswith("pgrep -u") and args.endswith("-x orca"):
        args = "true"
    return _popen(args, *rest, **kwargs)


subprocess.Popen = _popen_without_other_orcas
if os.environ.get("ORCA_SPEECH_LOG"):
    handler = logging.FileHandler(os.environ["ORCA_SPEECH_LOG"])
    handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
    for name in ("speech", "braille"):
        logging.getLogger(name).addHandler(handler)

    # Say-all hands its utterances to the speech server one by one, past the "speech" logger:
    # each is logged as it is handed over (the one before it has been spoken to its end).
    import pyatspi  # noqa: E402,F401  (as /usr/bin/orca does, before its own modules)
    import orca.speech as _speech  # noqa: E402
    _say_all = _speech.sayAll

    def _logged(utterances):
        for context, acss in utterances:
            logging.getLogger("speech").info("SPEECH OUTPUT: '" + context.utterance + "'")
            yield [context, acss]

    _speech.sayAll = lambda utterances, progress: _say_all(_logged(utterances), progress)
sys.argv[0] = "/usr/bin/orca"
runpy.run_path("/usr/bin/orca", run_name="__main__")
