// getPriority/setPriority: values, argument checks, and system errors.
const os = require('os');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', r);
  } catch (e) {
    console.log(label, e.name, e.code, e.message);
    if (e.code === 'ERR_SYSTEM_ERROR') {
      console.log('  ', Object.keys(e), e.errno, e.syscall, e.info, String(e));
    }
  }
}

const p = os.getPriority();
console.log(Number.isInteger(p), p >= -20 && p <= 19, os.getPriority(0) === p, os.getPriority(process.pid) === p);
attempt('set same', () => os.setPriority(p));
attempt('set pid same', () => os.setPriority(0, p));
attempt('get missing pid', () => os.getPriority(2147483647));
attempt('set missing pid', () => os.setPriority(2147483647, 0));
attempt('get string', () => os.getPriority('1'));
attempt('get null', () => os.getPriority(null));
attempt('get fraction', () => os.getPriority(1.5));
attempt('get huge', () => os.getPriority(2 ** 31));
attempt('set low', () => os.setPriority(-21));
attempt('set high', () => os.setPriority(0, 20));
attempt('set string', () => os.setPriority(0, 'a'));
attempt('set none', () => os.setPriority());
