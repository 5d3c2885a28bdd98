#!/usr/bin/env python3
"""Translation upkeep for Zhaoshang Field.

Source strings are written in Chinese (zh_CN, the users' language), so the zh_CN file's translations are the
source texts themselves: `finish-zh` fills them after lupdate. The English file is translated by hand; `apply`
fills English entries from a Python mapping module (EN = {source: text}, NUMERUS_EN = {source: (one, many)}).
`check` lists unfinished entries and exits non-zero when there are any.
"""
import importlib.util
import sys
import xml.etree.ElementTree as ET


def load(path):
    return ET.parse(path)


def save(tree, path):
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()


def messages(tree):
    for ctx in tree.getroot().iter("context"):
        for msg in ctx.iter("message"):
            yield msg


def set_translation(msg, texts):
    tr = msg.find("translation")
    for child in list(tr):
        tr.remove(child)
    tr.text = None
    if msg.get("numerus") == "yes":
        for t in texts:
            form = ET.SubElement(tr, "numerusform")
            form.text = t
    else:
        tr.text = texts[0]
    tr.attrib.pop("type", None)


def finish_zh(path):
    tree = load(path)
    n = 0
    for msg in messages(tree):
        tr = msg.find("translation")
        if tr.get("type") == "unfinished":
            set_translation(msg, [msg.find("source").text])
            n += 1
    save(tree, path)
    print(f"{path}: {n} entries finished from their Chinese source")


def apply(path, module_path):
    """Fills unfinished entries only, editing the file as text so its formatting and entities stay as they are."""
    import html
    import re
    spec = importlib.util.spec_from_file_location("mapping", module_path)
    mapping = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mapping)
    text = open(path, encoding="utf-8").read()

    def esc(t):
        return html.escape(t, quote=False).replace("'", "&apos;").replace('"', "&quot;")

    n = 0
    for src, en in mapping.EN.items():
        pattern = re.compile(r'(<source>' + re.escape(esc(src)) + r'</source>(?:\s*<comment>[^<]*</comment>)?\s*)'
                             r'<translation type="unfinished">[^<]*</translation>')
        text, k = pattern.subn(lambda m: m.group(1) + "<translation>" + esc(en) + "</translation>", text)
        n += k
    open(path, "w", encoding="utf-8").write(text)
    if getattr(mapping, "NUMERUS_EN", None):
        apply_numerus(path, mapping.NUMERUS_EN)
    print(f"{path}: {n} entries translated")


def apply_numerus(path, numerus):
    tree = load(path)
    for msg in messages(tree):
        src = msg.find("source").text
        if msg.get("numerus") == "yes" and src in numerus and msg.find("translation").get("type") == "unfinished":
            set_translation(msg, list(numerus[src]))
    save(tree, path)


def check(paths):
    bad = 0
    for path in paths:
        for msg in messages(load(path)):
            if msg.find("translation").get("type") == "unfinished":
                print(f"{path}: unfinished: {msg.find('source').text!r}")
                bad += 1
    return 1 if bad else 0


if __name__ == "__main__":
    cmd = sys.argv[1] if len(sys.argv) > 1 else ""
    if cmd == "finish-zh":
        finish_zh(sys.argv[2])
    elif cmd == "apply":
        apply(sys.argv[2], sys.argv[3])
    elif cmd == "check":
        sys.exit(check(sys.argv[2:]))
    else:
        sys.exit(__doc__)
