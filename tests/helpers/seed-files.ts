import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../../src/seed/data/', import.meta.url));

/** Reads one of the project's seed files as untyped JSON (tests treat it as an oracle). */
export function readSeed(name: string): Record<string, unknown> | unknown[] {
  return JSON.parse(readFileSync(dir + name, 'utf8')) as Record<string, unknown> | unknown[];
}

type DueSample = { text: string | null; oracle: string | null; where: string };

/** Every (dueText, dueDate) pair in the seed data, with where it came from. */
export function seedDueSamples(): DueSample[] {
  /* eslint-disable @typescript-eslint/no-explicit-any -- walking raw JSON */
  const out: DueSample[] = [];
  for (const r of readSeed('workstreams.json') as any[]) {
    for (const d of r.deliverables) {
      out.push({ text: d.dueText, oracle: d.dueDate, where: `${r.id}: ${d.title}` });
    }
  }
  for (const s of (readSeed('action-plan-2012.json') as any).strands) {
    for (const o of s.objectives) {
      for (const a of o.actions) {
        out.push({ text: a.dueText, oracle: a.dueDate, where: a.ref });
      }
    }
  }
  for (const r of (readSeed('hmicfrs-recommendations.json') as any).reports) {
    for (const i of r.items) {
      out.push({ text: i.dueText, oracle: i.dueDate, where: `${r.id} #${i.number}` });
      for (const p of i.parts ?? []) {
        out.push({ text: p.dueText, oracle: p.dueDate, where: `${r.id} #${i.number} part` });
      }
    }
  }
  /* eslint-enable @typescript-eslint/no-explicit-any */
  return out;
}
