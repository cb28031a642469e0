// Wrong arguments: codes and messages as Node's.
const vm = require('vm');

function attempt(label, fn) {
  try {
    const r = fn();
    console.log(label, 'ok', typeof r);
  } catch (e) {
    // Engine-made errors (no code) word their messages differently.
    console.log(label, e.name, e.code, e.code === undefined ? '' : e.message);
  }
}

attempt('Script filename', () => new vm.Script('1', { filename: 1 }));
attempt('Script lineOffset', () => new vm.Script('1', { lineOffset: 'a' }));
attempt('Script lineOffset int', () => new vm.Script('1', { lineOffset: 1.5 }));
attempt('Script columnOffset int', () => new vm.Script('1', { columnOffset: 2 ** 31 }));
attempt('Script options number', () => new vm.Script('1', 5));
attempt('Script options null', () => new vm.Script('1', null));
attempt('Script cachedData', () => new vm.Script('1', { cachedData: 'x' }));
attempt('Script produceCachedData', () => new vm.Script('1', { produceCachedData: 1 }));
attempt('Script without new', () => vm.Script('1'));
attempt('Script code coerced', () => new vm.Script(42));
attempt('runInContext plain object', () => vm.runInContext('1', {}));
attempt('runInContext missing', () => vm.runInContext('1'));
attempt('script.runInContext', () => new vm.Script('1').runInContext({ a: 1 }));
attempt('createContext number', () => vm.createContext(1));
attempt('createContext string', () => vm.createContext('a'));
attempt('createContext name', () => vm.createContext({}, { name: 1 }));
attempt('createContext options', () => vm.createContext({}, 1));
attempt('isContext number', () => vm.isContext(1));
attempt('isContext null', () => vm.isContext(null));
attempt('runInNewContext number', () => vm.runInNewContext('1', 5));
attempt('timeout negative', () => vm.runInNewContext('1', {}, { timeout: -1 }));
attempt('timeout zero', () => vm.runInNewContext('1', {}, { timeout: 0 }));
attempt('timeout string', () => vm.runInNewContext('1', {}, { timeout: '1' }));
attempt('timeout fraction', () => vm.runInThisContext('1', { timeout: 1.5 }));
attempt('breakOnSigint', () => vm.runInThisContext('1', { breakOnSigint: 1 }));
attempt('displayErrors', () => vm.runInThisContext('1', { displayErrors: 1 }));
attempt('contextName', () => vm.runInNewContext('1', {}, { contextName: 5 }));
attempt('compileFunction code', () => vm.compileFunction(1));
attempt('compileFunction params', () => vm.compileFunction('a', 1));
attempt('compileFunction param', () => vm.compileFunction('a', [1]));
attempt('compileFunction options', () => vm.compileFunction('a', [], 1));
attempt('compileFunction extensions', () => vm.compileFunction('a', [], { contextExtensions: 1 }));
attempt('compileFunction extension', () => vm.compileFunction('a', [], { contextExtensions: [1] }));
attempt('compileFunction parsingContext', () => vm.compileFunction('a', [], { parsingContext: 1 }));
attempt('compileFunction parsingContext object', () => vm.compileFunction('a', [], { parsingContext: {} }));
attempt('compileFunction filename', () => vm.compileFunction('a', [], { filename: 1 }));
attempt('compileFunction syntax', () => vm.compileFunction('}', []));
