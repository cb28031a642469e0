// import.meta: url, filename, dirname, resolve().
import { meta } from './meta/inner.js';
import path from 'node:path';

const here = path.dirname(new URL(import.meta.url).pathname);
console.log(Object.keys(import.meta));
console.log(import.meta.url.startsWith('file:///'), path.relative(here, import.meta.filename));
console.log(path.relative(here, import.meta.dirname) === '', import.meta === meta);
console.log(path.relative(here, meta.filename), path.relative(here, meta.dirname));
console.log(Object.getPrototypeOf(import.meta));
console.log(import.meta.resolve('./meta/inner.js') === meta.url);
console.log(import.meta.resolve('node:fs'), import.meta.resolve('fs'));
console.log(path.relative(here, new URL(import.meta.resolve('./not-there.js')).pathname));
