'use strict';
// Runs test files with run() from node:test and prints each event of the
// stream in a stable form: names, nesting, numbers, types and errors, never
// durations or stack traces.

const path = require('path');
const { run } = require('node:test');

function errorText(error) {
  if (error === undefined) return '';
  const cause = error.cause;
  const shown = cause instanceof Error ? `${cause.name}: ${cause.message}` : JSON.stringify(cause);
  return ` ${error.failureType}: ${shown}`;
}

function directives(data) {
  let out = '';
  if (data.skip !== undefined) out += ` skip=${JSON.stringify(data.skip)}`;
  if (data.todo !== undefined) out += ` todo=${JSON.stringify(data.todo)}`;
  return out;
}

function where(data) {
  return data.file === undefined ? '' : ` @${path.relative(__dirname, data.file)}:${data.line}:${data.column}`;
}

function printEvents(files, options = {}) {
  const stream = run({ ...options, files: files.map((f) => path.join(__dirname, '..', 'fixtures', f)) });
  const indent = (data) => '  '.repeat(data.nesting);
  stream.on('test:start', (data) => console.log(`start ${indent(data)}${data.name}`));
  stream.on('test:pass', (data) => {
    console.log(`pass  ${indent(data)}${data.name} #${data.testNumber} ${data.details.type}${directives(data)}`);
  });
  stream.on('test:fail', (data) => {
    console.log(`fail  ${indent(data)}${data.name} #${data.testNumber} ${data.details.type}${directives(data)}` +
      `${errorText(data.details.error)}${where(data)}`);
  });
  stream.on('test:plan', (data) => console.log(`plan  ${indent(data)}1..${data.count}`));
  stream.on('test:diagnostic', (data) => {
    if (data.nesting === 0 && /^(tests|suites|pass|fail|cancelled|skipped|todo|duration_ms) /.test(data.message)) {
      return;
    }
    console.log(`diag  ${indent(data)}${data.message}`);
  });
  stream.on('test:summary', (data) => {
    const file = data.file === undefined ? '(all)' : path.basename(data.file);
    console.log(`summary ${file} ${JSON.stringify(data.counts)} success=${data.success}`);
  });
  return stream;
}

// Text of a reporter (an async generator over events) with durations and
// stack traces masked and the fixture directory made relative.
// `reporter` is an async generator function, or `compose` says to pass it
// to the stream's compose() (for a reporter object such as new spec()).
async function reporterText(reporter, files, options = {}, compose = false) {
  const dir = path.join(__dirname, '..', 'fixtures');
  const stream = run({ ...options, files: files.map((f) => path.join(dir, f)) });
  let text = '';
  if (compose) text = (await stream.compose(reporter).toArray()).join('');
  else for await (const chunk of reporter(stream)) text += chunk;
  const out = [];
  let stackIndent = -1;
  for (const line of text.split(dir).join('<fixtures>').split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (stackIndent !== -1 && indent > stackIndent) continue;
    stackIndent = -1;
    if (/^\s*stack: \|-$/.test(line)) {
      stackIndent = indent;
      out.push(line.replace('|-', '<masked>'));
      continue;
    }
    if (/^\s+at /.test(line)) continue;
    out.push(line.replace(/duration_ms:? [\d.e-]+/, 'duration_ms <masked>').replace(/\([\d.e-]+ms\)/g, '(<ms>)'));
  }
  return out.join('\n');
}

module.exports = { printEvents, reporterText };
