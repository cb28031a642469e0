import { order } from './log.js';
import './second.js';
order.push('first runs');
export const value = 'first';
