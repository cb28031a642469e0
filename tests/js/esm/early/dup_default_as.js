export default function f() {}
export { f as default };
