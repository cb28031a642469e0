#!/usr/bin/env python3
"""Summarises a JOLT_JSC_SAMPLES file (JSC sampling-profiler JSON): the
functions with the most samples at the top of the stack (self) and anywhere
in it (total), as name@source:line [tier].

usage: python3 bench/jsc_samples.py FILE [N]
"""
import collections
import json
import sys


SOURCES = {}


def label(frame, with_tier=True):
    name = frame.get('name') or '(anonymous)'
    line = frame.get('line', -1)
    source = SOURCES.get(frame.get('sourceID'), frame.get('sourceID'))
    where = '' if line in (-1, 4294967295) else f" {source}:{line}"
    tier = f" [{frame.get('category')}]" if with_tier else ''
    return name + where + tier


def main():
    path = sys.argv[1]
    top = int(sys.argv[2]) if len(sys.argv) > 2 else 40
    data = json.load(open(path))
    traces = data['traces']
    for src in data.get('sources', []):
        if 'url' in src:
            SOURCES[src['sourceID']] = src['url'].replace('node:', '')
    own = collections.Counter()
    total = collections.Counter()
    for t in traces:
        frames = t['frames']
        if not frames:
            own['(no JS frame)'] += 1
            continue
        own[label(frames[0])] += 1
        for key in {label(f, False) for f in frames}:
            total[key] += 1
    n = len(traces) or 1
    print(f'{len(traces)} samples')
    print('self:')
    for key, c in own.most_common(top):
        print(f'  {100 * c / n:5.1f}%  {key}')
    print('total:')
    for key, c in total.most_common(top):
        print(f'  {100 * c / n:5.1f}%  {key}')


main()
