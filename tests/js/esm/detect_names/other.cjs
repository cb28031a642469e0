exports.o = 1; exports.p = 2;
