// process.exit() inside an 'unhandledRejection' listener.
process.on('unhandledRejection', (reason) => {
  console.log('handler got:', reason);
  process.exit(5);
});
Promise.reject('no');
