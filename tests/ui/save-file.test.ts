import { describe, expect, it } from 'vitest';
import type { FileShelf } from '../../src/ports/file-shelf';
import { chooseSaver, downloadFile, isTeamsMobile } from '../../src/ui/shared/save-file';

describe('how the tab hands over a file it made', () => {
  const shelf: FileShelf & { names: string[] } = {
    names: [],
    async put(name) {
      this.names.push(name);
      return { url: `https://contoso.sharepoint.com/sites/governance/Documents/${name}?web=1` };
    },
  };

  it('on Teams mobile: puts it on the site and opens it through Teams, since a tab there cannot download', async () => {
    const opened: string[] = [];
    const save = chooseSaver('android', shelf, async (url) => void opened.push(url));
    const saved = await save({ name: 'my-items.xlsx', bytes: new Uint8Array([1, 2]), type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
    expect(saved).toEqual({ kind: 'opened', url: 'https://contoso.sharepoint.com/sites/governance/Documents/my-items.xlsx?web=1' });
    expect(opened).toEqual([saved.kind === 'opened' ? saved.url : '']);
    expect(shelf.names).toEqual(['my-items.xlsx']);
  });

  it('on a computer (Teams desktop or web, or a browser), and wherever there is no shelf: a download', () => {
    expect(chooseSaver('desktop', shelf, async () => undefined)).toBe(downloadFile);
    expect(chooseSaver('web', shelf, async () => undefined)).toBe(downloadFile);
    expect(chooseSaver(null, shelf, null)).toBe(downloadFile);
    expect(chooseSaver('ios', null, async () => undefined)).toBe(downloadFile);
  });

  it('knows the Teams mobile clients', () => {
    expect(['android', 'ios', 'ipados'].every(isTeamsMobile)).toBe(true);
    expect(['desktop', 'web', 'teamsRoomsWindows', null].some((c) => isTeamsMobile(c as string | null))).toBe(false);
  });
});
