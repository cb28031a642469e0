'use strict';
// Independent parts of a test log into their own buffer, printed in a fixed
// order at exit, so a slow machine that lets their timers interleave does
// not change the output. Within a part the order is the stream's own.
const util = require('util');

const order = [];
const buffers = new Map();

function phase(name) {
  order.push(name);
  buffers.set(name, []);
  return (...args) => buffers.get(name).push(util.format(...args));
}

process.on('exit', () => {
  for (const name of order) {
    console.log(`-- ${name}`);
    for (const line of buffers.get(name)) console.log(line);
  }
});

module.exports = { phase };
