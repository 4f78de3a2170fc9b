import {
  CONTENT_LIMITS,
  type AdminCheckpointDto,
  type AuthoredScienceCard,
  type CheckpointContent,
} from '@xinghuo/shared';
import { sameValue } from './edit-draft';

/** A multiple-choice question being written: the right answer may not be marked yet. */
export interface QuestionDraft {
  prompt: string;
  options: string[];
  answerIndex: number | null;
  explanation: string;
}

export interface CheckpointForm {
  name: string;
  title: string;
  body: string;
  question: QuestionDraft | null;
}

export const EMPTY_QUESTION: QuestionDraft = {
  prompt: '',
  options: ['', ''],
  answerIndex: null,
  explanation: '',
};

/** The form of an existing checkpoint (its pending text when there is one), or of a new one. */
export function checkpointForm(cp?: AdminCheckpointDto): CheckpointForm {
  if (!cp) return { name: '', title: '', body: '', question: null };
  const { name, card } = cp.pending ?? cp.published;
  return {
    name,
    title: card.title,
    body: card.body,
    question: card.question ? { ...card.question, options: [...card.question.options] } : null,
  };
}

/** What the API takes; call only when `checkpointProblems` found nothing. */
export function checkpointContent(form: CheckpointForm): CheckpointContent {
  const card: AuthoredScienceCard = { title: form.title.trim(), body: form.body.trim() };
  const q = form.question;
  if (q) {
    card.question = {
      prompt: q.prompt.trim(),
      options: q.options.map((o) => o.trim()),
      answerIndex: q.answerIndex ?? 0,
      explanation: q.explanation.trim(),
    };
  }
  return { name: form.name.trim(), card };
}

/** Whether the text differs from what the checkpoint has (so saving would make a revision). */
export function checkpointChanged(
  cp: AdminCheckpointDto | undefined,
  form: CheckpointForm,
): boolean {
  return !sameValue(checkpointForm(cp), form);
}

export function addOption(q: QuestionDraft): QuestionDraft {
  if (q.options.length >= CONTENT_LIMITS.optionsMax) return q;
  return { ...q, options: [...q.options, ''] };
}

/** Removes an option; the marked answer follows its option, or is cleared with it. */
export function removeOption(q: QuestionDraft, index: number): QuestionDraft {
  if (q.options.length <= CONTENT_LIMITS.optionsMin) return q;
  const answerIndex =
    q.answerIndex === null || q.answerIndex === index
      ? null
      : q.answerIndex > index
        ? q.answerIndex - 1
        : q.answerIndex;
  return { ...q, options: q.options.filter((_, i) => i !== index), answerIndex };
}

const L = CONTENT_LIMITS;

/** Problems by the API's field names (`card.question.options`), in Chinese. */
export function checkpointProblems(form: CheckpointForm): Record<string, string> {
  const p: Record<string, string> = {};
  if (!form.name.trim()) p.name = '请填写打卡点名称';
  else if (form.name.length > L.checkpointName) p.name = `最多 ${L.checkpointName} 字`;
  if (!form.title.trim()) p['card.title'] = '请填写卡片标题';
  else if (form.title.length > L.cardTitle) p['card.title'] = `最多 ${L.cardTitle} 字`;
  if (!form.body.trim()) p['card.body'] = '请填写科普内容';
  else if (form.body.length > L.cardBody) p['card.body'] = `最多 ${L.cardBody} 字`;
  const q = form.question;
  if (!q) return p;
  if (!q.prompt.trim()) p['card.question.prompt'] = '请填写题目';
  else if (q.prompt.length > L.questionPrompt)
    p['card.question.prompt'] = `最多 ${L.questionPrompt} 字`;
  const options = q.options.map((o) => o.trim());
  if (options.length < L.optionsMin || options.length > L.optionsMax) {
    p['card.question.options'] = `选项应为 ${L.optionsMin}–${L.optionsMax} 个`;
  } else if (options.some((o) => !o)) p['card.question.options'] = '选项不能为空';
  else if (options.some((o) => o.length > L.option))
    p['card.question.options'] = `每个选项最多 ${L.option} 字`;
  else if (new Set(options).size !== options.length) p['card.question.options'] = '选项不能重复';
  if (q.answerIndex === null || q.answerIndex >= options.length) {
    p['card.question.answerIndex'] = '请标记正确答案';
  }
  if (q.explanation.length > L.explanation)
    p['card.question.explanation'] = `最多 ${L.explanation} 字`;
  return p;
}
