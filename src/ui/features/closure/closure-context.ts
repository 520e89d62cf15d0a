/**
 * The closure client for the editor's closure panel: the panel is registered in the editor's
 * panels slot (editor-panels.ts), whose props are the same for every panel, so the client it
 * needs comes from here. Absent (null): no closure panel.
 */
import { createContext, useContext } from 'react';
import type { ClosureClient } from '../../../ports/closure-client';

export const ClosureClientContext = createContext<ClosureClient | null>(null);

export const useClosureClient = (): ClosureClient | null => useContext(ClosureClientContext);
