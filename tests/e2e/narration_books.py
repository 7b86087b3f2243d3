#!/usr/bin/python3
"""Writes the narrated and text-only books the Reader's narration tests open, with real speech
(espeak-ng) as narration, and prints their expectations as JSON:

  narration_books.py OUTDIR

  OUTDIR/lighthouse.epub     EPUB 3, two chapters, media overlays (one MP3 per chapter)
  OUTDIR/daisy3-fulltext/    DAISY 3 audioFullText: DTBook with <sent> phrases, SMIL, MP3
  OUTDIR/daisy3-textonly/    DAISY 3 textNCX: DTBook and text-only SMIL, no audio
  OUTDIR/daisy202-audio/     DAISY 2.02 audioNcc: the SMIL points only at the NCC

Every phrase is followed by a pause in the audio file that no clip covers. Expectations list each
phrase's text and its [begin, end) in seconds on the narration's timeline (the clips laid end to
end, as the player plays them)."""
import json
import os
import subprocess
import sys
import tempfile
import wave
import zipfile

RATE = 22050
GAP = 0.4  # seconds of silence after each phrase

EPUB_CHAPTERS = [
    ("The Lighthouse", ["The keeper climbed the stairs at dusk.", "He lit the great lamp for the ships."]),
    ("The Storm", ["Rain hammered the windows all night.", "The light never failed.", "Morning came at last."]),
]
DAISY_SENTENCES = ["Dots and dashes fill the page.", "Readers find their way by touch."]
TEXT_ONLY = ("Braille Everywhere", ["Embossed letters rise from the paper.", "Fingers read them line by line."])


def speak(text, tmp):
    """Mono 16-bit samples of TEXT spoken by espeak-ng, resampled to RATE."""
    raw, out = os.path.join(tmp, "raw.wav"), os.path.join(tmp, "say.wav")
    subprocess.run(["espeak-ng", "-v", "en", "-w", raw, text], check=True)
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", raw, "-ac", "1", "-ar", str(RATE), "-sample_fmt", "s16", out],
                   check=True)
    with wave.open(out, "rb") as w:
        return w.readframes(w.getnframes())


def narrate(sentences, mp3, tmp):
    """Speaks SENTENCES one after the other into MP3; returns each one's (begin, end)."""
    pcm, spans = b"", []
    for s in sentences:
        begin = len(pcm) / 2 / RATE
        pcm += speak(s, tmp)
        spans.append((round(begin, 3), round(len(pcm) / 2 / RATE, 3)))
        pcm += b"\0\0" * int(GAP * RATE)
    wav = os.path.join(tmp, "all.wav")
    with wave.open(wav, "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(pcm)
    subprocess.run(["ffmpeg", "-v", "error", "-y", "-i", wav, "-codec:a", "libmp3lame", "-b:a", "64k", mp3], check=True)
    return spans


def xhtml(title, body):
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<html xmlns="http://www.w3.org/1999/xhtml" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="en" lang="en"><head><title>{title}</title></head>'
            f'<body>{body}</body></html>\n')


def smil3(pars):
    body = "".join(f'<par id="par{i}"><text src="{t}"/><audio src="{a}" clipBegin="{b:.3f}s" clipEnd="{e:.3f}s"/></par>'
                   for i, (t, a, b, e) in enumerate(pars))
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<smil xmlns="http://www.w3.org/ns/SMIL" '
            f'xmlns:epub="http://www.idpf.org/2007/ops" version="3.0"><body><seq>{body}</seq></body></smil>\n')


