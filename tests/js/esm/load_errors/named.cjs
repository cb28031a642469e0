exports.there = 1;
