import { test } from 'node:test';
import assert from 'node:assert/strict';
import {
  DEFAULT_CERT_NAME,
  certificateName,
  drawCertificate,
  wrapText,
  type CertificateContext,
} from './certificate';

const measure = (s: string): number => Array.from(s).length * 10;

test('wraps CJK by character and keeps Latin words whole', () => {
  assert.deepEqual(wrapText('一二三四五六七', 30, measure), ['一二三', '四五六', '七']);
  assert.deepEqual(wrapText('AI 机器人', 40, measure), ['AI 机', '器人']);
  assert.deepEqual(wrapText('ABCDEFGH', 30, measure), ['ABCDEFGH'], 'a long word is not split');
});

test('too many lines end with an ellipsis within width', () => {
  const lines = wrapText('一'.repeat(50), 50, measure, 2);
  assert.equal(lines.length, 2);
  assert.ok(lines[1]?.endsWith('…'));
  assert.ok(measure(lines[1] ?? '') <= 50);
});

test('name fallback and bound', () => {
  assert.equal(certificateName(null), DEFAULT_CERT_NAME);
  assert.equal(certificateName('  '), DEFAULT_CERT_NAME);
  assert.equal(certificateName('小明'), '小明');
  assert.equal(Array.from(certificateName('长'.repeat(30))).length, 12);
});

test('draws the name, trail and date', () => {
  const texts: string[] = [];
  const ctx: CertificateContext = {
    fillStyle: '',
    strokeStyle: '',
    lineWidth: 1,
    font: '',
    textAlign: 'left',
    textBaseline: 'alphabetic',
    fillRect: () => undefined,
    strokeRect: () => undefined,
    fillText: (t) => {
      texts.push(t);
    },
    measureText: (t) => ({ width: Array.from(t).length * 26 }),
    beginPath: () => undefined,
    arc: () => undefined,
    stroke: () => undefined,
    fill: () => undefined,
    save: () => undefined,
    restore: () => undefined,
    translate: () => undefined,
    rotate: () => undefined,
  };
  drawCertificate(ctx, {
    name: '王小明',
    trailName: '人工智能探索之旅',
    stopCount: 4,
    completedAt: '2025-09-06T03:00:00Z',
    campaignName: '2025 全国科普月',
  });
  const all = texts.join('\n');
  assert.ok(all.includes('王小明：'));
  assert.ok(all.includes('人工智能探索之旅'));
  assert.ok(all.includes('2025年9月6日'));
  assert.ok(all.includes('2025 全国科普月'));
});
