/**
 * Builds the app package an admin uploads: manifest.json and the two icons, zipped, after
 * validating the manifest offline against Microsoft's bundled JSON schema.
 */
import { AppManifestUtils } from '@microsoft/app-manifest';
import { zipSync } from 'fflate';
import type { M365Settings } from '../src/config/settings';
import { buildManifest } from './build-manifest';
import { colorIcon, outlineIcon } from './icons';

export async function validateManifest(manifest: Record<string, unknown>): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never);
}

export async function buildPackage(settings: M365Settings): Promise<Uint8Array> {
  const manifest = buildManifest(settings);
  const errors = await validateManifest(manifest);
  if (errors.length > 0) {
    throw new Error(`the manifest does not match the Teams schema:\n${errors.join('\n')}`);
  }
  return zipSync(
    {
      'manifest.json': new TextEncoder().encode(JSON.stringify(manifest, null, 2)),
      'color.png': colorIcon(),
      'outline.png': outlineIcon(),
    },
    { level: 9 }
  );
}
