'use strict';
// Punycode (RFC 3492) and an approximation of UTS #46 domain processing,
// shared by node:punycode, the WHATWG URL parser and url.domainTo*.
//
// The UTS #46 mapping table is not shipped: NFKC plus lower-casing covers
// the common mappings (full-width forms, compatibility characters, case),
// a short list of "ignored" code points is removed, and the checks that
// matter for URLs (forbidden code points, joiners, the Bidi rule) are done
// on top.

// ---- Punycode ---------------------------------------------------------------

const kMaxInt = 0x7fffffff;
const kBase = 36;
const kTMin = 1;
const kTMax = 26;
const kSkew = 38;
const kDamp = 700;
const kInitialBias = 72;
const kInitialN = 128;

class PunycodeError extends RangeError {}

function fail(kind) {
  const text = {
    overflow: 'Overflow: input needs wider integers to process',
    'not-basic': 'Illegal input >= 0x80 (not a basic code point)',
    'invalid-input': 'Invalid input',
  }[kind];
  throw new PunycodeError(text);
}

function adapt(delta, numPoints, firstTime) {
  delta = firstTime ? Math.floor(delta / kDamp) : delta >> 1;
  delta += Math.floor(delta / numPoints);
  let k = 0;
  while (delta > ((kBase - kTMin) * kTMax) >> 1) {
    delta = Math.floor(delta / (kBase - kTMin));
    k += kBase;
  }
  return k + Math.floor(((kBase - kTMin + 1) * delta) / (delta + kSkew));
}

function threshold(k, bias) {
  if (k <= bias) return kTMin;
  if (k >= bias + kTMax) return kTMax;
  return k - bias;
}

// 0..25 -> a..z, 26..35 -> 0..9
function digitChar(d) {
  return String.fromCharCode(d < 26 ? d + 97 : d + 22);
}

function digitValue(code) {
  if (code >= 0x30 && code <= 0x39) return code - 22;
  if (code >= 0x41 && code <= 0x5a) return code - 0x41;
  if (code >= 0x61 && code <= 0x7a) return code - 0x61;
  return kBase;
}

// String -> code points; a lone surrogate stays one code point.
function ucs2decode(string) {
  const out = [];
  const length = string.length;
  for (let i = 0; i < length; i++) {
    const c = string.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length) {
      const d = string.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        out.push(((c - 0xd800) << 10) + (d - 0xdc00) + 0x10000);
        i++;
        continue;
      }
    }
    out.push(c);
  }
  return out;
}

