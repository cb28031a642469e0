// An unhandled rejection with a non-Error reason: ERR_UNHANDLED_REJECTION, exit 1.
Promise.reject(42);
