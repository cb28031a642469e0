'use strict';
// Test helpers: raw HTTP over a TCP connection (or an in-memory Duplex
// handed to server.emit('connection')), with the Date header masked.
const net = require('net');
const { Duplex } = require('stream');

function mask(text) {
  return text.replace(/\r\nDate: [^\r]*/g, '\r\nDate: <date>');
}

// Sends `data` (string or array of strings sent one by one) and resolves
// with everything received until the server closes, or after `waitMs`.
function raw(port, data, waitMs) {
  return new Promise((resolve) => {
    const sock = net.connect(port, '127.0.0.1');
    let got = '';
    let timer;
    sock.setEncoding('latin1');
    sock.on('connect', () => {
      const parts = Array.isArray(data) ? data.slice() : [data];
      const next = () => {
        if (parts.length === 0) return;
        sock.write(parts.shift(), 'latin1');
        if (parts.length > 0) setTimeout(next, 20);
      };
      next();
    });
    sock.on('data', (d) => { got += d; });
    sock.on('error', () => {});
    sock.on('close', () => { clearTimeout(timer); resolve(mask(got)); });
    if (waitMs) timer = setTimeout(() => { sock.destroy(); }, waitMs);
  });
}

// An in-memory connection: what the server writes is collected in `out`.
function duplexPair() {
  const out = [];
  const d = new Duplex({
    read() {},
    write(chunk, enc, cb) { out.push(chunk.toString('latin1')); cb(); },
    final(cb) { out.push('<FIN>'); cb(); },
  });
  d.text = () => mask(out.join(''));
  return d;
}

function show(label, text) {
  console.log('--- ' + label);
  console.log(JSON.stringify(text).replace(/\\r\\n/g, '\\r\\n\n'));
}

module.exports = { raw, duplexPair, mask, show };
