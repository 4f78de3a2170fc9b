import type { FastifyReply } from 'fastify';
import { asDownload } from './download';

describe('asDownload', () => {
  it('names the file in Chinese for browsers and in ASCII for the rest', () => {
    const headers: Record<string, string> = {};
    const reply = {
      type(t: string) {
        headers['content-type'] = t;
        return this;
      },
      header(k: string, v: string) {
        headers[k.toLowerCase()] = v;
        return this;
      },
    } as unknown as FastifyReply;
    asDownload(reply, "唐山市活动总结(9月)'.pdf", 'activity "x".pdf', 'application/pdf');
    expect(headers['content-disposition']).toBe(
      `attachment; filename="activity__x_.pdf"; filename*=UTF-8''%E5%94%90%E5%B1%B1%E5%B8%82%E6%B4%BB%E5%8A%A8%E6%80%BB%E7%BB%93%289%E6%9C%88%29%27.pdf`,
    );
    expect(headers['cache-control']).toBe('no-store');
  });
});