def write_epub(out, tmp):
    files, manifest, spine, phrases, total = {}, [], [], [], 0.0
    nav = ""
    for c, (title, sentences) in enumerate(EPUB_CHAPTERS, 1):
        mp3 = os.path.join(tmp, f"ch{c}.mp3")
        spans = narrate([title] + sentences, mp3, tmp)
        files[f"OEBPS/audio/ch{c}.mp3"] = open(mp3, "rb").read()
        ids = [f"c{c}h"] + [f"c{c}s{i}" for i in range(1, len(sentences) + 1)]
        # The last chapter's last two sentences share a paragraph, as real overlay books do.
        paras = [f'<p id="{i}">{s}</p>' for i, s in zip(ids[1:], sentences)]
        if len(sentences) > 2:
            paras[-2:] = [f'<p id="c{c}p">' + " ".join(f'<span id="{i}">{s}</span>'
                                                      for i, s in zip(ids[-2:], sentences[-2:])) + "</p>"]
        files[f"OEBPS/ch{c}.xhtml"] = xhtml(title, f'<section epub:type="chapter"><h1 id="{ids[0]}">{title}</h1>'
                                                   + "".join(paras) + "</section>")
        pars = [(f"../ch{c}.xhtml#{i}", f"../audio/ch{c}.mp3", b, e) for i, (b, e) in zip(ids, spans)]
        files[f"OEBPS/overlays/ch{c}.smil"] = smil3(pars)
        for text, (b, e) in zip([title] + sentences, spans):
            phrases.append({"text": text, "begin": round(total, 3), "end": round(total + e - b, 3), "chapter": c})
            total += e - b
        manifest += [f'<item id="ch{c}" href="ch{c}.xhtml" media-type="application/xhtml+xml" media-overlay="mo{c}"/>',
                     f'<item id="mo{c}" href="overlays/ch{c}.smil" media-type="application/smil+xml"/>',
                     f'<item id="au{c}" href="audio/ch{c}.mp3" media-type="audio/mpeg"/>']
        spine.append(f'<itemref idref="ch{c}"/>')
        nav += f'<li><a href="ch{c}.xhtml">{title}</a></li>'
    files["OEBPS/nav.xhtml"] = xhtml("Contents", f'<nav epub:type="toc"><h1>Contents</h1><ol>{nav}</ol></nav>')
    files["OEBPS/content.opf"] = f'''<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid"><metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">urn:uuid:tingdu-narration-test</dc:identifier><dc:title>Narrated Lighthouse</dc:title>
<dc:language>en</dc:language><dc:creator>Test Writer</dc:creator><meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
<meta property="media:duration">{total:.3f}s</meta><meta property="media:active-class">-epub-media-overlay-active</meta></metadata>
<manifest><item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>{"".join(manifest)}</manifest>
<spine>{"".join(spine)}</spine></package>
'''
    files["META-INF/container.xml"] = ('<?xml version="1.0"?><container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">'
                                       '<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>'
                                       '</rootfiles></container>')
    path = os.path.join(out, "lighthouse.epub")
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/epub+zip", compress_type=zipfile.ZIP_STORED)
        for name, data in files.items():
            z.writestr(name, data, compress_type=zipfile.ZIP_DEFLATED)
    return {"path": path, "title": "Narrated Lighthouse", "phrases": phrases}


def write(path, text):
    os.makedirs(os.path.dirname(path), exist_ok=True)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


def daisy3(folder, title, sentences, spans):
    """A DAISY 3 book in FOLDER: one chapter, one paragraph of <sent> phrases; SPANS None = text only."""
    audio = spans is not None
    sents = " ".join(f'<sent id="s{i}">{s}</sent>' for i, s in enumerate(sentences, 1))
    write(os.path.join(folder, "book.xml"), f'''<?xml version="1.0" encoding="UTF-8"?>
<dtbook xmlns="http://www.daisy.org/z3986/2005/dtbook/" version="2005-3" xml:lang="en"><head><meta name="dtb:uid" content="{title}"/></head>
<book><frontmatter><doctitle id="dt">{title}</doctitle></frontmatter><bodymatter><level1><h1 id="h">{title}</h1>
<p id="p1">{sents}</p></level1></bodymatter></book></dtbook>
''')
    ids = ["h"] + [f"s{i}" for i in range(1, len(sentences) + 1)]
    pars = "".join(f'<par id="par{i}"><text src="book.xml#{t}"/>'
                   + (f'<audio src="narration.mp3" clipBegin="{spans[i][0]:.3f}s" clipEnd="{spans[i][1]:.3f}s"/>' if audio else "")
                   + "</par>" for i, t in enumerate(ids))
    write(os.path.join(folder, "book.smil"), '<?xml version="1.0" encoding="UTF-8"?>\n<smil xmlns="http://www.w3.org/2001/SMIL20/">'
          f'<head><meta name="dtb:uid" content="{title}"/></head><body><seq id="root">{pars}</seq></body></smil>\n')
    total = spans[-1][1] if audio else 0
    write(os.path.join(folder, "book.opf"), f'''<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://openebook.org/namespaces/oeb-package/1.0/" unique-identifier="uid"><metadata>
<dc-metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:Title>{title}</dc:Title><dc:Creator>Test Writer</dc:Creator>
<dc:Language>en</dc:Language><dc:Identifier id="uid">{title}</dc:Identifier><dc:Format>ANSI/NISO Z39.86-2005</dc:Format></dc-metadata>
<x-metadata><meta name="dtb:multimediaType" content="{"audioFullText" if audio else "textNCX"}"/>
<meta name="dtb:totalTime" content="{total:.3f}s"/></x-metadata></metadata>
<manifest><item id="ncx" href="book.ncx" media-type="application/x-dtbncx+xml"/>
<item id="text" href="book.xml" media-type="application/x-dtbook+xml"/><item id="smil" href="book.smil" media-type="application/smil"/>
{'<item id="audio" href="narration.mp3" media-type="audio/mpeg"/>' if audio else ""}</manifest><spine><itemref idref="smil"/></spine></package>
''')
    write(os.path.join(folder, "book.ncx"), f'''<?xml version="1.0" encoding="UTF-8"?>
<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1"><head><meta name="dtb:uid" content="{title}"/>
<meta name="dtb:depth" content="1"/></head><docTitle><text>{title}</text></docTitle><navMap>
<navPoint id="n1" playOrder="1" class="h1"><navLabel><text>{title}</text></navLabel><content src="book.smil#par0"/></navPoint>
</navMap></ncx>
''')


