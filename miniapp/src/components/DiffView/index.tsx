import { useState } from 'react';
import { Text, View } from '@tarojs/components';
import { fieldLabel, formatFieldValue } from '../../lib/field-format';
import { diffText, sides, type DiffPart } from '../../lib/text-diff';
import './index.scss';

interface Props {
  before: Record<string, unknown> | null;
  after: Record<string, unknown>;
  /** Keys to highlight; the others are shown folded, for context. */
  changed: readonly string[];
  beforeTitle?: string;
  afterTitle?: string;
}

function Side({ parts, mark }: { parts: DiffPart[]; mark: 'del' | 'add' }) {
  return (
    <Text className="diff-text">
      {parts.map((p, i) => (
        <Text key={i} className={p.op === mark ? `diff-${mark}` : undefined}>
          {p.text}
        </Text>
      ))}
    </Text>
  );
}

/**
 * Old and new side by side, field by field, with what changed highlighted inside the text
 * (removed in the old column, added in the new): the review queue's main view.
 */
export default function DiffView({
  before,
  after,
  changed,
  beforeTitle = '当前（游客看到的）',
  afterTitle = '修改后',
}: Props) {
  const [showAll, setShowAll] = useState(false);
  const keys = Object.keys(after);
  const rest = keys.filter((k) => !changed.includes(k));
  const shown = [...changed.filter((k) => keys.includes(k)), ...(showAll ? rest : [])];
  return (
    <View className="diff" id="review-diff">
      <View className="diff__heads">
        <Text className="diff__head">{before ? beforeTitle : '（新建，此前没有内容）'}</Text>
        <Text className="diff__head diff__head--after">{afterTitle}</Text>
      </View>
      {shown.map((key) => {
        const old = before ? formatFieldValue(key, before[key]) : '';
        const now = formatFieldValue(key, after[key]);
        const parts = sides(diffText(old, now));
        const isChanged = changed.includes(key);
        return (
          <View className={`diff__row ${isChanged ? 'is-changed' : ''}`} key={key} data-field={key}>
            <Text className="diff__label">
              {fieldLabel(key)}
              {isChanged ? <Text className="diff__badge">已修改</Text> : null}
            </Text>
            <View className="diff__cols">
              <View className="diff__col diff__col--before" data-side="before">
                <Text className="diff__col-title">{beforeTitle}</Text>
                {before ? (
                  <Side parts={parts.before} mark="del" />
                ) : (
                  <Text className="muted-line">—</Text>
                )}
              </View>
              <View className="diff__col diff__col--after" data-side="after">
                <Text className="diff__col-title">{afterTitle}</Text>
                <Side parts={parts.after} mark="add" />
              </View>
            </View>
          </View>
        );
      })}
      {rest.length > 0 ? (
        <Text className="link-btn" onClick={() => setShowAll(!showAll)} id="diff-toggle">
          {showAll ? '只看修改的内容' : `显示未修改的内容（${rest.length} 项）`}
        </Text>
      ) : null}
    </View>
  );
}
