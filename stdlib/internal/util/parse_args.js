'use strict';
// util.parseArgs(): command-line parsing in two passes. The arguments are
// first cut into tokens (options, positionals, the "--" terminator), then
// the tokens are checked against the configuration (strict mode) and folded
// into `values` and `positionals`.

const {
  validateArray, validateBoolean, validateObject, validateString, validateUnion,
} = require('internal/validators');

let errorCodes;
function codes() {
  if (errorCodes === undefined) errorCodes = require('internal/errors').codes;
  return errorCodes;
}

const hasOwn = (obj, key) => Object.prototype.hasOwnProperty.call(obj, key);

// Arguments after the runtime's own ones: `jolt script.js a b` -> [a, b].
function defaultArgs() {
  const argv = process.argv;
  const evalMode = process.execArgv.some((a) => /^(?:-e|-p|--eval|--print)(?:=|$)/.test(a));
  return argv.slice(evalMode ? 1 : 2);
}

function checkOptionConfig(name, config) {
  const where = `options.${name}`;
  validateObject(config, where);
  validateUnion(config.type, `${where}.type`, ['string', 'boolean']);
  if (hasOwn(config, 'short')) {
    validateString(config.short, `${where}.short`);
    if (config.short.length !== 1) {
      throw new (codes().ERR_INVALID_ARG_VALUE)(`${where}.short`, config.short, 'must be a single character');
    }
  }
  const multiple = hasOwn(config, 'multiple') ? config.multiple : false;
  if (hasOwn(config, 'multiple')) validateBoolean(multiple, `${where}.multiple`);
  if (hasOwn(config, 'default')) {
    const value = config.default;
    const check = config.type === 'string' ? validateString : validateBoolean;
    if (multiple) {
      validateArray(value, `${where}.default`);
      for (let i = 0; i < value.length; i++) check(value[i], `${where}.default[${i}]`);
    } else {
      check(value, `${where}.default`);
    }
  }
}

function longNameForShort(options, letter) {
  for (const name of Object.keys(options)) {
    if (options[name].short === letter) return name;
  }
  return undefined;
}

const isShortOption = (arg) => arg.length === 2 && arg[0] === '-' && arg[1] !== '-';
const isShortGroup = (arg) => arg.length > 2 && arg[0] === '-' && arg[1] !== '-';
const isLongOption = (arg) => arg.length > 2 && arg.startsWith('--');

// Would this argument be read as an option rather than a value?
const looksLikeOption = (arg) => arg !== undefined && arg.length > 1 && arg[0] === '-';

function isStringOption(options, name) {
  return hasOwn(options, name) && options[name].type === 'string';
}

// An option written on its own (-f, --foo): a string option takes the next
// argument as its value. Returns the index of the next argument to read.
function pushStandalone(tokens, options, name, rawName, at, args, index) {
  if (isStringOption(options, name) && index < args.length) {
    tokens.push({ kind: 'option', name, rawName, index: at, value: args[index], inlineValue: false });
    return index + 1;
  }
  tokens.push({ kind: 'option', name, rawName, index: at, value: undefined, inlineValue: undefined });
  return index;
}

// Pass 1: arguments -> tokens.
function tokenize(args, options) {
  const tokens = [];
  let index = 0;
  while (index < args.length) {
    const arg = args[index];
    const at = index;
    index++;
    if (arg === '--') {
      tokens.push({ kind: 'option-terminator', index: at });
      for (; index < args.length; index++) tokens.push({ kind: 'positional', index, value: args[index] });
      break;
    }
    if (typeof arg !== 'string' || arg.length < 2 || arg[0] !== '-') {
      tokens.push({ kind: 'positional', index: at, value: arg });
      continue;
    }
    if (isShortOption(arg)) {
      const letter = arg[1];
      index = pushStandalone(tokens, options, longNameForShort(options, letter) ?? letter, arg, at, args, index);
      continue;
    }
    if (isShortGroup(arg)) {
      const first = longNameForShort(options, arg[1]) ?? arg[1];
      if (isStringOption(options, first)) {
        // -fVALUE
        tokens.push({ kind: 'option', name: first, rawName: `-${arg[1]}`, index: at, value: arg.slice(2), inlineValue: true });
        continue;
      }
      // -abc: each letter an option; a string option takes the rest.
      for (let pos = 1; pos < arg.length; pos++) {
        const letter = arg[pos];
        const name = longNameForShort(options, letter) ?? letter;
        const raw = `-${letter}`;
        if (isStringOption(options, name)) {
          if (pos < arg.length - 1) {
            tokens.push({ kind: 'option', name, rawName: raw, index: at, value: arg.slice(pos + 1), inlineValue: true });
          } else if (index < args.length) {
            tokens.push({ kind: 'option', name, rawName: raw, index: at, value: args[index], inlineValue: false });
            index++;
          } else {
            tokens.push({ kind: 'option', name, rawName: raw, index: at, value: undefined, inlineValue: undefined });
          }
          break;
        }
        tokens.push({ kind: 'option', name, rawName: raw, index: at, value: undefined, inlineValue: undefined });
      }
      continue;
    }
    if (isLongOption(arg)) {
      const eq = arg.indexOf('=');
      if (eq > 2) {
        tokens.push({
          kind: 'option', name: arg.slice(2, eq), rawName: arg.slice(0, eq), index: at,
          value: arg.slice(eq + 1), inlineValue: true,
        });
        continue;
      }
      index = pushStandalone(tokens, options, arg.slice(2), arg, at, args, index);
      continue;
    }
    tokens.push({ kind: 'positional', index: at, value: arg });
  }
  return tokens;
}

