import { describe, expect, it } from 'vitest';
import { parseWorkerSpec } from '../../src/capacity/worker-spec.js';
import { UserError } from '../../src/inputs/user-error.js';

describe('parseWorkerSpec', () => {
  it('reads auto, whole numbers and percentages; unset inputs mean auto with no caps', () => {
    expect(parseWorkerSpec({})).toEqual({ request: { kind: 'auto' } });
    expect(parseWorkerSpec({ workers: '', maxWorkers: '', memoryPerWorker: '' })).toEqual({
      request: { kind: 'auto' },
    });
    expect(parseWorkerSpec({ workers: 'AUTO' })).toEqual({ request: { kind: 'auto' } });
    expect(parseWorkerSpec({ workers: ' 4 ' })).toEqual({ request: { kind: 'fixed', count: 4 } });
    expect(parseWorkerSpec({ workers: '50%' })).toEqual({ request: { kind: 'percent', percent: 50 } });
    expect(parseWorkerSpec({ workers: '150%' })).toEqual({ request: { kind: 'percent', percent: 150 } });
  });

  it('reads max-workers and memory-per-worker', () => {
    expect(parseWorkerSpec({ workers: 'auto', maxWorkers: '8', memoryPerWorker: '700MiB' })).toEqual({
      request: { kind: 'auto' },
      maxWorkers: 8,
      memoryPerWorker: 734_003_200,
    });
  });

  it('rejects a bad workers value with a message naming the input and the accepted forms', () => {
    expect(() => parseWorkerSpec({ workers: 'many' })).toThrow(
      `Input 'workers': "many" is not valid; expected auto, a whole number ≥ 1, or a percentage of CPUs like 50%.`,
    );
    for (const bad of ['0', '0%', '2.5', '-1', '%', '50 percent']) {
      expect(() => parseWorkerSpec({ workers: bad })).toThrow(UserError);
    }
  });

  it('rejects a bad max-workers or memory-per-worker, naming that input', () => {
    expect(() => parseWorkerSpec({ maxWorkers: '0' })).toThrow(
      `Input 'max-workers': "0" is not valid; expected a whole number ≥ 1.`,
    );
    expect(() => parseWorkerSpec({ memoryPerWorker: 'big' })).toThrow(/^Input 'memory-per-worker': "big"/);
  });
});
