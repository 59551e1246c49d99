import assert from 'node:assert/strict';
import { adjacentKeys, fingerSlip, keyNeighbours } from '../../core/nlp/keyboard.js';

describe('keyboard neighbours (QWERTY)', () => {
  it('gives the keys beside a letter on its row and the staggered rows above and below', () => {
    assert.deepEqual(keyNeighbours('q').sort(), ['a', 'w']);
    assert.deepEqual(keyNeighbours('s').sort(), ['a', 'd', 'e', 'w', 'x', 'z']);
    assert.deepEqual(keyNeighbours('G').sort(), ['b', 'f', 'h', 't', 'v', 'y']);
  });
  it('is symmetric and knows only letters', () => {
    for (const a of 'abcdefghijklmnopqrstuvwxyz') for (const b of keyNeighbours(a)) assert.ok(adjacentKeys(b, a), `${a} ${b}`);
    assert.ok(!adjacentKeys('a', 'a'));
    assert.ok(!adjacentKeys('a', 'p'));
    assert.deepEqual(keyNeighbours('é'), []);
  });
  it('tells a typing finger\'s slip from another word one edit away', () => {
    // swapped, dropped, struck twice, a neighbouring key struck beside or instead
    for (const [typed, meant] of [['protetcion', 'protection'], ['ohcr', 'ohchr'], ['ihhl', 'ihl'], ['ihjl', 'ihl'], ['protextion', 'protection'], ['unaa', 'unama']]) assert.ok(fingerSlip(typed, meant), `${typed} ${meant}`);
    // far keys: a letter replaced or inserted
    for (const [typed, meant] of [['ihhl', 'ihrl'], ['unaa', 'unga'], ['ihql', 'ihl']]) assert.ok(!fingerSlip(typed, meant), `${typed} ${meant}`);
  });
});
