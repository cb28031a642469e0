#!/usr/bin/env python3
"""Embeds the stdlib JS sources into a C++ file at build time.

Each module is stored already wrapped in the function header the builtin
loader calls it with, so the runtime can hand JSC the text without copying it
(JSScriptCreateReferencingImmortalASCIIText). The header sits on the first
line, so line numbers in stacks are the file's own.

Usage: embed.py OUT.cc STDLIB_DIR FILE.js...
"""
import os
import sys

WRAPPER_HEAD = '(function (exports, require, module, process, internalBinding) { '
WRAPPER_TAIL = '\n})'


REGEX_PRECEDERS = set('(,=:[!&|?{};+-*%<>~^')
REGEX_KEYWORDS = ('return', 'typeof', 'instanceof', 'in', 'of', 'new', 'delete', 'void', 'throw', 'case', 'do', 'else', 'yield', 'await')


def strip_source(src):
    """Removes comments and indentation, keeping every newline, so JSC has
    less text to scan at start-up while line numbers in stacks stay those of
    the file. Strings, template literals and regular expressions are copied
    untouched."""
    out = []
    i, n = 0, len(src)
    line_start = True
    templates = []  # brace depth at each open template's ${
    depth = 0
    last = ''  # last significant character or word emitted

    def emit(text):
        nonlocal line_start
        out.append(text)
        line_start = False

    while i < n:
        c = src[i]
        if line_start and c in ' \t':
            i += 1
            continue
        if c == '\n':
            # drop trailing blanks
            while out and out[-1] in (' ', '\t'):
                out.pop()
            out.append('\n')
            line_start = True
            i += 1
            continue
        if c == '/' and i + 1 < n and src[i + 1] == '/':
            while i < n and src[i] != '\n':
                i += 1
            continue
        if c == '/' and i + 1 < n and src[i + 1] == '*':
            end = src.find('*/', i + 2)
            end = n if end == -1 else end + 2
            out.append('\n' * src.count('\n', i, end))
            if src.count('\n', i, end):
                line_start = True
            else:
                out.append(' ')
            i = end
            continue
        if c in '\'"':
            j = i + 1
            while j < n and src[j] != c:
                j += 2 if src[j] == '\\' else 1
            emit(src[i:j + 1])
            last = c
            i = j + 1
            continue
        if c == '`' or (c == '}' and templates and templates[-1] == depth):
            if c == '}':
                templates.pop()
            j = i + 1
            while j < n:
                if src[j] == '\\':
                    j += 2
                    continue
                if src[j] == '`':
                    j += 1
                    break
                if src[j] == '$' and j + 1 < n and src[j + 1] == '{':
                    j += 2
                    templates.append(depth)
                    break
                j += 1
            emit(src[i:j])
            line_start = False
            last = '`'
            i = j
            continue
        if c == '/':
            if last in REGEX_PRECEDERS or last == '' or last in REGEX_KEYWORDS:
                j = i + 1
                in_class = False
                while j < n and src[j] != '\n':
                    if src[j] == '\\':
                        j += 2
                        continue
                    if src[j] == '[':
                        in_class = True
                    elif src[j] == ']':
                        in_class = False
                    elif src[j] == '/' and not in_class:
                        break
                    j += 1
                j += 1
                while j < n and (src[j].isalnum() or src[j] == '_'):
                    j += 1
                emit(src[i:j])
                last = 'regex'
                i = j
                continue
        if c == '{':
            depth += 1
        elif c == '}':
            depth -= 1
        if c.isalnum() or c in '_$':
            j = i
            while j < n and (src[j].isalnum() or src[j] in '_$'):
                j += 1
            word = src[i:j]
            emit(word)
            last = word if word in REGEX_KEYWORDS else 'x'
            i = j
            continue
        emit(c)
        if not c.isspace():
            last = c
        i += 1
    return ''.join(out)


def c_literal(text):
    out = []
    for ch in text:
        if ch == '\\':
            out.append('\\\\')
        elif ch == '"':
            out.append('\\"')
        elif ch == '\n':
            out.append('\\n"\n"')
        elif ch == '?':
            out.append('\\?')  # no trigraphs
        elif ch == '\t':
            out.append('\\t')
        elif ord(ch) < 0x20 or ord(ch) == 0x7f:
            out.append('\\%03o' % ord(ch))
        else:
            out.append(ch)
    return '"' + ''.join(out) + '"'


def main():
    out_path, root = sys.argv[1], sys.argv[2]
    files = sorted(sys.argv[3:])
    # The list comes from configure time; a module added since then would be
    # missing from the binary and fail only when first required (inside a
    # hook that may swallow the error). Refuse to build without it.
    listed = {os.path.realpath(p) for p in files}
    for d, _, names in os.walk(root):
        for name in names:
            path = os.path.join(d, name)
            if name.endswith('.js') and os.path.realpath(path) not in listed:
                sys.exit(f'{path} is not in the build\'s stdlib list: run `meson setup --reconfigure <builddir>`')
    entries = []
    for path in files:
        rel = os.path.relpath(path, root).replace(os.sep, '/')
        module_id = rel[:-3]
        with open(path, 'rb') as f:
            data = f.read()
        try:
            text = data.decode('ascii')
        except UnicodeDecodeError as e:
            sys.exit(f'{path}: non-ASCII byte at offset {e.start}; write it as a \\u escape')
        if os.environ.get('JOLT_EMBED_VERBATIM') != '1':
            text = strip_source(text)
        entries.append((module_id, WRAPPER_HEAD + text + WRAPPER_TAIL))
    with open(out_path, 'w') as out:
        out.write('// Generated by stdlib/embed.py. Do not edit.\n')
        out.write('#include "builtins.h"\n\nnamespace jolt {\n\n')
        for i, (_, text) in enumerate(entries):
            out.write(f'static const char kSource{i}[] =\n{c_literal(text)};\n\n')
        out.write('const BuiltinSource kBuiltinSources[] = {\n')
        for i, (module_id, text) in enumerate(entries):
            out.write(f'  {{"{module_id}", kSource{i}, sizeof(kSource{i}) - 1}},\n')
        out.write('};\n')
        out.write(f'const size_t kBuiltinSourceCount = {len(entries)};\n\n}}  // namespace jolt\n')


if __name__ == '__main__':
    main()
