import { useState } from 'react';
import { Input, Picker, Text, View } from '@tarojs/components';
import {
  AUDIENCE_GROUPS,
  AUDIENCE_GROUP_LABELS,
  CONTENT_LIMITS,
  TOPICS,
  TOPIC_LABELS,
  type RegionRef,
} from '@xinghuo/shared';
import FormField, { FormGrid, TextField } from '../../components/FormField';
import Segmented from '../../components/Segmented';
import { moveItem } from '../../lib/reorder';
import { addStop, type TrailForm } from '../../lib/trail-form';
import StopPicker from './StopPicker';

interface Props {
  form: TrailForm;
  onChange: (form: TrailForm) => void;
  problems: Record<string, string>;
  start: RegionRef | null;
}

/** The proposal: what the trail is about, for whom, and its stops in order. */
export default function TrailFields({ form, onChange, problems, start }: Props) {
  const [picking, setPicking] = useState(false);
  const set = (patch: Partial<TrailForm>) => onChange({ ...form, ...patch });
  const toggleGroup = (g: (typeof AUDIENCE_GROUPS)[number]) =>
    set({
      audienceGroups: form.audienceGroups.includes(g)
        ? form.audienceGroups.filter((x) => x !== g)
        : [...form.audienceGroups, g],
    });
  return (
    <FormGrid>
      <TextField
        label="路线名称"
        required
        error={problems.name}
        id="trail-name-input"
        value={form.name}
        maxlength={CONTENT_LIMITS.trailName}
        placeholder="如：唐山智造探索之旅"
        onChange={(value) => set({ name: value })}
      />
      <FormField label="主题">
        <Picker
          mode="selector"
          range={TOPICS.map((t) => TOPIC_LABELS[t])}
          value={Math.max(0, TOPICS.indexOf(form.topic))}
          onChange={(e) => set({ topic: TOPICS[Number(e.detail.value)] ?? form.topic })}
        >
          <View className="admin-input admin-select" id="trail-topic">
            {TOPIC_LABELS[form.topic]}
          </View>
        </Picker>
      </FormField>
      <FormField label="重点人群" hint="不选表示面向所有人" wide>
        <View className="chip-choices" id="trail-audience">
          {AUDIENCE_GROUPS.map((g) => (
            <Text
              key={g}
              className={`chip-choice ${form.audienceGroups.includes(g) ? 'is-on' : ''}`}
              onClick={() => toggleGroup(g)}
            >
              {AUDIENCE_GROUP_LABELS[g]}
            </Text>
          ))}
        </View>
      </FormField>
      <FormField label="打卡顺序">
        <Segmented
          value={form.ordered}
          id="trail-ordered"
          options={[
            { value: true, label: '按顺序打卡' },
            { value: false, label: '不限顺序' },
          ]}
          onChange={(ordered) => set({ ordered })}
        />
      </FormField>
      <FormField label="预计用时（分钟）" required error={problems.estimatedMinutes}>
        <Input
          className="admin-input"
          id="trail-minutes"
          type="number"
          value={Number.isNaN(form.estimatedMinutes) ? '' : String(form.estimatedMinutes)}
          onInput={(e) =>
            set({ estimatedMinutes: e.detail.value === '' ? NaN : Number(e.detail.value) })
          }
        />
      </FormField>
      <TextField
        label="路线介绍"
        wide
        error={problems.description}
        multiline
        id="trail-description"
        value={form.description}
        maxlength={CONTENT_LIMITS.trailDescription}
        placeholder="路线能看到什么、学到什么，适合谁参加"
        onChange={(value) => set({ description: value })}
      />
      <FormField
        label={`站点（${form.stops.length}）`}
        required
        wide
        error={problems.checkpointIds}
        hint="可选择其他场馆的打卡点；提交审核前，每个场馆都要确认同意"
      >
        <View className="stops" id="trail-stops-editor">
          {form.stops.length === 0 ? (
            <Text className="muted-line stops__empty">
              还没有站点。可以选择本馆和其他场馆已开放的打卡点，按参观顺序排列。
            </Text>
          ) : null}
          {form.stops.map((s, i) => (
            <View className="stop-row" key={s.checkpointId} data-checkpoint={s.checkpointId}>
              <Text className="stop-row__n">{i + 1}</Text>
              <View className="cell-main stop-row__text">
                <Text className="cell-main__title">{s.checkpointName}</Text>
                <Text className="cell-main__sub">{s.venueName}</Text>
              </View>
              <Text
                className={`link-btn ${i === 0 ? 'is-off' : ''}`}
                onClick={() => set({ stops: moveItem(form.stops, i, i - 1) })}
              >
                上移
              </Text>
              <Text
                className={`link-btn ${i === form.stops.length - 1 ? 'is-off' : ''}`}
                onClick={() => set({ stops: moveItem(form.stops, i, i + 1) })}
              >
                下移
              </Text>
              <Text
                className="link-btn is-danger"
                onClick={() => set({ stops: form.stops.filter((_, j) => j !== i) })}
              >
                移除
              </Text>
            </View>
          ))}
          <Text className="link-btn" onClick={() => setPicking(true)} id="trail-add-stop">
            + 添加站点
          </Text>
        </View>
        <StopPicker
          visible={picking}
          start={start}
          chosen={new Set(form.stops.map((s) => s.checkpointId))}
          onPick={(stop) => onChange(addStop(form, stop))}
          onClose={() => setPicking(false)}
        />
      </FormField>
    </FormGrid>
  );
}
