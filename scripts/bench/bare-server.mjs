// "The limit" for npm run bench:pages: a bare node:http server answering every request with the
// exact status, headers and body the shop gave for one request, so that the difference in req/s
// is what the shop's own work costs. A child process of the benchmark, so that it does not share
// an event loop with the load generator (the shop does not either). Driven over IPC:
//   parent -> { type: 'serve', statusCode, rawHeaders: [name, value, ...], body: base64 }
//   child  -> { type: 'listening', port } once, then { type: 'ready' } after each 'serve'.
import { createServer } from 'node:http';

let response = { statusCode: 503, rawHeaders: [], body: Buffer.alloc(0) };

const server = createServer((request, reply) => {
  // Read the whole request (the form posts carry a body) before answering, as the shop must.
  request.resume();
  request.on('end', () => {
    reply.writeHead(response.statusCode, response.rawHeaders);
    reply.end(response.body);
  });
});

process.on('message', (message) => {
  if (message?.type !== 'serve') return;
  response = {
    statusCode: message.statusCode,
    rawHeaders: message.rawHeaders,
    body: Buffer.from(message.body, 'base64'),
  };
  process.send?.({ type: 'ready' });
});

// The benchmark went away (finished, crashed, Ctrl-C): so does the limit.
process.on('disconnect', () => process.exit(0));

server.listen(0, '127.0.0.1', () => {
  process.send?.({ type: 'listening', port: server.address().port });
});
