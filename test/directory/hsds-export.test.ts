/**
 * `tsunagu directory export --format hsds` against the Open Referral HSDS 3.0 JSON Schemas, read from
 * ../shared/reference/hsds (never copied into the project).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv } from 'ajv';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';
import { directory } from '../support/directory.js';
import { runCli } from '../support/run-cli.js';

const HSDS = join(projectRoot(), '..', 'shared', 'reference', 'hsds');

function validators() {
  const ajv = new Ajv({ strict: false, allErrors: true });
  (addFormats as unknown as (a: Ajv) => void)(ajv);
  for (const file of readdirSync(HSDS).filter((f) => f.endsWith('.json'))) {
    ajv.addSchema({ ...JSON.parse(readFileSync(join(HSDS, file), 'utf8')), $id: file }, file);
  }
  return { service: ajv.getSchema('service.json')!, organization: ajv.getSchema('organization.json')! };
}

interface Export {
  hsds_version: string;
  organizations: Record<string, unknown>[];
  services: { id: string; name: string; phones: { number: string }[]; schedules: unknown[]; metadata: unknown[] }[];
}

const run = runCli(['directory', 'export', '--format', 'hsds']);
const doc = JSON.parse(run.stdout) as Export;

describe('HSDS 3.0 export', () => {
  it('exits 0 and has one service per channel', () => {
    expect(run.status).toBe(0);
    expect(doc.hsds_version).toBe('3.0');
    expect(doc.services).toHaveLength(directory.channels.length);
  });

  it('validates every service and organization against the HSDS schemas', () => {
    const { service, organization } = validators();
    const errors: string[] = [];
    for (const s of doc.services) if (!service(s)) errors.push(`${s.name}: ${JSON.stringify(service.errors?.slice(0, 2))}`);
    for (const o of doc.organizations) if (!organization(o)) errors.push(`${String(o.name)}: ${JSON.stringify(organization.errors?.slice(0, 2))}`);
    expect(errors).toEqual([]);
  });

  it('carries every phone number of the directory unchanged, with its source as metadata', () => {
    const exported = new Set(doc.services.flatMap((s) => s.phones.map((p) => p.number)));
    const phones = directory.channels.flatMap((c) => c.contacts.filter((k) => k.kind === 'phone').map((k) => k.value as string));
    for (const number of phones) expect(exported).toContain(number);
    expect(doc.services.every((s) => s.metadata.length > 0)).toBe(true);
  });

  it('uses unique, stable identifiers', () => {
    const ids = doc.services.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    const again = JSON.parse(runCli(['directory', 'export', '--format', 'hsds']).stdout) as Export;
    expect(again.services.map((s) => s.id)).toEqual(ids);
  });

  it('rejects an unknown format with one line and exit 2', () => {
    const bad = runCli(['directory', 'export', '--format', 'csv']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('csv');
    expect(bad.stderr).toContain('hsds');
  });
});
