import { thrower, obj } from './helper.mjs';
import * as ns from './helper.mjs';
import checker from '../lib/check.js';

// "file:line:col" of the frames in this folder's modules.
function where(err) {
  const out = [];
  for (const line of err.stack.split('\n')) {
    const m = /\/(\w+\.mjs):(\d+):(\d+)\)?$/.exec(line);
    if (m !== null) out.push(`${m[1]}:${m[2]}:${m[3]}`);
  }
  return out.join(' ');
}

const check = checker(where);

check('imported', () => { thrower(); });
check('namespace', () => { ns.thrower(); });
check('member', () => { obj.run(); });
check('new', () => { new ns.Thing(); });
check('after-eval', () => { eval('1'); thrower(); });
check('in-eval', () => { const f = thrower; eval('f()'); });
await null;
check('after-tla', () => { thrower(); });
