#!/usr/bin/python3
"""The test of the scale test: the layout check over a window with known layout flaws
(fixtures/audit_fixture.cpp --layout-flaws) must report a button off the window's edge and two
overlapping buttons, a row that scrolls sideways, and not a button that its scroll area can bring
into view vertically."""
import sys

import pyatspi

from atspi_util import Results, app, find_all, wait_for
from layout_check import check_layout, screen_rect
from test_scale import settled


def main():
    results = Results("layout check catches flaws")
    application = app()
    frame = wait_for(lambda: (find_all(application, pyatspi.ROLE_FRAME) or [None])[0], what="the window")
    settled(frame)
    screen, _ = screen_rect(frame, "Audit fixture")
    violations, checked = check_layout(frame, screen)
    print("violations found:", violations)
    clipped = [where for kind, where in violations if kind == "clipped"]
    overlaps = [where for kind, where in violations if kind == "overlap"]
    wide = [where for kind, where in violations if kind == "wide"]
    results.check(any("'Lost'" in w for w in clipped), "a button beyond the window's edge is reported as clipped")
    results.check(any("'Under'" in w and "'Over'" in w for w in overlaps), "two overlapping buttons are reported")
    results.check(any("'Sideways'" in w and "scrolls sideways" in w for w in wide),
                  "a scroll area whose content is wider than it is reported as wide")
    results.check(any("'Beyond'" in w for w in wide), "a button past a scroll area's right edge is reported as wide")
    results.check(not any("'Far down'" in w for _, w in violations), "a button a scroll area can reach downwards is not reported")
    results.check(not any("'Play'" in w for _, w in violations), "the well-placed Play button is not reported")
    results.check(len(violations) == 4, f"nothing else is reported ({len(violations)} violations)")
    results.check(checked >= 6, f"the controls were checked ({checked})")
    return results.finish()


if __name__ == "__main__":
    sys.exit(main())
