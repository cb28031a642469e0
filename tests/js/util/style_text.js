'use strict';
// util.styleText: formats, validation, and the stream colour decision (the
// test runs with stdout not a TTY and no colour variables).
const util = require('util');

function t(f) {
  try {
    console.log(JSON.stringify(f()));
  } catch (e) {
    console.log(e.code, e.name, e.message);
  }
}
t(() => util.styleText('red', 'hi'));
t(() => util.styleText('red', 'hi', { validateStream: false }));
t(() => util.styleText(['bold', 'underline'], 'hi', { validateStream: false }));
t(() => util.styleText(['red', 'bgBlue', 'italic'], 'hi', { validateStream: false }));
t(() => util.styleText('none', 'hi', { validateStream: false }));
t(() => util.styleText('red', util.styleText('blue', 'in', { validateStream: false }) + 'out', { validateStream: false }));
t(() => util.styleText('nope', 'hi'));
t(() => util.styleText('red', 5));
t(() => util.styleText('red', 'x', { stream: 5 }));
t(() => util.styleText('red', 'x', { validateStream: 'no' }));
t(() => util.styleText(['red', 'nope'], 'x'));
t(() => util.styleText(5, 'x'));
t(() => util.styleText('grey', 'x', { validateStream: false }));
const fakeTty = { isTTY: true, write() {}, on() {}, getColorDepth: () => 8 };
t(() => util.styleText('green', 'tty', { stream: fakeTty }));
process.env.NO_COLOR = '1';
t(() => util.styleText('green', 'tty', { stream: fakeTty }));
delete process.env.NO_COLOR;
process.env.FORCE_COLOR = '1';
t(() => util.styleText('green', 'forced', { stream: process.stdout }));
delete process.env.FORCE_COLOR;
const emitterTty = { isTTY: true, write() {}, on() {} };
t(() => util.styleText('green', 'emitter', { stream: emitterTty }));
t(() => util.styleText('green', 'piped', { stream: { pipe() {}, on() {} } }));
