'use strict';
// node:os: operating-system facts read through internalBinding('os'), plus
// the constants (signals, errno values, priorities, dlopen flags) of Linux.

const binding = internalBinding('os');
const { validateInt32 } = require('internal/validators');
const { signals } = require('internal/process/signals');

let errorsModule;
function errors() {
  if (errorsModule === undefined) errorsModule = require('internal/errors');
  return errorsModule;
}

// ERR_SYSTEM_ERROR for a binding call that filled `ctx` with errno/syscall.
function systemError(ctx) {
  const { codes, uvErrmapGet } = errors();
  const [code, message] = uvErrmapGet(ctx.errno) || ['UNKNOWN', 'unknown error'];
  return new codes.ERR_SYSTEM_ERROR({ errno: ctx.errno, code, message, syscall: ctx.syscall });
}

// Calls a binding function that reports failure through a context object.
function callChecked(fn, ...args) {
  const ctx = {};
  const result = fn(...args, ctx);
  if (ctx.errno !== undefined) throw systemError(ctx);
  return result;
}

// Node wraps hostname(), homedir() and uptime() this way; the wrapper's name
// and its `withoutStackTrace` twin are visible to programs.
function checked(fn) {
  function checkError() {
    return callChecked(fn);
  }
  function wrappedFn() {
    return callChecked(fn);
  }
  wrappedFn.withoutStackTrace = checkError;
  return wrappedFn;
}

// `${os.platform}` and friends give the value, as in Node.
function withToPrimitive(fn) {
  fn[Symbol.toPrimitive] = () => fn();
  return fn;
}

function named(name, fn) {
  Object.defineProperty(fn, 'name', { value: name, configurable: true });
  return fn;
}

let osInfo;
function osInformation() {
  if (osInfo === undefined) osInfo = callChecked(binding.getOSInformation);
  return osInfo;
}

function arch() {
  return process.arch;
}

function platform() {
  return process.platform;
}

function endianness() {
  return new Uint8Array(new Uint16Array([1]).buffer)[0] === 1 ? 'LE' : 'BE';
}

function cpus() {
  const flat = binding.getCPUs();
  const list = [];
  for (let i = 0; i + 6 < flat.length; i += 7) {
    list.push({
      model: flat[i],
      speed: flat[i + 1],
      times: { user: flat[i + 2], nice: flat[i + 3], sys: flat[i + 4], idle: flat[i + 5], irq: flat[i + 6] },
    });
  }
  return list;
}

function loadavg() {
  return binding.getLoadAvg();
}

// Bits set in a netmask ('255.255.255.0' -> 24), or null when the mask is
// not a run of ones followed by zeros.
function prefixLength(netmask, family) {
  const v6 = family === 'IPv6';
  const parts = v6 ? netmask.split(':') : netmask.split('.');
  let bits = 0;
  let seenZero = false;
  const each = (value, width) => {
    for (let b = width - 1; b >= 0; b--) {
      if ((value >> b) & 1) {
        if (seenZero) return false;
        bits++;
      } else {
        seenZero = true;
      }
    }
    return true;
  };
  if (v6) {
    // Expand '::' so that every group is present.
    const gap = parts.indexOf('');
    const groups = [];
    for (let i = 0; i < parts.length; i++) {
      if (parts[i] === '') {
        if (i === gap) for (let k = parts.filter((p) => p !== '').length; k < 8; k++) groups.push(0);
      } else {
        groups.push(parseInt(parts[i], 16));
      }
    }
    for (const g of groups) if (!each(g, 16)) return null;
  } else {
    for (const p of parts) if (!each(+p, 8)) return null;
  }
  return bits;
}

function networkInterfaces() {
  const flat = callChecked(binding.getInterfaceAddresses);
  const result = {};
  for (let i = 0; i + 6 < flat.length; i += 7) {
    const [name, address, netmask, family, mac, internal, scopeid] = flat.slice(i, i + 7);
    const bits = prefixLength(netmask, family);
    const entry = { address, netmask, family, mac, internal, cidr: bits === null ? null : `${address}/${bits}` };
    if (family === 'IPv6') entry.scopeid = scopeid;
    (result[name] ??= []).push(entry);
  }
  return result;
}

function getPriority(pid) {
  if (pid === undefined) pid = 0;
  else validateInt32(pid, 'pid');
  return callChecked(binding.getPriority, pid);
}

function setPriority(pid, priority) {
  if (priority === undefined) {
    priority = pid;
    pid = 0;
  }
  validateInt32(pid, 'pid');
  validateInt32(priority, 'priority', -20, 19);
  callChecked(binding.setPriority, pid, priority);
}

function tmpdir() {
  const env = process.env;
  let path = env.TMPDIR || env.TMP || env.TEMP || '/tmp';
  if (path.length > 1 && path.endsWith('/')) path = path.slice(0, -1);
  return path;
}