function optionLabel(options, name) {
  const short = hasOwn(options, name) ? options[name].short : undefined;
  return short === undefined ? `--${name}` : `-${short}, --${name}`;
}

// Strict mode: the token must name a known option used the right way.
function checkToken(token, options, allowPositionals, args) {
  const { name, rawName } = token;
  if (!hasOwn(options, name)) {
    throw new (codes().ERR_PARSE_ARGS_UNKNOWN_OPTION)(rawName, allowPositionals);
  }
  const config = options[name];
  const label = optionLabel(options, name);
  if (config.type === 'string') {
    if (typeof token.value !== 'string') {
      throw new (codes().ERR_PARSE_ARGS_INVALID_OPTION_VALUE)(`Option '${label} <value>' argument missing`);
    }
    if (token.inlineValue === false && looksLikeOption(args[token.index + 1])) {
      const alternative = rawName.startsWith('--') ? `'--${name}=-XYZ'` : `'--${name}=-XYZ' or '${rawName}-XYZ'`;
      throw new (codes().ERR_PARSE_ARGS_INVALID_OPTION_VALUE)(
        `Option '${rawName}' argument is ambiguous.\nDid you forget to specify the option argument for ` +
        `'${rawName}'?\nTo specify an option argument starting with a dash use ${alternative}.`);
    }
  } else if (token.value !== undefined) {
    throw new (codes().ERR_PARSE_ARGS_INVALID_OPTION_VALUE)(`Option '${label}' does not take an argument`);
  }
}

function storeValue(values, options, name, value) {
  if (name === '__proto__') return;
  const multiple = hasOwn(options, name) && options[name].multiple;
  if (!multiple) {
    values[name] = value;
  } else if (hasOwn(values, name)) {
    values[name].push(value);
  } else {
    values[name] = [value];
  }
}

function parseArgs(config = { __proto__: null }) {
  const args = config.args ?? defaultArgs();
  const strict = config.strict ?? true;
  const allowPositionals = config.allowPositionals ?? !strict;
  const returnTokens = config.tokens ?? false;
  const allowNegative = config.allowNegative ?? false;
  const options = config.options ?? { __proto__: null };

  validateArray(args, 'args');
  validateBoolean(strict, 'strict');
  validateBoolean(allowPositionals, 'allowPositionals');
  validateBoolean(returnTokens, 'tokens');
  validateBoolean(allowNegative, 'allowNegative');
  validateObject(options, 'options');
  for (const name of Object.keys(options)) checkOptionConfig(name, options[name]);

  const tokens = tokenize(args, options);
  const values = { __proto__: null };
  const positionals = [];

  for (const token of tokens) {
    if (token.kind === 'positional') {
      if (!allowPositionals) throw new (codes().ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL)(token.value);
      positionals.push(token.value);
      continue;
    }
    if (token.kind !== 'option') continue;
    // --no-NAME: a known boolean option (strict), any flag without a value
    // (loose).
    if (allowNegative && token.rawName.startsWith('--no-')) {
      const positive = token.name.slice(3);
      const known = hasOwn(options, positive) && options[positive].type === 'boolean';
      if (strict ? known : token.value === undefined) {
        token.name = positive;
        if (strict) checkToken(token, options, allowPositionals, args);
        storeValue(values, options, positive, false);
        continue;
      }
    }
    if (strict) checkToken(token, options, allowPositionals, args);
    storeValue(values, options, token.name, token.value ?? true);
  }

  for (const name of Object.keys(options)) {
    if (hasOwn(options[name], 'default') && !hasOwn(values, name) && name !== '__proto__') {
      values[name] = options[name].default;
    }
  }

  const result = { values, positionals };
  if (returnTokens) {
    result.tokens = tokens.map((token) => {
      if (token.kind !== 'option' || token.value !== undefined) return token;
      return { kind: token.kind, name: token.name, rawName: token.rawName, index: token.index };
    });
  }
  return result;
}

module.exports = { parseArgs };
