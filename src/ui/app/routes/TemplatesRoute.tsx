import { useCallback } from 'react';
import { TemplatesScreen } from '../../features/templates/TemplatesScreen';
import { useTemplates } from '../../features/templates/useTemplates';
import type { RouteProps } from './route-props';

export function TemplatesRoute({ client, refreshKey, refresh }: RouteProps) {
  const state = useTemplates(client, true, refreshKey, refresh);
  const searchPeople = useCallback((text: string) => client.people(text), [client]);
  return <TemplatesScreen state={state} searchPeople={searchPeople} />;
}
