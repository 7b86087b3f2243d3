#!/usr/bin/env python3
"""Builds Tingdu's guide books (EPUB 3) and their local OPDS 2.0 catalog from plain sources.

Source syntax (one block per paragraph, blank lines between):
  # / ## / ### Heading         headings of three levels; every "#" starts a new chapter file
  [page 3]                     a page break labelled "3"
  ![alt text](images/x.svg)    an image with its description
  - item                       list items (consecutive lines)
  > text                       a note (aside epub:type="footnote")
  other text                   a paragraph
A first block "% Title" names the book; "%lang zh-CN" its language; "%id urn:..." its identifier.
Standard library only: it runs wherever CMake's Python does. Output is reproducible (fixed dates).
"""
import argparse, html, json, os, re, sys, zipfile

FIXED_DATE = (2026, 1, 1, 0, 0, 0)


def parse(text):
    meta, chapters, cur = {}, [], None
    for block in re.split(r"\n\s*\n", text.strip()):
        block = block.strip()
        if block.startswith("%"):
            for line in block.splitlines():
                key, _, value = line[1:].partition(" ")
                meta[key.strip() or "title"] = value.strip()
            continue
        m = re.match(r"^(#{1,3})\s+(.*)$", block)
        if m and len(m.group(1)) == 1:
            cur = {"title": m.group(2), "blocks": []}
            chapters.append(cur)
        if cur is None:
            raise SystemExit("build_guide: content before the first chapter heading")
        cur["blocks"].append(block)
    return meta, chapters


def render_block(block, ids, pages, toc, chapter_file):
    m = re.match(r"^(#{1,3})\s+(.*)$", block)
    if m:
        level, title = len(m.group(1)), m.group(2)
        ident = f"h{len(ids)}"; ids.append(ident)
        toc.append((level, title, f"{chapter_file}#{ident}"))
        return f'<h{level} id="{ident}">{html.escape(title)}</h{level}>'
    m = re.match(r"^\[page (.+)\]$", block)
    if m:
        label = m.group(1)
        ident = f"page{label}"; pages.append((label, f"{chapter_file}#{ident}"))
        return (f'<span epub:type="pagebreak" role="doc-pagebreak" id="{ident}" '
                f'aria-label="{html.escape(label)}"></span>')
    m = re.match(r"^!\[(.*)\]\((.*)\)$", block)
    if m:
        alt, src = m.group(1), m.group(2)
        # The description is the alt text alone: a caption repeating it would be heard twice.
        return f'<figure><img src="{html.escape(src)}" alt="{html.escape(alt)}"/></figure>'
    if all(line.startswith("- ") for line in block.splitlines()):
        items = "".join(f"<li>{html.escape(l[2:])}</li>" for l in block.splitlines())
        return f"<ul>{items}</ul>"
    if block.startswith("> "):
        ident = f"note{len(ids)}"; ids.append(ident)
        return f'<aside epub:type="footnote" role="doc-footnote" id="{ident}"><p>{html.escape(block[2:])}</p></aside>'
    return f"<p>{html.escape(' '.join(block.splitlines()))}</p>"


def xhtml(lang, title, body):
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE html>
<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops" xml:lang="{lang}" lang="{lang}">
<head><meta charset="UTF-8"/><title>{html.escape(title)}</title></head>
<body>
{body}
</body>
</html>
"""


def nav_list(toc):
    """Nested <ol> from (level, title, href) in document order."""
    out, stack = [], []
    for level, title, href in toc:
        if not stack or level > stack[-1]:
            out.append("<ol>")
            stack.append(level)
        else:
            out.append("</li>")
            while len(stack) > 1 and level < stack[-1]:
                out.append("</ol></li>")
                stack.pop()
        out.append(f'<li><a href="{href}">{html.escape(title)}</a>')
    if stack:
        out.append("</li>")
        while len(stack) > 1:
            out.append("</ol></li>")
            stack.pop()
        out.append("</ol>")
    return "".join(out)


def build_book(source, images_dir, out_path, version):
    with open(source, encoding="utf-8") as f:
        meta, chapters = parse(f.read())
    lang = meta.get("lang", "en")
    title = meta.get("title", "Tingdu")
    ident = meta.get("id", "urn:tingdu:guide")
    ids, pages, toc, files = [], [], [], []
    images = set()
    for n, ch in enumerate(chapters, 1):
        name = f"chapter{n}.xhtml"
        body = "\n".join(render_block(b, ids, pages, toc, name) for b in ch["blocks"])
        images.update(re.findall(r'src="(images/[^"]+)"', body))
        files.append((name, ch["title"], xhtml(lang, ch["title"], body)))

    labels = {"en": ("Contents", "Pages", "Landmarks", "Start of content"),
              "zh-CN": ("目录", "页码", "地标", "正文开始")}.get(lang, ("Contents", "Pages", "Landmarks", "Start"))
    page_items = "".join(f'<li><a href="{h}">{html.escape(l)}</a></li>' for l, h in pages)
    nav_body = (f'<nav epub:type="toc" id="toc"><h1>{labels[0]}</h1>{nav_list(toc)}</nav>\n'
                f'<nav epub:type="page-list" id="page-list" hidden=""><h1>{labels[1]}</h1><ol>{page_items}</ol></nav>\n'
                f'<nav epub:type="landmarks" id="landmarks" hidden=""><h1>{labels[2]}</h1><ol>'
                f'<li><a epub:type="bodymatter" href="chapter1.xhtml">{labels[3]}</a></li></ol></nav>')
    manifest = ['<item id="nav" href="nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>']
    spine = []
    for i, (name, _, _) in enumerate(files, 1):
        manifest.append(f'<item id="c{i}" href="{name}" media-type="application/xhtml+xml"/>')
        spine.append(f'<itemref idref="c{i}"/>')
    for i, img in enumerate(sorted(images), 1):
        manifest.append(f'<item id="img{i}" href="{img}" media-type="image/svg+xml"/>')
    a11y = "\n".join([
        '<meta property="schema:accessMode">textual</meta>',
        '<meta property="schema:accessMode">visual</meta>',
        '<meta property="schema:accessModeSufficient">textual</meta>',
        '<meta property="schema:accessibilityFeature">structuralNavigation</meta>',
        '<meta property="schema:accessibilityFeature">tableOfContents</meta>',
        '<meta property="schema:accessibilityFeature">printPageNumbers</meta>',
        '<meta property="schema:accessibilityFeature">alternativeText</meta>',
        '<meta property="schema:accessibilityHazard">none</meta>',
        f'<meta property="schema:accessibilitySummary">{html.escape(meta.get("summary", ""))}</meta>',
        '<link rel="dcterms:conformsTo" href="http://www.idpf.org/epub/a11y/accessibility-20170105.html#wcag-aa"/>',
    ])
    opf = f"""<?xml version="1.0" encoding="UTF-8"?>
