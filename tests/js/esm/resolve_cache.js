// A missing file fails with ERR_MODULE_NOT_FOUND and may be created and
// imported later; once imported, the same specifier from the same module
// gives the same namespace even after the file is gone (as in node).
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

const dir = mkdtempSync(join(tmpdir(), 'jolt-esm-'));
const target = pathToFileURL(join(dir, 'later.mjs')).href;
try {
  await import(target).catch((err) => console.log('before:', err.code));
  writeFileSync(new URL(target), 'export default "written later";\n');
  const first = await import(target);
  console.log('after writing:', first.default);
  rmSync(new URL(target));
  console.log('after removing, same namespace:', (await import(target)) === first);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
