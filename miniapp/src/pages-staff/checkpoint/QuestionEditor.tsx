import { Input, Text, View } from '@tarojs/components';
import { CONTENT_LIMITS } from '@xinghuo/shared';
import FormField, { TextField } from '../../components/FormField';
import { addOption, removeOption, type QuestionDraft } from '../../lib/checkpoint-form';

interface Props {
  value: QuestionDraft;
  onChange: (q: QuestionDraft) => void;
  problems: Record<string, string>;
}

const LETTERS = 'ABCDEF';

/** The optional question: a prompt, 2–6 options with the right one marked, an explanation. */
export default function QuestionEditor({ value: q, onChange, problems }: Props) {
  const setOption = (i: number, text: string) =>
    onChange({ ...q, options: q.options.map((o, j) => (j === i ? text : o)) });
  return (
    <View className="question-editor" id="question-editor">
      <TextField
        label="题目"
        required
        error={problems['card.question.prompt']}
        id="question-prompt"
        value={q.prompt}
        maxlength={CONTENT_LIMITS.questionPrompt}
        placeholder="如：工业机器人最常见的应用是什么？"
        onChange={(value) => onChange({ ...q, prompt: value })}
      />
      <FormField
        label="选项（点击圆圈标记正确答案）"
        required
        error={problems['card.question.options'] ?? problems['card.question.answerIndex']}
      >
        <View className="question-editor__options">
          {q.options.map((option, i) => (
            <View
              key={i}
              className={`question-option ${q.answerIndex === i ? 'is-answer' : ''}`}
              data-option={i}
            >
              <View
                className="question-option__mark"
                onClick={() => onChange({ ...q, answerIndex: i })}
                data-mark={i}
              >
                {q.answerIndex === i ? '✓' : LETTERS[i]}
              </View>
              <Input
                className="admin-input question-option__input"
                value={option}
                maxlength={CONTENT_LIMITS.option}
                placeholder={`选项 ${LETTERS[i]}`}
                onInput={(e) => setOption(i, e.detail.value)}
              />
              {q.options.length > CONTENT_LIMITS.optionsMin ? (
                <Text className="link-btn is-danger" onClick={() => onChange(removeOption(q, i))}>
                  删除
                </Text>
              ) : null}
            </View>
          ))}
          {q.options.length < CONTENT_LIMITS.optionsMax ? (
            <Text
              className="link-btn"
              id="question-add-option"
              onClick={() => onChange(addOption(q))}
            >
              + 添加选项（最多 {CONTENT_LIMITS.optionsMax} 个）
            </Text>
          ) : null}
        </View>
      </FormField>
      <TextField
        label="答案解析"
        hint="游客作答后显示，讲清楚为什么"
        error={problems['card.question.explanation']}
        multiline
        id="question-explanation"
        value={q.explanation}
        maxlength={CONTENT_LIMITS.explanation}
        onChange={(value) => onChange({ ...q, explanation: value })}
      />
    </View>
  );
}
