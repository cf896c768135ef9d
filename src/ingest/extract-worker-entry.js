// Worker threads start from plain JavaScript; this loads tsx so the TypeScript worker can run.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./extract-worker.ts');
export default worker.default;
