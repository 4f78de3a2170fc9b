import { Switch, Text, Textarea, View } from '@tarojs/components';
import { CONTENT_LIMITS } from '@xinghuo/shared';
import FormField, { TextField } from '../../components/FormField';
import { EMPTY_QUESTION, type CheckpointForm } from '../../lib/checkpoint-form';
import QuestionEditor from './QuestionEditor';

interface Props {
  form: CheckpointForm;
  onChange: (form: CheckpointForm) => void;
  problems: Record<string, string>;
}

/** A checkpoint's public text: its name and science card, with the optional question. */
export default function CardForm({ form, onChange, problems }: Props) {
  return (
    <View className="card-form">
      <TextField
        label="打卡点名称"
        required
        error={problems.name}
        hint="游客在场馆页和路线中看到的名称"
        id="checkpoint-name"
        value={form.name}
        maxlength={CONTENT_LIMITS.checkpointName}
        onChange={(value) => onChange({ ...form, name: value })}
      />
      <TextField
        label="科普卡片标题"
        required
        error={problems['card.title']}
        id="card-title"
        value={form.title}
        maxlength={CONTENT_LIMITS.cardTitle}
        onChange={(value) => onChange({ ...form, title: value })}
      />
      <FormField
        label="科普内容"
        required
        error={problems['card.body']}
        hint={`打卡成功后展示给游客，${form.body.length} / ${CONTENT_LIMITS.cardBody} 字`}
      >
        <Textarea
          className="admin-textarea"
          id="card-body"
          value={form.body}
          maxlength={CONTENT_LIMITS.cardBody + 100}
          autoHeight
          onInput={(e) => onChange({ ...form, body: e.detail.value })}
        />
      </FormField>
      <View className="card-form__toggle">
        <Switch
          checked={form.question !== null}
          color="var(--nutui-color-primary)"
          id="question-toggle"
          onChange={(e) =>
            onChange({ ...form, question: e.detail.value ? { ...EMPTY_QUESTION } : null })
          }
        />
        <Text>附一道选择题（选填）：答题由服务器判分，用于统计“学到了什么”</Text>
      </View>
      {form.question ? (
        <QuestionEditor
          value={form.question}
          onChange={(question) => onChange({ ...form, question })}
          problems={problems}
        />
      ) : null}
    </View>
  );
}
