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
# As learn::parseLesson (core/learn/lesson.cpp) reads them, resources/lessons/README.md: front matter
# between two "---" lines ("key: value"); the intro up to the first "## " heading (outside code
# fences); each step a "## Title" heading, its schema lines directly after it (up to the first
# blank line), then its text up to the next heading. Units are trimmed.
KEY_VALUE = re.compile(r'^([A-Za-z_][A-Za-z0-9_-]*):(\s+(.*))?$')


def unquoted(v):
    v = v.strip()
    if len(v) >= 2 and v[0] == v[-1] and v[0] in '"\'':
        v = v[1:-1]
    return v


def is_heading(line):
    return line.startswith('## ') or line == '##'


def is_fence(line):
    t = line.strip()
    return t.startswith('```') or t.startswith('~~~')


def parse_lesson(text):
    """Returns (front matter dict, intro, [(step title, step text)]) as learn::parseLesson does."""
    lines = [l[:-1] if l.endswith('\r') else l for l in text.split('\n')]
    front = {}
    if not lines or lines[0].strip() != '---':
        return front, '', []
    n = 1
    while n < len(lines) and lines[n].strip() != '---':
        t = lines[n].strip()
        m = KEY_VALUE.match(t)
        if t and not t.startswith('#') and not t.startswith('-') and m:
            front[m.group(1)] = unquoted((m.group(3) or '').strip())
        n += 1
    n += 1
    intro, fenced = [], False
    while n < len(lines):
        line = lines[n]
        if is_fence(line):
            fenced = not fenced
        if not fenced and is_heading(line):
            break
        intro.append(line)
        n += 1
    steps = []
    while n < len(lines):
        title = lines[n][2:].strip()
        n += 1
        while n < len(lines) and lines[n].strip():  # schema lines
            n += 1
        body, fenced = [], False
        while n < len(lines):
            line = lines[n]
            if is_fence(line):
                fenced = not fenced
            if not fenced and is_heading(line):
                break
            body.append(line)
            n += 1
        steps.append((title, '\n'.join(body).strip()))
    return front, '\n'.join(intro).strip(), steps


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
        ctx = 'lesson:' + (front.get('id') or lesson_id(name))
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
