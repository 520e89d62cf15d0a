import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { readImportStatus } from '../../src/import/status-words';
import { importInto, SqliteStore } from './helpers';

/** A workbook in the shape Planner's "Export plan to Excel" writes: lines about the plan, then the tasks. */
async function plannerExport(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Governance actions');
  sheet.addRow(['Plan name', 'Governance actions']);
  sheet.addRow(['Plan ID', 'xqQg5FS2LkCp935s-FIFm2QAFkHM']);
  sheet.addRow(['Date of export', new Date(Date.UTC(2024, 4, 1))]);
  sheet.addRow([]);
  sheet.addRow(['Task ID', 'Task Name', 'Bucket Name', 'Progress', 'Priority', 'Assigned To', 'Created By', 'Created Date', 'Start date', 'Due date', 'Is Recurring', 'Late', 'Completed Date', 'Completed By', 'Completed Checklist Items', 'Checklist Items', 'Labels', 'Description']);
  const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
  sheet.addRow(['t1', 'Refresh the custody training package', 'Custody', 'In progress', 'Important', 'T/Supt. Service', 'Morgan Ellis', d(2024, 1, 8), d(2024, 2, 1), d(2024, 6, 30), false, false, null, null, '1/3', 'Draft;Review;Sign off', 'Training', 'Draft with L&OD']);
  sheet.addRow(['t2', 'Audit detention logs', 'Custody', 'Not started', 'Medium', 'T/Supt. Service;Morgan Ellis', 'Morgan Ellis', d(2024, 1, 8), null, d(2024, 9, 30), false, false, null, null, '', '', '', '']);
  sheet.addRow(['t3', 'Publish the stop and search dashboard', 'Stop and search', 'Completed', 'Urgent', '', 'Morgan Ellis', d(2024, 1, 9), null, d(2024, 3, 31), false, false, d(2024, 3, 28), 'Morgan Ellis', '', '', '', '']);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

/**
 * A list made from Microsoft Lists' "Work progress tracker" template, as "Export to Excel" writes
 * it: the template's columns (Title, Description, Priority, Progress, Assigned to, Start date,
 * Due date, Notes), then SharePoint's own Item Type and Path.
 */
async function listsExport(): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('query');
  sheet.addRow(['Title', 'Description', 'Priority', 'Progress', 'Assigned to', 'Start date', 'Due date', 'Notes', 'Item Type', 'Path']);
  const d = (y: number, m: number, day: number): Date => new Date(Date.UTC(y, m - 1, day));
  const path = 'sites/governance/Lists/Work progress tracker';
  sheet.addRow(['Review the custody policy', 'Bring the policy in line with the 2023 guidance', 'High', 'Behind', 'T/Supt. Service', d(2024, 1, 15), d(2024, 4, 30), 'Waiting on legal advice', 'Item', path]);
  sheet.addRow(['Train custody sergeants', 'All sergeants, two sessions each', 'Medium', 'In progress', 'T/Supt. Service', d(2024, 2, 1), d(2024, 7, 31), null, 'Item', path]);
  sheet.addRow(['Publish the audit', null, 'Low', 'Completed', null, null, d(2024, 3, 31), 'Published on the intranet', 'Item', path]);
  sheet.addRow(['Replace the cell call system', 'Procurement through the regional framework', 'High', 'Not started', null, null, null, null, 'Item', path]);
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}

