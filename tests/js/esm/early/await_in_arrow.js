export const f = () => {
  await Promise.resolve(1);
};
