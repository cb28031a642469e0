'use strict';
// WHATWG URL, URLSearchParams, legacy url.parse and querystring.
const { bench } = require('./harness');
const url = require('url');
const querystring = require('querystring');

process.emitWarning = () => {}; // url.parse's DEP0169 would print once per run

bench('url: new URL(absolute)', () => new URL('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash'));
bench('url: new URL(relative, base)', () => new URL('../x/y?z', 'https://example.com/a/b/c'));
bench('url: new URL(IDN)', () => new URL('https://m\u00fcnchen.de/'));
const u = new URL('https://example.com/path?a=1');
bench('url: href + pathname getters', () => u.href.length + u.pathname.length);
let i = 0;
bench('url: search setter', () => { u.search = `a=${i++ & 7}`; });
bench('url: URLSearchParams parse + toString', () => new URLSearchParams('a=1&b=2&c=%20x&d=y+z').toString());
bench('url: legacy url.parse', () => url.parse('https://user:pass@sub.example.com:8080/p/a/t/h?query=string#hash'));
bench('url: legacy url.resolve', () => url.resolve('http://a/b/c/d;p?q', '../g'));
bench('querystring: parse', () => querystring.parse('a=1&b=2&c=%20x&d=y+z&a=3'));
bench('querystring: stringify', () => querystring.stringify({ a: 1, b: 'x y', c: [1, 2] }));
