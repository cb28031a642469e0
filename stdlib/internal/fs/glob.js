'use strict';
// fs.glob / globSync / promises.glob: patterns with *, ?, [...], {a,b} and
// ** (any number of directories), matched segment by segment while walking
// the tree from the pattern's fixed prefix. Names starting with '.' match
// only a segment that starts with '.' too. Options: cwd, exclude (a function
// or a list of patterns), withFileTypes.

const fs = require('fs');
const pathModule = require('path');
const { codes, toPathString, validateFunction } = require('internal/fs/utils');

// {a,b} alternatives, expanded into separate patterns (nested braces too).
function expandBraces(pattern) {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  let depth = 0;
  const cuts = [];
  for (let i = open; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '{') depth++;
    else if (c === '}' && --depth === 0) {
      const head = pattern.slice(0, open);
      const tail = pattern.slice(i + 1);
      const parts = [];
      let start = open + 1;
      for (const cut of [...cuts, i]) {
        parts.push(pattern.slice(start, cut));
        start = cut + 1;
      }
      return parts.flatMap((p) => expandBraces(head + p + tail));
    } else if (c === ',' && depth === 1) cuts.push(i);
  }
  return [pattern];
}

// One path segment's pattern as a RegExp (null: a literal name).
function segmentMatcher(segment) {
  if (!/[*?[]/.test(segment)) return null;
  let re = '^';
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '*') re += '[^/]*';
    else if (c === '?') re += '[^/]';
    else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        re += '\\[';
        continue;
      }
      let body = segment.slice(i + 1, close).replace(/\\/g, '\\\\');
      if (body[0] === '!') body = `^${body.slice(1)}`;
      re += `[${body}]`;
      i = close;
    } else re += c.replace(/[.+^${}()|\\\]]/g, '\\$&');
  }
  return new RegExp(`${re}$`);
}

function compile(pattern) {
  return pattern.split('/').filter((s, i) => s !== '' || i === 0).map((s) => {
    if (s === '**') return { any: true };
    return { literal: s, re: segmentMatcher(s), dot: s.startsWith('.') };
  });
}

function listDir(dir) {
  try {
    return fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return [];
  }
}

// Walks `segs` from index `i` at directory `rel` (relative to base) and
// reports matching relative paths to `found`.
function walk(base, rel, segs, i, found, seen) {
  const dir = rel === '' ? base : pathModule.join(base, rel);
  if (i === segs.length) {
    if (!seen.has(rel)) {
      seen.add(rel);
      found.push(rel);
    }
    return;
  }
  const seg = segs[i];
  if (seg.any) {
    walk(base, rel, segs, i + 1, found, seen);
    const last = i + 1 === segs.length;
    for (const ent of listDir(dir)) {
      if (ent.name.startsWith('.')) continue;
      const next = rel === '' ? ent.name : `${rel}/${ent.name}`;
      if (ent.isDirectory()) walk(base, next, segs, i, found, seen);
      else if (last) walk(base, next, segs, i + 1, found, seen);
    }
    return;
  }
  if (seg.re === null) {
    const next = rel === '' ? seg.literal : `${rel}/${seg.literal}`;
    if (seg.literal === '' || fs.existsSync(pathModule.join(base, next)) || seg.literal === '..' ||
        seg.literal === '.') {
      if (i + 1 < segs.length || fs.existsSync(pathModule.join(base, next))) walk(base, next, segs, i + 1, found, seen);
    }
    return;
  }
  for (const ent of listDir(dir)) {
    if (ent.name.startsWith('.') && !seg.dot) continue;
    if (!seg.re.test(ent.name)) continue;
    const next = rel === '' ? ent.name : `${rel}/${ent.name}`;
    if (i + 1 < segs.length && !ent.isDirectory()) continue;
    walk(base, next, segs, i + 1, found, seen);
  }
}

function globOptions(options) {
  const opts = { __proto__: null, cwd: process.cwd(), exclude: undefined, withFileTypes: false, ...options };
  opts.cwd = toPathString(opts.cwd, 'options.cwd');
  if (opts.exclude !== undefined && !Array.isArray(opts.exclude)) validateFunction(opts.exclude, 'options.exclude');
  return opts;
}

function globSync(pattern, options) {
  const patterns = Array.isArray(pattern) ? pattern : [pattern];
  for (const p of patterns) {
    if (typeof p !== 'string') throw new (codes().ERR_INVALID_ARG_TYPE)('pattern', ['string', 'string[]'], pattern);
  }
  const opts = globOptions(options);
  const excluded = Array.isArray(opts.exclude) ? opts.exclude.flatMap(expandBraces).map((p) => compile(p)) : null;
  const found = [];
  const seen = new Set();
  for (const p of patterns.flatMap(expandBraces)) {
    const absolute = p.startsWith('/');
    const segs = compile(absolute ? p.slice(1) : p);
    walk(absolute ? '/' : opts.cwd, '', segs, 0, found, seen);
  }
  const results = [];
  for (const rel of found) {
    const name = patterns.some((p) => p.startsWith('/')) ? `/${rel}` : rel || '.';
    if (excluded && excluded.some((segs) => matches(segs, rel))) continue;
    if (opts.withFileTypes) {
      const full = pathModule.resolve(opts.cwd, name);
      const { Dirent } = require('internal/fs/utils');
      const st = fs.lstatSync(full);
      const type = st.isDirectory() ? 2 : st.isSymbolicLink() ? 3 : st.isFile() ? 1 : 0;
      const ent = new Dirent(pathModule.basename(full), type, pathModule.dirname(full));
      if (typeof opts.exclude === 'function' && opts.exclude(ent)) continue;
      results.push(ent);
    } else {
      if (typeof opts.exclude === 'function' && opts.exclude(name)) continue;
      results.push(name);
    }
  }
  return results;
}

function matches(segs, rel) {
  const parts = rel.split('/');
  const step = (i, j) => {
    if (i === segs.length) return j === parts.length;
    if (segs[i].any) return step(i + 1, j) || (j < parts.length && step(i, j + 1));
    if (j === parts.length) return false;
    const s = segs[i];
    return (s.re === null ? s.literal === parts[j] : s.re.test(parts[j])) && step(i + 1, j + 1);
  };
  return step(0, 0);
}

function glob(pattern, options, callback) {
  if (typeof options === 'function') {
    callback = options;
    options = undefined;
  }
  validateFunction(callback, 'callback');
  let result;
  try {
    result = globSync(pattern, options);
  } catch (err) {
    process.nextTick(callback, err);
    return;
  }
  process.nextTick(callback, null, result);
}

async function* globAsync(pattern, options) {
  yield* globSync(pattern, options);
}

module.exports = { glob, globSync, globAsync };
