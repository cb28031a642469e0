'use strict';
// A socket connected again after it closed counts bytesRead / bytesWritten
// from zero (as soon as connect() is called).
const net = require('net');
let n = 0;
const s=net.createServer((c)=>{c.end('hello')}).listen(0,'127.0.0.1',()=>{
  const c=net.connect(s.address().port,'127.0.0.1');
  c.on('data',()=>{}); 
  c.on('close',()=>{console.log('close read',c.bytesRead,'written',c.bytesWritten); if(++n<2){c.connect(s.address().port,'127.0.0.1'); console.log('after connect()',c.bytesRead,c.bytesWritten)} else s.close()});
  c.on('connect',()=>{console.log('connect',c.bytesRead,c.bytesWritten);c.end('abc')});
});
