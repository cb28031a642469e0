const value = 'default via as';
export { value as default };
