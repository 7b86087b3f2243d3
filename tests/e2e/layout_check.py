"""Layout checks on the AT-SPI tree: what a low-vision reader at a large scale would miss.

A violation is one of:
  clipped    a showing control lies (partly) outside the window or the screen, and no scroll
             area can bring it into view
  overlap    two sibling interactive controls cover each other
  wide       a scroll area other than a content view (list, table, text) scrolls sideways: its
             content is wider than its viewport, or a control lies past its right edge. Reachable
             is not enough there: a magnifier user pans sideways and loses the row, so rows of
             controls must wrap onto the next line instead.
Reachable means: inside the window and on the screen, or inside a scroll area (or a scrolling tab
bar) that can scroll in the direction in which the control lies outside it.
Extents are compared as AT-SPI reports them (screen coordinates), with a small tolerance for
frames and focus rings drawn a pixel or two outside a widget.
"""
import subprocess

import pyatspi

from atspi_util import really_showing, walk

TOLERANCE = 2  # pixels
# Rows of views: the view scrolls them, and Qt reports those outside it as not showing.
ITEM_ROLES = {pyatspi.ROLE_LIST_ITEM, pyatspi.ROLE_TABLE_CELL, pyatspi.ROLE_TREE_ITEM,
              pyatspi.ROLE_TABLE_COLUMN_HEADER, pyatspi.ROLE_TABLE_ROW_HEADER}
# Objects that are not controls of their own even when they are focusable or actionable.
# Views whose own content may scroll sideways (a wide table, long text lines): not a place's layout.
CONTENT_VIEWS = {pyatspi.ROLE_LIST, pyatspi.ROLE_TABLE, pyatspi.ROLE_TREE, pyatspi.ROLE_TREE_TABLE,
                 pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_DOCUMENT_TEXT, pyatspi.ROLE_DOCUMENT_FRAME,
                 pyatspi.ROLE_PAGE_TAB_LIST}
NOT_CONTROLS = {pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_NOTIFICATION, pyatspi.ROLE_FRAME, pyatspi.ROLE_DIALOG,
                pyatspi.ROLE_ALERT, pyatspi.ROLE_APPLICATION}


class Rect:
    def __init__(self, x, y, width, height):
        self.x, self.y, self.width, self.height = x, y, width, height

    @property
    def right(self):
        return self.x + self.width

    @property
    def bottom(self):
        return self.y + self.height

    def empty(self):
        return self.width <= 0 or self.height <= 0

    def inside(self, other, horizontal=True, vertical=True):
        """Whether this lies within OTHER (along the directions asked), give or take TOLERANCE."""
        ok_h = self.x >= other.x - TOLERANCE and self.right <= other.right + TOLERANCE
        ok_v = self.y >= other.y - TOLERANCE and self.bottom <= other.bottom + TOLERANCE
        return (ok_h or not horizontal) and (ok_v or not vertical)

    def overlap(self, other):
        """Width and height of the intersection (0 when apart)."""
        w = min(self.right, other.right) - max(self.x, other.x)
        h = min(self.bottom, other.bottom) - max(self.y, other.y)
        return max(0, w), max(0, h)

    def __repr__(self):
        return f"{self.width}x{self.height}+{self.x}+{self.y}"


def extents(node):
    try:
        e = node.queryComponent().getExtents(pyatspi.DESKTOP_COORDS)
        return Rect(e.x, e.y, e.width, e.height)
    except Exception:
        return None


