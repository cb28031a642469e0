import def, { alpha, missingName as renamed } from '../cjs/plain.cjs';
