// No exports at all.
