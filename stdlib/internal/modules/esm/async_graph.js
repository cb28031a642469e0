'use strict';
// The spec's evaluation of async module graphs past their start
// (AsyncModuleExecutionFulfilled / Rejected), loaded with the first module
// that has top-level await; see evaluate() in ./loader.

const {
  internals: { finish, runBody, settle, explainScopeError, ERRORED },
} = require('internal/modules/esm/loader');

// Starts a module with top-level await.
function executeAsync(record) {
  record.started = true;
  record.generator.next().then(() => asyncFulfilled(record), (err) => asyncRejected(record, err));
}

function asyncFulfilled(record) {
  if (record.state === ERRORED) return;
  finish(record);
  const ready = [];
  gatherReady(record, ready);
  ready.sort((a, b) => a.asyncOrder - b.asyncOrder);
  for (const m of ready) {
    if (m.state === ERRORED) continue;
    if (m.async) {
      executeAsync(m);
      continue;
    }
    m.started = true;
    try {
      runBody(m);
    } catch (err) {
      asyncRejected(m, err);
      continue;
    }
    finish(m);
  }
}

// The importers of `record` that wait for nothing more, and through the
// synchronous ones theirs.
function gatherReady(record, ready) {
  for (const m of record.asyncParents) {
    if (ready.includes(m) || m.state === ERRORED) continue;
    if (--m.waiting !== 0) continue;
    ready.push(m);
    if (!m.async) gatherReady(m, ready);
  }
}

function asyncRejected(record, err) {
  if (record.state === ERRORED) return;
  record.state = ERRORED;
  record.error = explainScopeError(err, record);
  for (const m of record.asyncParents) asyncRejected(m, record.error);
  settle(record);
}

module.exports = { executeAsync };
