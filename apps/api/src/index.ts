import 'reflect-metadata';

export type { ApiOptions } from './app/api-options';
export { createApiApp } from './app/create-api-app';
export { apiLogger } from './app/api-logger';
export { API_KEY_CACHE_TTL_MS } from './access/api-key-cache';
