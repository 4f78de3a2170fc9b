import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import type { ScienceCard } from '@xinghuo/shared';
import './index.scss';

const LETTERS = ['A', 'B', 'C', 'D', 'E', 'F'];

/** The checkpoint's science card; its question is answered first, then the explanation shows. */
export default function ScienceCardView({ card }: { card: ScienceCard }) {
  const [chosen, setChosen] = useState<number | null>(null);
  const q = card.question;
  const answered = chosen !== null;
  return (
    <View className="card science-card" id="science-card">
      <Text className="science-card__label">科普知识卡</Text>
      <Text className="science-card__title">{card.title}</Text>
      <Text className="science-card__body">{card.body}</Text>
      {q ? (
        <View className="science-card__quiz" id="science-quiz">
          <Text className="science-card__q">考考你：{q.prompt}</Text>
          {q.options.map((opt, i) => {
            const state = !answered
              ? ''
              : i === q.answerIndex
                ? 'is-correct'
                : i === chosen
                  ? 'is-wrong'
                  : 'is-dim';
            return (
              <View
                key={i}
                className={`science-card__option ${state}`}
                onClick={() => {
                  if (!answered) setChosen(i);
                }}
              >
                <Text className="science-card__letter">{LETTERS[i] ?? i + 1}</Text>
                <Text className="science-card__opt-text">{opt}</Text>
              </View>
            );
          })}
          {answered ? (
            <View
              className={`science-card__result ${chosen === q.answerIndex ? 'ok' : 'no'}`}
              id="science-answer"
            >
              <Text className="science-card__verdict">
                {chosen === q.answerIndex
                  ? '回答正确！'
                  : `正确答案是 ${LETTERS[q.answerIndex] ?? ''}`}
              </Text>
              <Text className="science-card__explain">{q.explanation}</Text>
            </View>
          ) : (
            <Text className="hint">选择一个答案后查看解析</Text>
          )}
        </View>
      ) : null}
    </View>
  );
}
