// DOMException: names, codes, constants, brand checks, options bag and stack.
const e = new DOMException("boom", "AbortError");
console.log(e.name, e.message, e.code, e instanceof Error, Object.prototype.toString.call(e));
console.log(Object.getOwnPropertyNames(e), Object.getOwnPropertyNames(DOMException.prototype).length);
console.log(Object.getOwnPropertyNames(DOMException).join());
const d = Object.getOwnPropertyDescriptor(DOMException.prototype, "name"); console.log(d);
try { d.get.call({}) } catch (x) { console.log(x.name, x.code, x.message) }
console.log(new DOMException("x", {name: "DataCloneError", cause: 1}).cause, new DOMException("x", {name: "DataCloneError", cause: 1}).code);
console.log(new DOMException().name, JSON.stringify(new DOMException().message), new DOMException(undefined,undefined).name);
console.log(String(new DOMException("m","Foo")), new DOMException("m","Foo").code);
console.log(DOMException.length, DOMException.name, typeof DOMException.prototype.constructor);
try { DOMException() } catch (x) { console.log(x.name, x.code) }
console.log(Object.getPrototypeOf(DOMException.prototype) === Error.prototype, Object.getPrototypeOf(DOMException) === Function.prototype);
console.log(e.stack.split("\n")[0]);
console.log(require("util").inspect(e).split("\n")[0]);
console.log(Object.getOwnPropertyDescriptor(DOMException, "ABORT_ERR"), Object.keys(new DOMException("a")));
console.log(new DOMException({toString(){return "s"}}, 5).name);
