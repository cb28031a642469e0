// The I/O-callback ordering holds every time, not by luck.
const fs = require('fs');
const order = [];
let rounds = 0;
function round() {
  fs.readFile(__filename, () => {
    setTimeout(() => order.push('T'), 0);
    setImmediate(() => order.push('I'));
    setTimeout(() => {
      if (++rounds < 20) round();
      else console.log(order.join(''));
    }, 2);
  });
}
round();
