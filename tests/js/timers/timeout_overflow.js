// A delay above 2**31-1 warns (TimeoutOverflowWarning) and becomes 1ms.
setTimeout(() => console.log('overflowed delay fired'), 2 ** 31);
