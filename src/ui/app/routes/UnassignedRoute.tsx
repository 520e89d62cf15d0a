import { useCallback } from 'react';
import { UnassignedScreen } from '../../features/unassigned/UnassignedScreen';
import { useUnassigned } from '../../features/unassigned/useUnassigned';
import type { RouteProps } from './route-props';

export function UnassignedRoute({ client, asOf, refreshKey, refresh, me }: RouteProps) {
  const state = useUnassigned(client, asOf, refreshKey, true, refresh);
  const searchPeople = useCallback((text: string) => client.people(text), [client]);
  return <UnassignedScreen state={state} asOf={asOf} searchPeople={searchPeople} canAssign={me?.role === 'secretary' || me?.role === 'lead'} />;
}
