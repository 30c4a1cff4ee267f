/** `npm run flows:diagram`: writes docs/<machine>.md with a Mermaid diagram of each machine in flows/. */
import { writeFileSync } from 'node:fs';
import { referralMachine } from '../../flows/referral.machine.js';
import { diagramPath } from './diagram-path.js';
import { diagramDocument } from './mermaid.js';

export const MACHINES = { referral: referralMachine } as const;

for (const [name, machine] of Object.entries(MACHINES)) {
  writeFileSync(diagramPath(name), diagramDocument(name, machine));
  process.stdout.write(`wrote ${diagramPath(name)}\n`);
}
