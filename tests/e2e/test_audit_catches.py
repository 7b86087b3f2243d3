#!/usr/bin/python3
"""The test of the test: run the audit over a window with known flaws (fixtures/audit_fixture.cpp)
and require that it finds each of them — an icon-only button without a name, a field without a
label, a label tied to nothing, a progress bar without a name — and nothing on the named button."""
import sys
import time

import pyatspi

from atspi_util import Results, app, find_all, wait_for
from audit import audit


def main():
    results = Results("audit catches flaws")
    application = app()
    frame = wait_for(lambda: (find_all(application, pyatspi.ROLE_FRAME) or [None])[0], what="the window")
    time.sleep(0.3)
    violations, checked = audit(frame)
    kinds = sorted(kind for kind, _ in violations)
    print("violations found:", violations)
    results.check(("unnamed" in kinds), "an icon-only button without a name is reported")
    results.check(kinds.count("unlabelled") >= 2, "a field without a label and a label without a field are reported")
    results.check(("progress" in kinds), "a progress bar without a name is reported")
    results.check(not any("'Play'" in where for _, where in violations), "the named Play button is not reported")
    results.check(checked >= 4, f"the interactive controls were checked ({checked})")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