describe('imports from real trackers', () => {
  it('reads progress words as lifecycle with RAG not set, and RAG words as RAG, cell by cell', () => {
    expect(readImportStatus('In progress')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('Completed')).toMatchObject({ rag: null, lifecycle: 'closed' });
    expect(readImportStatus('Done')).toMatchObject({ rag: null, lifecycle: 'closed' });
    expect(readImportStatus('Cancelled')).toMatchObject({ rag: null, lifecycle: 'superseded' });
    expect(readImportStatus('On hold')).toMatchObject({ rag: null, lifecycle: 'open' });
    expect(readImportStatus('amber')).toMatchObject({ rag: 'AMBER', lifecycle: null });
    expect(readImportStatus('NEW GREEN')).toMatchObject({ rag: 'GREEN', markedNew: true });
    expect(readImportStatus('Blocked')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('Open')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('Late')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('Closed')).toEqual({ rag: null, lifecycle: 'closed', markedNew: false });
    // Microsoft Lists' templates: Work progress tracker's Progress, Issue tracker's Status
    expect(readImportStatus('Behind')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('New')).toEqual({ rag: null, lifecycle: 'open', markedNew: false });
    expect(readImportStatus('Won’t fix')).toMatchObject({ rag: null, lifecycle: 'superseded' });
    expect(readImportStatus('Duplicate')).toMatchObject({ rag: null, lifecycle: 'superseded' });
    expect(readImportStatus('By design')).toMatchObject({ rag: null, lifecycle: 'superseded' });
    expect(() => readImportStatus('Purple', 'Status')).toThrow(/^Status: unknown status; allowed: GREEN, AMBER, RED, WHITE \(RAG\); Not started, In progress/);
  });

  it('imports a file whose Status column says "In progress"', async () => {
    const store = new SqliteStore();
    const csv = ['Objective,Action,Status,Due,Owner', 'OD1,Draft the plan,In progress,Aug-24,DS', 'OD1,Agree the plan,AMBER,Sep-24,DS', 'OD1,Launch,Complete,Jul-24,DS'].join('\n');
    const { plan, result } = await importInto(store, 'status.csv', csv);
    expect(plan.rejected).toEqual([]);
    expect(result?.created).toBe(3);
    const actions = (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items;
    expect(actions.map((a) => [a.title, a.lifecycle, a.rag])).toEqual([
      ['Draft the plan', 'open', null],
      ['Agree the plan', 'open', 'AMBER'],
      ['Launch', 'closed', null],
    ]);
    store.close();
  });

  it('re-importing a progress word leaves the item’s RAG as it is; only a RAG word sets RAG', async () => {
    const store = new SqliteStore();
    const file = (draft: string, agree: string): string => ['Objective,Action,Status', `OD1,Draft the plan,${draft}`, `OD1,Agree the plan,${agree}`].join('\n');
    const state = async (): Promise<unknown[]> =>
      (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items.map((a) => [a.title, a.lifecycle, a.rag]);
    await importInto(store, 'plan.csv', file('AMBER', 'RED'));
    const progress = await importInto(store, 'plan.csv', file('In progress', 'RED'));
    expect(progress.result).toMatchObject({ created: 0, updated: 0, unchanged: 2 });
    expect(await state()).toEqual([['Draft the plan', 'open', 'AMBER'], ['Agree the plan', 'open', 'RED']]);
    const closed = await importInto(store, 'plan.csv', file('Closed', 'GREEN'));
    expect(closed.plan.changes).toEqual([
      expect.objectContaining({ op: 'update', row: 2, fields: ['lifecycle'] }),
      expect.objectContaining({ op: 'update', row: 3, fields: ['rag'] }),
    ]);
    expect(await state()).toEqual([['Draft the plan', 'closed', 'AMBER'], ['Agree the plan', 'open', 'GREEN']]);
    store.close();
  });

  it('a file of Blocked, Open, Late and Closed imports, each word setting the lifecycle and leaving RAG not set', async () => {
    const store = new SqliteStore();
    const csv = ['Objective,Action,Status', 'OD1,Wait for funding,Blocked', 'OD1,Draft,Open', 'OD1,Agree,Late', 'OD1,Launch,Closed', 'OD1,Report,RED'].join('\n');
    const { plan, result } = await importInto(store, 'words.csv', csv);
    expect(plan.rejected).toEqual([]);
    expect(result?.created).toBe(5);
    const actions = (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items;
    expect(actions.map((a) => [a.title, a.lifecycle, a.rag])).toEqual([
      ['Wait for funding', 'open', null],
      ['Draft', 'open', null],
      ['Agree', 'open', null],
      ['Launch', 'closed', null],
      ['Report', 'open', 'RED'],
    ]);
    store.close();
  });

  it('a Microsoft Lists export imports as actions, keeping both its Description and its Notes', async () => {
    const store = new SqliteStore();
    const { plan, result } = await importInto(store, 'Work progress tracker.xlsx', await listsExport());
    expect(plan.kind).toBe('actions');
    expect(plan.rejected).toEqual([]);
    expect(result).toMatchObject({ created: 4, updated: 0 });
    expect(plan.ignoredColumns).toEqual(['Priority', 'Start date', 'Item Type', 'Path']);
    const actions = (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items;
    expect(actions.map((a) => ({ title: a.title, lifecycle: a.lifecycle, rag: a.rag, due: a.dueDate, owner: a.owner?.displayName ?? null, progress: a.progress }))).toEqual([
      { title: 'Review the custody policy', lifecycle: 'open', rag: null, due: '2024-04-30', owner: 'T/Supt. Service', progress: 'Bring the policy in line with the 2023 guidance\n\nWaiting on legal advice' },
      { title: 'Train custody sergeants', lifecycle: 'open', rag: null, due: '2024-07-31', owner: 'T/Supt. Service', progress: 'All sergeants, two sessions each' },
      { title: 'Publish the audit', lifecycle: 'closed', rag: null, due: '2024-03-31', owner: null, progress: 'Published on the intranet' },
      { title: 'Replace the cell call system', lifecycle: 'open', rag: null, due: null, owner: null, progress: 'Procurement through the regional framework' },
    ]);
    const again = await importInto(store, 'Work progress tracker.xlsx', await listsExport());
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 4 });
    store.close();
  });

  it('beside a Comment column a Lists Description is kept as the notes after it', async () => {
    const store = new SqliteStore();
    const csv = ['Title,Assigned to,Status,Description,Comment', 'Draft the plan,DS,In progress,Scope agreed,Second draft out'].join('\n');
    const { plan } = await importInto(store, 'issues.csv', csv);
    expect(plan.rejected).toEqual([]);
    expect(plan.changes).toEqual([expect.objectContaining({ op: 'create', record: expect.objectContaining({ progress: 'Second draft out\n\nScope agreed' }) })]);
    store.close();
  });

  it('an unknown word is a row-numbered error; a wholly unknown vocabulary is said once, with the column', async () => {
    const store = new SqliteStore();
    const one = ['Objective,Action,Status', 'OD1,Draft,In progress', 'OD1,Agree,Pending'].join('\n');
    const { plan } = await importInto(store, 'one.csv', one, { preview: true });
    expect(plan.rejected).toEqual([
      expect.objectContaining({ row: 3, field: 'Status', value: 'Pending', problem: expect.stringMatching(/^unknown status; allowed: GREEN/) }),
    ]);
    const all = ['Objective,Action,State', 'OD1,Draft,Pending', 'OD1,Agree,Assigned', 'OD1,Launch,Pending'].join('\n').replace('State', 'Status');
    await expect(importInto(store, 'all.csv', all, { preview: true })).rejects.toMatchObject({
      code: 'IMPORT_FORMAT',
      message: expect.stringMatching(/^column C "Status": none of its 3 statuses is a word we know \(found "Pending", "Assigned"\); allowed: GREEN/),
    });
    store.close();
  });

  it('a Planner export imports cleanly as actions, unedited', async () => {
    const store = new SqliteStore();
    const { plan, result, warnings } = await importInto(store, 'Governance actions.xlsx', await plannerExport());
    expect(plan.kind).toBe('actions');
    expect(plan.rejected).toEqual([]);
    expect(result).toMatchObject({ created: 3, updated: 0 });
    expect(plan.ignoredColumns).toEqual(['Task ID', 'Priority', 'Created By', 'Created Date', 'Start date', 'Is Recurring', 'Late', 'Completed Date', 'Completed By', 'Completed Checklist Items', 'Checklist Items', 'Labels']);
    const actions = (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items;
    expect(actions.map((a) => ({ title: a.title, lifecycle: a.lifecycle, rag: a.rag, due: a.dueDate, ownerText: a.ownerText, owner: a.owner?.displayName ?? null, progress: a.progress }))).toEqual([
      { title: 'Refresh the custody training package', lifecycle: 'open', rag: null, due: '2024-06-30', ownerText: 'T/Supt. Service', owner: 'T/Supt. Service', progress: 'Draft with L&OD' },
      { title: 'Audit detention logs', lifecycle: 'open', rag: null, due: '2024-09-30', ownerText: 'T/Supt. Service;Morgan Ellis', owner: 'T/Supt. Service', progress: null },
      { title: 'Publish the stop and search dashboard', lifecycle: 'closed', rag: null, due: '2024-03-31', ownerText: null, owner: null, progress: null },
    ]);
    // buckets become the objectives the actions sit under
    const objectives = (await store.query('workstreams', { where: [{ field: 'kind', op: 'eq', value: 'objective' }] })).items;
    expect(objectives.map((o) => o.title).sort()).toEqual(['Custody', 'Stop and search']);
    expect(warnings).toEqual([
      'row 7: Assigned To: names 2 people ("T/Supt. Service;Morgan Ellis"); kept as written, and "T/Supt. Service" (T/Supt. Service) is the owner',
    ]);
    const again = await importInto(store, 'Governance actions.xlsx', await plannerExport());
    expect(again.result).toMatchObject({ created: 0, updated: 0, unchanged: 3 });
    store.close();
  });

  it('several owners in one cell are kept as written, the first resolved, with a warning', async () => {
    const store = new SqliteStore();
    const csv = ['Objective,Action,Owner', 'OD1,Draft,DS; Director of HR', 'OD1,Agree,Someone Unknown; DS'].join('\n');
    const { result, warnings } = await importInto(store, 'owners.csv', csv);
    expect(result?.created).toBe(2);
    const [a, b] = (await store.query('actions', { where: [{ field: 'kind', op: 'eq', value: 'action' }] })).items;
    expect([a?.ownerText, a?.owner?.displayName]).toEqual(['DS; Director of HR', 'T/Supt. Service']);
    expect([b?.ownerText, b?.owner]).toEqual(['Someone Unknown; DS', null]);
    expect(warnings).toEqual([
      'row 2: Owner: names 2 people ("DS; Director of HR"); kept as written, and "DS" (T/Supt. Service) is the owner',
      'row 3: Owner: names 2 people ("Someone Unknown; DS"); kept as written, and "Someone Unknown" is not in the directory, so no person is set',
    ]);
    store.close();
  });
});
