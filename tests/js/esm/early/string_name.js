export { "str name" };
