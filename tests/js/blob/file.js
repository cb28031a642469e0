'use strict';
// File: a Blob with a name and lastModified.
const { attempt } = require('../fixtures/attempt');
const f = new File(['abc'], 'name.txt', { type: 'Text/Plain', lastModified: 42 });
console.log(f, f.name, f.lastModified, f.size, f.type, f instanceof Blob, f instanceof File);
console.log(Object.getOwnPropertyNames(File.prototype), File.length, Object.prototype.toString.call(f));
attempt('no name', () => new File(['a']));
attempt('no args', () => new File());
attempt('number name', () => new File(['a'], 1).name);
attempt('string lastModified', () => new File(['a'], 'n', { lastModified: 'x' }).lastModified);
attempt('fraction lastModified', () => new File(['a'], 'n', { lastModified: 1.9 }).lastModified);
attempt('negative lastModified', () => new File(['a'], 'n', { lastModified: -5 }).lastModified);
attempt('default lastModified', () => Math.abs(new File(['a'], 'n').lastModified - Date.now()) < 1000);
attempt('bad this', () => Object.getOwnPropertyDescriptor(File.prototype, 'name').get.call(new Blob()));
const part = f.slice(1);
console.log(part instanceof File, part instanceof Blob, part.size);
f.text().then((t) => console.log('text', t));
