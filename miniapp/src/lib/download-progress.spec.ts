import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ApiError } from './api-error';
import { downloadFailure, formatBytes, progressText } from './download-progress';

test('progress reads bytes received, and a share when the length is known', () => {
  assert.equal(formatBytes(900), '900 B');
  assert.equal(formatBytes(356 * 1024), '356 KB');
  assert.equal(progressText({ received: 1.25 * 1024 * 1024, total: null }), '已接收 1.3 MB');
  assert.equal(
    progressText({ received: 1024 * 1024, total: 4 * 1024 * 1024 }),
    '已接收 1.0 MB / 4.0 MB（25%）',
  );
});

test('a refused export says when to try again', () => {
  const busy = new ApiError({ status: 429, code: 'RATE_LIMITED', message: 'x', retryAfterSec: 5 });
  assert.equal(downloadFailure(busy), '正在生成的导出文件较多，请5秒后再试');
  const denied = new ApiError({ status: 403, code: 'FORBIDDEN', message: '没有权限' });
  assert.equal(downloadFailure(denied), '没有权限');
});