def write_daisy3_fulltext(out, tmp):
    folder = os.path.join(out, "daisy3-fulltext")
    os.makedirs(folder, exist_ok=True)
    title = "Touch Reading"
    spans = narrate([title] + DAISY_SENTENCES, os.path.join(folder, "narration.mp3"), tmp)
    daisy3(folder, title, DAISY_SENTENCES, spans)
    phrases, t = [], 0.0
    for text, (b, e) in zip([title] + DAISY_SENTENCES, spans):
        phrases.append({"text": text, "begin": round(t, 3), "end": round(t + e - b, 3)})
        t += e - b
    return {"path": folder, "title": title, "phrases": phrases}


def write_daisy3_textonly(out):
    folder = os.path.join(out, "daisy3-textonly")
    daisy3(folder, TEXT_ONLY[0], TEXT_ONLY[1], None)
    return {"path": folder, "title": TEXT_ONLY[0], "sentences": TEXT_ONLY[1]}


def write_daisy202_audio(out, tmp):
    folder = os.path.join(out, "daisy202-audio")
    os.makedirs(folder, exist_ok=True)
    title = "Spoken Only"
    spans = narrate([title, "This book has no text but its headings."], os.path.join(folder, "a.mp3"), tmp)
    write(os.path.join(folder, "ncc.html"), f'''<?xml version="1.0" encoding="UTF-8"?>
<html xmlns="http://www.w3.org/1999/xhtml"><head><title>{title}</title><meta name="dc:title" content="{title}"/>
<meta name="dc:format" content="Daisy 2.02"/><meta name="ncc:multimediaType" content="audioNcc"/>
<meta name="ncc:totalTime" content="{spans[-1][1]:.3f}s"/></head>
<body><h1 class="title" id="h1"><a href="a.smil#t1">{title}</a></h1></body></html>
''')
    write(os.path.join(folder, "a.smil"), f'''<?xml version="1.0" encoding="UTF-8"?>
<smil><head><meta name="dc:format" content="Daisy 2.02"/></head><body><seq>
<par id="t1"><text src="ncc.html#h1"/><audio src="a.mp3" clip-begin="npt={spans[0][0]:.3f}s" clip-end="npt={spans[0][1]:.3f}s"/></par>
<par id="t2"><text src="ncc.html#h1"/><audio src="a.mp3" clip-begin="npt={spans[1][0]:.3f}s" clip-end="npt={spans[1][1]:.3f}s"/></par>
</seq></body></smil>
''')
    return {"path": folder, "title": title}


def main():
    out = os.path.abspath(sys.argv[1])
    os.makedirs(out, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        books = {"epub": write_epub(out, tmp), "daisy3FullText": write_daisy3_fulltext(out, tmp),
                 "daisy3TextOnly": write_daisy3_textonly(out), "daisy202Audio": write_daisy202_audio(out, tmp)}
    json.dump(books, sys.stdout, indent=1)
    with open(os.path.join(out, "books.json"), "w") as f:
        json.dump(books, f, indent=1)


if __name__ == "__main__":
    main()
