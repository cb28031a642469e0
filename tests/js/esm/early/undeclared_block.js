if (true) {
  let blockScoped = 1;
}
export { blockScoped };
