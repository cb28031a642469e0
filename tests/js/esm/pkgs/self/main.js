import { helper } from 'self-pkg/helper';
import internal from '#internal';
import { kind } from '#dep';
export const result = `${helper} + ${internal} + ${kind}`;
