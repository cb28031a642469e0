// Required by ../namespace_exotic.js: require() adds __esModule.
export default function named() {}
export const a = 1;
