/** What the Action plans screen shows: strands → objectives → actions, and their coverage. */
import type { ItemId } from './model';
import type { TrackedItem } from './tracked-item';

export type PlanAction = Readonly<{ item: TrackedItem; protectedCharacteristics: readonly string[]; equalityDuties: readonly string[] }>;

export type PlanObjective = Readonly<{ id: ItemId; ref: string | null; text: string; ownerText: string | null; sources: readonly string[]; actions: readonly PlanAction[] }>;

export type PlanStrand = Readonly<{ id: ItemId; ref: string | null; name: string; champion: string | null; objectives: readonly PlanObjective[] }>;

export type PlanSummary = Readonly<{ boardId: ItemId; title: string; strands: number; objectives: number; actions: number }>;

/** For each of the nine characteristics and three duties: how many actions address it. */
export type Coverage = Readonly<{ characteristics: Readonly<Record<string, number>>; duties: Readonly<Record<string, number>> }>;

export type PlanDetail = PlanSummary & Readonly<{ strandList: readonly PlanStrand[]; coverage: Coverage }>;

export function coverageOf(actions: readonly PlanAction[], characteristics: readonly string[], duties: readonly string[]): Coverage {
  const count = (names: readonly string[], pick: (a: PlanAction) => readonly string[]): Record<string, number> =>
    Object.fromEntries(names.map((n) => [n, actions.filter((a) => pick(a).includes(n)).length]));
  return { characteristics: count(characteristics, (a) => a.protectedCharacteristics), duties: count(duties, (a) => a.equalityDuties) };
}
