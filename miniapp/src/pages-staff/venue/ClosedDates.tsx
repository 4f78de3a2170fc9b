import { useState } from 'react';
import { Picker, Text, View } from '@tarojs/components';
import { formatDate, formatWeekday } from '@xinghuo/shared';
import { chinaDate } from '../../lib/admin-labels';
import { addClosedDate } from '../../lib/hours-form';

interface Props {
  value: string[];
  onChange: (value: string[]) => void;
}

/** Days the venue is shut (holidays, maintenance): check-ins those days are refused. */
export default function ClosedDates({ value, onChange }: Props) {
  const [problem, setProblem] = useState<string | null>(null);
  const [today] = useState(() => chinaDate(Date.now()));
  const add = (date: string) => {
    const res = addClosedDate(value, date);
    setProblem(res.problem);
    if (!res.problem) onChange(res.dates);
  };
  return (
    <View className="closed-dates" id="venue-closed-dates">
      <View className="closed-dates__list">
        {value.length === 0 ? <Text className="muted-line">暂无闭馆日</Text> : null}
        {value.map((d) => (
          <View
            key={d}
            className={`closed-dates__chip ${d < today ? 'is-past' : ''}`}
            data-date={d}
          >
            <Text>
              {formatDate(d)} {formatWeekday(d)}
            </Text>
            <Text
              className="closed-dates__remove"
              onClick={() => onChange(value.filter((x) => x !== d))}
            >
              ×
            </Text>
          </View>
        ))}
      </View>
      <Picker mode="date" value={today} start={today} onChange={(e) => add(e.detail.value)}>
        <Text className="link-btn" id="closed-date-add">
          + 添加闭馆日
        </Text>
      </Picker>
      {problem ? <Text className="form-field__error">{problem}</Text> : null}
    </View>
  );
}
