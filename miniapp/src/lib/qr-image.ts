import qrcode from 'qrcode-generator';

/** A QR code's modules; medium error correction suits a screen or a printed page. */
export function qrMatrix(text: string): {
  size: number;
  dark: (row: number, col: number) => boolean;
} {
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return { size: qr.getModuleCount(), dark: (r, c) => qr.isDark(r, c) };
}

/**
 * The code as SVG: each row's runs of dark modules as one rectangle in a single path, with the
 * four-module quiet zone scanners need. Sharp at any size (a TV across a room).
 */
export function qrSvg(text: string): string {
  const { size, dark } = qrMatrix(text);
  const quiet = 4;
  const parts: string[] = [];
  for (let r = 0; r < size; r++) {
    let c = 0;
    while (c < size) {
      if (!dark(r, c)) {
        c++;
        continue;
      }
      const start = c;
      while (c < size && dark(r, c)) c++;
      parts.push(`M${start + quiet} ${r + quiet}h${c - start}v1h-${c - start}z`);
    }
  }
  const box = size + 2 * quiet;
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${box} ${box}" shape-rendering="crispEdges">` +
    `<rect width="${box}" height="${box}" fill="white"/><path d="${parts.join('')}" fill="black"/></svg>`
  );
}

/** An image URL of the code: SVG where the platform draws it (H5), else the library's GIF. */
export function qrDataUrl(text: string, format: 'svg' | 'gif'): string {
  if (format === 'svg')
    return `data:image/svg+xml;charset=utf-8,${encodeURIComponent(qrSvg(text))}`;
  const qr = qrcode(0, 'M');
  qr.addData(text, 'Byte');
  qr.make();
  return qr.createDataURL(10, 40);
}
