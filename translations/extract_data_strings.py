#!/usr/bin/env python3
"""Collects the user-visible texts of Lambdesk's data files into translations/datastrings.cpp.

The file is scanned by lupdate (it is one of its sources) and never compiled: each text becomes a
QT_TRANSLATE_NOOP(context, text) line, and the console translates the text at run time with
QCoreApplication::translate(context, text). The data files keep their English.

  blueprints        resources/blueprints/<id>/blueprint.json: title, summary, description
                    context "blueprint:<id>" (event names are names of saved events: not translated)
  event templates   resources/event-templates/index.json: each template's title
                    context "eventtemplate" (the groups are AWS service names: not translated)
  lessons           resources/lessons/*.md (see resources/lessons/README.md), context "lesson:<id>":
                    the front matter's title and summary; the intro (the Markdown before the first
                    step, trimmed); each step's title; each step's text (its Markdown after the
                    schema lines "key: value" that follow the step's heading, trimmed)

Usage: extract_data_strings.py [--source-dir DIR] [--output FILE] [--json FILE]
  --output  the .cpp to write (default: <source-dir>/translations/datastrings.cpp)
  --json    also write the texts as [{context, source}] (the tests and the translators' exports)
"""
import argparse
import json
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))


def blueprint_strings(root):
    out = []
    base = os.path.join(root, 'resources', 'blueprints')
    if not os.path.isdir(base):
        return out
    for bid in sorted(os.listdir(base)):
        path = os.path.join(base, bid, 'blueprint.json')
        if not os.path.isfile(path):
            continue
        with open(path, encoding='utf-8') as f:
            o = json.load(f)
        ctx = 'blueprint:' + bid
        for key, note in (('title', 'The title of a blueprint (File › New function)'),
                          ('summary', 'A blueprint\'s one-line summary'),
                          ('description', 'A blueprint\'s description')):
            text = o.get(key) or ''
            if text.strip():
                out.append((ctx, text, note))
    return out


def template_strings(root):
    out = []
    path = os.path.join(root, 'resources', 'event-templates', 'index.json')
    if not os.path.isfile(path):
        return out
    with open(path, encoding='utf-8') as f:
        index = json.load(f)
    for t in index:
        title = t.get('title') or ''
        if title.strip():
            out.append(('eventtemplate', title,
                        'The title of an example event of %s (Test tab › Templates)' % t.get('group', 'AWS')))
    return out


# --- lessons -------------------------------------------------------------------------------------
# A lesson file: front matter between two "---" lines ("key: value" lines), then Markdown. A step
# starts with a level-2 heading ("## Title"); the "key: value" lines right after it (blank lines
# between them allowed) are its schema; the rest, up to the next step heading, is its text.
STEP_HEADING = re.compile(r'^##\s+(?!#)(.*?)\s*#*\s*$')
SCHEMA_LINE = re.compile(r'^([A-Za-z][A-Za-z0-9_-]*)\s*:\s?(.*)$')


def lesson_id(filename):
    stem = os.path.splitext(os.path.basename(filename))[0]
    m = re.match(r'^\d+[-_](.+)$', stem)
    return m.group(1) if m else stem


def strip_quotes(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        v = v[1:-1]
    return v


def parse_lesson(text):
    """Returns (front matter dict, intro, [(step title, step text)])."""
    lines = text.replace('\r\n', '\n').split('\n')
    front = {}
    i = 0
    if lines and lines[0].strip() == '---':
        i = 1
        while i < len(lines) and lines[i].strip() != '---':
            m = SCHEMA_LINE.match(lines[i])
            if m:
                front[m.group(1)] = strip_quotes(m.group(2))
            i += 1
        i += 1
    body = lines[i:]
    intro, steps, cur, in_fence = [], [], None, False
    for line in body:
        if line.lstrip().startswith('```'):
            in_fence = not in_fence
        m = None if in_fence else STEP_HEADING.match(line)
        if m:
            cur = {'title': m.group(1), 'schema': True, 'text': []}
            steps.append(cur)
            continue
        if cur is None:
            intro.append(line)
        elif cur['schema'] and (not line.strip() or SCHEMA_LINE.match(line)):
            continue
        else:
            cur['schema'] = False
            cur['text'].append(line)
    return front, '\n'.join(intro).strip(), [(s['title'], '\n'.join(s['text']).strip()) for s in steps]


def lesson_strings(root):
    out = []
    base = os.path.join(root, 'resources', 'lessons')
    if not os.path.isdir(base):
        return out
    for name in sorted(os.listdir(base)):
        if not name.endswith('.md') or name.lower() == 'readme.md':
            continue
        with open(os.path.join(base, name), encoding='utf-8') as f:
            front, intro, steps = parse_lesson(f.read())
        ctx = 'lesson:' + lesson_id(name)
        for key, note in (('title', 'The title of a lesson (Learn panel)'),
                          ('summary', 'A lesson\'s one-sentence summary')):
            if front.get(key, '').strip():
                out.append((ctx, front[key], note))
        if intro:
            out.append((ctx, intro, 'A lesson\'s introduction (Markdown)'))
        for title, body in steps:
            if title.strip():
                out.append((ctx, title, 'The title of a lesson step'))
            if body:
                out.append((ctx, body, 'A lesson step\'s text (Markdown): keep AWS\'s terms in English'))
    return out


def c_string(s):
    out = []
    for ch in s:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n')
        elif ch == '\t':
            out.append('\\t')
        else:
            out.append(ch)
    # Long texts are split after their line breaks, one C string per line (lupdate joins them).
    return '"' + ''.join(out).replace('\\n', '\\n"\n    "') + '"'


def collect(root):
    seen, rows = set(), []
    for ctx, text, note in blueprint_strings(root) + template_strings(root) + lesson_strings(root):
        if (ctx, text) in seen:
            continue
        seen.add((ctx, text))
        rows.append((ctx, text, note))
    return rows


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument('--source-dir', default=os.path.dirname(HERE))
    ap.add_argument('--output')
    ap.add_argument('--json')
    a = ap.parse_args()
    rows = collect(a.source_dir)
    output = a.output or os.path.join(a.source_dir, 'translations', 'datastrings.cpp')
    lines = ['// Generated by translations/extract_data_strings.py from the data files under resources/.',
             '// Do not edit: run the update_translations target (or the script) again. lupdate scans this',
             '// file for the texts the console translates at run time with QCoreApplication::translate;',
             '// it is never compiled.', '']
    for ctx, text, note in rows:
        lines.append('//: ' + note)
        lines.append('QT_TRANSLATE_NOOP(%s, %s)' % (c_string(ctx), c_string(text)))
    body = '\n'.join(lines) + '\n'
    old = None
    if os.path.exists(output):
        with open(output, encoding='utf-8') as f:
            old = f.read()
    if old != body:  # unchanged: leave the file (and its time stamp) alone
        with open(output, 'w', encoding='utf-8') as f:
            f.write(body)
    if a.json:
        with open(a.json, 'w', encoding='utf-8') as f:
            json.dump([{'context': c, 'source': t} for c, t, _ in rows], f, ensure_ascii=False, indent=1)
    print('%d data strings -> %s' % (len(rows), output), file=sys.stderr)


if __name__ == '__main__':
    main()
