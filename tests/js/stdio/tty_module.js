// node:tty without a terminal: isatty(), the constructors' checks, and the
// WriteStream colour rules (getColorDepth/hasColors read only `env`).
const tty = require('tty');

console.log('isatty:', [0, 1, 2, -1, 1.5, '1', 2 ** 31, 99, undefined].map((fd) => tty.isatty(fd)).join(' '));

function attempt(label, fn) {
  try {
    const s = fn();
    console.log(label, 'ok', s.constructor.name);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.info) console.log('  info:', e.info.code, e.info.errno, e.info.syscall);
  }
}
for (const Ctor of [tty.ReadStream, tty.WriteStream]) {
  attempt(`${Ctor.name}(-1)`, () => new Ctor(-1));
  attempt(`${Ctor.name}('x')`, () => new Ctor('x'));
  attempt(`${Ctor.name}(2**31)`, () => new Ctor(2 ** 31));
  // stdin is /dev/null here: not a terminal or a pipe.
  attempt(`${Ctor.name}(0)`, () => new Ctor(0));
  attempt(`${Ctor.name}(999)`, () => new Ctor(999));
}

const W = tty.WriteStream.prototype;
console.log('WriteStream methods:', ['getColorDepth', 'hasColors', 'getWindowSize', 'cursorTo', 'moveCursor',
  'clearLine', 'clearScreenDown', '_refreshSize'].map((m) => typeof W[m]).join(' '));
console.log('isTTY on prototype:', W.isTTY, 'setRawMode:', typeof tty.ReadStream.prototype.setRawMode);

const envs = [
  {}, { TERM: 'dumb' }, { TERM: 'xterm' }, { TERM: 'xterm-256color' }, { TERM: 'screen-256color' },
  { TERM: 'xterm-kitty' }, { TERM: 'MOSH' }, { TERM: 'linux' }, { TERM: 'foo-color' }, { TERM: 'unknown' },
  { COLORTERM: 'truecolor' }, { COLORTERM: '24bit', TERM: 'xterm' }, { COLORTERM: 'yes' },
  { NO_COLOR: '1', TERM: 'xterm-256color' }, { NO_COLOR: '', TERM: 'xterm' },
  { NODE_DISABLE_COLORS: '1', COLORTERM: 'truecolor' },
  { FORCE_COLOR: '0', TERM: 'xterm' }, { FORCE_COLOR: '' }, { FORCE_COLOR: '1' }, { FORCE_COLOR: 'true' },
  { FORCE_COLOR: 'false', TERM: 'xterm' }, { FORCE_COLOR: '2' }, { FORCE_COLOR: '3', TERM: 'dumb' },
  { FORCE_COLOR: '7', TERM: 'xterm' }, { FORCE_COLOR: '2', NO_COLOR: '1' },
  { TMUX: '1' }, { CI: '1' }, { CI: '1', GITHUB_ACTIONS: 'true' }, { CI: '1', TRAVIS: '1' },
  { CI: '1', CI_NAME: 'codeship' }, { TEAMCITY_VERSION: '9.1.0' }, { TEAMCITY_VERSION: '8.1.0' },
  { TERM_PROGRAM: 'iTerm.app' }, { TERM_PROGRAM: 'iTerm.app', TERM_PROGRAM_VERSION: '3.4' },
  { TERM_PROGRAM: 'Apple_Terminal', COLORTERM: 'truecolor' }, { TERM_PROGRAM: 'MacTerm' },
];
for (const env of envs) {
  console.log(JSON.stringify(env), W.getColorDepth.call(null, env), W.hasColors.call(null, env),
    W.hasColors.call(null, 256, env), W.hasColors.call(null, 2 ** 24, env));
}
for (const count of [1, -1, 1.5, 'x', null]) {
  try {
    W.hasColors.call(null, count, {});
  } catch (e) {
    console.log('hasColors', count, e.code, e.message);
  }
}
