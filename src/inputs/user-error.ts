/** UserError lives in src/errors/ (a leaf every stage may import); this path stays for existing imports. */
export { UserError, inputError } from '../errors/user-error.js';