// The strings of the passwd entry in `options.encoding`: 'buffer' gives
// Buffers, another encoding re-encodes the UTF-8 text, unknown ones keep it.
function userInfo(options) {
  const info = callChecked(binding.getUserInfo);
  const encoding = options !== null && typeof options === 'object' ? options.encoding : undefined;
  const result = { __proto__: null, uid: info.uid, gid: info.gid, username: info.username, homedir: info.homedir,
                   shell: info.shell };
  if (typeof encoding !== 'string' || /^utf-?8$/i.test(encoding)) return result;
  const { Buffer } = require('buffer');
  const asBuffer = encoding === 'buffer';
  if (!asBuffer && !Buffer.isEncoding(encoding)) return result;
  for (const key of ['username', 'homedir', 'shell']) {
    const bytes = Buffer.from(result[key], 'utf8');
    result[key] = asBuffer ? bytes : bytes.toString(encoding);
  }
  return result;
}

const dlopen = {
  __proto__: null, RTLD_LAZY: 1, RTLD_NOW: 2, RTLD_GLOBAL: 256, RTLD_LOCAL: 0, RTLD_DEEPBIND: 8,
};

const errno = {
  __proto__: null,
  E2BIG: 7, EACCES: 13, EADDRINUSE: 98, EADDRNOTAVAIL: 99, EAFNOSUPPORT: 97, EAGAIN: 11, EALREADY: 114,
  EBADF: 9, EBADMSG: 74, EBUSY: 16, ECANCELED: 125, ECHILD: 10, ECONNABORTED: 103, ECONNREFUSED: 111,
  ECONNRESET: 104, EDEADLK: 35, EDESTADDRREQ: 89, EDOM: 33, EDQUOT: 122, EEXIST: 17, EFAULT: 14, EFBIG: 27,
  EHOSTUNREACH: 113, EIDRM: 43, EILSEQ: 84, EINPROGRESS: 115, EINTR: 4, EINVAL: 22, EIO: 5, EISCONN: 106,
  EISDIR: 21, ELOOP: 40, EMFILE: 24, EMLINK: 31, EMSGSIZE: 90, EMULTIHOP: 72, ENAMETOOLONG: 36, ENETDOWN: 100,
  ENETRESET: 102, ENETUNREACH: 101, ENFILE: 23, ENOBUFS: 105, ENODATA: 61, ENODEV: 19, ENOENT: 2, ENOEXEC: 8,
  ENOLCK: 37, ENOLINK: 67, ENOMEM: 12, ENOMSG: 42, ENOPROTOOPT: 92, ENOSPC: 28, ENOSR: 63, ENOSTR: 60,
  ENOSYS: 38, ENOTCONN: 107, ENOTDIR: 20, ENOTEMPTY: 39, ENOTSOCK: 88, ENOTSUP: 95, ENOTTY: 25, ENXIO: 6,
  EOPNOTSUPP: 95, EOVERFLOW: 75, EPERM: 1, EPIPE: 32, EPROTO: 71, EPROTONOSUPPORT: 93, EPROTOTYPE: 91,
  ERANGE: 34, EROFS: 30, ESPIPE: 29, ESRCH: 3, ESTALE: 116, ETIME: 62, ETIMEDOUT: 110, ETXTBSY: 26,
  EWOULDBLOCK: 11, EXDEV: 18,
};

const priority = {
  __proto__: null,
  PRIORITY_LOW: 19, PRIORITY_BELOW_NORMAL: 10, PRIORITY_NORMAL: 0, PRIORITY_ABOVE_NORMAL: -7,
  PRIORITY_HIGH: -14, PRIORITY_HIGHEST: -20,
};

const constants = { __proto__: null, UV_UDP_REUSEADDR: 4, dlopen, errno, signals, priority };

module.exports = {
  arch: withToPrimitive(arch),
  availableParallelism: withToPrimitive(named('', () => binding.getAvailableParallelism())),
  cpus,
  endianness: withToPrimitive(endianness),
  freemem: withToPrimitive(named('', () => binding.getFreeMem())),
  getPriority,
  homedir: withToPrimitive(checked(binding.getHomeDirectory)),
  hostname: withToPrimitive(checked(binding.getHostname)),
  loadavg,
  networkInterfaces,
  platform: withToPrimitive(platform),
  release: withToPrimitive(named('getOSRelease', () => osInformation()[2])),
  setPriority,
  tmpdir: withToPrimitive(tmpdir),
  totalmem: withToPrimitive(named('', () => binding.getTotalMem())),
  type: withToPrimitive(named('getOSType', () => osInformation()[0])),
  userInfo,
  uptime: withToPrimitive(checked(binding.getUptime)),
  version: withToPrimitive(named('getOSVersion', () => osInformation()[1])),
  machine: withToPrimitive(named('getMachine', () => osInformation()[3])),
};

Object.defineProperties(module.exports, {
  constants: { value: constants, writable: false, enumerable: true, configurable: false },
  EOL: { value: '\n', writable: false, enumerable: true, configurable: true },
  devNull: { value: '/dev/null', writable: false, enumerable: true, configurable: true },
});
