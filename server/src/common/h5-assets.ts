import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyReply } from 'fastify';

/** The built H5 app; its index.html answers every client-side route (history fallback). */
export class H5Assets {
  private readonly index: Buffer | null;

  constructor(readonly dir: string) {
    const file = join(dir, 'index.html');
    this.index = existsSync(file) ? readFileSync(file) : null;
  }

  get available(): boolean {
    return this.index !== null;
  }

  sendIndex(reply: FastifyReply) {
    return reply
      .status(200)
      .header('Content-Type', 'text/html; charset=utf-8')
      .header('Cache-Control', 'no-cache')
      .send(this.index);
  }
}
