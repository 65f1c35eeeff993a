import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Azurite's built-in development account (documented, the same on every install; not a secret). */
export const DEV_ACCOUNT = 'devstoreaccount1';
export const DEV_ACCOUNT_KEY =
  'Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==';

export interface Azurite {
  /** Path-style account URL, e.g. http://127.0.0.1:41234/devstoreaccount1 */
  accountUrl: string;
  stop(): Promise<void>;
}

/**
 * Starts Azurite's blob service on loopback, on a free port, keeping blobs in memory. Azurite 3.36+ needs
 * Node ≥ 21, so it runs on the Node that runs the tests (the `node` devDependency), not the system Node.
 */
export async function startAzurite(node = process.execPath): Promise<Azurite> {
  const main = createRequire(import.meta.url).resolve('azurite/dist/src/blob/main.js');
  const location = mkdtempSync(join(tmpdir(), 'shardproof-azurite-'));
  const child = spawn(
    node,
    [
      main,
      '--blobHost',
      '127.0.0.1',
      '--blobPort',
      '0',
      // In memory; Azurite refuses --location with it, so its working folder is a temp dir of ours instead.
      '--inMemoryPersistence',
      '--silent',
      '--loose',
      // The Azure SDK inside @actions/* may speak a newer service version than this Azurite knows.
      '--skipApiVersionCheck',
      '--disableProductStyleUrl',
      '--disableTelemetry',
    ],
    { cwd: location, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  // Should the test process end without stop() (a crash, a killed worker), Azurite goes with it.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  const stop = async () => {
    process.off('exit', killOnExit);
    await stopChild(child);
    rmSync(location, { recursive: true, force: true });
  };
  try {
    const address = await listeningAddress(child);
    return { accountUrl: `${address}/${DEV_ACCOUNT}`, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

function listeningAddress(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`Azurite did not start in 30 s:\n${output}`)), 30_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      const match = /successfully listens on (http:\/\/[\d.]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        child.stdout!.off('data', onData);
        child.stdout!.resume(); // keep draining, so a full pipe never blocks Azurite
        child.stderr!.resume();
        resolve(match[1]);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Azurite exited with ${code} before listening:\n${output}`));
    });
  });
}

/** SIGTERM, then SIGKILL after 5 s; resolves once the process is gone. */
export function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}
