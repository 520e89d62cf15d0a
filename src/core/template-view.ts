/** The NPCC toolkit as a template: themes → work streams → actions a force can adopt. */
import type { ItemId, PersonRef } from './model';

export type TemplateLine = Readonly<{ id: ItemId; text: string; sourceKey: string; adopted: number }>;
export type TemplateStream = Readonly<{ id: ItemId; title: string; level: 'strategic' | 'tactical' | null; lines: readonly TemplateLine[] }>;
export type TemplateTheme = Readonly<{ id: ItemId; name: string; streams: readonly TemplateStream[] }>;

export type AdoptRequest = Readonly<{
  templateIds: readonly ItemId[];
  /** the plan objective the new actions belong to */
  objectiveId: ItemId;
  owner: PersonRef | null;
  dueText: string | null;
}>;

export type AdoptResult = Readonly<{ created: number; existing: number }>;
