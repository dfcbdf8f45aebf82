/** The public library API (the CLI imports only this). */
export * from '../schemas/index.js';
export * from './clean/index.js';
