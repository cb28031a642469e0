'use strict';
// process.getuid() and the other user/group id methods, resourceUsage() and
// threadCpuUsage(): argument checks here, system calls in
// internalBinding('credentials'). Loaded on the first call of any of them.

const binding = internalBinding('credentials');
const { codes, ErrnoException } = require('internal/errors');
const { validateArray, validateUint32 } = require('internal/validators');

const getuid = () => binding.ids()[0];
const geteuid = () => binding.ids()[1];
const getgid = () => binding.ids()[2];
const getegid = () => binding.ids()[3];
const getgroups = () => binding.getgroups();

// A uid or gid given as a number or a name; `kind` names it in errors.
function toId(value, name, kind) {
  if (typeof value === 'number') {
    validateUint32(value, name);
    return value;
  }
  if (typeof value !== 'string') throw new codes.ERR_INVALID_ARG_TYPE(name, ['number', 'string'], value);
  const id = binding.idOf(kind === 'User' ? 0 : 1, value);
  if (id < 0) throw new codes.ERR_UNKNOWN_CREDENTIAL(kind, value);
  return id;
}

function check(err, syscall) {
  if (err < 0) throw new ErrnoException(err, syscall);
}

// setId's selector per method, in the binding's order.
const kSetters = { setuid: 0, seteuid: 1, setgid: 2, setegid: 3 };

function setter(method) {
  const kind = method.endsWith('uid') ? 'User' : 'Group';
  return function(id) {
    check(binding.setId(kSetters[method], toId(id, 'id', kind)), method);
  };
}

function setgroups(groups) {
  validateArray(groups, 'groups');
  const ids = [];
  for (let i = 0; i < groups.length; i++) ids.push(toId(groups[i], `groups[${i}]`, 'Group'));
  check(binding.setgroups(ids), 'setgroups');
}

function initgroups(user, extraGroup) {
  if (typeof user !== 'number' && typeof user !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('user', ['number', 'string'], user);
  }
  if (typeof extraGroup !== 'number' && typeof extraGroup !== 'string') {
    throw new codes.ERR_INVALID_ARG_TYPE('extraGroup', ['number', 'string'], extraGroup);
  }
  // initgroups(3) takes a user name: a uid is looked up (a name is passed
  // on unchecked, as node does).
  let name = user;
  if (typeof user === 'number') {
    validateUint32(user, 'user');
    name = binding.userName(user);
    if (name === undefined) throw new codes.ERR_UNKNOWN_CREDENTIAL('User', user);
  }
  check(binding.initgroups(name, toId(extraGroup, 'extraGroup', 'Group')), 'initgroups');
}

const kUsageFields = [
  'userCPUTime', 'systemCPUTime', 'maxRSS', 'sharedMemorySize', 'unsharedDataSize', 'unsharedStackSize',
  'minorPageFault', 'majorPageFault', 'swappedOut', 'fsRead', 'fsWrite', 'ipcSent', 'ipcReceived',
  'signalsCount', 'voluntaryContextSwitches', 'involuntaryContextSwitches',
];

function resourceUsage() {
  const values = binding.resourceUsage();
  const usage = {};
  for (let i = 0; i < kUsageFields.length; i++) usage[kUsageFields[i]] = values[i];
  return usage;
}

// The optional previous value of cpuUsage()/threadCpuUsage(): an object
// with non-negative finite user and system numbers.
function checkPrevious(prev) {
  if (prev === null || typeof prev !== 'object') throw new codes.ERR_INVALID_ARG_TYPE('prevValue', 'object', prev);
  for (const key of ['user', 'system']) {
    const v = prev[key];
    if (typeof v !== 'number') throw new codes.ERR_INVALID_ARG_TYPE(`prevValue.${key}`, 'number', v);
    if (!(v >= 0) || v === Infinity) throw new codes.ERR_INVALID_ARG_VALUE.RangeError(`prevValue.${key}`, v);
  }
  return prev;
}

function usageSince(user, system, prev) {
  if (prev === undefined) return { user, system };
  checkPrevious(prev);
  return { user: user - prev.user, system: system - prev.system };
}

function threadCpuUsage(prev) {
  const [user, system] = binding.threadCpuUsage();
  return usageSince(user, system, prev);
}

module.exports = {
  getuid, geteuid, getgid, getegid, getgroups,
  setuid: setter('setuid'), seteuid: setter('seteuid'), setgid: setter('setgid'), setegid: setter('setegid'),
  setgroups, initgroups, resourceUsage, threadCpuUsage, usageSince,
};
