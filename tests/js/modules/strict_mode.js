// 'use strict' applies per module; modules are sloppy by default.
const show = (label, o) => { for (const k of Object.keys(o)) console.log(label, k + ':', o[k]); };
show('strict', require('../fixtures/misc/strict'));
show('sloppy', require('../fixtures/misc/sloppy'));
console.log('global visible here:', typeof sloppyGlobal); // eslint-disable-line no-undef
