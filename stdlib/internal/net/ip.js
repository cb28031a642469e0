'use strict';

// net.isIP / isIPv4 / isIPv6: textual address checks. IPv4 is strict
// dotted-decimal (four parts 0..255, no leading zeros). IPv6 is RFC 4291 text
// (1-4 hex digits per group, at most one '::', an optional dotted IPv4 tail)
// with an optional zone id after '%' made of letters, digits, '-', '.' and ':'.

// Char codes.
const kDot = 0x2e;
const kColon = 0x3a;
const kPercent = 0x25;

function isDigit(c) {
  return c >= 0x30 && c <= 0x39;
}

function isHexDigit(c) {
  return isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
}

function isZoneChar(c) {
  return isDigit(c) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ||
    c === 0x2d || c === kDot || c === kColon;
}

// Whether s[from, to) is a dotted-quad.
function dottedQuadAt(s, from, to) {
  let parts = 0;
  let i = from;
  while (true) {
    const start = i;
    let value = 0;
    while (i < to && isDigit(s.charCodeAt(i))) {
      value = value * 10 + (s.charCodeAt(i) - 0x30);
      i++;
      if (i - start > 3) return false;
    }
    const len = i - start;
    if (len === 0 || value > 255 || (len > 1 && s.charCodeAt(start) === 0x30)) return false;
    parts++;
    if (i === to) return parts === 4;
    if (s.charCodeAt(i) !== kDot || parts === 4) return false;
    i++;
  }
}

function v4(s) {
  return s.length >= 7 && s.length <= 15 && dottedQuadAt(s, 0, s.length);
}

function v6(s) {
  let end = s.length;
  const pct = s.indexOf('%');
  if (pct !== -1) {
    if (pct === end - 1) return false;
    for (let k = pct + 1; k < end; k++) {
      if (!isZoneChar(s.charCodeAt(k))) return false;
    }
    end = pct;
  }
  if (end < 2) return false;
  let groups = 0;
  let compressed = false;
  let i = 0;
  if (s.charCodeAt(0) === kColon) {
    if (s.charCodeAt(1) !== kColon) return false;
    compressed = true;
    i = 2;
    if (i === end) return true;
  }
  while (i < end) {
    const start = i;
    while (i < end && i - start < 5 && isHexDigit(s.charCodeAt(i))) i++;
    const len = i - start;
    if (i < end && s.charCodeAt(i) === kDot) {
      // The embedded IPv4 tail ends the address and counts as two groups.
      if (!dottedQuadAt(s, start, end)) return false;
      groups += 2;
      break;
    }
    if (len === 0 || len > 4) return false;
    groups++;
    if (i === end) break;
    if (s.charCodeAt(i) !== kColon) return false;
    i++;
    if (i < end && s.charCodeAt(i) === kColon) {
      if (compressed) return false;
      compressed = true;
      i++;
    } else if (i === end) {
      return false;
    }
  }
  return compressed ? groups <= 7 : groups === 8;
}

function isIPv4(input) {
  return v4(`${input}`);
}

function isIPv6(input) {
  return v6(`${input}`);
}

function isIP(input) {
  const s = `${input}`;
  if (v4(s)) return 4;
  if (v6(s)) return 6;
  return 0;
}

module.exports = { isIP, isIPv4, isIPv6 };
