/** Steps of the closure panel that the local and the Microsoft 365 e2e suites both take. */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

export const closurePanel = (page: Page) => page.getByTestId('closure-panel');
export const historyText = (page: Page) => page.getByTestId('history').innerText();

/** The secretary or lead returns the proposal with a reason; waits for the notice and the history line. */
export async function returnWithReason(page: Page, reason: string): Promise<void> {
  await closurePanel(page).getByLabel('Reason for returning it').fill(reason);
  await closurePanel(page).getByRole('button', { name: 'Return with reason' }).click();
  await expect.poll(() => closurePanel(page).getByTestId('closure-notice').innerText(), { timeout: 20_000 }).toContain('open again');
  await expect.poll(() => historyText(page), { timeout: 20_000 }).toContain(`Closure returned: ${reason}`);
}
