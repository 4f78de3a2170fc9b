import { CONTENT_LIMITS } from '@xinghuo/shared';

/** The server's rule for usernames (3–64 of a–z 0–9 . _ -, starting with a letter or digit). */
export const USERNAME_PATTERN = /^[a-z0-9][a-z0-9_.-]{2,63}$/;

export function usernameProblem(username: string): string | null {
  if (!username) return '请填写用户名';
  if (!USERNAME_PATTERN.test(username)) {
    return '用户名为 3–64 位小写字母、数字或 . _ -，以字母或数字开头';
  }
  return null;
}

export function displayNameProblem(name: string): string | null {
  if (!name.trim()) return '请填写姓名或称呼';
  if (name.length > CONTENT_LIMITS.displayName) return `最多 ${CONTENT_LIMITS.displayName} 字`;
  return null;
}
