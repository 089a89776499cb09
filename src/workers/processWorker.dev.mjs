// Worker threads do not inherit the parent's --import hooks on Node 20: when the pool runs from
// the TypeScript sources (tests, tsx), this registers tsx in the worker before loading them.
import { register } from 'tsx/esm/api';

register();
await import('./processWorker.ts');
