// headersTimeout defaults to the smaller of 60 s and requestTimeout, and
// may not exceed it when both are set.
'use strict';
const http = require('http');
const cases = [
  {}, { requestTimeout: 20000 }, { requestTimeout: 100000 }, { requestTimeout: 0 },
  { headersTimeout: 0, requestTimeout: 10 }, { requestTimeout: 0, headersTimeout: 70000 },
  { headersTimeout: 10000, requestTimeout: 1000 }, { requestTimeout: 10, headersTimeout: undefined },
];
for (const o of cases) {
  try {
    const s = http.createServer(o);
    console.log(JSON.stringify(o), s.headersTimeout, s.requestTimeout);
  } catch (e) {
    console.log(JSON.stringify(o), e.code, e.message);
  }
}
