export * from './party.ts';
export * from './source.ts';
export * from './evidence.ts';
export * from './fact.ts';
export * from './record.ts';
export * from './watch.ts';
