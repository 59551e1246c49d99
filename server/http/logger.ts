import { pino, type Logger } from 'pino';
import { config } from '../../core/config.js';

// The server's one logger: JSON lines on stdout (one per request from access-log.ts, plus
// start-up, index loads, errors and shutdown), for a supervisor or `pino-pretty` to read.
// LOG_LEVEL=silent quiets it (the tests do).
export const logger: Logger = pino({ level: config.logLevel, base: { service: 'policy-passages' } });
