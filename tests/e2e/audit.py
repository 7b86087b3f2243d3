"""The accessibility audit: what a screen-reader user would trip over, found in the AT-SPI tree.

A violation is one of:
  unnamed      a focusable or actionable object with no name (and no labelled-by relation)
  generic      a focusable or actionable object with a generic role (filler, panel, unknown)
  unlabelled   a form label ("...:") tied to no field, or a field with neither name nor label
  image        an image with neither name nor description
  progress     a progress bar without a value or a name
  untitled     a dialog or window without a title
"""
import pyatspi

from atspi_util import really_showing, walk

GENERIC = {pyatspi.ROLE_FILLER, pyatspi.ROLE_PANEL, pyatspi.ROLE_UNKNOWN, pyatspi.ROLE_REDUNDANT_OBJECT}
FIELDS = {pyatspi.ROLE_TEXT, pyatspi.ROLE_ENTRY, pyatspi.ROLE_PASSWORD_TEXT, pyatspi.ROLE_SPIN_BUTTON,
          pyatspi.ROLE_COMBO_BOX, pyatspi.ROLE_SLIDER}
WINDOWS = {pyatspi.ROLE_DIALOG, pyatspi.ROLE_ALERT, pyatspi.ROLE_FRAME, pyatspi.ROLE_FILE_CHOOSER}
# Parts of composite widgets that screen readers present through their parent.
PRESENTED_BY_PARENT = {pyatspi.ROLE_SCROLL_BAR, pyatspi.ROLE_MENU_BAR}


def relation_targets(node, relation_type):
    try:
        for relation in node.getRelationSet():
            if relation.getRelationType() == relation_type:
                return [relation.getTarget(i) for i in range(relation.getNTargets())]
    except Exception:
        pass
    return []


def actions(node):
    try:
        action = node.queryAction()
        return [action.getName(i) for i in range(action.nActions)]
    except NotImplementedError:
        return []
    except Exception:
        return []


def has_value(node):
    try:
        node.queryValue().currentValue
        return True
    except Exception:
        return False


def audit(root, include_hidden=False):
    """Violations under ROOT as (kind, description) pairs, plus the number of controls checked."""
    violations, checked = [], 0
    for node, _ in walk(root):
        try:
            role = node.getRole()
            state = node.getState()
            if role == pyatspi.ROLE_NOTIFICATION:
                continue  # the announcer: empty while silent by design
            if not include_hidden and not really_showing(node):
                continue
            name = (node.name or "").strip()
            description = (node.description or "").strip()
            labelled = relation_targets(node, pyatspi.RELATION_LABELLED_BY)
            focusable = state.contains(pyatspi.STATE_FOCUSABLE)
            acts = actions(node)
            where = f"[{node.getRoleName()}] {name!r}"
            interactive = focusable or bool(acts)
            if role in PRESENTED_BY_PARENT:
                continue
            if interactive:
                checked += 1
                if not name and not labelled:
                    violations.append(("unnamed", where + f" actions={acts}"))
                if role in GENERIC and focusable:
                    violations.append(("generic", where))
            if role in FIELDS and not name and not labelled:
                violations.append(("unlabelled", where))
            if role == pyatspi.ROLE_LABEL and name.endswith((":", "：")) and \
                    not relation_targets(node, pyatspi.RELATION_LABEL_FOR):
                violations.append(("unlabelled", where + " labels no field"))
            if role == pyatspi.ROLE_IMAGE and not name and not description:
                violations.append(("image", where))
            if role == pyatspi.ROLE_PROGRESS_BAR:
                checked += 1
                if not has_value(node) or not (name or labelled):
                    violations.append(("progress", where))
            if role in WINDOWS and not name:
                violations.append(("untitled", where))
        except Exception:
            continue  # defunct while walking: the next run sees the new tree
    return violations, checked
