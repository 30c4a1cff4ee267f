/**
 * DESIGN.md section 2 rules, checked on the source: the core imports no platform SDK, no HTTP and no store
 * implementation; adapters never import each other.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/paths.js';

const root = projectRoot();

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const importsOf = (file: string) =>
  [...readFileSync(file, 'utf8').matchAll(/^\s*(?:import|export)\s[^'"]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => m[1]!);

const CORE = ['src/directory', 'src/referral', 'src/understanding', 'src/conversation', 'flows'];
const FORBIDDEN_IN_CORE = [/^@slack\//, /^botbuilder/, /^express$/, /^node:http/, /^better-sqlite3$/, /^redis$/, /^ioredis$/, /\/store\/(?!store\.js$)/, /\/channels\//, /\/server\//];

describe('layering', () => {
  it('the core imports no platform SDK, no HTTP and no store implementation', () => {
    const bad = CORE.flatMap((dir) => files(join(root, dir))).flatMap((file) =>
      importsOf(file).filter((spec) => FORBIDDEN_IN_CORE.some((re) => re.test(spec))).map((spec) => `${relative(root, file)} imports ${spec}`),
    );
    expect(bad).toEqual([]);
  });

  it('channel adapters never import each other', () => {
    const channels = readdirSync(join(root, 'src', 'channels'));
    const bad = channels.flatMap((channel) =>
      files(join(root, 'src', 'channels', channel)).flatMap((file) =>
        importsOf(file)
          .filter((spec) => channels.some((other) => other !== channel && (spec.includes(`/${other}/`) || spec.startsWith(`../${other}`))))
          .map((spec) => `${relative(root, file)} imports ${spec}`),
      ),
    );
    expect(bad).toEqual([]);
  });

  it('the CLI loads no Slack or Teams code', () => {
    const cli = files(join(root, 'src', 'cli')).flatMap(importsOf);
    expect(cli.filter((spec) => /slack|botbuilder|teams/.test(spec))).toEqual([]);
  });
});
