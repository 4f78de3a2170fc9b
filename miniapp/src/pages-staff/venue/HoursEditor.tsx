import { Picker, Switch, Text, View } from '@tarojs/components';
import {
  CONTENT_LIMITS,
  WEEKDAYS,
  WEEKDAY_LABELS,
  type OpeningHours,
  type Weekday,
} from '@xinghuo/shared';
import {
  addRange,
  copyDay,
  hoursDraft,
  hoursFromDraft,
  removeRange,
  setRange,
  type HoursDraft,
} from '../../lib/hours-form';
import type { Problems } from '../../lib/venue-form';

interface Props {
  value: OpeningHours | null;
  onChange: (value: OpeningHours | null) => void;
  problems: Problems;
}

/** Opening hours per weekday, up to four ranges a day; off means open at any time. */
export default function HoursEditor({ value, onChange, problems }: Props) {
  const draft = hoursDraft(value);
  const set = (next: HoursDraft) => onChange(hoursFromDraft(next));

  return (
    <View className="hours" id="venue-hours-editor">
      <View className="hours__switch">
        <Switch
          checked={draft.limited}
          color="var(--nutui-color-primary)"
          onChange={(e) =>
            set(
              e.detail.value
                ? copyDay(addRange({ ...draft, limited: true }, 'mon'), 'mon', 'all')
                : { ...draft, limited: false },
            )
          }
          id="hours-limited"
        />
        <Text className="hours__switch-text">
          {draft.limited
            ? '按下表时间开放，其余时间打卡不计入'
            : '未设置开放时间：任何时间都可以打卡'}
        </Text>
      </View>
      {draft.limited
        ? WEEKDAYS.map((day) => (
            <DayRow
              key={day}
              day={day}
              draft={draft}
              set={set}
              problem={problems[`openingHours.${day}`]}
            />
          ))
        : null}
      {draft.limited ? (
        <View className="hours__copy">
          <Text className="link-btn" onClick={() => set(copyDay(draft, 'mon', 'weekdays'))}>
            将周一复制到周一至周五
          </Text>
          <Text className="link-btn" onClick={() => set(copyDay(draft, 'mon', 'all'))}>
            将周一复制到每天
          </Text>
        </View>
      ) : null}
    </View>
  );
}

function DayRow(props: {
  day: Weekday;
  draft: HoursDraft;
  set: (d: HoursDraft) => void;
  problem?: string;
}) {
  const { day, draft, set } = props;
  const ranges = draft.days[day];
  return (
    <View className={`hours__day ${props.problem ? 'has-error' : ''}`} data-day={day}>
      <Text className="hours__label">{WEEKDAY_LABELS[day]}</Text>
      <View className="hours__ranges">
        {ranges.length === 0 ? <Text className="hours__closed">休息</Text> : null}
        {ranges.map(([from, to], i) => (
          <View className="hours__range" key={i}>
            <Picker
              mode="time"
              value={from}
              onChange={(e) => set(setRange(draft, day, i, [e.detail.value, to]))}
            >
              <Text className="hours__time">{from}</Text>
            </Picker>
            <Text className="hours__dash">–</Text>
            <Picker
              mode="time"
              value={to}
              onChange={(e) => set(setRange(draft, day, i, [from, e.detail.value]))}
            >
              <Text className="hours__time">{to}</Text>
            </Picker>
            <Text className="hours__remove" onClick={() => set(removeRange(draft, day, i))}>
              ×
            </Text>
          </View>
        ))}
        {ranges.length < CONTENT_LIMITS.rangesPerDay ? (
          <Text className="link-btn" onClick={() => set(addRange(draft, day))}>
            + 时段
          </Text>
        ) : null}
      </View>
      {props.problem ? <Text className="hours__problem">{props.problem}</Text> : null}
    </View>
  );
}
