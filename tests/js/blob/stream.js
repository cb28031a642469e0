// jolt-only: ReadableStream does not exist yet, so Blob.prototype.stream() throws naming it
'use strict';
try {
  new Blob(['x']).stream();
} catch (e) {
  console.log(e.name, e.code, e.message);
}
