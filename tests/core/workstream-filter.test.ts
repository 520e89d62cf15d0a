import { describe, expect, it } from 'vitest';
import type { ItemId } from '../../src/core/model';
import { ALL_WORKSTREAMS, filterWorkstreams, type WorkstreamSummary } from '../../src/core/workstream-view';

const stream = (id: number, title: string, board: string | null, projectRag: WorkstreamSummary['projectRag'], benefitRag: WorkstreamSummary['benefitRag']): WorkstreamSummary => ({
  id: id as ItemId,
  title,
  programme: 'E&I',
  board,
  ownerText: null,
  owner: null,
  projectRag,
  benefitRag,
  lastReportDate: null,
  deliverables: { GREEN: 0, AMBER: 0, RED: 0, WHITE: 0, none: 0 } as never,
});

describe('filtering workstreams', () => {
  const streams = [stream(1, 'Leadership & Culture', 'E&I board', null, 'GREEN'), stream(2, 'Recruitment', 'E&I board', 'AMBER', 'AMBER'), stream(3, 'Wellbeing', 'People board', 'RED', null)];
  const titles = (f: Partial<typeof ALL_WORKSTREAMS>): string[] => filterWorkstreams(streams, { ...ALL_WORKSTREAMS, ...f }).map((w) => w.title);

  it('by words, board, and either RAG', () => {
    expect(titles({})).toHaveLength(3);
    expect(titles({ text: 'culture leadership' })).toEqual(['Leadership & Culture']);
    expect(titles({ board: 'People board' })).toEqual(['Wellbeing']);
    expect(titles({ rag: 'GREEN' })).toEqual(['Leadership & Culture']);
    expect(titles({ rag: 'none' })).toEqual(['Leadership & Culture', 'Wellbeing']);
    expect(titles({ rag: 'AMBER', board: 'People board' })).toEqual([]);
  });
});
