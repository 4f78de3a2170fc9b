import type { IncomingMessage, ServerResponse } from 'node:http';
import * as QRCode from 'qrcode';

/** What the stub's WeChat code endpoints have been asked, and what to do next. */
export interface WxacodeStubState {
  tokensIssued: number;
  codesMade: number;
  scenes: string[];
  /** The next code request with the current token answers 40001 (token expired early). */
  expireTokenOnce: boolean;
}

export function newWxacodeState(): WxacodeStubState {
  return { tokensIssued: 0, codesMade: 0, scenes: [], expireTokenOnce: false };
}

/**
 * `cgi-bin/token` and `wxa/getwxacodeunlimit` as WeChat answers them: a token per request, and
 * for a code a PNG (a plain QR code of "wxacode:<scene>" stands in for the round code), or an
 * errcode as JSON. Returns false for any other path.
 */
export function handleWxacode(
  req: IncomingMessage,
  res: ServerResponse,
  state: WxacodeStubState,
): boolean {
  const url = new URL(req.url ?? '/', 'http://stub');
  if (url.pathname === '/cgi-bin/token') {
    state.tokensIssued += 1;
    res.setHeader('Content-Type', 'application/json');
    res.end(JSON.stringify({ access_token: `stub-token-${state.tokensIssued}`, expires_in: 7200 }));
    return true;
  }
  if (url.pathname !== '/wxa/getwxacodeunlimit') return false;
  let raw = '';
  req.on('data', (chunk: Buffer) => (raw += chunk.toString()));
  req.on('end', () => {
    const { scene } = JSON.parse(raw || '{}') as { scene?: string };
    const token = url.searchParams.get('access_token');
    const fail = (errcode: number) => {
      res.setHeader('Content-Type', 'application/json');
      res.end(JSON.stringify({ errcode, errmsg: 'stub' }));
    };
    if (token !== `stub-token-${state.tokensIssued}`) return fail(40001);
    if (state.expireTokenOnce) {
      state.expireTokenOnce = false;
      return fail(42001);
    }
    if (!scene || scene.length > 32) return fail(40169);
    state.codesMade += 1;
    state.scenes.push(scene);
    void QRCode.toBuffer(`wxacode:${scene}`, { type: 'png', width: 430 }).then((png) => {
      res.setHeader('Content-Type', 'image/png');
      res.end(png);
    });
  });
  return true;
}
