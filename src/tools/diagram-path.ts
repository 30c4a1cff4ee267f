import { join } from 'node:path';
import { projectRoot } from '../paths.js';

/** Where the committed diagram of a machine lives. */
export function diagramPath(name: string): string {
  return join(projectRoot(), 'docs', `${name}.machine.md`);
}
