import assert from 'node:assert/strict';
import { STATUS_CODES } from 'node:http';
import { parseErrorAnswer } from '../../server/http/server.js';

describe('the answer to a request Node cannot parse', () => {
  it('names each status by its own reason phrase, as Node does (413 was "Bad Request")', () => {
    const cases: [string | undefined, number][] = [
      ['HPE_HEADER_OVERFLOW', 431],
      ['HPE_CHUNK_EXTENSIONS_OVERFLOW', 413],
      ['ERR_HTTP_REQUEST_TIMEOUT', 408],
      ['HPE_INVALID_METHOD', 400],
      [undefined, 400],
    ];
    for (const [code, status] of cases) {
      const answer = parseErrorAnswer(code);
      assert.ok(answer.startsWith(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\n`), `${code}: ${answer.slice(0, 60)}`);
      const body = answer.slice(answer.indexOf('\r\n\r\n') + 4);
      assert.equal(Number(/Content-Length: (\d+)/.exec(answer)?.[1]), Buffer.byteLength(body));
      assert.ok((JSON.parse(body) as { error: string }).error.length > 0);
    }
  });
});
