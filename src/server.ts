/**
 * HTTP composition root, what `npm start` runs (node dist/server.js): the web chat at `/`,
 * `/healthz`, `/metrics` on PORT (default 3978). See src/server/start.ts.
 */
import { main } from './server/start.js';

main().catch((err: unknown) => {
  process.stderr.write(`tsunagu: the server stopped (${err instanceof Error ? err.name : 'error'})\n`);
  process.exit(1);
});