def _native_screen():
    out = subprocess.run(["xdpyinfo"], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "dimensions:" in line:
            w, h = line.split()[1].split("x")
            return int(w), int(h)
    raise RuntimeError("xdpyinfo reports no screen size")


def _native_window_size(title):
    ids = subprocess.run(["xdotool", "search", "--onlyvisible", "--name", title],
                         capture_output=True, text=True).stdout.split()
    if not ids:
        raise RuntimeError(f"no X window named {title!r}")
    out = subprocess.run(["xdotool", "getwindowgeometry", ids[0]], capture_output=True, text=True).stdout
    for line in out.splitlines():
        if "Geometry:" in line:
            w, h = line.split()[1].split("x")
            return int(w), int(h)
    raise RuntimeError(f"xdotool reports no geometry for {title!r}")


def screen_rect(window, title):
    """The X screen in the units of AT-SPI extents. Qt 6.4 reports extents in its own scaled
    (device-independent) pixels, X in device pixels: the ratio of the window's size in the two
    gives the scale, so a window twice the screen at 200% is not mistaken for one that fits."""
    native_w, native_h = _native_screen()
    window_native_w, _ = _native_window_size(title)
    rect = extents(window)
    scale = window_native_w / rect.width if rect is not None and rect.width > 0 else 1.0
    return Rect(0, 0, int(native_w / scale), int(native_h / scale)), scale


def is_control(node, role, state):
    if role in NOT_CONTROLS or role in ITEM_ROLES:
        return False
    if state.contains(pyatspi.STATE_FOCUSABLE):
        return True
    try:
        return node.queryAction().nActions > 0
    except Exception:
        return False


def _scroll_bars(node):
    """NODE's scroll bars: Qt puts them in a container child of the scroll area."""
    bars = []
    try:
        for i in range(node.childCount):
            child = node.getChildAtIndex(i)
            if child is None:
                continue
            if child.getRole() == pyatspi.ROLE_SCROLL_BAR:
                bars.append(child)
            elif child.getRole() == pyatspi.ROLE_FILLER:
                for j in range(child.childCount):
                    grandchild = child.getChildAtIndex(j)
                    if grandchild is not None and grandchild.getRole() == pyatspi.ROLE_SCROLL_BAR:
                        bars.append(grandchild)
    except Exception:
        pass
    return bars


def _only_scroll_bars(node):
    """Whether NODE is the container Qt puts a scroll area's bars in (the area is checked)."""
    try:
        children = [node.getChildAtIndex(i) for i in range(node.childCount)]
        return bool(children) and all(c is not None and c.getRole() == pyatspi.ROLE_SCROLL_BAR for c in children)
    except Exception:
        return False


def scrollable_directions(node):
    """(horizontal, vertical): whether NODE is a scroll area whose bar in that direction can move.
    Inside a Qt scroll area everything in its content widget is reachable along such a bar."""
    horizontal = vertical = False
    for bar in _scroll_bars(node):
        try:
            state = bar.getState()
            if not state.contains(pyatspi.STATE_SHOWING):
                continue
            value = bar.queryValue()
            if value.maximumValue <= value.minimumValue:
                continue
            # Qt 6.4 sets no orientation state on scroll bars: their shape tells.
            rect = extents(bar)
            if state.contains(pyatspi.STATE_HORIZONTAL) or (rect is not None and rect.width > rect.height):
                horizontal = True
            else:
                vertical = True
        except Exception:
            continue
    return horizontal, vertical


def _has_scroll_buttons(tab_list):
    try:
        for i in range(tab_list.childCount):
            child = tab_list.getChildAtIndex(i)
            if child is not None and child.getRole() == pyatspi.ROLE_PUSH_BUTTON and really_showing(child):
                return True
    except Exception:
        pass
    return False


def describe(node, rect):
    try:
        return f"[{node.getRoleName()}] {node.name!r} at {rect}"
    except Exception:
        return f"[defunct] at {rect}"


def _visible_bounds(root_rect, screen):
    """Where a control outside any scroll area must lie: in the window, and on the screen."""
    x = max(root_rect.x, screen.x)
    y = max(root_rect.y, screen.y)
    return Rect(x, y, min(root_rect.right, screen.right) - x, min(root_rect.bottom, screen.bottom) - y)


def check_layout(root, screen):
    """Violations under ROOT (a window) as (kind, description) pairs, and controls checked."""
    window = extents(root)
    if window is None:
        return [("clipped", "the window has no extents")], 0
    bounds = _visible_bounds(window, screen)
    violations, checked = [], 0
    if not window.inside(screen):
        violations.append(("clipped", f"the window {window} does not fit the screen {screen}"))

    # One pass down the tree, carrying the nearest enclosing scroll area's reach: the rect a
    # control must lie in, and the directions in which that area can scroll anything into view.
    def visit(node, reach, scroll_h, scroll_v, sideways=None, is_root=False):
        """SIDEWAYS: the rect of the nearest enclosing layout scroll area that scrolls sideways."""
        nonlocal checked
        try:
            role = node.getRole()
            state = node.getState()
            count = node.childCount
        except Exception:
            return
        if not is_root and not really_showing(node):
            return
        rect = extents(node)
        controls = []
        if not is_root and rect is not None and not rect.empty() and is_control(node, role, state):
            checked += 1
            if not rect.inside(reach, horizontal=not scroll_h, vertical=not scroll_v):
                violations.append(("clipped", describe(node, rect) + f" outside {reach}"))
            if sideways is not None and rect.right > sideways.right + TOLERANCE:
                violations.append(("wide", describe(node, rect) + f" past the right edge of {sideways}"))
        h, v = scrollable_directions(node)
        tab_scroller = role == pyatspi.ROLE_PAGE_TAB_LIST and _has_scroll_buttons(node)
        if tab_scroller and rect is not None:
            # A tab bar too narrow for its tabs scrolls them with its arrow buttons (and Ctrl+N
            # or Ctrl+Tab select them): tabs off its ends are reachable, and the arrows float
            # over the strip of tabs by design.
            if not rect.inside(reach, horizontal=not scroll_h, vertical=not scroll_v):
                violations.append(("clipped", f"tab bar {describe(node, rect)} outside {reach}"))
            child_reach, child_h, child_v = rect, True, scroll_v
        elif (h or v) and rect is not None:
            # The area itself must be reachable; its content is reachable along its bars.
            if not rect.inside(reach, horizontal=not scroll_h, vertical=not scroll_v):
                violations.append(("clipped", f"scroll area {describe(node, rect)} outside {reach}"))
            child_reach, child_h, child_v = rect, h, v
            if h and role not in CONTENT_VIEWS and not _only_scroll_bars(node):
                violations.append(("wide", f"scroll area {describe(node, rect)} scrolls sideways"))
                sideways = rect
        else:
            child_reach, child_h, child_v = reach, scroll_h, scroll_v
        for i in range(count):
            try:
                child = node.getChildAtIndex(i)
            except Exception:
                continue
            if child is None:
                continue
            visit(child, child_reach, child_h, child_v, sideways)
            try:
                c_role, c_state = child.getRole(), child.getState()
                c_rect = extents(child)
                if c_rect is not None and not c_rect.empty() and really_showing(child) \
                        and is_control(child, c_role, c_state):
                    controls.append((child, c_rect))
            except Exception:
                continue
        for i, (a, ra) in enumerate(controls):
            for b, rb in controls[i + 1:]:
                if tab_scroller and {a.getRole(), b.getRole()} == {pyatspi.ROLE_PAGE_TAB, pyatspi.ROLE_PUSH_BUTTON}:
                    continue
                w, h_ = ra.overlap(rb)
                if w > TOLERANCE and h_ > TOLERANCE:
                    violations.append(("overlap", f"{describe(a, ra)} and {describe(b, rb)}"))

    visit(root, bounds, False, False, None, is_root=True)
    return violations, checked
