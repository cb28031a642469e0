'use strict';
// path.matchesGlob(): glob patterns as minimatch reads them with Node's
// options: `*`, `?`, `[...]` / `[!...]`, `**` segments, `{a,b}` and `{1..3}`
// braces. As in minimatch, wildcards do not match a leading '.' of a name.

function validateString(value, name) {
  if (typeof value !== 'string') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
  }
}

// {a,b}c -> ['ac', 'bc']; {1..3} -> ['1', '2', '3'].
function expandBraces(pattern) {
  let depth = 0;
  let start = -1;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') {
      i++;
    } else if (c === '{') {
      if (depth++ === 0) start = i;
    } else if (c === '}' && depth > 0 && --depth === 0) {
      const body = pattern.slice(start + 1, i);
      const pre = pattern.slice(0, start);
      const post = pattern.slice(i + 1);
      const range = /^(-?\d+)\.\.(-?\d+)$/.exec(body) || /^([a-zA-Z])\.\.([a-zA-Z])$/.exec(body);
      let options;
      if (range) {
        options = [];
        const numeric = /\d/.test(range[1]);
        const a = numeric ? +range[1] : range[1].charCodeAt(0);
        const b = numeric ? +range[2] : range[2].charCodeAt(0);
        const step = a <= b ? 1 : -1;
        for (let n = a; step > 0 ? n <= b : n >= b; n += step) {
          options.push(numeric ? String(n) : String.fromCharCode(n));
        }
      } else {
        options = [];
        let level = 0;
        let last = 0;
        for (let j = 0; j < body.length; j++) {
          const d = body[j];
          if (d === '\\') j++;
          else if (d === '{') level++;
          else if (d === '}') level--;
          else if (d === ',' && level === 0) {
            options.push(body.slice(last, j));
            last = j + 1;
          }
        }
        options.push(body.slice(last));
        if (options.length === 1) {
          // Not a brace set: keep the braces literally.
          return expandBraces(post).map((p) => `${pre}{${body}}${p}`);
        }
      }
      const out = [];
      const rest = expandBraces(post);
      for (const option of options) {
        for (const expanded of expandBraces(option)) {
          for (const p of rest) out.push(pre + expanded + p);
        }
      }
      return out;
    }
  }
  return [pattern];
}

function escapeRegExp(s) {
  return s.replace(/[-[\]{}()*+?.,\\^$|#\s]/g, '\\$&');
}

// A regular expression source for one path segment of a pattern.
function segmentSource(segment) {
  let src = '';
  let hasMagic = false;
  for (let i = 0; i < segment.length; i++) {
    const c = segment[i];
    if (c === '\\' && i + 1 < segment.length) {
      src += escapeRegExp(segment[++i]);
    } else if (c === '*') {
      hasMagic = true;
      while (segment[i + 1] === '*') i++;
      src += '[^/]*?';
    } else if (c === '?') {
      hasMagic = true;
      src += '[^/]';
    } else if (c === '[') {
      const close = segment.indexOf(']', i + 2);
      if (close === -1) {
        src += '\\[';
        continue;
      }
      hasMagic = true;
      let body = segment.slice(i + 1, close);
      let negate = false;
      if (body[0] === '!' || body[0] === '^') {
        negate = true;
        body = body.slice(1);
      }
      src += `[${negate ? '^/' : ''}${body.replace(/\\/g, '\\\\').replace(/\]/g, '\\]')}]`;
      i = close;
    } else {
      src += escapeRegExp(c);
    }
  }
  if (hasMagic && segment[0] !== '.') {
    // Wildcards do not match a leading dot.
    src = `(?!\\.)${src}`;
  }
  return src;
}

function compile(pattern) {
  const segments = pattern.split('/');
  let src = '^';
  for (let i = 0; i < segments.length; i++) {
    const seg = segments[i];
    const last = i === segments.length - 1;
    if (seg === '**') {
      // Zero or more whole segments, none starting with a dot.
      if (last) {
        src += i === 0 ? '(?:(?!\\.)[^/]*(?:/(?!\\.)[^/]*)*)?' : '(?:/(?!\\.)[^/]*)+';
      } else {
        src += i === 0 ? '(?:(?!\\.)[^/]*/)*' : '(?:/(?!\\.)[^/]*)*/';
      }
      continue;
    }
    if (i > 0 && segments[i - 1] !== '**') src += '/';
    src += segmentSource(seg);
  }
  // A trailing slash on the path is allowed.
  return new RegExp(`${src}/?$`);
}

const cache = new Map();

function matchGlobPattern(path, pattern, windows) {
  validateString(path, 'path');
  validateString(pattern, 'pattern');
  if (windows) {
    path = path.replace(/\\/g, '/');
    pattern = pattern.replace(/\\/g, '/');
  }
  const key = `${windows ? 'w' : 'p'}${pattern}`;
  let regexps = cache.get(key);
  if (regexps === undefined) {
    regexps = expandBraces(pattern).map(compile);
    if (cache.size > 100) cache.clear();
    cache.set(key, regexps);
  }
  for (let i = 0; i < regexps.length; i++) {
    if (regexps[i].test(path)) return true;
  }
  return false;
}

module.exports = { matchGlobPattern };
