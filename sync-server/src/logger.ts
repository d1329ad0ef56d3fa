import { type Logger, pino } from 'pino';

/**
 * The server's logger. Request lines carry no bodies or headers; the redaction is a second guard should an
 * error object ever carry a request.
 */
export function createLogger(options: { level?: string; destination?: NodeJS.WritableStream } = {}): Logger {
  return pino(
    {
      level: options.level ?? process.env.LOG_LEVEL ?? 'info',
      redact: {
        paths: [
          'req.headers.authorization',
          'req.headers.cookie',
          'headers.authorization',
          '*.token',
          'token',
          '*.password',
          'password',
          '*.nik',
          'nik',
          '*.phone',
          'phone',
        ],
        censor: '[redacted]',
      },
    },
    options.destination ?? process.stderr,
  );
}

/** A logger that writes nothing (tests). */
export function silentLogger(): Logger {
  return pino({ level: 'silent' });
}
