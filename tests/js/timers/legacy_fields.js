'use strict';
// Old code edits a Timeout's public fields from its own callback: setting
// _repeat turns a timeout into an interval (with that period); clearing
// _repeat or _onTimeout, or setting _idleTimeout to -1, ends an interval.
const log = [];
const done = () => {
  for (const line of log) console.log(line);
};

// ref()/unref() called on some other object do nothing and do not throw.
const plain = {};
const other = setInterval(() => {}, 1);
console.log(other.unref.call(plain) === plain, other.ref.call(plain) === plain, other.hasRef());
clearInterval(other);

let n = 0;
const grow = setTimeout(() => {
  n++;
  log.push(`grow run ${n} repeat=${grow._repeat}`);
  grow._repeat = n < 3 ? 2 : null;
}, 1);

let k = 0;
const stopRepeat = setInterval(() => {
  k++;
  stopRepeat._repeat = null;
}, 1);

let m = 0;
const stopCallback = setInterval(() => {
  m++;
  stopCallback._onTimeout = null;
}, 1);

let u = 0;
const stopIdle = setInterval(() => {
  u++;
  stopIdle._idleTimeout = -1;
}, 1);

let c = 0;
const cleared = setInterval(() => {
  c++;
  clearTimeout(cleared);
}, 1);

setTimeout(() => {
  log.push(`stopRepeat runs=${k} destroyed=${stopRepeat._destroyed} hasRef=${stopRepeat.hasRef()}`);
  log.push(`stopCallback runs=${m} destroyed=${stopCallback._destroyed}`);
  log.push(`stopIdle runs=${u} destroyed=${stopIdle._destroyed} idle=${stopIdle._idleTimeout}`);
  log.push(`cleared runs=${c} destroyed=${cleared._destroyed} idle=${cleared._idleTimeout}`);
  log.push(`grow destroyed=${grow._destroyed} idle=${grow._idleTimeout}`);
  done();
}, 60);
