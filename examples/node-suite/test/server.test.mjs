import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';

// A server on a port derived from SHARDPROOF_PORT_BASE never collides with another shard or run.
test('serves on its own port', async () => {
  const port = Number(process.env.SHARDPROOF_PORT_BASE ?? '31000') + 1;
  const server = createServer((_, res) => res.end('ok'));
  await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
  const body = await (await fetch(`http://127.0.0.1:${port}/`)).text();
  server.close();
  assert.equal(body, 'ok');
});
