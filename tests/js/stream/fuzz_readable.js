'use strict';
// Seeded random operation sequences on a Readable: 'data' and 'readable'
// listeners added and removed, read(n), push/unshift, pause/resume,
// setEncoding, pipe/unpipe into a slow Writable, push(null), destroy, with
// _read pushing synchronously, on a later tick or not at all. Every event
// and return value is logged; node's order is the spec.
const { Readable, Writable } = require('stream');

function scenario(seedIn) {
  let seed = seedIn;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const log = [];
  const L = (...a) => log.push(a.join(' '));
  const fmt = (x) => x instanceof Error ? (x.code || x.message) : (x === undefined ? '' : Buffer.isBuffer(x) ? 'B' + x.toString() : JSON.stringify(x));
  const later = (fn) => { const k = rnd(3); if (k === 0) fn(); else if (k === 1) process.nextTick(fn); else setImmediate(fn); };
  const objectMode = rnd(4) === 0;
  let n = 0; let reads = 0;
  const r = new Readable({ objectMode, highWaterMark: rnd(6), read(size) { L('_read', size, this.readableLength); if (++reads > 60) { if (reads === 61) this.push(null); return; } const k = rnd(4); if (k === 0) this.push(objectMode ? n++ : 'x'.repeat(1 + rnd(4))); else if (k === 1) later(() => L('apush', this.push(objectMode ? n++ : 'y'.repeat(1 + rnd(3))))); else if (k === 2 && rnd(4) === 0) later(() => this.push(null)); } });
  for (const ev of ['end', 'close', 'error', 'pause', 'resume']) r.on(ev, (x) => L('r', ev, fmt(x)));
  r.on('readable', () => L('EV', r.readableLength, r.listenerCount('readable')));
  const onData = (d) => L('data', fmt(d));
  const onReadable = () => { L('readable', r.readableLength); let c; let k = 0; while (k++ < 4 && (c = r.read(rnd(3) === 0 ? 1 + rnd(4) : undefined)) !== null) L('rd', fmt(c)); };
  let dest = null;
  let step = 0;
  function doOp() {
    if (step++ >= 18) return;
    try {
      switch (rnd(14)) {
        case 0: r.on('data', onData); L('on data', r.readableFlowing); break;
        case 1: r.removeListener('data', onData); L('off data'); break;
        case 2: r.on('readable', onReadable); L('on readable', r.readableFlowing); break;
        case 3: r.removeListener('readable', onReadable); L('off readable'); break;
        case 4: L('read', fmt(r.read(rnd(2) ? undefined : rnd(5)))); break;
        case 5: L('push', r.push(objectMode ? n++ : 'p'.repeat(1 + rnd(5)))); break;
        case 6: L('unshift', r.unshift(objectMode ? 'u' : 'u'.repeat(1 + rnd(3)))); break;
        case 7: r.pause(); L('pause', r.isPaused()); break;
        case 8: r.resume(); L('resume', r.isPaused()); break;
        case 9: if (!objectMode && rnd(3) === 0) { r.setEncoding(rnd(2) ? 'utf8' : 'hex'); L('setEncoding'); } break;
        case 10: if (!dest) { dest = new Writable({ objectMode, highWaterMark: rnd(3), write(c, e, cb) { L('dest', fmt(c)); later(cb); } }); dest.on('finish', () => L('dest finish')); dest.on('unpipe', () => L('dest unpipe')); r.pipe(dest); L('piped'); } else { r.unpipe(dest); dest = null; L('unpiped'); } break;
        case 11: if (rnd(4) === 0) { r.push(null); L('eof'); } break;
        case 12: if (rnd(8) === 0) { r.destroy(); L('destroy'); } break;
        case 13: r.removeAllListeners('readable'); L('removeAll readable'); break;
      }
    } catch (e) { L('throw', e.code || e.message); }
    later(doOp);
  }
  doOp();
  return () => {
    L('state', r.readableLength, r.readableEnded, r.readableFlowing, r.destroyed, r.isPaused());
    return log.join('\n');
  };
}

// All work is driven by nextTick and setImmediate: after enough immediate
// rounds a scenario is over, whatever the machine's speed.
function settle(rounds, then) {
  if (rounds === 0) then();
  else setImmediate(() => settle(rounds - 1, then));
}

const seeds = [3, 7, 17, 23, 26, 31, 56, 58, 63, 71, 1, 2, 4, 5, 6, 8, 9, 10, 12, 13];
(function next(i) {
  if (i === seeds.length) return;
  const report = scenario(seeds[i]);
  settle(200, () => {
    console.log(`-- seed ${seeds[i]}\n${report()}`);
    next(i + 1);
  });
})(0);
