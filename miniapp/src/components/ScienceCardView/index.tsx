import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { AnswerResponse, ScienceCard } from '@xinghuo/shared';
import { api, ApiError } from '../../api';
import './index.scss';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/**
 * The checkpoint's science card. Its question carries no answer: the server judges the choice
 * for this stamp (once; asking again shows the first judgement) and sends the explanation.
 * Without a stamp (`checkInId`) it is a preview: the options are shown, nothing can be chosen.
 */
export default function ScienceCardView({
  card,
  checkInId,
}: {
  card: ScienceCard;
  checkInId?: string;
}) {
  const [pending, setPending] = useState<number | null>(null);
  const [result, setResult] = useState<AnswerResponse | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const q = card.question;
  const choose = (choice: number) => {
    if (!checkInId || result || pending !== null) return;
    setPending(choice);
    setFailure(null);
    api
      .answer(checkInId, choice)
      .then(setResult)
      .catch((error: unknown) =>
        setFailure(error instanceof ApiError ? error.message : '提交失败，请重试'),
      )
      .finally(() => setPending(null));
  };
  return (
    <View className="card science-card" id="science-card">
      <Text className="science-card__label">科普知识卡</Text>
      <Text className="science-card__title">{card.title}</Text>
      <Text className="science-card__body">{card.body}</Text>
      {q ? (
        <View className="science-card__quiz" id="science-quiz">
          <Text className="science-card__q">考考你：{q.prompt}</Text>
          {q.options.map((opt, i) => {
            const state = !result
              ? i === pending
                ? 'is-dim'
                : ''
              : i === result.answerIndex
                ? 'is-correct'
                : i === result.choice
                  ? 'is-wrong'
                  : 'is-dim';
            return (
              <View key={i} className={`science-card__option ${state}`} onClick={() => choose(i)}>
                <Text className="science-card__letter">{LETTERS[i] ?? i + 1}</Text>
                <Text className="science-card__opt-text">{opt}</Text>
              </View>
            );
          })}
          {result ? (
            <View
              className={`science-card__result ${result.correct ? 'ok' : 'no'}`}
              id="science-answer"
            >
              <Text className="science-card__verdict">
                {result.correct ? '回答正确！' : `正确答案是 ${LETTERS[result.answerIndex] ?? ''}`}
              </Text>
              <Text className="science-card__explain">{result.explanation}</Text>
            </View>
          ) : (
            <Text className="hint">
              {failure ?? (pending !== null ? '正在判断…' : '选择一个答案后查看解析')}
            </Text>
          )}
        </View>
      ) : null}
    </View>
  );
}
