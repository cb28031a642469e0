'use strict';
// util.MIMEType / util.MIMEParams: parsing, serialization, setters and
// ERR_INVALID_MIME_SYNTAX errors.
const { MIMEType, MIMEParams, inspect } = require('util');
function t(label, f) { let out; try { out = f(); } catch (e) { out = `THREW ${e.name} ${e.code} ${e.message}`; } console.log(label + ': ' + (typeof out === 'string' ? out : inspect(out))); }
t('basic', () => { const m = new MIMEType('Text/HTML; Charset="utf-8"; foo=bar'); return [m.type, m.subtype, m.essence, String(m), m.params.get('charset'), m.params.has('foo'), JSON.stringify(m)]; });
t('inspect', () => new MIMEType('text/plain;a=b'));
t('params inspect', () => new MIMEType('text/plain;a=b;c="d e"').params);
t('set type', () => { const m = new MIMEType('text/plain'); m.type = 'Application'; m.subtype = 'JSON'; return String(m); });
t('bad type set', () => { const m = new MIMEType('text/plain'); m.type = 'a b'; });
t('bad subtype set', () => { const m = new MIMEType('text/plain'); m.subtype = ''; });
t('invalid', () => new MIMEType('text'));
t('invalid2', () => new MIMEType('/plain'));
t('invalid3', () => new MIMEType('te xt/plain'));
t('invalid4', () => new MIMEType(''));
t('ws', () => String(new MIMEType('  text/plain  ;  a = b ; c=d ')));
t('quoted', () => String(new MIMEType('text/plain;a="b\\"c";d="x;y"')));
t('empty param', () => String(new MIMEType('text/plain;a=;b;c="";=d;e=f')));
t('dup param', () => String(new MIMEType('text/plain;a=1;A=2')));
t('params set', () => { const m = new MIMEType('text/plain'); m.params.set('Key', 'va lue'); m.params.set('k2', 'v'); return [String(m), [...m.params.keys()], [...m.params.values()], [...m.params], [...m.params.entries()]]; });
t('params set bad name', () => { new MIMEType('text/plain').params.set('a b', 'c'); });
t('params set bad value', () => { new MIMEType('text/plain').params.set('a', 'c\u0100'); });
t('params delete', () => { const m = new MIMEType('text/plain;a=1;b=2'); m.params.delete('a'); return String(m); });
t('new MIMEParams', () => { const p = new MIMEParams(); p.set('x', 'y'); return [String(p), p.get('nope')]; });
t('non-string', () => String(new MIMEType({ toString() { return 'a/b'; } })));
t('quote needed', () => { const m = new MIMEType('a/b'); m.params.set('q', ''); m.params.set('r', 'x"y'); return String(m); });
t('essence lower', () => new MIMEType('IMAGE/PNG').essence);
t('keys', () => Object.getOwnPropertyNames(MIMEType.prototype).concat(Object.getOwnPropertyNames(MIMEParams.prototype)).join(','));
t('tab value', () => String(new MIMEType('text/plain;a="\tb"')));
t('unterminated quote', () => String(new MIMEType('text/plain;a="bc')));
t('after quote junk', () => String(new MIMEType('text/plain;a="bc"junk;d=e')));
for (const s of ['text/pl ain', 'text/', 'text/plain;', ' text/x\u0100', 'a/b c', 'a/b;x="unterminated\\', 'a/b; q="1"  ;r=2']) t('more ' + JSON.stringify(s), () => String(new MIMEType(s)));
t('case lookups', () => { const m = new MIMEType('a/b;n=""'); return [m.params.get('N'), m.params.has('N'), m.params.get('zz')]; });
t('undefined', () => new MIMEType());
t('type setter ok', () => { const m = new MIMEType('a/b'); m.type = 'A!'; return String(m); });
t('params order after set', () => { const p = new MIMEType('a/b;x=1').params; p.set('X', '2'); p.set('y', '3'); return String(p); });
