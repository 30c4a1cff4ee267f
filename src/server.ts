/** HTTP composition root (placeholder until the web chat lands): GET /healthz only. */
import { createServer } from 'node:http';

const port = Number(process.env.PORT ?? 3978);
createServer((req, res) => {
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    return;
  }
  res.writeHead(404).end();
}).listen(port, process.env.HOST ?? '0.0.0.0', () => process.stdout.write(`tsunagu listening on http://127.0.0.1:${port}/\n`));