function ucs2encode(codePoints) {
  let out = '';
  for (const value of codePoints) {
    const cp = Number(value);
    if (cp > 0x10ffff || cp < 0 || !Number.isInteger(cp)) throw new RangeError(`Invalid code point ${value}`);
    if (cp > 0xffff) {
      const v = cp - 0x10000;
      out += String.fromCharCode(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else {
      out += String.fromCharCode(cp);
    }
  }
  return out;
}

// Punycode of a string (no "xn--" prefix).
function encode(input) {
  const cps = ucs2decode(input);
  let output = '';
  for (const cp of cps) if (cp < 0x80) output += String.fromCharCode(cp);
  const basicLength = output.length;
  let handled = basicLength;
  if (basicLength > 0) output += '-';
  let n = kInitialN;
  let delta = 0;
  let bias = kInitialBias;
  while (handled < cps.length) {
    let m = kMaxInt;
    for (const cp of cps) if (cp >= n && cp < m) m = cp;
    if (m - n > Math.floor((kMaxInt - delta) / (handled + 1))) fail('overflow');
    delta += (m - n) * (handled + 1);
    n = m;
    for (const cp of cps) {
      if (cp < n && ++delta > kMaxInt) fail('overflow');
      if (cp === n) {
        let q = delta;
        for (let k = kBase; ; k += kBase) {
          const t = threshold(k, bias);
          if (q < t) break;
          output += digitChar(t + ((q - t) % (kBase - t)));
          q = Math.floor((q - t) / (kBase - t));
        }
        output += digitChar(q);
        bias = adapt(delta, handled + 1, handled === basicLength);
        delta = 0;
        handled++;
      }
    }
    delta++;
    n++;
  }
  return output;
}

// Punycode string (no prefix) -> string.
function decode(input) {
  const output = [];
  let basic = input.lastIndexOf('-');
  if (basic < 0) basic = 0;
  for (let j = 0; j < basic; j++) {
    const c = input.charCodeAt(j);
    if (c >= 0x80) fail('not-basic');
    output.push(c);
  }
  let n = kInitialN;
  let bias = kInitialBias;
  let i = 0;
  for (let index = basic > 0 ? basic + 1 : 0; index < input.length;) {
    const oldI = i;
    for (let w = 1, k = kBase; ; k += kBase) {
      if (index >= input.length) fail('invalid-input');
      const digit = digitValue(input.charCodeAt(index++));
      if (digit >= kBase) fail('invalid-input');
      if (digit > Math.floor((kMaxInt - i) / w)) fail('overflow');
      i += digit * w;
      const t = threshold(k, bias);
      if (digit < t) break;
      if (w > Math.floor(kMaxInt / (kBase - t))) fail('overflow');
      w *= kBase - t;
    }
    const count = output.length + 1;
    bias = adapt(i - oldI, count, oldI === 0);
    if (Math.floor(i / count) > kMaxInt - n) fail('overflow');
    n += Math.floor(i / count);
    i %= count;
    output.splice(i++, 0, n);
  }
  // In slices: a spread of a very long array can exceed the argument limit.
  let out = '';
  for (let k = 0; k < output.length; k += 8192) out += String.fromCodePoint(...output.slice(k, k + 8192));
  return out;
}

// ---- UTS #46 (approximation) ---------------------------------------------------

// Default-ignorable code points UTS #46 maps to nothing.
const kIgnored = new RegExp('[\\u00AD\\u034F\\u115F\\u1160\\u17B4\\u17B5\\u180B-\\u180F\\u200B\\u2060-\\u2064' +
  '\\u206A-\\u206F\\u3164\\uFE00-\\uFE0F\\uFEFF\\uFFA0]|[\\u{1BCA0}-\\u{1BCA3}\\u{1D173}-\\u{1D17A}\\u{E0100}-\\u{E01EF}]', 'gu');
const kDots = /[\u3002\uFF0E\uFF61]/g;
const kDot = /[\u3002\uFF0E\uFF61]/;
// eslint-disable-next-line no-control-regex
const kNonAscii = /[^\x00-\x7f]/;

// Code points a label may not hold after mapping (beyond what the URL host
// parser rejects itself; with UseSTD3ASCIIRules=false every ASCII character
// passes here): unassigned code points, C1 controls, format
// characters (the joiners are checked in context), separators and
// ideographic description characters.
const kDisallowed = new RegExp('[\\uFFF9-\\uFFFF\\u2FF0-\\u2FFF]|[\\u{E0000}-\\u{E00FF}]|' +
  '[\\u0080-\\u009F\\p{Cn}\\p{Cs}\\p{Co}\\p{Zl}\\p{Zp}]|(?![\\u200C\\u200D])\\p{Cf}|[^\\P{Zs} ]', 'u');

// Code points with canonical combining class 9 (virama): a joiner may
// follow one.
const kVirama = new RegExp('[\\u094D\\u09CD\\u0A4D\\u0ACD\\u0B4D\\u0BCD\\u0C4D\\u0CCD\\u0D3B\\u0D3C\\u0D4D\\u0DCA' +
  '\\u0E3A\\u0EBA\\u0F84\\u1039\\u103A\\u1714\\u1715\\u1734\\u17D2\\u1A60\\u1B44\\u1BAA\\u1BAB\\u1BF2\\u1BF3' +
  '\\u2D7F\\uA806\\uA82C\\uA8C4\\uA953\\uA9C0\\uAAF6\\uABED]|[\\u{10A3F}\\u{11046}\\u{11070}\\u{1107F}' +
  '\\u{110B9}\\u{11133}\\u{11134}\\u{111C0}\\u{11235}\\u{112EA}\\u{1134D}\\u{11442}\\u{114C2}\\u{115BF}' +
  '\\u{1163F}\\u{116B6}\\u{1172B}\\u{11839}\\u{1193D}\\u{1193E}\\u{119E0}\\u{11A34}\\u{11A47}\\u{11A99}' +
  '\\u{11C3F}\\u{11D44}\\u{11D45}\\u{11D97}\\u{11F41}\\u{11F42}]$', 'u');
// Letters of Arabic-script joining types L or D (coarse), around which a
// ZWNJ may stand.
const kJoining = /[\u0620-\u064A\u066E-\u06D3\u06D5\u06EE\u06EF\u06FA-\u06FC\u06FF\u0710-\u074F\u0750-\u077F\u08A0-\u08C9]/;
// Of those, the right-joining ones (nothing joins on their left side).
const kRightJoining = /[\u0622-\u0625\u0627\u0629\u062F-\u0632\u0648\u0671-\u0673\u0675-\u0677\u0688-\u0699\u06C0\u06C3-\u06CB\u06CD\u06CF\u06D2\u06D3\u06D5\u06EE\u06EF\u0710\u0715-\u0719\u071E\u0728\u072A\u072C\u072F\u074D]/;
const kTransparent = /\p{Mn}/u;
const kJoiner = /[\u200C\u200D]/;

const kRtl = /[\u0590-\u05FF\u0600-\u07BF\u07C0-\u085F\u0860-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFF]|[\u{10800}-\u{10FFF}\u{1E800}-\u{1EFFF}]/u;
const kArabicNumber = /[\u0600-\u0605\u0660-\u0669\u066B\u066C\u06DD\u08E2]|[\u{10E60}-\u{10E7E}]/u;
const kEuropeanNumber = /[0-9\u06F0-\u06F9\u00B2\u00B3\u00B9\u2070-\u2079\u2080-\u2089\uFF10-\uFF19]/;
const kMark = /\p{Mn}/u;
const kLeadingMark = /^\p{M}/u;
const kLeftToRight = /[\p{L}\p{Mc}\p{Nd}\p{Nl}]/u;

// Bidi class, coarse: R (right-to-left letters), AN, EN, NSM, L or ON.
function bidiClass(ch) {
  if (kArabicNumber.test(ch)) return 'AN';
  if (kEuropeanNumber.test(ch)) return 'EN';
  if (kMark.test(ch)) return 'NSM';
  if (kRtl.test(ch)) return 'R';
  if (kLeftToRight.test(ch)) return 'L';
  return 'ON';
}

// A Bidi domain name holds a right-to-left or Arabic number character.
function isBidiDomain(labels) {
  return labels.some((label) => (kRtl.test(label) || kArabicNumber.test(label)) &&
    Array.from(label).some((ch) => {
      const kind = bidiClass(ch);
      return kind === 'R' || kind === 'AN';
    }));
}

// RFC 5893 section 2, applied to every label of a Bidi domain name. Like
// Node, a label without right-to-left or Arabic number characters passes.
function passesBidiRule(label) {
  const classes = Array.from(label, bidiClass);
  if (!classes.includes('R') && !classes.includes('AN')) return true;
  if (classes[0] !== 'R') return false;
  let end = classes.length - 1;
  while (end > 0 && classes[end] === 'NSM') end--;
  const last = classes[end];
  if (classes.includes('L')) return false;
  if (last !== 'R' && last !== 'EN' && last !== 'AN') return false;
  return !(classes.includes('EN') && classes.includes('AN'));
}

// CheckJoiners (RFC 5892 appendix A.1 and A.2): ZWJ only after a virama,
// ZWNJ after a virama or between joining letters.
function joinersAllowed(label) {
  if (!kJoiner.test(label)) return true;
  for (let i = 0; i < label.length; i++) {
    const c = label.charCodeAt(i);
    if (c !== 0x200c && c !== 0x200d) continue;
    const before = label.slice(0, i);
    if (kVirama.test(before)) continue;
    if (c === 0x200d) return false;
    const left = Array.from(before).reverse().find((ch) => !kTransparent.test(ch));
    const right = Array.from(label.slice(i + 1)).find((ch) => !kTransparent.test(ch));
    if (left === undefined || right === undefined || !kJoining.test(left) || kRightJoining.test(left) ||
        !kJoining.test(right)) {
      return false;
    }
  }
  return true;
}

function isValidLabel(label) {
  if (label.normalize('NFC') !== label) return false;
  if (kDisallowed.test(label)) return false;
  if (kLeadingMark.test(label)) return false;
  return joinersAllowed(label);
}

// Characters whose compatibility mapping holds a full stop (U+2488 "1.")
// are disallowed rather than mapped.
// eslint-disable-next-line no-control-regex
const kNonAsciiGlobal = /[^\x00-\x7f]/gu;
function hasDotMapping(domain) {
  for (const ch of domain.match(kNonAsciiGlobal) || []) {
    const mapped = ch.normalize('NFKC');
    if (!kDot.test(ch) && (mapped.includes('.') || kDot.test(mapped))) return true;
  }
  return false;
}

// Checked first, without the u flag: some regular expression engines read a
// lone high surrogate and the unit after it as one code point.
const kLoneSurrogate = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

// The UTS #46 mapping step.
function mapDomain(domain) {
  let mapped = domain.replace(kIgnored, '');
  // Capital sigma maps to small sigma, never to the final form toLowerCase
  // would pick at the end of a word.
  if (kNonAscii.test(mapped)) mapped = mapped.normalize('NFKC').replaceAll('\u03A3', '\u03C3').toLowerCase().normalize('NFKC');
  else mapped = mapped.toLowerCase();
  return mapped.replace(kDots, '.');
}

// UTS #46 ToASCII with CheckHyphens=false, CheckBidi=true,
// CheckJoiners=true, UseSTD3ASCIIRules=false, Transitional=false,
// VerifyDnsLength=false. Returns null on failure. Like Node, an ASCII-only
// domain is only lower-cased: its "xn--" labels are not checked.
function domainToASCII(domain) {
  if (!kNonAscii.test(domain)) return domain.toLowerCase();
  if (kLoneSurrogate.test(domain) || hasDotMapping(domain)) return null;
  const labels = mapDomain(domain).split('.');
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (kNonAscii.test(label) || decodeLabel(label) === null) return null;
      continue;
    }
    if (!isValidLabel(label)) return null;
  }
  if (isBidiDomain(labels) && !labels.every(passesBidiRule)) return null;
  return labels.map((label) => (kNonAscii.test(label) ? `xn--${encode(label)}` : label)).join('.');
}

// A "xn--" label decoded, or null when it does not decode to a valid label.
function decodeLabel(label) {
  try {
    const decoded = decode(label.slice(4));
    if (decoded !== '' && kNonAscii.test(decoded) && !decoded.startsWith('xn--') && !kLoneSurrogate.test(decoded) &&
        isValidLabel(decoded) &&
        mapDomain(decoded) === decoded) {
      return decoded;
    }
  } catch {
    // Not Punycode: the label stays as it is.
  }
  return null;
}

// UTS #46 ToUnicode; null when a label is not valid. A "xn--" label that
// does not decode stays as it is.
function domainToUnicode(domain) {
  if (kLoneSurrogate.test(domain)) return null;
  const labels = mapDomain(domain).split('.');
  const out = [];
  for (const label of labels) {
    if (label.startsWith('xn--')) {
      if (kNonAscii.test(label)) return null;
      out.push(decodeLabel(label) ?? label);
    } else {
      if (!isValidLabel(label)) return null;
      out.push(label);
    }
  }
  if (isBidiDomain(out) && !out.every(passesBidiRule)) return null;
  return out.join('.');
}

module.exports = {
  encode,
  decode,
  ucs2decode,
  ucs2encode,
  domainToASCII,
  domainToUnicode,
};
