import { ImportScreen } from '../../features/import/ImportScreen';
import { useImport } from '../../features/import/useImport';
import type { RouteProps } from './route-props';

export function ImportRoute({ client, refresh }: RouteProps) {
  const state = useImport(client, refresh);
  return <ImportScreen state={state} />;
}
