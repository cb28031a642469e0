'use strict';
// path.format for both flavours: only the separator differs. Loaded on the
// first call, as few programs format paths.

function formatPath(separator, pathObject) {
  if (pathObject === null || typeof pathObject !== 'object') {
    const { codes } = require('internal/errors');
    throw new codes.ERR_INVALID_ARG_TYPE('pathObject', 'object', pathObject);
  }
  const head = pathObject.dir || pathObject.root;
  let tail = pathObject.base;
  if (!tail) {
    let ext = pathObject.ext || '';
    if (ext && ext[0] !== '.') ext = `.${ext}`;
    tail = `${pathObject.name || ''}${ext}`;
  }
  if (!head) return tail;
  return head === pathObject.root ? `${head}${tail}` : `${head}${separator}${tail}`;
}

module.exports = { formatPath };
