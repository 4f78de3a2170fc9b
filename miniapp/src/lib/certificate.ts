import { formatDate } from './format';
import { COLORS } from './theme';

export interface CertificateData {
  /** The name the visitor chose to print; empty falls back to a neutral title. */
  name: string | null;
  trailName: string;
  stopCount: number;
  completedAt: string;
  campaignName?: string | null;
}

/** The subset of CanvasRenderingContext2D we use: both the mini-program canvas 2d and the DOM have it. */
export interface CertificateContext {
  fillStyle: unknown;
  strokeStyle: unknown;
  lineWidth: number;
  font: string;
  textAlign: string;
  textBaseline: string;
  fillRect(x: number, y: number, w: number, h: number): void;
  strokeRect(x: number, y: number, w: number, h: number): void;
  fillText(text: string, x: number, y: number): void;
  measureText(text: string): { width: number };
  beginPath(): void;
  arc(x: number, y: number, r: number, start: number, end: number): void;
  stroke(): void;
  fill(): void;
  save(): void;
  restore(): void;
  translate(x: number, y: number): void;
  rotate(angle: number): void;
}

export const CERT_WIDTH = 600;
export const CERT_HEIGHT = 840;

const FONT = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';
const SERIF = '"Songti SC", "STSong", "Noto Serif CJK SC", "SimSun", serif';

export const DEFAULT_CERT_NAME = '科普探索者';

/** Breaks text into lines no wider than maxWidth; CJK can break anywhere, Latin words stay whole. */
export function wrapText(
  text: string,
  maxWidth: number,
  measure: (s: string) => number,
  maxLines = 4,
): string[] {
  const tokens = text.match(/[A-Za-z0-9]+|[^A-Za-z0-9]/gu) ?? [];
  const lines: string[] = [];
  let line = '';
  for (const token of tokens) {
    const candidate = line + token;
    if (line && measure(candidate) > maxWidth) {
      lines.push(line);
      line = token.trimStart();
    } else {
      line = candidate;
    }
  }
  if (line) lines.push(line);
  if (lines.length > maxLines) {
    const kept = lines.slice(0, maxLines);
    let last = kept[maxLines - 1] ?? '';
    while (last && measure(`${last}…`) > maxWidth) last = Array.from(last).slice(0, -1).join('');
    kept[maxLines - 1] = `${last}…`;
    return kept;
  }
  return lines;
}

export function certificateName(name: string | null | undefined): string {
  const trimmed = (name ?? '').trim();
  return trimmed ? Array.from(trimmed).slice(0, 12).join('') : DEFAULT_CERT_NAME;
}

/** Draws the certificate at CERT_WIDTH×CERT_HEIGHT logical pixels (the caller scales for the screen). */
export function drawCertificate(ctx: CertificateContext, data: CertificateData): void {
  const W = CERT_WIDTH;
  const H = CERT_HEIGHT;
  const red = COLORS.certSeal;
  const gold = COLORS.certGold;
  const ink = COLORS.text;

  ctx.fillStyle = COLORS.certPaper;
  ctx.fillRect(0, 0, W, H);
  ctx.strokeStyle = gold;
  ctx.lineWidth = 6;
  ctx.strokeRect(20, 20, W - 40, H - 40);
  ctx.lineWidth = 1.5;
  ctx.strokeRect(34, 34, W - 68, H - 68);

  ctx.textAlign = 'center';
  ctx.textBaseline = 'middle';
  ctx.fillStyle = red;
  ctx.font = `600 22px ${FONT}`;
  ctx.fillText(data.campaignName?.trim() || '全国科普月', W / 2, 96);
  ctx.fillStyle = ink;
  ctx.font = `700 56px ${SERIF}`;
  ctx.fillText('完 成 证 书', W / 2, 170);
  ctx.fillStyle = gold;
  ctx.fillRect(W / 2 - 90, 212, 180, 3);

  ctx.textAlign = 'left';
  ctx.fillStyle = ink;
  ctx.font = `600 34px ${SERIF}`;
  ctx.fillText(`${certificateName(data.name)}：`, 70, 290);

  ctx.font = `26px ${SERIF}`;
  const body = `\u3000\u3000您已走完「${data.trailName}」主题体验路线，集齐全部 ${data.stopCount} 枚印章，在探索中收获了科学的乐趣。特发此证，以资鼓励。`;
  const measure = (s: string): number => ctx.measureText(s).width;
  const lines = wrapText(body, W - 140, measure, 7);
  lines.forEach((line, i) => ctx.fillText(line, 70, 360 + i * 46));

  // Seal: a red circle with the app name, slightly rotated like a hand stamp.
  const cx = W - 150;
  const cy = H - 200;
  ctx.save();
  ctx.translate(cx, cy);
  ctx.rotate(-0.2);
  ctx.strokeStyle = red;
  ctx.lineWidth = 5;
  ctx.beginPath();
  ctx.arc(0, 0, 70, 0, Math.PI * 2);
  ctx.stroke();
  ctx.lineWidth = 1.5;
  ctx.beginPath();
  ctx.arc(0, 0, 60, 0, Math.PI * 2);
  ctx.stroke();
  ctx.fillStyle = red;
  ctx.textAlign = 'center';
  ctx.font = `700 30px ${SERIF}`;
  ctx.fillText('星火', 0, -16);
  ctx.fillText('探馆', 0, 22);
  ctx.restore();

  ctx.textAlign = 'left';
  ctx.fillStyle = ink;
  ctx.font = `22px ${FONT}`;
  ctx.fillText('星火探馆 · 科普打卡', 70, H - 220);
  ctx.fillText(formatDate(data.completedAt), 70, H - 180);
  ctx.fillStyle = COLORS.certNote;
  ctx.font = `18px ${FONT}`;
  ctx.textAlign = 'center';
  ctx.fillText('本证书仅作纪念，不与任何奖励挂钩', W / 2, H - 70);
}
