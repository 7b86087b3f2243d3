"""Searching what a session wrote for secrets (issue 12): the PIN, the bearer token, the Basic
header they make. Files are read as bytes; each secret is looked for as UTF-8/ASCII, UTF-16 LE
and BE, and (in SQLite databases, read through sqlite3 as well) as a stored integer."""
import base64
import os
import sqlite3

SQLITE_MAGIC = b"SQLite format 3\x00"


def secret_forms(name, value):
    """(label, bytes) pairs: every plain-text form VALUE may take on disk."""
    raw = value.encode("utf-8")
    return [(f"{name}", raw), (f"{name} (UTF-16 LE)", value.encode("utf-16-le")),
            (f"{name} (UTF-16 BE)", value.encode("utf-16-be"))]


def secrets_for(card, pin, tokens):
    """What must never be on disk in the clear: the PIN, each token, and card:PIN as Basic sends it."""
    basic = base64.b64encode(f"{card}:{pin}".encode()).decode()
    forms = secret_forms("PIN", pin) + secret_forms("Basic credentials", basic)
    for i, token in enumerate(tokens):
        forms += secret_forms(f"bearer token {i + 1}", token)
    return forms


def files_under(roots, skip_dirs=()):
    """Regular files under ROOTS (files or folders), not following links, minus SKIP_DIRS."""
    skip = [os.path.abspath(d) + os.sep for d in skip_dirs]
    for root in roots:
        if os.path.isfile(root):
            yield root
            continue
        for folder, dirs, names in os.walk(root):
            if any((os.path.abspath(folder) + os.sep).startswith(s) for s in skip):
                dirs[:] = []
                continue
            for name in names:
                path = os.path.join(folder, name)
                if os.path.isfile(path) and not os.path.islink(path):
                    yield path


def _sqlite_hits(path, pin):
    """Values in any table of the database at PATH that hold the PIN (as text, blob or integer)."""
    hits = []
    try:
        db = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error:
        return hits
    try:
        tables = [r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for row in db.execute(f'SELECT * FROM "{table}"'):
                for value in row:
                    if isinstance(value, int) and pin.isdigit() and value == int(pin):
                        hits.append(f"{path}: table {table} holds the PIN as an integer")
                    elif isinstance(value, (str, bytes)):
                        text = value.encode() if isinstance(value, str) else value
                        if pin.encode() in text:
                            hits.append(f"{path}: table {table} holds the PIN")
    except sqlite3.Error as error:
        hits.append(f"{path}: could not be read as SQLite ({error}); check it by hand")
    finally:
        db.close()
    return hits


def scan(paths, forms, pin=None):
    """Returns (files scanned, bytes scanned, list of findings) over PATHS for FORMS."""
    findings, files, size = [], 0, 0
    for path in paths:
        try:
            with open(path, "rb") as f:
                data = f.read()
        except OSError as error:
            findings.append(f"{path}: unreadable ({error})")
            continue
        files += 1
        size += len(data)
        for label, needle in forms:
            if needle and needle in data:
                findings.append(f"{path}: {label} in plain text at byte {data.index(needle)}")
        if pin and data.startswith(SQLITE_MAGIC):
            findings += _sqlite_hits(path, pin)
    return files, size, findings


def self_check(folder, card, pin, token):
    """Plants each secret where a careless app would put it and returns the forms the scan
    missed (an empty list means the scan can fail when it should)."""
    os.makedirs(folder, exist_ok=True)
    planted = {
        "ascii.log": b"\x00\x01login ok pin=" + pin.encode() + b"\n",
        "utf16.ini": f"[account]\npin={pin}\n".encode("utf-16-le"),
        "header.txt": b"Authorization: Basic " + base64.b64encode(f"{card}:{pin}".encode()),
        "token.json": b'{"token":"' + token.encode() + b'"}',
    }
    for name, data in planted.items():
        with open(os.path.join(folder, name), "wb") as f:
            f.write(data)
    db_path = os.path.join(folder, "int.sqlite")
    db = sqlite3.connect(db_path)
    db.execute("CREATE TABLE account (card TEXT, pin INTEGER)")
    db.execute("INSERT INTO account VALUES (?, ?)", (card, int(pin)))
    db.commit()
    db.close()
    forms = secrets_for(card, pin, [token])
    missed = []
    for name in list(planted) + ["int.sqlite"]:
        _, _, found = scan([os.path.join(folder, name)], forms, pin)
        if not found:
            missed.append(name)
    return missed
