import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { referralMachine } from '../../flows/referral.machine.js';
import { diagramDocument } from '../../src/tools/mermaid.js';
import { diagramPath } from '../../src/tools/diagram-path.js';

describe('committed flow diagrams', () => {
  it('docs/referral.machine.md matches the machine (run `npm run flows:diagram` after changing flows/)', () => {
    expect(readFileSync(diagramPath('referral'), 'utf8')).toBe(diagramDocument('referral', referralMachine));
  });

  it('the diagram shows every state of the machine', () => {
    const doc = diagramDocument('referral', referralMachine);
    for (const state of Object.keys(referralMachine.root.states)) expect(doc).toContain(state);
  });
});
