'use strict';
// node:stream/promises

const { pipelinePromise } = require('internal/streams/pipeline');
const { finishedPromise } = require('internal/streams/finished');

module.exports = {
  finished: finishedPromise,
  pipeline: pipelinePromise,
};
