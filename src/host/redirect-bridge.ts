/**
 * MSAL v5's redirect bridge: the popup lands here (same origin, no COOP header) and hands
 * the response back to the tab that opened it.
 */
import { broadcastResponseToMainFrame } from '@azure/msal-browser/redirect-bridge';

void broadcastResponseToMainFrame();
