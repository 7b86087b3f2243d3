"""A small DAISY 2.02 talking book written at test time: an NCC with two chapters, a section in
each and four pages, SMIL 1.0 files and eSpeak NG narration (audioNcc: audio and navigation, no
full text: the kind of book a DAISY player plays). Each phrase is one eSpeak utterance, so the
book knows exactly where every heading and page starts.

    python3 daisy_fixture.py DIR     writes the book into DIR and prints its plan as JSON
"""
import json
import os
import subprocess
import sys
import wave

TITLE = "Tiny Talking Book"
RATE = 22050

# (kind, label, spoken text): kind is h1/h2 (a heading), page (page-normal) or text (a phrase).
# Each heading starts a SMIL file of its own, as DAISY producers lay them out.
PLAN = [
    ("h1", "Chapter One", "Chapter one."),
    ("page", "1", "Page one."),
    ("text", "", "The first chapter begins here."),
    ("h2", "Section 1.1", "Section one point one."),
    ("page", "2", "Page two."),
    ("text", "", "A few words in the section."),
    ("h1", "Chapter Two", "Chapter two."),
    ("page", "3", "Page three."),
    ("text", "", "The second chapter."),
    ("h2", "Section 2.1", "Section two point one."),
    ("page", "4", "Page four."),
    ("text", "", "The end of the book."),
]


def speak(text, path):
    subprocess.run(["espeak-ng", "-v", "en", "-s", "175", "-w", path, text], check=True,
                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)


def npt(seconds):
    return f"npt={seconds:.3f}s"


def write_book(folder):
    """Writes the book; returns its plan: every heading and page with its start on the timeline."""
    os.makedirs(folder, exist_ok=True)
    sections = []  # one per heading: [(kind, label, text, begin, end)], audio file, smil file
    for kind, label, text in PLAN:
        if kind in ("h1", "h2"):
            sections.append([])
        sections[-1].append((kind, label, text))

    ncc_items, timeline, total = [], [], 0.0
    for number, phrases in enumerate(sections, 1):
        audio, smil = f"part{number:02d}.wav", f"part{number:02d}.smil"
        frames, pars, position = b"", [], 0.0
        heading_id = f"h{number}"
        for index, (kind, label, text) in enumerate(phrases):
            piece = os.path.join(folder, "piece.wav")
            speak(text, piece)
            with wave.open(piece, "rb") as w:
                if w.getframerate() != RATE or w.getnchannels() != 1:
                    raise SystemExit("espeak-ng wrote an unexpected WAV format")
                data = w.readframes(w.getnframes())
            os.remove(piece)
            begin, end = position, position + len(data) / 2 / RATE
            frames += data
            position = end
            par_id = f"p{number}_{index}"
            text_id = heading_id
            if kind == "page":
                text_id = f"pg{label}"
                ncc_items.append(f'<span class="page-normal" id="{text_id}"><a href="{smil}#{par_id}">{label}</a></span>')
            elif kind in ("h1", "h2"):
                ncc_items.append(f'<{kind} id="{heading_id}"><a href="{smil}#{par_id}">{label}</a></{kind}>')
            pars.append(f'<par endsync="last" id="{par_id}"><text src="ncc.html#{text_id}" id="t{par_id}"/>'
                        f'<audio src="{audio}" clip-begin="{npt(begin)}" clip-end="{npt(end)}" id="a{par_id}"/></par>')
            if kind != "text":
                timeline.append({"kind": kind, "label": label, "start": round(total + begin, 3)})
        with wave.open(os.path.join(folder, audio), "wb") as w:
            w.setnchannels(1)
            w.setsampwidth(2)
            w.setframerate(RATE)
            w.writeframes(frames)
        with open(os.path.join(folder, smil), "w", encoding="utf-8") as f:
            f.write('<?xml version="1.0" encoding="utf-8"?>\n'
                    '<!DOCTYPE smil PUBLIC "-//W3C//DTD SMIL 1.0//EN" "http://www.w3.org/TR/REC-SMIL/SMIL10.dtd">\n'
                    '<smil><head><meta name="dc:format" content="Daisy 2.02"/>'
                    f'<layout><region id="txtView"/></layout></head><body><seq dur="{npt(position)}">\n'
                    + "\n".join(pars) + "\n</seq></body></smil>\n")
        total += position

    clock = f"{int(total) // 3600}:{int(total) // 60 % 60:02d}:{int(round(total)) % 60:02d}"
    pages = sum(1 for kind, _, _ in PLAN if kind == "page")
    with open(os.path.join(folder, "ncc.html"), "w", encoding="utf-8") as f:
        f.write(f'''<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml"><head>
<meta http-equiv="Content-type" content="application/xhtml+xml; charset=utf-8"/>
<title>{TITLE}</title>
<meta name="dc:title" content="{TITLE}"/>
<meta name="dc:creator" content="Tingdu tests"/>
<meta name="dc:language" content="en"/>
<meta name="dc:identifier" content="tingdu-e2e-daisy"/>
<meta name="dc:format" content="Daisy 2.02"/>
<meta name="ncc:narrator" content="eSpeak NG"/>
<meta name="ncc:multimediaType" content="audioNcc"/>
<meta name="ncc:depth" content="2"/>
<meta name="ncc:tocItems" content="{sum(1 for k, _, _ in PLAN if k in ('h1', 'h2'))}"/>
<meta name="ncc:pageFront" content="0"/>
<meta name="ncc:pageNormal" content="{pages}"/>
<meta name="ncc:maxPageNormal" content="{pages}"/>
<meta name="ncc:pageSpecial" content="0"/>
<meta name="ncc:files" content="{2 * len(sections) + 1}"/>
<meta name="ncc:totalTime" content="{clock}"/>
</head><body>
''' + "\n".join(ncc_items) + "\n</body></html>\n")
    return {"title": TITLE, "duration": round(total, 3), "items": timeline}


if __name__ == "__main__":
    print(json.dumps(write_book(sys.argv[1]), indent=1))
