'use strict';
// tty.WriteStream#getColorDepth(env): how many colours the terminal
// described by `env` shows, as a bit depth (1, 4, 8 or 24). The order of
// the checks and the terminal lists follow node 24's observed answers:
// FORCE_COLOR wins, then the opt-outs, then multiplexers and CI services,
// then the terminal programs, COLORTERM, and finally TERM.

let warnedForceColor = false;

// FORCE_COLOR values node knows; any other value means no colours.
const kForced = { __proto__: null, '': 4, 1: 4, true: 4, 2: 8, 3: 24, 0: 1, false: 1 };

// TERM values (lower-cased) with a known depth.
const kTermDepth = {
  __proto__: null,
  'xterm-kitty': 24, 'xterm-truecolor': 24, 'rxvt-unicode-24bit': 24, mosh: 24, terminator: 24,
  eterm: 4, cons25: 4, console: 4, cygwin: 4, dtterm: 4, gnome: 4, hurd: 4, jfbterm: 4, konsole: 4,
  kterm: 4, mlterm: 4, putty: 4, st: 4,
};
// TERM families with 16 colours, and words that promise at least that.
const kSixteenColors = /^(?:xterm|screen|vt100|vt220|rxvt|linux|ansi)|color|direct/i;

const kCiDepth = [
  [24, ['GITHUB_ACTIONS', 'GITEA_ACTIONS', 'CIRCLECI']],
  [8, ['TRAVIS', 'APPVEYOR', 'GITLAB_CI', 'BUILDKITE', 'DRONE']],
];

function ciDepth(env) {
  for (const [depth, names] of kCiDepth) {
    for (const name of names) if (name in env) return depth;
  }
  return env.CI_NAME === 'codeship' ? 8 : 1;
}

function warnIgnored(env) {
  if (warnedForceColor) return;
  const name = env.NODE_DISABLE_COLORS !== undefined ? 'NODE_DISABLE_COLORS' :
    (env.NO_COLOR !== undefined ? 'NO_COLOR' : undefined);
  if (name === undefined) return;
  warnedForceColor = true;
  process.emitWarning(`The '${name}' env is ignored due to the 'FORCE_COLOR' env being set.`);
}

function programDepth(env) {
  switch (env.TERM_PROGRAM) {
    case 'iTerm.app': {
      const version = env.TERM_PROGRAM_VERSION;
      return !version || /^[0-2]\./.test(version) ? 8 : 24;
    }
    case 'Apple_Terminal': return 8;
    case 'HyperTerm':
    case 'MacTerm': return 24;
    default: return undefined;
  }
}

function termDepth(term) {
  if (term.startsWith('xterm-256')) return 8;
  const known = kTermDepth[term.toLowerCase()];
  if (known !== undefined) return known;
  return kSixteenColors.test(term) ? 4 : undefined;
}

function getColorDepth(env = process.env) {
  if (env.FORCE_COLOR !== undefined) {
    warnIgnored(env);
    return kForced[env.FORCE_COLOR] ?? 1;
  }
  if (env.NODE_DISABLE_COLORS || env.NO_COLOR || env.TERM === 'dumb') return 1;
  if ('TMUX' in env) return 24;
  if ('CI' in env) return ciDepth(env);
  if ('TEAMCITY_VERSION' in env) {
    // 9.1 and later print colours.
    return /^(?:9\.0*[1-9]\d*\.|\d{2,}\.)/.test(env.TEAMCITY_VERSION) ? 4 : 1;
  }
  const program = programDepth(env);
  if (program !== undefined) return program;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 24;
  if (env.TERM) {
    const depth = termDepth(env.TERM);
    if (depth !== undefined) return depth;
  }
  return env.COLORTERM ? 4 : 1;
}

function hasColors(count, env) {
  if (env === undefined && (count === undefined || (typeof count === 'object' && count !== null))) {
    env = count;
    count = 16;
  } else {
    require('internal/validators').validateInteger(count, 'count', 2);
  }
  return count <= 2 ** getColorDepth(env);
}

module.exports = { getColorDepth, hasColors };
