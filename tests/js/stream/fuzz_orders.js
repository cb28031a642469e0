'use strict';
// Seeded random operation sequences (write/end/read/pause/resume/cork/
// uncork/push/destroy) against Transform, PassThrough and Duplex streams
// with tiny highWaterMarks and sync / nextTick / setImmediate completions.
// Every event, callback and return value is logged; node's order is the spec.
const { Writable, Transform, PassThrough, Duplex, finished } = require('stream');

function scenario(seedIn) {
  let seed = seedIn;
  const rnd = (n) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % n;
  };
  const log = [];
  const L = (...a) => log.push(a.join(' '));
  const fmt = (x) => (x instanceof Error ? (x.code || x.message) : (x === undefined ? '' : String(x)));
  const watch = (name, s, evs) => {
    for (const ev of evs) s.on(ev, (x) => L(name, ev, fmt(x)));
  };
  const later = (fn) => {
    const k = rnd(3);
    if (k === 0) fn();
    else if (k === 1) process.nextTick(fn);
    else setImmediate(fn);
  };
  const kind = rnd(3);
  let t;
  if (kind === 0) {
    t = new Transform({
      highWaterMark: rnd(4),
      transform(c, e, cb) {
        L('_transform', String(c));
        const k = rnd(4);
        later(() => {
          if (k === 0) cb(new Error('tf'));
          else if (k === 1) {
            this.push(String(c) + '+');
            cb();
          } else cb(null, String(c).toUpperCase());
        });
      },
      flush(cb) {
        L('_flush');
        later(() => cb(rnd(5) === 0 ? new Error('fl') : null, 'F'));
      },
    });
  } else if (kind === 1) {
    t = new PassThrough({ highWaterMark: rnd(3) });
  } else {
    t = new Duplex({
      allowHalfOpen: rnd(2) === 0,
      highWaterMark: rnd(4),
      read() {
        L('_read');
        if (rnd(2)) later(() => this.push(rnd(4) ? 'd' : null));
      },
      write(c, e, cb) {
        L('_write', String(c));
        later(() => cb(rnd(6) === 0 ? new Error('dw') : null));
      },
      final(cb) {
        L('_final');
        later(cb);
      },
    });
  }
  watch('t', t, ['end', 'finish', 'close', 'error', 'drain', 'pause', 'resume', 'prefinish']);
  const m = rnd(4);
  if (m === 0) t.on('data', (d) => L('data', String(d)));
  if (m === 1) {
    t.on('readable', () => {
      let c;
      while ((c = t.read()) !== null) L('read', String(c));
    });
  }
  if (m === 2) {
    const sink = new Writable({ highWaterMark: 1, write(c, e, cb) { L('sink', String(c)); later(cb); } });
    watch('sink', sink, ['finish', 'close', 'unpipe']);
    t.pipe(sink);
  }
  if (rnd(2)) finished(t, (err) => L('finished', fmt(err)));
  let step = 0;
  function doOp() {
    if (step++ >= 14) return;
    try {
      switch (rnd(11)) {
        case 0: case 1: case 2: L('write', t.write('w' + step, (e) => L('wcb', step, fmt(e)))); break;
        case 3: if (rnd(3) === 0) { t.end(rnd(2) ? 'last' : undefined, (e) => L('endcb', fmt(e))); L('end'); } break;
        case 4: L('read', String(t.read(rnd(2) ? 1 : undefined))); break;
        case 5: t.pause(); L('pause'); break;
        case 6: t.resume(); L('resume'); break;
        case 7: if (rnd(6) === 0) { t.destroy(rnd(2) ? new Error('x') : undefined); L('destroy'); } break;
        case 8: t.cork(); L('cork'); break;
        case 9: t.uncork(); L('uncork'); break;
        case 10: if (kind !== 0) L('push', t.push('p' + step)); break;
      }
    } catch (e) {
      L('throw', e.code || e.message);
    }
    later(doOp);
  }
  doOp();
  return () => {
    L('state', t.readableLength, t.readableEnded, t.writableLength, t.writableFinished, t.destroyed,
      t.writableNeedDrain, t.readableFlowing);
    return log.join('\n');
  };
}

// All work is driven by nextTick and setImmediate: after enough immediate
// rounds a scenario is over, whatever the machine's speed.
function settle(rounds, then) {
  if (rounds === 0) then();
  else setImmediate(() => settle(rounds - 1, then));
}

const seeds = [11, 14, 15, 16, 155, 158, 206, 286, 349, 367, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
(function next(i) {
  if (i === seeds.length) return;
  const report = scenario(seeds[i]);
  settle(60, () => {
    console.log(`-- seed ${seeds[i]}\n${report()}`);
    next(i + 1);
  });
})(0);
