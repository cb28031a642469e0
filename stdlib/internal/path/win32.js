'use strict';
// path.win32: Windows path rules. Both '\' and '/' separate; a path may
// start with a drive ("C:", absolute when a separator follows) or a UNC
// root ("\\server\share"). Loaded lazily by node:path.

function mustBeString(value, name) {
  if (typeof value === 'string') return;
  const { codes } = require('internal/errors');
  throw new codes.ERR_INVALID_ARG_TYPE(name, 'string', value);
}

function isSep(code) {
  return code === 92 /* \ */ || code === 47 /* / */;
}

function isLetter(code) {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

// "X:" at the start of `text`.
function hasDrive(text) {
  return text.length >= 2 && text.charCodeAt(1) === 58 && isLetter(text.charCodeAt(0));
}

// Position of the first character at or after `from` for which
// isSep(...) === `wantSep`.
function scan(text, from, wantSep) {
  let i = from;
  while (i < text.length && isSep(text.charCodeAt(i)) !== wantSep) i++;
  return i;
}

// Splits off the root of a path. Returns { device, rootEnd, absolute, unc }:
// `device` is "C:" or "\\server\share" (or ''), `rootEnd` the index where
// the rest of the path begins, `uncOnly` true when nothing follows the
// share name.
function readRoot(text, deviceSpaces) {
  const info = { device: '', rootEnd: 0, absolute: false, unc: false, uncOnly: false };
  const len = text.length;
  if (len === 0) return info;
  if (isSep(text.charCodeAt(0))) {
    info.absolute = true;
    info.rootEnd = 1;
    if (deviceSpaces && len > 4 && isSep(text.charCodeAt(1)) && isSep(text.charCodeAt(3)) &&
        scan(text, 4, false) < len) {
      // "\\.\" and "\\?\" namespaces: what follows is the path proper.
      const kind = text[2];
      if (kind === '.' || kind === '?') {
        info.device = `\\\\${kind}`;
        info.rootEnd = 4;
        return info;
      }
    }
    if (len > 1 && isSep(text.charCodeAt(1))) {
      const serverEnd = scan(text, 2, true);
      if (serverEnd > 2 && serverEnd < len) {
        const shareStart = scan(text, serverEnd, false);
        if (shareStart > serverEnd && shareStart < len) {
          const shareEnd = scan(text, shareStart, true);
          info.device = `\\\\${text.slice(2, serverEnd)}\\${text.slice(shareStart, shareEnd)}`;
          info.rootEnd = shareEnd;
          info.unc = true;
          info.uncOnly = shareEnd === len;
        }
      }
    }
    return info;
  }
  if (hasDrive(text)) {
    info.device = text.slice(0, 2);
    info.rootEnd = 2;
    if (len > 2 && isSep(text.charCodeAt(2))) {
      info.absolute = true;
      info.rootEnd = 3;
    }
  }
  return info;
}

// Resolve '.', '..' and empty segments; segments are joined with '\'.
function squash(text, keepUp) {
  const out = [];
  for (const piece of text.split(/[\\/]/)) {
    if (piece === '' || piece === '.') continue;
    if (piece === '..') {
      if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
      else if (keepUp) out.push('..');
      continue;
    }
    out.push(piece);
  }
  return out.join('\\');
}

// Names Windows treats as devices (checked case-insensitively).
const kDeviceNames = new Set([
  'con', 'prn', 'aux', 'nul',
  'com1', 'com2', 'com3', 'com4', 'com5', 'com6', 'com7', 'com8', 'com9',
  'lpt1', 'lpt2', 'lpt3', 'lpt4', 'lpt5', 'lpt6', 'lpt7', 'lpt8', 'lpt9',
  'com\u00b9', 'com\u00b2', 'com\u00b3', 'lpt\u00b9', 'lpt\u00b2', 'lpt\u00b3',
]);

// The first segment of `text` is a device name and a colon ("CON:x").
function leadsWithDeviceColon(text) {
  const head = text.slice(0, scan(text, 0, true));
  const colon = head.indexOf(':');
  return colon !== -1 && kDeviceNames.has(head.slice(0, colon).toLowerCase());
}

// A relative result must not read as a drive ("x:") or as a path with a
// stream-like segment ("a\\b:"): such results get a ".\\" prefix. When the
// unnormalized path itself begins with "CON:" the device form is kept
// apart ("CON:" alone becomes ".\\CON:.").
function guardColons(body, path) {
  const pieces = body.split('\\');
  if (leadsWithDeviceColon(path)) {
    const colon = pieces[0].indexOf(':');
    if (colon === pieces[0].length - 1 && pieces.length <= 2 && !pieces[1]) {
      return `.\\${pieces[0]}.${pieces.length === 2 ? '\\' : ''}`;
    }
    return `.\\${body}`;
  }
  if (hasDrive(body)) return `.\\${body}`;
  for (const piece of pieces) {
    if (piece.length > 0 && piece.charCodeAt(piece.length - 1) === 58) return `.\\${body}`;
  }
  return body;
}

// normalize() proper. `guard` forces the ".\" prefix onto a relative,
// device-less result (join() decides that from the unnormalized text).
function normalizeText(path, guard) {
  if (path.length === 0) return '.';
  const root = readRoot(path, true);
  if (root.uncOnly) return `${root.device}\\`;
  let body = squash(path.slice(root.rootEnd), !root.absolute);
  if (body.length === 0 && !root.absolute) body = '.';
  if (body.length > 0 && isSep(path.charCodeAt(path.length - 1))) body += '\\';
  if (root.device.length === 0 && !root.absolute) {
    const before = body;
    if (body.includes(':')) {
      body = guardColons(body, path);
    } else if (/^[^\\/]+[\\/]$/.test(path) && kDeviceNames.has(body.slice(0, -1).toLowerCase())) {
      body = `.\\${body}`;
    }
    if (guard && body === before) body = `.\\${body}`;
  }
  if (root.device.length === 0) return root.absolute ? `\\${body}` : body;
  return root.absolute ? `${root.device}\\${body}` : `${root.device}${body}`;
}

// A joined argument that starts with "CON:" (any device name and a colon)
// makes join() hand back its input with only the separators unified.
function startsWithDeviceColon(piece) {
  const from = scan(piece, 0, false);
  const colon = piece.indexOf(':', from);
  if (colon === -1) return false;
  const head = piece.slice(from, colon);
  return !/[\\/]/.test(head) && kDeviceNames.has(head.toLowerCase());
}

function trimTrailing(text, floor) {
  let end = text.length;
  while (end > floor && isSep(text.charCodeAt(end - 1))) end--;
  return end;
}

function lastSep(text, before, floor) {
  for (let i = before - 1; i >= floor; i--) {
    if (isSep(text.charCodeAt(i))) return i;
  }
  return -1;
}

function segmentExt(segment) {
  const dot = segment.lastIndexOf('.');
  if (dot <= 0 || segment === '..') return '';
  return segment.slice(dot);
}

// The directory a drive-relative path ("C:foo") is resolved against.
function driveCwd(drive) {
  let dir = process.env[`=${drive}`] || process.cwd();
  if (dir === undefined ||
      (dir.slice(0, 2).toLowerCase() !== drive.toLowerCase() && dir.charCodeAt(2) === 92)) {
    dir = `${drive}\\`;
  }
  return dir;
}

const win32 = {
  resolve(...paths) {
    let device = '';
    let tail = '';
    let rooted = false;
    for (let i = paths.length - 1; i >= -1; i--) {
      let piece;
      if (i >= 0) {
        piece = paths[i];
        mustBeString(piece, `paths[${i}]`);
        if (piece.length === 0) continue;
      } else {
        piece = device.length === 0 ? process.cwd() : driveCwd(device);
      }
      const root = readRoot(piece, true);
      if (root.device.length > 0) {
        if (device.length === 0) device = root.device;
        else if (device.toLowerCase() !== root.device.toLowerCase()) continue;
      }
      if (rooted) {
        if (device.length > 0) break;
      } else {
        tail = `${piece.slice(root.rootEnd)}\\${tail}`;
        rooted = root.absolute;
        if (rooted && device.length > 0) break;
      }
    }
    const body = squash(tail, !rooted);
    if (rooted) return `${device}\\${body}`;
    return `${device}${body}` || '.';
  },

  normalize(path) {
    mustBeString(path, 'path');
    return normalizeText(path, false);
  },

  isAbsolute(path) {
    mustBeString(path, 'path');
    if (path.length === 0) return false;
    if (isSep(path.charCodeAt(0))) return true;
    return hasDrive(path) && path.length > 2 && isSep(path.charCodeAt(2));
  },

  join(...paths) {
    let joined;
    let first;
    let rawJoin = false;
    for (const piece of paths) {
      mustBeString(piece, 'path');
      if (piece.length === 0) continue;
      if (startsWithDeviceColon(piece)) rawJoin = true;
      if (joined === undefined) {
        joined = first = piece;
      } else {
        joined = `${joined}\\${piece}`;
      }
    }
    if (joined === undefined) return '.';
    // Only a first argument that itself starts like a UNC root ("\\x") may
    // produce one; otherwise leading separators collapse into one.
    const keepsUnc = first.length > 2 && isSep(first.charCodeAt(0)) &&
      isSep(first.charCodeAt(1)) && !isSep(first.charCodeAt(2));
    if (!keepsUnc && isSep(first.charCodeAt(0))) {
      const lead = scan(joined, 0, false);
      if (lead >= 2) joined = `\\${joined.slice(lead)}`;
    }
    if (rawJoin) return joined.replace(/\//g, '\\');
    const root = readRoot(joined, true);
    let guard = false;
    if (root.device.length === 0 && !root.absolute) {
      guard = joined.split(/[\\/]/).some((piece) => piece.length > 0 && piece.charCodeAt(piece.length - 1) === 58);
    }
    let result = normalizeText(joined, guard);
    if (!guard && /^[^\\.:]+\.(\\|$)/.test(result) &&
        kDeviceNames.has(result.slice(0, result.indexOf('.')).toLowerCase())) {
      result = `.\\${result}`;
    }
    return result;
  },

  relative(from, to) {
    mustBeString(from, 'from');
    mustBeString(to, 'to');
    if (from === to) return '';
    const fromFull = win32.resolve(from);
    const toFull = win32.resolve(to);
    if (fromFull === toFull) return '';
    const a = foldSegments(fromFull);
    const b = foldSegments(toFull);
    if (a === b) return '';
    return relativeChars(a, b, toFull);
  },

  toNamespacedPath(path) {
    if (typeof path !== 'string' || path.length === 0) return path;
    const full = win32.resolve(path);
    if (full.length <= 2) return path;
    if (full.charCodeAt(0) === 92) {
      if (full.charCodeAt(1) === 92) {
        const kind = full.charCodeAt(2);
        if (kind !== 63 /* ? */ && kind !== 46 /* . */) return `\\\\?\\UNC\\${full.slice(2)}`;
      }
    } else if (hasDrive(full) && full.charCodeAt(2) === 92) {
      return `\\\\?\\${full}`;
    }
    return full;
  },

  dirname(path) {
    mustBeString(path, 'path');
    const len = path.length;
    if (len === 0) return '.';
    const root = readRoot(path);
    let floor = root.rootEnd;
    if (root.unc) {
      if (root.uncOnly) return path;
      floor = root.rootEnd + 1;
    } else if (len === 1 && root.absolute) {
      return path;
    }
    const end = trimTrailing(path, floor);
    const cut = lastSep(path, end, floor);
    if (cut === -1) {
      if (floor === 0) return '.';
      return path.slice(0, floor);
    }
    return path.slice(0, cut);
  },

  basename(path, suffix) {
    if (suffix !== undefined) mustBeString(suffix, 'suffix');
    mustBeString(path, 'path');
    const floor = hasDrive(path) ? 2 : 0;
    const end = trimTrailing(path, floor);
    const start = lastSep(path, end, floor) + 1 || floor;
    const name = path.slice(start, end);
    if (suffix === undefined || suffix.length === 0 || suffix.length > path.length) return name;
    if (suffix === path) return '';
    if (name.length > suffix.length) {
      return name.endsWith(suffix) ? name.slice(0, name.length - suffix.length) : name;
    }
    if (name.length === 0) return path.slice(start);
    if (name.length === suffix.length || !suffix.endsWith(name)) return name;
    return path.slice(start);
  },

  extname(path) {
    mustBeString(path, 'path');
    const floor = hasDrive(path) ? 2 : 0;
    const end = trimTrailing(path, floor);
    const start = lastSep(path, end, floor) + 1 || floor;
    return segmentExt(path.slice(start, end));
  },

  format: null,

  parse(path) {
    mustBeString(path, 'path');
    const parts = { root: '', dir: '', base: '', ext: '', name: '' };
    const len = path.length;
    if (len === 0) return parts;
    const root = readRoot(path);
    let rootEnd = root.rootEnd;
    if (root.unc && !root.uncOnly) rootEnd++;
    if (root.unc && root.uncOnly) rootEnd = len;
    parts.root = path.slice(0, rootEnd);
    if (rootEnd === len) {
      parts.dir = parts.root;
      return parts;
    }
    const end = trimTrailing(path, rootEnd);
    const cut = lastSep(path, end, rootEnd);
    const start = cut + 1 || rootEnd;
    if (end > start) {
      const base = path.slice(start, end);
      const ext = segmentExt(base);
      parts.base = base;
      parts.ext = ext;
      parts.name = ext.length > 0 ? base.slice(0, base.length - ext.length) : base;
    }
    parts.dir = cut > 0 && start !== rootEnd ? path.slice(0, cut) : parts.root;
    return parts;
  },

  matchesGlob(path, pattern) {
    return require('internal/path/glob').matchGlobPattern(path, pattern, true);
  },

  sep: '\\',
  delimiter: ';',
};

// Lower-cases each segment on its own, so that a segment whose lower case
// is longer ("\u0130" becomes "i\u0307") cannot shift a separator into
// the next segment's text.
function foldSegments(text) {
  return text.split('\\').map((piece) => piece.toLowerCase()).join('\\');
}

// Maps an index of `folded` (foldSegments(text)) that lies on a segment
// boundary back to the same boundary in `text`.
function unfoldIndex(text, folded, index) {
  if (text.length === folded.length) return index;
  let t = 0;
  let f = 0;
  while (f < index) {
    const nextF = folded.indexOf('\\', f);
    const nextT = text.indexOf('\\', t);
    if (nextF === -1 || nextF >= index) return nextF === index ? nextT : text.length;
    f = nextF + 1;
    t = nextT + 1;
  }
  return t;
}

// Character-wise comparison of two resolved, lower-cased paths, building
// the "..\" steps from `a` to `b`; `original` is `b` in its original case.
function relativeChars(a, b, original) {
  let aStart = 0;
  while (aStart < a.length && a.charCodeAt(aStart) === 92) aStart++;
  let aEnd = a.length;
  while (aEnd - 1 > aStart && a.charCodeAt(aEnd - 1) === 92) aEnd--;
  let bStart = 0;
  while (bStart < b.length && b.charCodeAt(bStart) === 92) bStart++;
  let bEnd = b.length;
  while (bEnd - 1 > bStart && b.charCodeAt(bEnd - 1) === 92) bEnd--;
  const aLen = aEnd - aStart;
  const bLen = bEnd - bStart;
  const common = aLen < bLen ? aLen : bLen;
  let sepAt = -1;
  let i = 0;
  for (; i < common; i++) {
    const ch = a.charCodeAt(aStart + i);
    if (ch !== b.charCodeAt(bStart + i)) break;
    if (ch === 92) sepAt = i;
  }
  if (i !== common && sepAt === -1) return original;
  const back = (index) => unfoldIndex(original, b, index);
  if (i === common) {
    if (bLen > common) {
      if (b.charCodeAt(bStart + i) === 92) return original.slice(back(bStart + i) + 1);
      if (i === 2) return original.slice(back(bStart + i));
    }
    if (aLen > common) {
      if (a.charCodeAt(aStart + i) === 92) sepAt = i;
      else if (i === 2) sepAt = 3;
    }
    if (sepAt === -1) sepAt = 0;
  }
  let ups = '';
  for (let k = aStart + sepAt + 1; k <= aEnd; k++) {
    if (k === aEnd || a.charCodeAt(k) === 92) ups += ups.length === 0 ? '..' : '\\..';
  }
  let from = back(bStart + sepAt);
  const end = back(bEnd);
  if (ups.length > 0) return `${ups}${original.slice(from, end)}`;
  if (original.charCodeAt(from) === 92) from++;
  return original.slice(from, end);
}

{
  // Named like Node's: "bound _format".
  const _format = { _format(separator, pathObject) { return require('internal/path/format').formatPath(separator, pathObject); } }._format;
  win32.format = _format.bind(null, '\\');
}

module.exports = win32;
