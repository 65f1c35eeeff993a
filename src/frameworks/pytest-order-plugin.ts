import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/**
 * A pytest plugin of shardproof's own that shuffles the collected tests with a seed, so that an order that
 * made a test fail can be run again exactly (`order: shuffle`). Written to a folder put on PYTHONPATH and
 * loaded with `-p shardproof_order`: it needs nothing installed. (Debian's pytest-random-order cannot be
 * used: it crashes under `-p no:cacheprovider`, which the pytest preset passes.) Under pytest-xdist every
 * worker collects the same shuffled list (same seed), which xdist requires; only a single worker runs the
 * tests in exactly that order.
 */
export const PYTEST_ORDER_MODULE = 'shardproof_order';

const SOURCE = `"""shardproof: run the collected tests in an order shuffled by SHARDPROOF_ORDER_SEED."""
import os
import random


def pytest_collection_modifyitems(session, config, items):
    seed = os.environ.get("SHARDPROOF_ORDER_SEED")
    if seed:
        random.Random(int(seed)).shuffle(items)
`;

/** Writes the plugin into `dir` and returns the folder to put on PYTHONPATH. */
export async function writePytestOrderPlugin(dir: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, `${PYTEST_ORDER_MODULE}.py`), SOURCE);
  return dir;
}