<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid" xml:lang="{lang}">
<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
<dc:identifier id="uid">{html.escape(ident)}</dc:identifier>
<dc:title>{html.escape(title)}</dc:title>
<dc:creator>{html.escape(meta.get("author", "Tingdu"))}</dc:creator>
<dc:language>{lang}</dc:language>
<dc:publisher>Tingdu</dc:publisher>
<dc:date>2026-01-01</dc:date>
<meta property="dcterms:modified">2026-01-01T00:00:00Z</meta>
<meta property="schema:version">{version}</meta>
{a11y}
</metadata>
<manifest>
{chr(10).join(manifest)}
</manifest>
<spine>
{chr(10).join(spine)}
</spine>
</package>
"""
    container = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
<rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
</container>
"""
    tmp = out_path + ".part"
    with zipfile.ZipFile(tmp, "w") as z:
        def add(name, data, compress=zipfile.ZIP_DEFLATED):
            info = zipfile.ZipInfo(name, FIXED_DATE)
            info.compress_type = compress
            z.writestr(info, data)
        add("mimetype", "application/epub+zip", zipfile.ZIP_STORED)  # first and stored, per OCF
        add("META-INF/container.xml", container)
        add("OEBPS/content.opf", opf)
        add("OEBPS/nav.xhtml", xhtml(lang, labels[0], nav_body))
        for name, _, content in files:
            add(f"OEBPS/{name}", content)
        for img in sorted(images):
            with open(os.path.join(images_dir, os.path.basename(img)), "rb") as f:
                add(f"OEBPS/{img}", f.read())
    os.replace(tmp, out_path)
    return {"title": title, "lang": lang, "id": ident, "author": meta.get("author", "Tingdu"),
            "summary": meta.get("summary", "")}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--version", default="0")
    ap.add_argument("source_dir")
    args = ap.parse_args()
    os.makedirs(args.out, exist_ok=True)
    publications = []
    for lang_dir in ("en", "zh_CN"):
        name = f"tingdu-guide-{lang_dir}.epub"
        info = build_book(os.path.join(args.source_dir, lang_dir, "guide.md"),
                          os.path.join(args.source_dir, "images"), os.path.join(args.out, name), args.version)
        publications.append({
            "metadata": {"@type": "http://schema.org/Book", "identifier": info["id"], "title": info["title"],
                         "author": info["author"], "language": info["lang"], "description": info["summary"],
                         "accessibility": {"accessMode": ["textual", "visual"], "accessModeSufficient": ["textual"],
                                           "feature": ["structuralNavigation", "tableOfContents",
                                                       "printPageNumbers", "alternativeText"],
                                           "hazard": ["none"]}},
            "links": [{"rel": "http://opds-spec.org/acquisition/open-access", "href": name,
                       "type": "application/epub+zip"}],
        })
        # Its audiobook (built next to it from the EPUB by tingdu-cli export-audio).
        publications.append({
            "metadata": {"@type": "http://schema.org/Audiobook", "identifier": info["id"] + ":audio",
                         "title": info["title"], "author": info["author"], "language": info["lang"],
                         "description": info["summary"],
                         "accessibility": {"accessMode": ["auditory"], "accessModeSufficient": ["auditory"],
                                           "feature": ["tableOfContents"], "hazard": ["none"]}},
            "links": [{"rel": "http://opds-spec.org/acquisition/open-access", "href": name[:-5] + ".m4b",
                       "type": "audio/mp4"}],
        })
    catalog = {
        "metadata": {"title": "Tingdu guide (offline)"},
        "links": [{"rel": "self", "href": "catalog.json", "type": "application/opds+json"}],
        "publications": publications,
    }
    tmp = os.path.join(args.out, "catalog.json.part")
    with open(tmp, "w", encoding="utf-8") as f:
        json.dump(catalog, f, ensure_ascii=False, indent=2)
    os.replace(tmp, os.path.join(args.out, "catalog.json"))


if __name__ == "__main__":
    main()
