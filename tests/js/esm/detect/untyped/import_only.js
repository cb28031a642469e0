const result = typeof require;
export { result };
