/**
 * Who is writing: each distinct role cue adds its weight (seeds/lexicon/roles.yaml: "my student"/生徒 ->
 * professional, "my daughter"/娘 -> parent, "neighbour's kid"/近所の子 -> bystander, "my mom hits me"/親に ->
 * child ...), and the writer's own stated age adds the weight of the matching selfAge rule (14 -> child,
 * 19 -> young-adult). No cue at all gives null; ties go to the role listed first in `priority`.
 */
import type { Role } from '../ids.js';
import type { Lexicon, RolePayload } from './lexicon.js';
import type { Hit } from './match.js';

export interface RoleResult {
  readonly role: Role | null;
  readonly evidence: readonly string[];
  readonly scores: Readonly<Partial<Record<Role, number>>>;
}

export function inferRole(hits: readonly Hit<RolePayload>[], selfAge: number | null, lexicon: Lexicon): RoleResult {
  const scores = new Map<Role, number>();
  const evidence = new Map<Role, string[]>();
  const seen = new Map<string, number>();
  const add = (role: Role, weight: number, term: string): void => {
    scores.set(role, (scores.get(role) ?? 0) + weight);
    const list = evidence.get(role) ?? [];
    if (!list.includes(term)) list.push(term);
    evidence.set(role, list);
  };
  for (const hit of hits) {
    for (const p of hit.payloads) {
      const key = `${p.role}\u0000${hit.term}`;
      const before = seen.get(key) ?? 0;
      if (p.weight <= before) continue;
      seen.set(key, p.weight);
      add(p.role, p.weight - before, hit.term);
    }
  }
  if (selfAge !== null) {
    for (const rule of lexicon.data.roles.selfAge) {
      if (selfAge >= rule.min && selfAge <= rule.max) add(rule.role, rule.weight, `self-age:${selfAge}`);
    }
  }
  const priority = lexicon.data.roles.priority;
  const ranked = [...scores.entries()]
    .filter(([, s]) => s > 0)
    .sort((a, b) => b[1] - a[1] || priority.indexOf(a[0]) - priority.indexOf(b[0]));
  const first = ranked[0];
  const out: Partial<Record<Role, number>> = {};
  for (const [r, s] of ranked) out[r] = s;
  if (first === undefined) return { role: null, evidence: [], scores: out };
  return { role: first[0], evidence: evidence.get(first[0]) ?? [], scores: out };
}
