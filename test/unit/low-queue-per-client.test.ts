import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import type { NextFunction, Request, Response } from 'express';
import { concurrencyLimit, LOW_QUEUED_PER_CLIENT } from '../../server/http/capacity.js';

// reviewfix21a finding 2: the queue of clients past their CPU share is shared; one looping
// client filled all 32 places and every other client past its share (an office behind one NAT
// address) was refused at once.
describe('the low-priority queue, per client', () => {
  it('holds at most LOW_QUEUED_PER_CLIENT of one client, and still takes another client', () => {
    const refused: string[] = [];
    const gate = concurrencyLimit(
      { concurrency: 1, queue: 32, queueWaitMs: 60_000, retryAfterS: 1 },
      { low: () => true, client: (req) => String(req.ip), refuse: (req) => void refused.push(String(req.ip)) },
    );
    const responses: EventEmitter[] = [];
    const send = (ip: string) => {
      const res = Object.assign(new EventEmitter(), { writableEnded: false, destroyed: false });
      responses.push(res);
      gate({ ip } as Request, res as unknown as Response, (() => undefined) as NextFunction);
    };
    // the first runs, the next LOW_QUEUED_PER_CLIENT wait, the one after is refused
    for (let i = 0; i < LOW_QUEUED_PER_CLIENT + 2; i++) send('10.0.0.1');
    assert.deepEqual(refused, ['10.0.0.1']);
    send('10.0.0.2');
    assert.deepEqual(refused, ['10.0.0.1'], 'another client past its share still waits');
    // a waiting request that goes away frees its client's place
    responses[1].emit('close');
    send('10.0.0.1');
    assert.deepEqual(refused, ['10.0.0.1']);
    for (const res of responses) res.emit('close');
  });
});
