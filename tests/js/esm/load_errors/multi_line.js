import {
  there,
  missing,
} from './named.cjs';
